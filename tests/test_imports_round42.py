"""Imports, round 42: cheaper tagging of an import's messages, every output the same.

What must hold:
- tokenize cuts a draft into the words the word pattern finds, at their offsets, in order: the
  words and offsets it gives are those of re.finditer on the folded text (French and English,
  ASCII or not, empty text, words next to punctuation, digits and underscores), and with
  French elisions, links and chat spellings the tokens' texts are still the folded text's slices;
- the language model's walk counts each (text, feature) key as np.unique would: the same keys,
  sorted, with the same counts and types;
- a batch's languages are the languages of detecting its texts one by one (the model's pass);
- the fingerprint of a text is the hash of its words between single spaces, whatever whitespace
  it holds ("a  b", " a\\tb\\n" and "a b" are one text); spaced_once is " ".join(text.split());
- a batch's MinHash rows are the same whether its shingles repeat within it (the table of
  distinct hashes) or not: each post's row is the column minimum of its own shingles' permuted
  hashes;
- a prepared batch counts a post in the day row of its channel and member even when its names
  differ from an earlier post's (another place, the same row ids);
- an import's records are still the records of tagging its messages one by one.
"""

from __future__ import annotations

import random
import re
import sys

import numpy as np
import pytest

from bot.engine import text as text_module
from bot.engine.categories import default_tagger
from bot.engine.language import _counted, detect, detect_many
from bot.engine.text import fold, tokenize
from bot.memory import minhash, wordpairs
from bot.memory.postfeatures import fingerprint, spaced_once
from bot.memory.prepared import prepare_messages
from bot.memory.records import record, records

_RNG = random.Random(42)
_PIECES = ["offre", "Été", "don't", "l'atelier", "x_y", "3,5", "C'est", "ÉQUIPE", "naïve", "İstanbul", "ﬁne", "-", "...",
           "  ", "\n", "rock'n'roll", "café", "l’offre", "’", "9am", "#tag", "@someone", "https://acme.example/a-b"]


def _drafts(count: int) -> list[str]:
    return ["".join(_RNG.choice(_PIECES) + _RNG.choice(["", " ", ", "]) for _ in range(_RNG.randint(0, 9)))
            for _ in range(count)]


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("draft", ["", "Three tips, step by step!", "x_y 3,5 naïve café", "ÉQUIPE l'atelier",
                                   "don't stop", "İstanbul ﬁne", "a-b c'd'e"])
def test_plain_drafts_have_the_words_and_offsets_the_pattern_finds(draft, language):
    folded = fold(draft)
    pattern = (text_module._ASCII_WORD if folded.isascii() else text_module._WORD)[language]
    expected = [match.span() for match in pattern.finditer(folded)]
    if language == "fr":  # elided articles are left out: « l' » of « l'atelier »
        expected = [(s, e) for s, e in expected if not (folded[e : e + 1] == "'" and folded[s:e] in text_module.ELISIONS)]
    tokens = tokenize(draft, language)
    assert list(zip(tokens.starts, tokens.ends, strict=True)) == expected


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_token_is_its_slice_of_the_folded_text_in_order(language):
    for draft in _drafts(400):
        tokens = tokenize(draft, language)
        folded = fold(draft)
        assert all(s < e for s, e in zip(tokens.starts, tokens.ends, strict=True))
        assert tokens.starts == sorted(tokens.starts)
        if not tokens.extra:  # no chat spelling read as several words
            assert all(e <= s for e, s in zip(tokens.ends, tokens.starts[1:], strict=False))
            assert [re.sub("['’]", "'", w) for w in tokens.texts] == \
                [folded[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)]


@pytest.mark.parametrize("dtype", [np.int32, np.int64])
def test_the_walks_keys_are_counted_as_np_unique_counts_them(dtype):
    rng = np.random.default_rng(42)
    for size, top in ((1, 5), (2, 1), (7, 3), (5_000, 40), (20_000, 2**30)):
        keys = rng.integers(0, top, size).astype(dtype)
        expected, counts = np.unique(keys, return_counts=True)
        found, found_counts = _counted(keys.copy())
        assert found.dtype == expected.dtype and found_counts.dtype == counts.dtype
        assert np.array_equal(found, expected) and np.array_equal(found_counts, counts)


