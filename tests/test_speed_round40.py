"""Speed round 40 (issue 16): the phrase scan looks each word's step up by the word pair, in one C loop.

What must hold (the plain specification: round 26's `plain_scan`, each list's longest phrase at each word from
the left, word by word, then on after it; no phrase across a sentence end):
- A word that starts a phrase leaves a step (its one-word lists, and the longer phrases its next word lets
  through), remembered under the pair (the word, the next word); the last word's pair has no next word (None).
  A word that starts nothing is not remembered: the cache grows with the lexicons' words, not the vocabulary.
- A step is the same whichever draft the pair comes from: drafts scanned one after another on one index, each
  meeting pairs the others left, find what the plain matcher finds, in English and French, by hand and in any
  mix of the lists' words; the same word followed by different words never shares a step.
- The remembered steps are dropped when a list is added (the new list is found at once) and kept per kind (a
  review of one kind never reads a step made for another kind's lists); the cache stays within its bound.
- The shipped packs: generated drafts and dev-set posts, scanned twice (the second time from the remembered
  steps), find what the plain matcher finds with the same lists.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import phrases
from bot.engine.advice import load_advice
from bot.engine.phrases import PhraseIndex
from tests.test_speed_round26 import plain_scan
from tests.test_speed_round39 import (
    LISTS,
    WORDS,
    _index,
    _plain_over_index,
    _shipped_texts,
    _tokens,
)


def _pair(word: str, language: str) -> tuple[str, str]:
    return _tokens(word, language).pairs[0]


def test_a_step_is_remembered_by_the_word_and_the_next_word() -> None:
    index = _index("en")
    found = dict(index.scan(_tokens("the last chance to book now", "en")))
    assert found == {0: [(1, 5)], 1: [(4, 6)], 2: [(5, 6)], 3: [(3, 5)]}  # each list on its own
    steps = index._steps[None]
    last, chance, to, book, now = (_pair(w, "en") for w in ("last", "chance", "to", "book", "now"))
    assert set(steps) == {(last, chance), (chance, to), (to, book), (book, now), (now, None)}  # "the" starts nothing
    singles, after = steps[(now, None)]
    assert singles == (2,) and after == ()  # the last word: its one-word lists, nothing after it
    assert steps[(last, chance)][1] != ()  # "last chance ..." phrases run on from there


def test_the_same_word_before_different_words_takes_different_steps() -> None:
    index = _index("en")
    assert dict(index.scan(_tokens("buy now", "en"))) == {2: [(0, 2)]}
    assert dict(index.scan(_tokens("buy today", "en"))) == {}  # "buy" alone is no phrase: not the step of "buy now"
    assert dict(index.scan(_tokens("to buy now", "en"))) == {1: [(0, 3)], 2: [(1, 3)]}
    assert dict(index.scan(_tokens("last chance to buy", "en"))) == {0: [(0, 2)], 1: [(1, 4)], 3: [(0, 4)]}
    assert dict(index.scan(_tokens("buy now", "en"))) == {2: [(0, 2)]}  # remembered: the same again


@pytest.mark.parametrize("language", ["en", "fr"])
def test_drafts_scanned_one_after_another_by_hand(language: str) -> None:
    texts = {
        "en": ["last chance to buy now and save", "last chance", "chance to buy now", "to book today. last chance",
               "buy now or never", "now buy now", "last chance to book", "last chances to buy now"],
        "fr": ["offre très élevée aujourd'hui", "offres tres elevee", "offre très", "très élevée",
               "édition limitée créée pour vous", "vous préférez réserver vite", "vous préférez. réserver vite"],
    }[language]
    index = _index(language)
    for text in texts + texts[::-1]:
        tokens = _tokens(text, language)
        assert dict(index.scan(tokens)) == plain_scan(LISTS[language], tokens, language), text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["en", "fr"]), st.data())
def test_any_sequence_of_drafts_finds_what_the_plain_matcher_finds(language: str, data: st.DataObject) -> None:
    index = _index(language)  # one index: each draft meets the steps the others left
    drafts = data.draw(st.lists(st.lists(st.sampled_from(WORDS[language]), min_size=1, max_size=12),
                                min_size=2, max_size=6))
    for words in drafts + drafts:
        text = " ".join(words)
        tokens = _tokens(text, language)
        assert dict(index.scan(tokens)) == plain_scan(LISTS[language], tokens, language), text


def test_adding_a_list_drops_the_remembered_steps() -> None:
    index = _index("en")
    tokens = _tokens("book now today", "en")
    assert dict(index.scan(tokens)) == {1: [(0, 2)], 2: [(1, 2)]}
    assert index._steps
    added = index.add(["now today"])
    assert not index._steps
    assert dict(index.scan(tokens)) == {1: [(0, 2)], 2: [(1, 2)], added: [(1, 3)]}


def test_each_kind_keeps_its_own_steps() -> None:
    index = PhraseIndex("en")
    index.reading = frozenset({"plan"})
    plans = index.add(["buy now", "now"])
    index.reading = frozenset({"post"})
    posts = index.add(["buy", "buy now today"])
    index.reading = frozenset()
    tokens = _tokens("buy now today", "en")
    for _ in range(2):  # the second time from the remembered steps
        assert dict(index.scan(tokens, "post")) == {posts: [(0, 3)]}
        assert dict(index.scan(tokens, "plan")) == {plans: [(0, 2)]}
        assert dict(index.scan(tokens)) == {plans: [(0, 2)], posts: [(0, 3)]}
    assert set(index._steps) == {"post", "plan", None}


def test_the_steps_stay_within_their_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phrases, "STEP_CACHE_SIZE", 5)
    index = _index("en")
    words = WORDS["en"]
    for k in range(60):
        text = " ".join(words[(k * 7 + j * 3) % len(words)] for j in range(10))
        tokens = _tokens(text, "en")
        assert dict(index.scan(tokens)) == plain_scan(LISTS["en"], tokens, "en"), text
        assert len(index._steps[None]) <= 5 + 1


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shipped_lists_from_remembered_steps(language: str) -> None:
    index = load_advice().indexes[language]
    remembered = 0
    for text in _shipped_texts():
        tokens = _tokens(text, language)
        first = {i: spans for i, spans in index.scan(tokens).items() if spans}
        remembered = max(remembered, len(index._steps.get(None, {})))
        again = {i: spans for i, spans in index.scan(tokens).items() if spans}
        assert first == again == _plain_over_index(index, tokens), text[:80]
    assert remembered > 100  # the steps were met (and read back on the second scan)
