"""Speed round 27 (issue 16): what the cheaper way of building a finding must keep doing.

- A finding the review builds field by field, without the frozen class's __setattr__, is a
  Finding like any other: the same type, equal to and hashed like one built with Finding(...),
  frozen, copied by dataclasses.replace, pickled, and written to JSON the same way.
- A message that reads only names it is given is filled from a plain dict; it says exactly what
  the general path (a default for a missing name, plural forms) says, whatever the template:
  conversions, format specs, escaped braces, positional fields, attribute and index fields,
  names it is not given, unbalanced braces.
- A whole review says the same with both paths, on drafts whose findings carry values
  (replacements, counts, signals) and places (quotes).
- The score and the verdict, computed with comparisons instead of min() and max() and with the
  verdict's sentences remembered, are the ones the plain formulas give; a sentence remembered
  from another catalog is read again. A Review built with its fields put in one call is the
  dataclass it was: the same parameters and defaults, equal, frozen, replaced alike.
"""

from __future__ import annotations

import dataclasses
import functools
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import drafts
from bot.engine import review as review_module
from bot.engine.advice import Advice, load_advice
from bot.engine.checks.base import Hit
from bot.engine.findings import Finding, Quote, UnfrozenFinding
from bot.engine.review import (
    _SAID,
    STRENGTH_CAP,
    Review,
    ReviewContext,
    _Defaulting,
    _finding,
    _scale,
    band_for,
    review,
    score_for,
    verdict_for,
)
from bot.messages import fill, t

FIELDS = ("r", "t", "tip", (0, 5), "hello", "m", "w", "h", ("s",), None, "src", 2, (Quote((0, 5), "hello"),), 1.5)


def test_a_finding_built_unfrozen_is_a_finding_in_every_way():
    built, plain = UnfrozenFinding(*FIELDS), Finding(*FIELDS)
    assert type(built) is Finding and isinstance(built, Finding)
    assert built == plain and hash(built) == hash(plain)
    assert dataclasses.astuple(built) == dataclasses.astuple(plain)
    assert dataclasses.replace(built, count=3) == dataclasses.replace(plain, count=3)
    assert pickle.loads(pickle.dumps(built)) == plain
    assert built.to_json() == plain.to_json()
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.rule = "other"  # type: ignore[misc]


def test_the_unfrozen_builder_has_the_findings_slots_in_their_order():
    assert UnfrozenFinding.__slots__ == tuple(f.name for f in dataclasses.fields(Finding))


class _Source:
    def cite(self, language: str) -> str:
        return f"source ({language})"


class _Rule:
    """What the finding builder reads of a rule: its id, topic, severity, words and source."""

    def __init__(self, message: str):
        self.id, self.topic, self.severity, self.source = "test.rule", "bluff", "warning", _Source()
        self.message = message

    def lang(self, language: str) -> dict[str, Any]:
        return {"message": self.message, "why": " why ", "how": "how", "suggestions": ["one"]}


def _general(template: str, language: str, shown: str, values: dict[str, Any]) -> str:
    """The message as the general path fills it: every name answered (a missing one as itself)."""
    filled = _Defaulting(match=shown)
    filled.update({k: v for k, v in values.items() if v is not None})
    try:
        return fill(template, language, filled) if "|" in template else template.format_map(filled)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError):
        return template


TEMPLATES = ["{>.0}", "{>.|}", "{x.y}", "{match.nothing}", "{match}", "« {match} » ici", "{match!r}", "{match:>9}", "{{match}}", "{missing}", "{match} → {replacement}",
             "{0}", "{}", "{match.__class__.__name__}", "{match[0]}", "{count:post|posts} over {max}", "{match", "match}", "",
             "no placeholder", "{count} of {max}: {match}", "{signals}", "{match:{width}}", "{ match }", "{match!s:^4}"]
VALUES = [{}, {"replacement": "here"}, {"replacement": None}, {"count": 3, "max": 2}, {"match": "own"},
          {"signals": "a, b"}, {"width": 6}, {"count": 1, "max": None}]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("values", VALUES)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_message_says_what_the_general_path_says(template: str, values: dict[str, Any], language: str):
    text = "Say hello to “our” new shop"
    hit = Hit(0, 9, dict(values))
    finding = _finding(_Rule(template), language, text, hit, 1)  # type: ignore[arg-type]
    shown = "Say hello"
    assert finding.message == _general(template, language, shown, values)
    assert (finding.why, finding.how, finding.suggestions, finding.source) == ("why", "how", ("one",), f"source ({language})")


@settings(max_examples=300, deadline=None)
@given(template=st.text(alphabet="{}match!r:>0.[]xs| ", max_size=14),
       values=st.dictionaries(st.sampled_from(["match", "x", "s", "count"]), st.one_of(st.none(), st.integers(0, 3),
                                                                                      st.text("ab", max_size=2))))
def test_any_message_says_what_the_general_path_says(template: str, values: dict[str, Any]):
    hit = Hit(0, 4, dict(values))
    finding = _finding(_Rule(template), "en", "abcd efgh", hit, 1)  # type: ignore[arg-type]
    assert finding.message == _general(template, "en", "abcd", values)


@functools.lru_cache(maxsize=1)
def _advice():
    return load_advice()


@pytest.fixture(scope="module")
def advice():
    return _advice()


