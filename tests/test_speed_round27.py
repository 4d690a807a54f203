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
"""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import drafts
from bot.engine import review as review_module
from bot.engine.advice import load_advice
from bot.engine.checks.base import Hit
from bot.engine.findings import Finding, Quote, UnfrozenFinding
from bot.engine.review import ReviewContext, _Defaulting, _finding, review
from bot.messages import fill

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
    except (ValueError, IndexError, KeyError):
        return template


TEMPLATES = ["{match}", "« {match} » ici", "{match!r}", "{match:>9}", "{{match}}", "{missing}", "{match} → {replacement}",
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


@pytest.fixture(scope="module")
def advice():
    return load_advice()


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
