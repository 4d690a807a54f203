"""A rule is skipped on a draft that lacks what its check needs (bot/engine/checks/needs.py):
a lexicon's phrases, a pattern's match, a conditional's trigger, a gate's `when`. Skipping
changes no finding: the review with the declarations finds exactly what every rule run plainly
finds, on varied drafts, and a skipped rule's check is really not called."""

from __future__ import annotations

import dataclasses
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.corpus import EN, FR
from bot.engine.checks.base import CheckType
from bot.engine.checks.needs import Patterns
from bot.engine.checks.registry import TYPES
from bot.engine.compiled import compile_with
from bot.engine.lists import expand
from bot.engine.patterns import compile_regex
from bot.engine.review import DraftProblem, ReviewContext, review
from bot.engine.rule import Rule, RuleSet, pack_dirs
from bot.engine.rules import load_rules
from bot.engine.text import Doc, fold

RULES = load_rules(pack_dirs())
DECLARED = {name: TYPES[name] for name in TYPES}
PLAIN = {name: dataclasses.replace(kind, needs=None) for name, kind in DECLARED.items()}
SKIPPING = ReviewContext(compile_with(RULES, DECLARED, kinds=("post",)))
PLAINLY = ReviewContext(compile_with(RULES, PLAIN, kinds=("post",)))


def _words() -> list[str]:
    """The packs' own phrases in both languages (what makes rules fire), and plain words."""
    found: set[str] = set()
    for rule in RULES.rules:
        for language in ("fr", "en"):
            block = rule.lang(language)
            for key in ("phrases", "if", "then", "first", "self", "reader", "when", "exceptions"):
                found.update(p for p in expand(block.get(key) or (), language) if "*" not in p)
    return sorted(found)


WORDS = _words() + ["!", "?", "!!!", "10 %", "$49", "“quoted words here”", "https://example.com/x", "#promo",
                    "@team", "RT", "HURRY", "2026", "« un mot »", "\n", "Merci", "thanks"]
SENTENCES = FR + EN


def _same(draft: str) -> None:
    try:
        skipping = review(draft, SKIPPING).to_json()
    except DraftProblem:
        return
    plainly = review(draft, PLAINLY).to_json()
    assert skipping == plainly, draft


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(SENTENCES), st.text(max_size=12)),
                min_size=1, max_size=14))
def test_skipping_finds_what_every_rule_run_plainly_finds(parts: list[str]) -> None:
    _same(" ".join(parts))


def test_the_benchmark_drafts_and_bank_sentences_find_the_same():
    from bench.corpus import drafts

    found = 0
    for draft in [*SENTENCES, *drafts(40, 280), *drafts(10, 2000)]:
        _same(draft)
        found += len(review(draft, SKIPPING).findings)
    assert found  # the drafts fire rules: the comparison is not of empty reviews


def _rule(check: dict[str, Any], fr: dict[str, Any], en: dict[str, Any]) -> Rule:
    base = {"message": "{match}", "why": "w", "how": "h", "examples": {"bad": ["x"], "good": ["y"]}}
    return Rule.from_data({
        "id": "test.rule", "version": 1, "status": "active", "severity": "warning", "topic": "hard-sell",
        "applies_to": ["post"], "weight": 10, "source": {"article": "a", "section": "s"},
        "check": check, "fr": {**base, **fr}, "en": {**base, **en},
    })


def _calls(rule: Rule, drafts: list[str]) -> list[int]:
    """How many times the rule's own check is called while each draft is reviewed (English)."""
    kind = TYPES[rule.type]
    calls: list[int] = []

    def counting(rule_: Rule, language: str, index: Any) -> Any:
        run = kind.compile(rule_, language, index)

        def counted(scope: Any) -> Any:
            calls[-1] += 1
            return run(scope)

        return counted

    types: dict[str, CheckType] = {rule.type: dataclasses.replace(kind, compile=counting)}
    context = ReviewContext(compile_with(RuleSet([rule], []), types), language="en")
    out = []
    for draft in drafts:
        calls.append(0)
        review(draft, context)
        out.append(calls[-1])
    return out


def test_a_lexicon_is_called_only_when_one_of_its_phrases_is_there():
    rule = _rule({"type": "lexicon"}, {"phrases": ["dernière chance"]}, {"phrases": ["last chance"]})
    assert _calls(rule, ["Great post, thanks", "Last chance to join us"]) == [0, 1]


def test_a_pattern_rule_is_called_only_when_its_pattern_matches():
    rule = _rule({"type": "pattern", "pattern": r"\b\d+ ?% off\b"}, {}, {})
    assert _calls(rule, ["Great post, thanks", "Today 30% off everything"]) == [0, 1]


def test_a_conditional_is_called_on_its_phrases_or_its_pattern():
    rule = _rule({"type": "conditional", "if_pattern": r"\bsurvey\b"}, {"if": ["étude"]},
                 {"if": ["study shows"], "then": ["source"]})
    assert _calls(rule, ["Great post, thanks", "A study shows it works", "Our survey says so"]) == [0, 1, 1]


