"""Speed round 39 (issue 16): the phrase scan picks a start's longer phrases by their third word.

What must hold (the plain specification: round 26's `plain_scan`, each list's longest phrase at each word from
the left, word by word, then on after it; no phrase across a sentence end):
- Once the next word is known, a start's longer phrases are split in two: those compared from their third word
  on (two words, or a wildcard third word) and those of a fixed third word, found by the draft's third word's
  key, or by its alt (a stem typed without accents), never by a key meeting an alt. None is lost, none is
  listed where it does not belong.
- The scan still finds what the plain matcher finds: phrases sharing two first words and parting at the third,
  a third word that is a wildcard, a third word whose key and alt differ (« élevée », « créée », « préférez »,
  typed with accents or without), phrases that would end past the draft (the draft ends at the second or third
  word), overlaps within a list, and sentence ends between the words; in English and French, by hand and in
  any mix of the lists' words.
- A review of one kind (its lists only) finds in each of its lists what the whole scan finds.
- The shipped packs: the scan of generated drafts and dev-set posts finds what the plain matcher finds with
  the same lists (a few hundred lists per language, read back from the compiled index).
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import drafts
from bot.engine.advice import load_advice
from bot.engine.phrases import PhraseIndex, _Start
from bot.engine.text import Doc, Tokens, fold
from tests.test_speed_round26 import _fits, plain_scan

DEVSETS = Path(__file__).resolve().parent.parent / "bench" / "devsets"

LISTS = {
    "en": [
        ["last chance to book", "last chance to buy now", "last chance today", "last chance"],
        ["last chance * now", "chance to buy", "to buy now", "book now"],
        ["buy now", "buy now and save", "buy now or never", "now"],
        ["to book", "to book today", "last * to buy"],
    ],
    "fr": [
        ["offre très élevée", "offre très élevée aujourd'hui", "offre très"],
        ["édition limitée créée pour vous", "édition limitée", "limitée créée"],
        ["vous préférez réserver", "vous préférez", "préférez réserver vite"],
        ["offre * élevée", "très élevée", "réserver vite"],
    ],
}
WORDS = {
    "en": ["last", "Last", "chance", "chances", "to", "book", "booking", "buy", "buying", "now", "NOW", "today",
           "and", "save", "or", "never", "the", "a", ".", "!", "?", ",", "…"],
    "fr": ["offre", "offres", "très", "tres", "élevée", "elevee", "élevé", "eleve", "aujourd'hui", "aujourd’hui",
           "édition", "edition", "limitée", "limitee", "créée", "creee", "cree", "pour", "vous", "préférez",
           "preferez", "préféré", "réserver", "reserver", "vite", "la", ".", "!", ",", "«", "»"],
}


def _tokens(text: str, language: str) -> Tokens:
    return Doc(text, language, fold(text)).tokens


def _index(language: str) -> PhraseIndex:
    index = PhraseIndex(language)
    for phrases in LISTS[language]:
        index.add(phrases)
    return index


def _start(index: PhraseIndex, word: str) -> _Start:
    start = index._starting(*_tokens(word, index.language).pairs[0])
    assert start is not None
    return start


def test_a_start_splits_its_longer_phrases_by_the_third_word() -> None:
    index = _index("en")
    last = _start(index, "last")
    chance = _tokens("chance", "en").pairs[0]
    now, by_key, by_alt = last.following(chance)
    # two words ("last chance"), or a wildcard third ("last chance * now"): compared from the third word on
    assert sorted((list_id, length) for list_id, length, _ in now) == [(0, 2), (1, 4)]
    # a fixed third word: by its key and by its alt, its checks starting at the fourth word
    assert sorted(by_key) == sorted(by_alt) == ["to", "today"]
    assert sorted((i, n, checks) for i, n, checks in by_key["to"]) == [
        (0, 4, ((3, "book", "book"),)), (0, 5, ((3, "buy", "buy"), (4, "now", "now"))),
        (3, 4, ((3, "buy", "buy"),))]  # "last * to buy": a wildcard second word, a fixed third
    assert by_key["today"] == ((0, 3, ()),)
    assert last.after[chance] == (now, by_key, by_alt)  # remembered for the next draft


def test_a_next_word_no_longer_phrase_follows_is_remembered_as_none() -> None:
    index = _index("en")
    buy = _start(index, "buy")
    today = _tokens("today", "en").pairs[0]
    assert buy.following(today) == ()
    assert buy.after[today] == ()


def test_a_third_word_whose_key_and_alt_differ_is_listed_under_each() -> None:
    index = _index("fr")
    key, alt = _tokens("élevée", "fr").pairs[0]
    assert key != alt  # the case this test is about
    _, by_key, by_alt = _start(index, "offre").following(_tokens("très", "fr").pairs[0])
    assert key in by_key and alt not in by_key
    assert alt in by_alt and key not in by_alt


BY_HAND = [
    ("en", "last chance to book"), ("en", "last chance to buy now!"), ("en", "last chance to"),
    ("en", "last chance"), ("en", "last chance today. book now"), ("en", "last chance. to book"),
    ("en", "last chance to buy. now"), ("en", "last chance to buy now and save"), ("en", "to book today"),
    ("en", "last chances to buy now"), ("fr", "offre très élevée aujourd'hui"), ("fr", "offres tres elevee !"),
    ("fr", "offre très élevé"), ("fr", "Édition limitée créée pour vous"), ("fr", "edition limitee creee pour vous"),
    ("fr", "vous preferez reserver vite"), ("fr", "vous préférez. réserver vite"), ("fr", "offre la élevée"),
]


def test_tricky_drafts_by_hand() -> None:
    for language, text in BY_HAND:
        tokens = _tokens(text, language)
        assert dict(_index(language).scan(tokens)) == plain_scan(LISTS[language], tokens, language), text


def test_what_the_scan_finds_by_hand() -> None:
    en = _index("en")
    assert dict(en.scan(_tokens("last chance to buy now", "en"))) == {
        0: [(0, 5)], 1: [(1, 4)], 2: [(3, 5)], 3: [(0, 4)]}
    assert dict(en.scan(_tokens("last chance to", "en"))) == {0: [(0, 2)]}  # the draft ends at the third word
    fr = _index("fr")
    assert dict(fr.scan(_tokens("offres tres elevee", "fr"))) == {0: [(0, 3)], 3: [(0, 3)]}


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["en", "fr"]), st.data())
def test_the_scan_finds_what_the_plain_matcher_finds(language: str, data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(WORDS[language]), min_size=1, max_size=30))
    text = " ".join(words)
    tokens = _tokens(text, language)
    index = _index(language)
    assert dict(index.scan(tokens)) == plain_scan(LISTS[language], tokens, language), text
    assert dict(index.scan(tokens)) == plain_scan(LISTS[language], tokens, language), text  # remembered: same


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["en", "fr"]), st.data())
def test_a_kind_finds_in_its_lists_what_the_whole_scan_finds(language: str, data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(WORDS[language]), min_size=1, max_size=30))
    tokens = _tokens(" ".join(words), language)
    index = PhraseIndex(language)
    for number, phrases in enumerate(LISTS[language]):
        index.reading = frozenset({"post"} if number % 2 else {"plan"})
        index.add(phrases)
    whole = dict(index.scan(tokens))
    assert dict(index.scan(tokens, "post")) == {i: spans for i, spans in whole.items() if i % 2}
    assert dict(index.scan(tokens, "plan")) == {i: spans for i, spans in whole.items() if not i % 2}


def _plain_over_index(index: PhraseIndex, tokens: Tokens) -> dict[int, list[tuple[int, int]]]:
    """round 26's plain matcher, on the phrases an index holds (their words as compiled): per list, from the left,
    the longest phrase that fits at each word, then on after it. Only the phrases whose first word is the draft
    word's key or alt are tried (a first word is never the wildcard)."""
    longest: dict[int, dict[int, int]] = defaultdict(dict)  # list id -> word index -> longest length there
    for i, (key, alt) in enumerate(tokens.pairs):
        for phrase in set(index._by_key.get(key, [])) | set(index._by_alt.get(alt, [])):
            if _fits(phrase.words, tokens, i) and len(phrase.words) > longest[phrase.list_id].get(i, 0):
                longest[phrase.list_id][i] = len(phrase.words)
    found: dict[int, list[tuple[int, int]]] = {}
    for list_id in sorted(longest):
        free = 0
        for i in sorted(longest[list_id]):
            if i >= free:
                free = i + longest[list_id][i]
                found.setdefault(list_id, []).append((i, free))
    return found


@cache
def _shipped_texts() -> list[str]:
    rows = []
    for path in sorted(DEVSETS.glob("*.jsonl")):
        if "blind" in path.name:  # held-out sets: never read
            continue
        with path.open(encoding="utf-8") as stream:
            rows += [json.loads(line).get("text", "") for line in stream if line.strip()]
    random.Random(39).shuffle(rows)
    return drafts(40, 280) + drafts(5, 2000) + [text for text in rows if text.strip()][:200]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shipped_lists_are_scanned_as_the_plain_matcher_reads_them(language: str) -> None:
    index = load_advice().indexes[language]
    matched = 0
    for text in _shipped_texts():
        tokens = _tokens(text, language)
        found = {i: spans for i, spans in index.scan(tokens).items() if spans}
        assert found == _plain_over_index(index, tokens), text[:80]
        matched += sum(len(spans) for spans in found.values() if any(e - s >= 3 for s, e in spans))
    assert matched > 50  # long phrases (three words and more) were met: the third-word look-ups were read
