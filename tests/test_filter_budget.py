"""The literal filter under RE2's memory bound (session 38): RE2 compiles a filter's atoms into one literal set
with a fixed memory bound, which the shipped forms overflowed once the session's rounds added ~40 patterns; the
filter then refused to compile and every pattern went to the sets. Past a budget of branches, the forms with the
most branches go to the sets, and the shipped packs keep a filter in both languages."""

from __future__ import annotations

import pytest

from bot.engine.advice import load_advice
from bot.engine.checks import literals as lit
from bot.engine.checks import needs
from bot.engine.text import Doc, fold


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
