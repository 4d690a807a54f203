"""The literal filter under RE2's memory bound (session 38): RE2 compiles a filter's atoms into one literal set
with a fixed memory bound, which the shipped forms overflowed once the session's rounds added ~40 patterns; the
filter then refused to compile and every pattern went to the sets. Past a budget of branches, the forms with the
most branches go to the sets, and the shipped packs keep a filter in both languages."""

from __future__ import annotations

import pytest

from bot.engine.advice import load_advice
from bot.engine.checks import literals as lit
from bot.engine.checks import needs
from bot.engine.patterns import matching_at_all
from bot.engine.text import Doc, fold
from tests.alone import dev_rows


def test_within_leaves_the_forms_with_the_most_branches_to_the_sets() -> None:
    forms = [("a|b|c|d", 0), ("e", 1), ("f|g", 2), ("h|i|j", 3)]
    assert lit._within(forms, 10) == forms  # under the budget: all kept
    assert lit._within(forms, 3) == [("e", 1), ("f|g", 2), ("h|i|j", 3)]  # 6 branches: the biggest form goes first
    assert lit._within(forms, 0) == [("e", 1)]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shipped_packs_keep_a_literal_filter(language: str) -> None:
    registry = needs.Patterns()
    for pattern in needs.patterns_of(load_advice().indexes[language]).patterns:
        registry.add(pattern)
    registry.present(Doc("warm", language, fold("warm")))
    assert registry.filter is not None
    folded = sum(1 for (_, f) in registry.ids if f)
    assert len(registry.filter.ids) > folded * 0.8  # most folded patterns are asked through it


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shipped_packs_compile_at_the_first_budget(language: str) -> None:
    """A cold start pays for each refused compile: the shipped forms must fit BRANCH_BUDGET itself. When a round's
    new patterns make this fail, lower BRANCH_BUDGET (or shrink the biggest alternations) rather than let every
    start try twice."""
    registry = needs.Patterns()
    for pattern in needs.patterns_of(load_advice().indexes[language]).patterns:
        registry.add(pattern)
    forms = [(form, i) for i, (source, f) in enumerate(registry.ids) if f
             if (form := lit.searched_form(source)) is not None]
    lit._compiled(lit._within(forms, lit.BRANCH_BUDGET))  # raises re2.error past RE2's bound


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_forms_the_budget_leaves_out_get_a_filter_of_their_own(language: str) -> None:
    """Session 40: the forms past the budget (the biggest alternations, ~50 a language) went to the RE2 sets, whose
    DFA states cost about twice as much on a post RE2 has not met (bench.re2_time: 284 → 626 µs a new real post in
    the sets after the budget fell to 20,000). They are a second filter's now; the sets keep only what no filter can
    take, and every overflow pattern is still found where it matches."""
    registry = needs.Patterns()
    for pattern in needs.patterns_of(load_advice().indexes[language]).patterns:
        registry.add(pattern)
    registry.present(Doc("warm", language, fold("warm")))
    assert registry.filter is not None and registry.overflow is not None
    in_sets = {i for _, _, ids in registry.sets or [] for i in ids if i >= 0}
    assert not in_sets & (registry.overflow.ids | registry.filter.ids)
    assert not registry.overflow.ids & registry.filter.ids
    assert len(in_sets) < 100  # 127 and 133 when the overflow went to the sets
    overflow = sorted(registry.overflow.ids)
    matched = 0
    for text in dev_rows(1500):
        doc = Doc(text, language, fold(text))
        alone = set(matching_at_all(registry.patterns, overflow, doc))
        present = registry.present(doc)
        assert isinstance(present, frozenset)
        assert alone == present & set(overflow), text
        matched += len(alone)
    assert matched > 0  # the rows reach some of them: the comparison says something
