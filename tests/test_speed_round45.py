"""The rules a draft calls, read at once from its clause bits (session 28, speed45: bot/engine/ruleplan.py).

A review used to call every rule's function and let most of them answer "nothing" after testing what they
need in the draft (checks/gate.py `needing`). Now each such test says its bits on itself, and the review calls
only the checks behind the tests that pass. What must hold:

- every rule finds on every draft exactly what the old loop found: each rule's own function called in turn
  (the slow path), on generated drafts, dev-set posts and generated texts, in both languages;
- a rule whose test fails is not called; one whose test passes is called straight through to its check;
  a rule without a test is always called; the order of the rules is kept;
- when the draft's bits are not known (a language's first draft, patterns asked one by one; a set that gave
  up), every rule is called through its own test, as before;
- `needing` says its bits: one list's test is the bit of that list's clause, several clauses the union of
  theirs; the wrapper called itself still tests;
- the memo of plans stays bounded, and a plan is rebuilt for a new list of rules.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import drafts
from bot.engine import ruleplan
from bot.engine.advice import load_advice
from bot.engine.checks.base import Scope
from bot.engine.checks.gate import needing
from bot.engine.checks.needs import clause, patterns_of
from bot.engine.language import detect
from bot.engine.phrases import PhraseIndex
from bot.engine.review import DraftProblem, ReviewContext, review
from bot.engine.ruleplan import Planned, planned
from bot.engine.text import Doc, fold

DEVSETS = Path(__file__).resolve().parent.parent / "bench" / "devsets"


@pytest.fixture(scope="module")
def advice():  # type: ignore[no-untyped-def]
    found = load_advice()
    context = ReviewContext(found)
    for text in drafts(4, 280) + ["Bonjour à tous, on lance notre boutique demain !"] * 2:
        review(text, context)  # past each language's first draft: the sets are built, the bits known
    return found


def _scope(advice: Any, text: str) -> Scope | None:
    folded = fold(text)
    language = detect(text, "en", folded).language
    doc = Doc(text, language, folded)
    return Scope(doc, advice.indexes[language].scan(doc.tokens, "post"), {})


def _slow(advice: Any, text: str) -> list[tuple[str, list[Any]]]:
    """Each rule's own function called in turn, as the review did before: (rule, hits) of the rules that find."""
    scope = _scope(advice, text)
    return [(c.rule.id, hits) for c in advice.for_kind("post") if (hits := c.run[scope.doc.language](scope))]


def _fast(advice: Any, text: str) -> list[tuple[str, list[Any]]]:
    scope = _scope(advice, text)
    calls = planned(advice.for_kind("post"), scope.doc.language).calls(scope)
    return [(c.rule.id, hits) for c, run in calls if (hits := run(scope))]


