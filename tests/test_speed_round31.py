"""Gates and the pattern pass, for speed only (session 18, speed31). Every clause a rule's gate needs is one bit
of its registry's table (checks/needs.py: ClauseBits): a draft's phrase lists and present patterns are read into
the bits once, and each rule's gate is one integer test. The candidates the literal filter passes are asked in
one batch (patterns.matching_at_all), and `present` encodes the draft once per case mode. None of it may change
an answer: each must say what the clause-by-clause and pattern-by-pattern code says."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import drafts
from bot.engine.advice import load_advice
from bot.engine.checks import needs
from bot.engine.checks.needs import ClauseBits, Patterns, holds, patterns_of
from bot.engine.patterns import compile_regex, matches_at_all, matching_at_all
from bot.engine.review import ReviewContext, review
from bot.engine.text import Doc, fold
from tests.alone import alone

AWKWARD = ["", " ", "SHOP NOW!!! Order #48213 shipped", "« Réservez vite », dit-elle. Plus que 3 places !",
           "Call Sarah on 0800 123 456 \u212a \u017f", "Free 🎁 for the first 20 — sign up at www.example.com",
           "WIN a PRIZE!! txt WIN to 80082 now, £1.50/msg", "l'offre d'été : -50 % jusqu'à dimanche"]


@pytest.fixture(scope="module")
def advice():
    found = load_advice()
    context = ReviewContext(found)
    for text in drafts(3, 280):  # past the first draft: the registries' sets are built
        review(text, context)
    return found


def _doc(text: str, language: str) -> Doc:
    return Doc(text, language, fold(text))


def _one_by_one(registry: Patterns, doc: Doc) -> set[int]:
    return set(alone(registry.patterns, doc))


def _texts() -> list[tuple[str, str]]:
    return [(text, language) for text in AWKWARD + drafts(20, 280) + drafts(3, 2000) for language in ("en", "fr")]


def test_present_is_every_pattern_asked_alone(advice) -> None:
    """The sets, the filter and its batch of candidates say which patterns match, exactly."""
    for text, language in _texts():
        registry = patterns_of(advice.indexes[language])
        doc = _doc(text, language)
        assert registry.present(doc) == _one_by_one(registry, doc), text


def test_matching_at_all_is_matches_at_all_in_turn(advice) -> None:
    registry = patterns_of(advice.indexes["en"])
    ids = list(range(len(registry.patterns)))
    for text, language in _texts():
        doc = _doc(text, language)
        assert matching_at_all(registry.patterns, ids, doc) == sorted(alone(registry.patterns, doc))


def test_matching_at_all_mixes_case_modes_and_keeps_order() -> None:
    patterns = [compile_regex("Shop", False), compile_regex("shop", True), compile_regex("été", True),
                compile_regex("É", False), compile_regex("x*", True)]
    for text in ("SHOP here", "Shop été", "L'ÉTÉ", ""):
        doc = _doc(text, "fr")
        ids = [4, 3, 2, 1, 0]
        assert matching_at_all(patterns, ids, doc) == [i for i in ids if matches_at_all(patterns[i], doc)]


def test_clause_bits_say_what_holds_says(advice) -> None:
    """Every clause of the shipped rules: its bit is set exactly when `holds` says it holds."""
    for text, language in _texts():
        index = advice.indexes[language]
        registry = patterns_of(index)
        table = registry.clauses
        doc = _doc(text, language)
        matches = index.scan(doc.tokens, "post")
        held = table.held(matches, doc)
        assert held is not None
        assert table.bits, "the shipped rules register clauses"
        for prepared, bit in table.bits.items():
            assert bool(held & bit) == holds(prepared, matches, registry, doc), (text, prepared)


def test_equal_clauses_share_one_bit() -> None:
    table = ClauseBits(Patterns())
    first = table.mask((frozenset({1, 2}), frozenset({3})))
    assert table.mask((frozenset({2, 1}), frozenset({3}))) == first
    assert table.mask((frozenset({1}), frozenset())) != first
    assert table.by_list[1] == first | table.mask((frozenset({1}), frozenset()))


def test_a_first_draft_or_a_set_that_gave_up_is_asked_clause_by_clause() -> None:
    """A registry answering pattern by pattern (a language's first draft) or not at all: no bits, so the gate
    asks each clause as before (the one-by-one mode stays lazy)."""
    lazy = Patterns(one_by_one=1)
    lazy.add(compile_regex("shop", True))
    assert lazy.clauses.held({}, _doc("shop now", "en")) is None
    broken = Patterns()
    broken.add(compile_regex("shop", True))
    broken.present = lambda doc: None  # type: ignore[method-assign]
    assert broken.clauses.held({}, _doc("shop now", "en")) is None


def test_a_gated_rule_finds_what_it_found_on_a_first_draft() -> None:
    """The same draft reviewed first (patterns asked one by one) and again (bits): the same findings."""
    advice = load_advice()
    text = "WIN a PRIZE!! txt WIN to 80082 now, only £1.50/msg. Limited places, book today!"
    first = review(text, ReviewContext(advice))
    again = review(text, ReviewContext(advice))
    assert first == again
    assert first.findings


@settings(max_examples=120, deadline=None)
@given(words=st.lists(st.sampled_from(["shop", "now", "win", "prize", "free", "call", "txt", "80082", "£5", "%",
                                       "-50", "offre", "réservez", "vite", "places", "our", "you", "!!!", "«", "»",
                                       "http://x.io", "@me", "#deal", "\u212a", "é", "LOL", "Sarah", "'"]),
                      max_size=40),
       language=st.sampled_from(["en", "fr"]))
def test_hypothesis_bits_and_present_match_the_slow_answers(advice, words: list[str], language: str) -> None:
    text = " ".join(words)
    index = advice.indexes[language]
    registry = patterns_of(index)
    doc = _doc(text, language)
    assert registry.present(doc) == _one_by_one(registry, doc)
    matches = index.scan(doc.tokens, "post")
    held = registry.clauses.held(matches, doc)
    for prepared, bit in registry.clauses.bits.items():
        assert bool(held & bit) == holds(prepared, matches, registry, doc)


def test_the_table_lives_on_the_registry(advice) -> None:
    assert isinstance(patterns_of(advice.indexes["fr"]).clauses, needs.ClauseBits)


def test_signals_rules_need_what_they_needed_clause_by_clause(advice) -> None:
    """A signals rule's needs (checks/signals.py) read as bits: all_hold says what `holds` said of each clause."""
    from bot.engine.checks.signals import Scorer

    scorers = [cell.cell_contents for compiled in advice.compiled for language, run in compiled.run.items()
               for cell in (getattr(run, "__closure__", None) or ()) if isinstance(cell.cell_contents, Scorer)]
    scorers += [run.__self__ for compiled in advice.compiled for run in compiled.run.values()
                if isinstance(getattr(run, "__self__", None), Scorer)]
    assert scorers, "the shipped packs hold signals rules"
    for text, language in _texts():
        index = advice.indexes[language]
        doc = _doc(text, language)
        matches = index.scan(doc.tokens, "post")
        for scorer in scorers:
            if scorer.registry is not patterns_of(index):
                continue
            expected = all(holds(one, matches, scorer.registry, doc) for one in scorer.needed)
            assert scorer.registry.clauses.all_hold(scorer.need_bits, scorer.needed, matches, doc) == expected
