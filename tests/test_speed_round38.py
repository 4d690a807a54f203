"""Speed round 38 (issue 16): the literal filter's candidates searched by RE2 in the same call.

What must hold (the plain specification: each pattern asked alone on the draft, `matches_at_all`):
- The filter answers, for every pattern it holds, what the pattern alone says of the draft, although
  RE2 reads the draft with a tail (a 0xFF byte, then a sentinel word): end anchors (`$`, `\\z`, `(?m)$`)
  at the draft's end or before a line break, word boundaries at the draft's end, classes that would read
  the tail (`\\s`, `[^a-z]`, `.`), drafts holding the sentinel word, accents, emoji, empty drafts.
- A pattern whose answer the tail could change is left out of the filter (to the sets): one matching
  inside the sentinel, one reading any byte (`\\C`), one with `\\Q`, one reading on after an end anchor.
  `searched_form` reads a `$` inside a class, or escaped, as the character it is.
- When RE2 gives up on the literal pass (no sentinel in its answer), every pattern is asked alone.
- The shipped packs' gate patterns answer through the registry as each one alone (generated drafts,
  dev-set posts, and any mix of their selling words and punctuation).
- The phrase scan, which now looks for a sentence end only once a candidate's words fit, finds what the
  plain matcher of round 26 finds: long phrases whose words fit across a full stop, "!" or "…" (none
  found), or fit only in part (none), or fit within one sentence (found).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import drafts
from bot.engine.checks.literals import SENTINEL, Literals, literals, searched_form
from bot.engine.checks.needs import Patterns
from bot.engine.patterns import Pattern, compile_regex, matches_at_all
from bot.engine.phrases import PhraseIndex
from bot.engine.text import Doc, fold
from tests.alone import alone, dev_rows, shipped_registry
from tests.test_speed_round26 import plain_scan


def _doc(text: str, language: str = "en") -> Doc:
    return Doc(text, language, fold(text))


def _alone(patterns: list[Pattern], ids: frozenset[int], doc: Doc) -> list[int]:
    return sorted(i for i in ids if matches_at_all(patterns[i], doc))


# Patterns a tail after the draft could get wrong, each with a literal RE2 requires.
TRICKY = [
    r"\bshop now$", r"shop now\s*$", r"(?m)shop now$", r"shop now\z", r"(?:shop|buy) now(?:[.!]|$)",
    r"(?:shop now|buy now)(?:\s|$)|\blast chance$", r"\bshop now\b", r"\bnow\B", r"shop now\s+\w+",
    r"shop now[^a-z]", r"shop now.", r"(?s)shop now.", r"shop now\W*", r"^shop now", r"(?m)^shop now",
    r"\$\d+ off", r"[$£€]\d+ off", r"price: [\d$]+$", r"now\\$", r"now(?:[^\n!?.]|[.,]\d)*$",
]
# Patterns the filter must leave out: they read the tail or go on after an end anchor.
LEFT_OUT = [r"\bzqx\w*", r"jkv\b", r"shop now\C", r"\Qshop now$\E", r"shop now(?:\s|$)\b", r"shop now$(?:x)?"]

TEXTS = ["", " ", "shop now", "Shop now", "SHOP NOW!", "shop now\n", "shop now\nlater", "shop nowhere",
         "buy now.", "buy now. Then", "last chance", "last chance\n", "shop now x", "shop now  ", "£20 off",
         "$20 off today", "price: 20$", "a\\", "now\\", "now\\\n", "now 1.5", "now!", "now, then", "Réservez, shop now é", "🔥 shop now",
         "shop now 🔥", f"shop now {SENTINEL}", f"{SENTINEL}", f"shop now\n{SENTINEL}", "now\u00ff", "shop now\u212a"]


def test_a_pattern_the_tail_could_change_is_left_out_of_the_filter() -> None:
    for source in LEFT_OUT:
        assert searched_form(fold(source)) is None, source
    found = literals([(source, i) for i, source in enumerate(LEFT_OUT + [r"\bshop now\b"])])
    assert found is not None and found.ids == {len(LEFT_OUT)}


def test_a_dollar_in_a_class_or_escaped_is_a_character() -> None:
    for source in (r"\$\d+ off", r"[$£€]\d+ off", r"[]$]\d+ off", r"[^]$]\d+ off", r"[[:digit:]$]+ off"):
        assert searched_form(source) == source
    assert searched_form(r"shop now$") != r"shop now$"  # an anchor: rewritten to hold where the tail begins


@pytest.mark.parametrize("source", TRICKY)
def test_each_tricky_pattern_answers_as_alone(source: str) -> None:
    pattern = compile_regex(source, True)
    found = literals([(pattern.source, 0)])
    assert found is not None and found.ids == {0}, source
    for text in TEXTS:
        doc = _doc(text)
        assert sorted(found.present(doc, [pattern])) == _alone([pattern], found.ids, doc), (source, text)


_PIECES = ["shop", " ", "now", "\n", "!", ".", ",", "$", "20", "£", "é", "🔥", "x", "last", "chance", SENTINEL, "\\"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_any_mix_answers_as_each_tricky_pattern_alone(pieces: list[str]) -> None:
    patterns = [compile_regex(source, True) for source in TRICKY + LEFT_OUT]
    found = _TRICKY_FILTER.get("f") or _TRICKY_FILTER.setdefault(
        "f", literals([(p.source, i) for i, p in enumerate(patterns)]))
    assert found is not None
    doc = _doc("".join(pieces))
    assert sorted(found.present(doc, patterns)) == _alone(patterns, found.ids, doc)


_TRICKY_FILTER: dict[str, Literals | None] = {}


def test_when_re2_gives_up_every_pattern_is_asked_alone() -> None:
    patterns = [compile_regex(source, True) for source in TRICKY]
    real = literals([(p.source, i) for i, p in enumerate(patterns)])
    assert real is not None

    class GaveUp:  # RE2 out of memory on the literal pass: no atom found, the sentinel's either
        def Match(self, text: bytes, potential: bool) -> list[int]:  # noqa: N802 (RE2's name)
            return []

    gave_up = Literals(GaveUp(), real.found, real.sentinel, real.ids)
    for text in TEXTS:
        doc = _doc(text)
        assert sorted(gave_up.present(doc, patterns)) == _alone(patterns, real.ids, doc), text


@pytest.fixture(scope="module")
def shipped() -> dict[str, Patterns]:
    """A registry of every gate pattern of the shipped packs, per language (sets and filter built)."""
    return {language: shipped_registry(language) for language in ("en", "fr")}


def _texts() -> list[str]:
    return TEXTS + drafts(30, 280) + drafts(5, 2000) + dev_rows(300)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shipped_patterns_answer_as_each_alone(shipped: dict[str, Patterns], language: str) -> None:
    registry = shipped[language]
    assert registry.filter is not None and len(registry.filter.ids) > 200  # nearly all the folded ones
    for text in _texts():
        doc = _doc(text, language)
        assert registry.present(doc) == alone(registry.patterns, doc), text[:80]


WORDS = ["shop", "now", "deals", "of the day", "wins", "gagne", "prize", "says", "disent", "experts", "free", "50%",
         "off", "£20", "$", "Why", "Pourquoi", "\u212a", "é", "🔥", "!", "?", ".", ":", ",", "\n", "'", "«", "»", SENTINEL]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.sampled_from(["en", "fr"]))
def test_any_mix_of_selling_words_answers_as_each_shipped_pattern_alone(words: list[str], language: str) -> None:
    registry = shipped_registry(language)
    doc = _doc(" ".join(words), language)
    everything = frozenset(range(len(registry.patterns)))
    assert registry.present(doc) == frozenset(_alone(registry.patterns, everything, doc))



# Long phrases (four words and more) whose later words are compared one by one, and two-word ones.
SCAN_LISTS = [["book your seat now", "book your seat", "seat now"], ["last chance to book", "chance to book now"],
              ["your seat", "now or never", "book * seat now"]]
SCAN_WORDS = ["book", "your", "seat", "seats", "now", "last", "chance", "to", "or", "never", "a", ".", "!", "…",
              "?", ",", "4.99", "a.m.", "«", "»", '"']


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SCAN_WORDS), min_size=1, max_size=24))
def test_the_scan_checks_the_sentence_end_only_for_words_that_fit(words: list[str]) -> None:
    index = PhraseIndex("en")
    for phrases in SCAN_LISTS:
        index.add(phrases)
    tokens = _doc(" ".join(words)).tokens
    assert dict(index.scan(tokens)) == plain_scan(SCAN_LISTS, tokens, "en"), " ".join(words)


def test_a_long_phrase_across_a_sentence_end_by_hand() -> None:
    index = PhraseIndex("en")
    for phrases in SCAN_LISTS:
        index.add(phrases)
    across = _doc("book your seat. now or never").tokens
    assert dict(index.scan(across)) == {0: [(0, 3)], 2: [(1, 3), (3, 6)]}
    within = _doc("last chance to book now!").tokens
    assert dict(index.scan(within)) == {1: [(0, 4)]}  # the longest at the first word, then nothing overlapping it