def _plain_reviews(texts: list[str], context: ReviewContext, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The reviews with findings built by Finding(...) and every message by the general path."""
    with monkeypatch.context() as patched:
        patched.setattr(review_module, "UnfrozenFinding", Finding)
        patched.setattr(review_module, "_fields", lambda template: None)
        patched.setattr(review_module, "_TEXTS", {})
        return [review(text, context).to_json() for text in texts]


TRICKY = [
    "BUY NOW!!! Only 3 places left, limited time only, don't miss out!!! 19,90 € — order today",
    "« Offre spéciale » : réservez vite, plus que 3 places ! Je suis le gourou du marketing, engagez-moi.",
    "We are so proud to announce our new shop! We're the #1 experts, hire us. Follow us, like and share!!",
    "RT : excellente analyse. Selon une étude, 87 % des clients préfèrent nous. “Best agency ever” said a client.",
    "Hi all, quick question: what do you think of our new logo? Let us know below.",
]


def test_whole_reviews_say_the_same_with_both_paths(advice, monkeypatch: pytest.MonkeyPatch):
    context = ReviewContext(advice)
    texts = TRICKY + drafts(40, 280) + drafts(10, 2000)
    fast = [review(text, context).to_json() for text in texts]
    assert any(f["quotes"][1:] for r in fast for f in r["findings"])  # places beyond the span are among them
    assert sum(len(r["findings"]) for r in fast) > 50
    assert fast == _plain_reviews(texts, context, monkeypatch)
    assert [review(text, context).to_json() for text in texts] == fast  # the prepared texts were not left patched


def _plain_score(findings: list[Finding], advice) -> int:
    """The score as its formula says it, with min() and max()."""
    per_rule: dict[str, int] = {}
    strength: dict[str, float] = {}
    for f in findings:
        per_rule[f.rule] = per_rule.get(f.rule, 0) + f.count
        strength[f.rule] = max(strength.get(f.rule, 1.0), f.strength)
    penalty = 0.0
    for rule_id, n in per_rule.items():
        rule = advice.get(rule_id)
        scale = min(1 + max(0.0, strength[rule_id] - 1) / 2, STRENGTH_CAP)
        penalty += (rule.weight if rule else 0.0) * min(1 + 0.25 * (n - 1), 1.5) * scale
    return max(0, min(100, round(100 - penalty)))


def _plain_verdict(score: int, findings: list[Finding], language: str, advice: Advice | None = None) -> str:
    """The verdict read from the catalog each time."""
    if not findings:
        return t("verdict.clean", language)
    blocking = list(dict.fromkeys(f.topic for f in findings if f.severity == "blocker"))
    if blocking:
        topics = ", ".join(t(f"topic.{topic}", language) for topic in blocking)
        return t("verdict.blocked", language, n=len(blocking), topics=topics)
    if band_for(score) == "ready":
        return t("verdict.ready", language, n=len({f.rule for f in findings}))
    cost: dict[str, float] = {}
    counted: dict[str, int] = {}
    for f in findings:
        rule = advice.get(f.rule) if advice is not None else None
        cost[f.topic] = cost.get(f.topic, 0.0) + (rule.weight * _scale(f.strength) if rule else 0.0)
        counted[f.topic] = counted.get(f.topic, 0) + 1
    order = list(cost)  # first seen first
    topic = t(f"topic.{max(order, key=lambda k: (cost[k], counted[k], -order.index(k)))}", language)
    return t(f"verdict.{band_for(score)}", language, topic=topic)


STRENGTHS = st.one_of(st.sampled_from([0.5, 1.0, 1.01, 2.0, 3.0, 3.5, 10.0]), st.floats(0.0, 6.0))


@settings(max_examples=300, deadline=None)
@given(chosen=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 4), STRENGTHS,
                                 st.sampled_from(["blocker", "warning", "tip"])), max_size=8),
       language=st.sampled_from(["en", "fr"]))
def test_the_score_and_the_verdict_are_the_plain_formulas(chosen, language: str):
    advice = _advice()
    rules = [c.rule for c in advice.for_kind("post")] + [None]  # None: a rule the advice does not know
    findings = []
    for index, count, strength, severity in chosen:
        rule = rules[index % len(rules)]
        rule_id, topic = (rule.id, rule.topic) if rule else ("gone.rule", "bluff")
        findings.append(Finding(rule_id, topic, severity, (0, 1), "x", "m", "w", "h", (), None, "s", count, (), strength))
    score = score_for(findings, advice)
    assert score == _plain_score(findings, advice)
    assert verdict_for(score, tuple(findings), language) == _plain_verdict(score, findings, language)
    assert verdict_for(score, tuple(findings), language, advice) == _plain_verdict(score, findings, language, advice)


@pytest.mark.parametrize("strength", [0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 3.0000001, 4.0, 100.0, -1.0])
def test_a_strength_scales_as_its_formula_says(strength: float):
    assert _scale(strength) == min(1 + max(0.0, strength - 1) / 2, STRENGTH_CAP)


def test_a_sentence_remembered_from_another_catalog_is_read_again():
    _SAID[("verdict.clean", "en")] = (object(), "stale")
    assert verdict_for(100, (), "en") == t("verdict.clean", "en") != "stale"


def test_a_review_built_in_one_call_is_the_dataclass_it_was():
    import inspect

    parameters = list(inspect.signature(Review.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Review)
    assert [p.name for p in parameters] == [f.name for f in fields]
    assert [p.default for p in parameters] == [inspect.Parameter.empty if f.default is dataclasses.MISSING
                                               else f.default for f in fields]
    built = Review("en", 90, "ready", "v", (Finding(*FIELDS),))
    assert list(vars(built)) == [f.name for f in fields]
    assert built == dataclasses.replace(built) and built.kind == "post" and built.shadow == built.notices == ()
    assert dataclasses.replace(built, score=50).score == 50
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.score = 3  # type: ignore[misc]