def test_a_batchs_languages_are_its_texts_languages_one_by_one():
    texts = ["Notre atelier ouvre vendredi, venez nombreux avec vos idées",
             "Our workshop opens on Friday, bring your ideas and your friends",
             "shipping draft update survey comment launch community report offer workshop lesson",
             "merci pour le replay du webinar, top", "ok", "", "brand story webinar podcast mistake colour insight",
             "La team a bien reçu le brief pour la campagne", "Quick question about the launch calendar"] * 3
    assert detect_many(texts, "fr") == [detect(text, "fr") for text in texts]


def test_a_fingerprint_is_the_words_between_single_spaces():
    assert fingerprint("Big  news\tfor\nyou ") == fingerprint("big news for you") == fingerprint(" BIG news for you")
    assert fingerprint("big news for you") != fingerprint("big news for me")
    assert [spaced_once(t) for t in ("a  b", " a b", "a b ", "a\u00a0b", "a b")] == ["a b", "a b", "a b", "a b", "a b"]
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    alphabet = ["a", "É", "😀", "-", " "] + spaces
    for _ in range(3_000):
        text = "".join(_RNG.choice(alphabet) for _ in range(_RNG.randint(0, 8)))
        assert spaced_once(text) == " ".join(text.split())


@pytest.mark.parametrize("vocabulary", [4, 100_000])  # shingles repeating in the batch, or hardly ever
def test_a_batchs_minhash_rows_are_each_posts_own_minimums(vocabulary):
    rng = random.Random(vocabulary)
    posts = [[f"w{rng.randrange(vocabulary)}" for _ in range(rng.choice([1, 2, 6, 40, 900]))] for _ in range(300)]
    rows, which = wordpairs.signature_rows(posts, [[] for _ in posts])
    assert which == list(range(len(posts)))
    for row, words in zip(rows, posts, strict=True):
        shingles = minhash.shingles(words)
        values = np.array([minhash.shingle_hash(s) for s in shingles], dtype=np.uint64)
        assert np.array_equal(row, minhash._permuted(values).min(axis=0).astype(np.uint32))


def test_rows_of_unique_hashes_are_the_rows_of_the_hashes_they_stand_for():
    rng = np.random.default_rng(7)
    for distinct, total in ((3, 2_000), (900, 1_000), (50, 120)):
        hashes = rng.integers(0, 2**32, distinct, dtype=np.uint64)
        inverse = rng.integers(0, distinct, total)
        ends = sorted({*rng.integers(1, total, 30).tolist(), total})
        assert np.array_equal(minhash.rows_of_unique(hashes, inverse, ends), minhash.rows_of_values(hashes[inverse], ends))


def test_a_member_renamed_mid_batch_counts_in_one_day_row():
    messages = [{"text": text, "platform": "discord", "workspace": "G1", "channel": "C1", "member": "U1",
                 "message_id": f"m{i}", "posted_at": 1_760_000_000.0 + i, "names": ("Guild", "general", name)}
                for i, (text, name) in enumerate([("Three tips for headlines", "Ann"), ("Buy now!", "Ann B."),
                                                  ("Merci pour le replay", "Ann")])]
    batch = prepare_messages(default_tagger(), messages)
    assert len(batch.places) == 2 and batch.place_of == [0, 1, 0]
    assert len(batch.days) == 1 and next(iter(batch.days.values()))[0] == 3


def test_batch_records_are_the_records_one_by_one():
    tagger = default_tagger()
    texts = _drafts(30) + ["Our webinar on content calendars opens Friday", "Notre atelier ouvre vendredi", ""]
    messages = [{"text": text, "platform": "discord", "workspace": "G1", "channel": "C1", "member": f"U{i % 3}",
                 "message_id": f"m{i}", "posted_at": 1_760_000_000.0 + 60 * i, "kind": ("team", "community")[i % 2]}
                for i, text in enumerate(texts)]
    assert records(tagger, messages) == [record(tagger, **message) for message in messages]