def test_a_gate_when_skips_a_rule_whatever_its_own_check_declares():
    rule = _rule({"type": "metric", "metric": "exclamations", "max": 0, "when": [{"pattern": "sale"}]},
                 {"when": ["soldes"]}, {"when": ["big deal"]})
    drafts = ["Great post, thanks!", "Big deal today!", "The sale is on!"]
    assert _calls(rule, drafts) == [0, 1, 1]
    assert _calls(_rule({"type": "metric", "metric": "exclamations", "max": 0}, {}, {}), drafts) == [1, 1, 1]


def test_a_gate_with_a_measure_of_the_whole_draft_among_its_conditions_is_no_requirement():
    # (A counted measure from 1 up, such as prices, needs its character: test_engine_speed_round22.py.)
    rule = _rule({"type": "metric", "metric": "exclamations", "max": 0,
                  "when": [{"metric": "words", "min": 3}, "@selling"]}, {}, {})
    assert _calls(rule, ["Great post, thanks!"]) == [1]


def test_the_pattern_set_names_the_patterns_that_match_in_either_case_mode():
    registry = Patterns()
    folded = registry.add(compile_regex(r"\bsoldes\b", True))
    exact = registry.add(compile_regex(r"[A-Z]{3}", False))
    assert registry.add(compile_regex(r"\bsoldes\b", True)) == folded  # one id per pattern
    text = "Les SOLDES sont là"
    assert registry.present(Doc(text, "fr", fold(text))) == {folded, exact}
    text = "Les soldes sont là"
    assert registry.present(Doc(text, "fr", fold(text))) == {folded}
    text = "Rien à voir"
    assert registry.present(Doc(text, "fr", fold(text))) == frozenset()


def test_a_measure_over_its_max_is_called_only_with_its_character():
    from bot.engine import measures
    from bot.engine.checks.metric import MARKED

    assert MARKED["exclamations"] == "[" + measures._MARKS["exclamations"] + "]"
    assert MARKED["questions"] == "[" + measures._MARKS["questions"] + "]"
    drafts = ["Great post, thanks", "Great post！", "Grand merci ¡ole", "Ping @team", "Our #launch"]
    over = _rule({"type": "metric", "metric": "exclamations", "max": 0}, {}, {})
    assert _calls(over, drafts) == [0, 1, 1, 0, 0]
    assert _calls(_rule({"type": "metric", "metric": "mentions", "max": 0}, {}, {}), drafts) == [0, 0, 0, 1, 0]
    assert _calls(_rule({"type": "metric", "metric": "hashtags", "max": 0}, {}, {}), drafts) == [0, 0, 0, 0, 1]
    under = _rule({"type": "metric", "metric": "exclamations", "max": 5, "min": 1}, {}, {})  # fires on none
    assert _calls(under, drafts) == [1, 1, 1, 1, 1]



def _scorer(threshold: float) -> Any:
    """A signals rule whose measure (shouting) weighs 2, with a phrase and a pattern of 1 each;
    its scorer and the index its phrases are in."""
    from bot.engine.checks.signals import Scorer
    from bot.engine.phrases import PhraseIndex

    rule = _rule({"type": "signals", "threshold": threshold, "signals": {
        "deal": {"weight": 1}, "sale": {"weight": 1, "pattern": r"\bsale\b"}, "shout": {"weight": 2, "metric": "shouting"}}},
        {"signals": {"deal": ["bonne affaire"]}}, {"signals": {"deal": ["great deal"]}})
    index = PhraseIndex("en")
    return Scorer(rule, "en", index), index


def test_a_signals_rule_needs_a_list_or_a_pattern_only_when_its_measures_alone_fall_short():
    from bot.engine.checks.base import Scope

    # Shouting alone reaches 2: no phrase or pattern is required, only capitals or the deal (the
    # strongest signals, until the rest fall short: checks/signal_needs.py).
    assert [(len(lists), len(patterns)) for lists, patterns in _scorer(2)[0].needed] == [(1, 1)]
    required, index = _scorer(3)
    # At 3: the capitals (it cannot fire without shouting), and the deal or the sale.
    assert [(len(lists), len(patterns)) for lists, patterns in required.needed] == [(0, 1), (1, 1)]
    plain, plain_index = _scorer(3)
    plain.needed = []
    fired = 0
    for draft in ["WE ARE OPEN ALL NIGHT LONG TODAY", "A GREAT DEAL FOR ALL OF YOU TODAY", "BIG SALE FOR YOU ALL NOW",
                  "a great deal", "no sale today"]:
        doc = Doc(draft, "en", fold(draft))
        found = required.run(Scope(doc, index.scan(doc.tokens)))
        assert found == plain.run(Scope(doc, plain_index.scan(doc.tokens))), draft
        fired += bool(found)
    assert fired == 2  # the shouted deal and the shouted sale
