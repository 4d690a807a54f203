"""Gate patterns with a literal asked through RE2's filter (session 16, speed29). A folded gate pattern that
cannot match without one of a few words ("launches", "shop now") is asked alone, and only on a draft
holding one of them (checks/literals.py); the patterns without such a literal stay in the RE2 sets. The
change is for speed only: what a draft's patterns match must be what each pattern alone says."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import drafts
from bot.engine.checks.literals import SENTINEL, Literals, literals
from bot.engine.checks.needs import Patterns
from bot.engine.patterns import Pattern, compile_regex, matches_at_all, matching_at_all
from bot.engine.text import Doc, fold
from tests.alone import alone, dev_rows, shipped_patterns, shipped_registry


@pytest.fixture(scope="module")
def shipped() -> dict[str, list[Pattern]]:
    """Every gate pattern of the shipped packs, per language."""
    return {language: list(shipped_patterns(language)) for language in ("en", "fr")}


def _registry(patterns: list[Pattern]) -> Patterns:
    registry = Patterns()
    for pattern in patterns:
        registry.add(pattern)
    return registry


def _doc(text: str, language: str) -> Doc:
    return Doc(text, language, fold(text))


def _alone(registry: Patterns, doc: Doc) -> frozenset[int]:
    return alone(registry.patterns, doc)


# Text a literal test could get wrong: case, accents, letters RE2 folds onto ASCII ones (Kelvin sign, long s),
# emoji, a draft ending inside a word, the sentinel itself.
AWKWARD = ["", " ", "LAUNCHES TODAY: SHOP NOW!!!", "Il lance sa nouvelle gamme : découvrez-la dès aujourd'hui",
           "\u212aids eat free, \u017fhop now", "🔥🔥 50% OFF 🔥🔥 shop now 👉 www.example.com", "shop no",
           f"{SENTINEL} {SENTINEL}", "Why retailers want you to panic-buy", "Re: our meeting\nFw: the deck"]


def _texts() -> list[str]:
    return AWKWARD + drafts(30, 280) + drafts(5, 2000) + dev_rows(300)


def test_most_shipped_folded_patterns_are_asked_through_the_filter(shipped: dict[str, list[Pattern]]) -> None:
    for language, patterns in shipped.items():
        registry = shipped_registry(language)  # (its patterns, added in turn and asked once)
        assert registry.patterns == patterns and registry.filter is not None
        folded = {i for i, p in enumerate(patterns) if p.fold}
        assert registry.filter.ids <= folded
        assert len(registry.filter.ids) > len(folded) // 2
        in_sets = [i for _fold, _set, ids in registry.sets or () for i in ids if i >= 0]
        overflow = registry.overflow.ids if registry.overflow is not None else frozenset()  # past the budget (session 40)
        assert not registry.filter.ids.intersection(in_sets) and not overflow.intersection(in_sets)
        assert len(in_sets) + len(registry.filter.ids) + len(overflow) + len(registry.refused) == len(patterns)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shipped_patterns_answer_as_each_pattern_alone(shipped: dict[str, list[Pattern]], language: str) -> None:
    registry = shipped_registry(language)
    for text in _texts():
        doc = _doc(text, language)
        assert registry.present(doc) == _alone(registry, doc), text[:80]


def test_when_the_filter_gives_up_every_pattern_is_asked(shipped: dict[str, list[Pattern]]) -> None:
    registry = _registry(shipped["en"])
    registry.present(_doc("warm", "en"))
    real = registry.filter
    assert real is not None

    class GaveUp:  # RE2 out of memory: no atom found, the sentinel's either
        def Match(self, text: bytes, potential: bool) -> list[int]:  # noqa: N802 (RE2's name)
            return []

    registry.filter = Literals(GaveUp(), real.found, real.sentinel, real.ids)
    for text in AWKWARD + drafts(10, 280):
        doc = _doc(text, "en")
        assert registry.present(doc) == _alone(registry, doc)


def test_a_pattern_without_a_literal_to_require_stays_in_the_sets() -> None:
    found = literals([(r"\bshop now\b", 0), (r"\b(?:our|we|you)\b", 1), (r"\b[a-z]{40,}\b", 2), (r"(?:launches|lance)", 3)])
    assert found is not None
    assert found.ids == {0, 3}
    assert literals([(r"\b[a-z]{40,}\b", 0)]) is None  # nothing to filter: no filter


def test_a_pattern_the_filter_refuses_is_left_to_the_sets() -> None:
    found = literals([(r"(?P<x>a)(?P<x>b)", 0), (r"\bshop now\b", 1)])  # a name twice: RE2 refuses it
    assert found is not None and found.ids == {1}
    registry = _registry([compile_regex(r"(?P<x>a)(?P<x>b)", True), compile_regex(r"\bshop now\b", True)])
    present = registry.present(_doc("shop now", "en"))
    assert present is not None and 1 in present
    assert registry.filter is not None and 0 not in registry.filter.ids
    assert 0 in registry.refused or any(0 in ids for _fold, _set, ids in registry.sets or ())  # where it was before


def test_asking_the_candidates_together_says_what_each_says_alone(shipped: dict[str, list[Pattern]]) -> None:
    patterns = shipped["fr"]
    folded = [i for i, p in enumerate(patterns) if p.fold]
    for text in AWKWARD + drafts(10, 280):
        doc = _doc(text, "fr")
        assert matching_at_all(patterns, folded, doc) == [i for i in folded if matches_at_all(patterns[i], doc)]


WORDS = ["shop", "now", "launches", "lance", "wins", "gagne", "prize", "prix", "our", "we", "nous", "free", "gratuit",
         "50%", "off", "£20", "Why", "Pourquoi", "experts", "say", "disent", "\u212a", "\u017f", "é", "🔥", "!", "?", ".",
         ":", "\n", "-", "'", '"', "«", "»", "http://x.fr", "@coach", "#promo", "re:", "RT"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from(["en", "fr"]))
def test_any_mix_of_selling_words_answers_as_each_pattern_alone(words: list[str], language: str) -> None:
    registry = shipped_registry(language)
    doc = _doc(" ".join(words), language)
    assert registry.present(doc) == _alone(registry, doc)
