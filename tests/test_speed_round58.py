"""Session 40, speed58: the gate's RE2 passes timed by kind (bench/re2_time.py).

The round measured where `Patterns.present`'s time goes (sets, the literal filter's atom pass, its candidates'
searches) on drafts RE2 has met, on one draft repeated and on real posts, and kept no engine change (each cut tried
cost more elsewhere: docs/history/speed.md). What it keeps is the instrument: these tests pin that it times the
calls a review makes, and that a fresh registry answers as the one it copies.
"""

from __future__ import annotations

import pytest

from bench import re2_time
from bench.corpus import drafts
from bot.engine.advice import load_advice
from bot.engine.checks import needs
from bot.engine.checks.literals import _TAIL
from bot.engine.review import ReviewContext, review


@pytest.fixture(scope="module")
def context() -> ReviewContext:
    found = ReviewContext(load_advice())
    for text in drafts(6, 280):
        review(text, found)  # each language's registry past its one-by-one draft: sets and filter built
    return found


@pytest.fixture(scope="module")
def inputs(context: ReviewContext) -> list[re2_time.Input]:
    return re2_time.recorded(context, drafts(12, 280, seed=58))


def test_recorded_gives_one_input_a_draft_and_restores_present(inputs: list[re2_time.Input]):
    present = needs.Patterns.present
    assert len(inputs) == 12
    assert needs.Patterns.present is present
    for registry, plain, folded in inputs:
        assert registry.sets is not None and registry.filter is not None
        assert plain.decode() and folded.decode()


def test_sets_pass_makes_the_passes_present_makes(inputs: list[re2_time.Input]):
    for registry, plain, folded in inputs:
        texts = (plain, folded)
        asked = sum(1 for (fold, _, _), needed in zip(registry.sets or (), registry.gates, strict=True)
                    if needed is None or any(byte in texts[fold] for byte in needed))
        assert re2_time.sets_pass(registry, plain, folded) == asked > 0


def test_the_filter_calls_are_the_reviews_calls(inputs: list[re2_time.Input]):
    runs = re2_time.calls(inputs)
    assert set(runs) == set(re2_time.KINDS)
    matches = runs["matches"]()
    atoms = runs["atoms"]()
    for (registry, _, folded), found, possible in zip(inputs, matches, atoms, strict=True):
        assert registry.filter is not None
        assert found == registry.filter.filter.Match(folded + _TAIL, False)  # type: ignore[attr-defined]
        assert set(found) <= set(possible)  # a match is a candidate first


def test_a_fresh_registry_answers_as_the_one_it_copies(context: ReviewContext, inputs: list[re2_time.Input]):
    registry = inputs[0][0]
    copy = re2_time.fresh(registry)
    assert copy.sets is not None and copy.sets is not registry.sets
    assert copy.filter is not None and copy.filter.filter is not registry.filter.filter  # type: ignore[union-attr]
    for original, plain, folded in inputs:
        if original is not registry:
            continue
        assert [sorted(found.Match(text)) for (_, found, _), text in _asked(copy, plain, folded)] == \
               [sorted(found.Match(text)) for (_, found, _), text in _asked(registry, plain, folded)]
        assert copy.filter.filter.Match(folded + _TAIL, False) == \
               registry.filter.filter.Match(folded + _TAIL, False)  # type: ignore[union-attr]


def _asked(registry: needs.Patterns, plain: bytes, folded: bytes) -> list[tuple[tuple[bool, object, list[int]], bytes]]:
    return [(entry, (plain, folded)[entry[0]]) for entry in registry.sets or ()]


def test_best_of_and_first_reading_give_a_time_for_every_kind(inputs: list[re2_time.Input]):
    best = re2_time.best_of({"these": inputs}, repeat=2)
    assert set(best) == {("these", kind) for kind in re2_time.KINDS}
    assert all(value >= 0 for value in best.values())
    first = re2_time.first_reading(inputs[:6], inputs[6:])
    assert set(first) == set(re2_time.KINDS) and all(value >= 0 for value in first.values())