def _posts(limit: int = 400) -> list[str]:
    texts: list[str] = []
    for path in sorted(DEVSETS.glob("*.jsonl")):
        if "blind" in path.name:  # the lead's held-out rows: never read here
            continue
        with path.open(encoding="utf-8") as rows:
            texts += [json.loads(line)["text"] for line in rows if line.strip()]
    step = max(1, len(texts) // limit)
    return texts[::step][:limit]


# -- the same findings as the slow path -----------------------------------------------------------------------


def test_generated_drafts_find_what_every_rule_called_finds(advice: Any) -> None:
    for text in drafts(60, 280) + drafts(10, 2000):
        assert _fast(advice, text) == _slow(advice, text)


def test_dev_set_posts_find_what_every_rule_called_finds(advice: Any) -> None:
    checked = 0
    for text in _posts():
        if not text.strip():
            continue
        assert _fast(advice, text) == _slow(advice, text), text[:80]
        checked += 1
    assert checked > 100


_WORDS = ("free", "gratuit", "today", "buy", "now", "offre", "limited", "our", "new", "shop", "link", "bio",
          "DM", "me", "!!!", "50%", "off", "£20", "https://exemple.test/x", "@team", "#promo", "merci", "vous",
          "commandez", "proud", "announce", "expert", "I", "am", "the", "best", "RT", "follow", "win", "code",
          "«", "»", "\"", "only", "2", "days", "left", "inscrivez-vous", "ici", "Congrats", "to", "winners")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
def test_generated_texts_find_what_every_rule_called_finds(advice: Any, words: list[str]) -> None:
    text = " ".join(words)
    try:
        review(text, ReviewContext(advice))
    except DraftProblem:
        return
    assert _fast(advice, text) == _slow(advice, text)


def test_a_review_calls_fewer_rules_than_it_has(advice: Any) -> None:
    rules = advice.for_kind("post")
    scope = _scope(advice, "See you at the picnic on Sunday, bring a blanket.")
    assert len(planned(rules, scope.doc.language).calls(scope)) < len(rules)


# -- which rules are called -------------------------------------------------------------------------------------


class _Table:
    def __init__(self, held: int | None) -> None:
        self.key = ("test-bits", id(self))
        self.value = held
        self.asked = 0

    def held(self, matches: object, doc: Doc) -> int | None:
        self.asked += 1
        doc.memo[self.key] = self.value
        return self.value


class _Rule:
    def __init__(self, name: str, run: Any) -> None:
        self.name = name
        self.run = {"en": run}


def _tested(table: _Table, bits: int, name: str, calls: list[str]) -> Any:
    def behind(scope: Scope) -> list[str]:
        calls.append(name)
        return [name]

    def test_first(scope: Scope) -> list[str]:
        calls.append(f"tested {name}")
        return behind(scope)

    test_first.needed_bits = bits  # type: ignore[attr-defined]
    test_first.bits_of = table  # type: ignore[attr-defined]
    test_first.behind = behind  # type: ignore[attr-defined]
    return test_first


def _untested(name: str, calls: list[str]) -> Any:
    def run(scope: Scope) -> list[str]:
        calls.append(name)
        return [name]

    return run


def _draft_scope() -> Scope:
    doc = Doc("a draft", "en", "a draft")
    return Scope(doc, {})


def test_only_the_rules_whose_tests_pass_are_called_in_their_order() -> None:
    table, calls = _Table(0b0101), []
    rules = [_Rule("a", _tested(table, 0b0001, "a", calls)), _Rule("b", _tested(table, 0b0010, "b", calls)),
             _Rule("c", _untested("c", calls)), _Rule("d", _tested(table, 0b0101, "d", calls)),
             _Rule("e", _tested(table, 0b1100, "e", calls))]
    scope = _draft_scope()
    for _rule, run in Planned(rules, "en").calls(scope):
        run(scope)
    assert calls == ["a", "c", "d"]  # straight to the checks: no "tested ..."


def test_the_bits_are_read_once_per_draft() -> None:
    table, calls = _Table(0b1), []
    rules = [_Rule("a", _tested(table, 0b1, "a", calls)), _Rule("b", _tested(table, 0b1, "b", calls))]
    plan, scope = Planned(rules, "en"), _draft_scope()
    plan.calls(scope)
    plan.calls(scope)
    assert table.asked == 1


def test_unknown_bits_call_every_rule_through_its_own_test() -> None:
    table, calls = _Table(None), []
    rules = [_Rule("a", _tested(table, 0b1, "a", calls)), _Rule("b", _untested("b", calls))]
    scope = _draft_scope()
    for _, run in Planned(rules, "en").calls(scope):
        run(scope)
    assert calls == ["tested a", "a", "b"]


def test_rules_of_two_tables_are_each_called_through_their_own_test() -> None:
    calls: list[str] = []
    rules = [_Rule("a", _tested(_Table(0), 0b1, "a", calls)), _Rule("b", _tested(_Table(0), 0b1, "b", calls))]
    scope = _draft_scope()
    assert [rule.name for rule, _ in Planned(rules, "en").calls(scope)] == ["a", "b"]


def test_plans_by_bits_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ruleplan, "PLANS_SIZE", 3)
    calls: list[str] = []
    tables = [_Table(bits) for bits in range(10)]
    rules = [_Rule("a", _tested(tables[0], 0b1, "a", calls))]
    plan = Planned(rules, "en")
    for table in tables:
        plan.table = table  # type: ignore[assignment]
        plan.calls(_draft_scope())
        assert len(plan.by_bits) <= 4


def test_a_new_list_of_rules_gets_a_plan_of_its_own() -> None:
    calls: list[str] = []
    first = [_Rule("a", _untested("a", calls))]
    second = [_Rule("b", _untested("b", calls))]
    assert planned(first, "en").rules is first
    assert planned(second, "en").rules is second
    assert planned(first, "en").rules is first


# -- what `needing` says -----------------------------------------------------------------------------------------


def test_needing_says_its_bits_and_still_tests_when_called() -> None:
    index = PhraseIndex("en")
    one = index.add(["summer sale"])
    other = index.add(["free delivery"])
    table = patterns_of(index).clauses

    def check(scope: Scope) -> list[str]:
        return ["found"]

    single = needing(check, [clause([one])], index)
    both = needing(check, [clause([one]), clause([other])], index)
    assert single.bits_of is table and both.bits_of is table  # type: ignore[attr-defined]
    assert single.behind is check and both.behind is check  # type: ignore[attr-defined]
    assert single.needed_bits == table.mask((frozenset({one}), frozenset()))  # type: ignore[attr-defined]
    assert both.needed_bits == single.needed_bits | table.mask((frozenset({other}), frozenset()))  # type: ignore[attr-defined]
    doc = Doc("big summer sale", "en", "big summer sale")
    scope = Scope(doc, index.scan(doc.tokens))
    assert single(scope) == ["found"]
    assert both(scope) == []  # "free delivery" is not there


def test_plans_of_lists_gone_are_dropped() -> None:
    calls: list[str] = []
    for n in range(3 * ruleplan.PLANS_KEPT):
        planned([_Rule(str(n), _untested(str(n), calls))], "en")
        assert len(ruleplan._PLANS) <= ruleplan.PLANS_KEPT


def test_the_costs_tool_says_each_stage_rule_and_set() -> None:
    from bench.costs import costs

    found, reviewed = costs(4)
    assert set(found) == {"first", "again"}
    if reviewed:  # real posts found (the shared corpora, else the dev sets)
        for parts in found.values():
            assert any(k.startswith("stage ") for k in parts) and any(k.startswith("rule ") for k in parts)
            assert any(k.startswith(("set ", "literal filter")) for k in parts)
            assert all(v >= 0 for v in parts.values())
