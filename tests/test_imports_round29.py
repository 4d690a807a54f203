"""Imports, round 29: the same records through faster paths.

- Signatures through word numbers (bot.memory.wordpairs) equal minhash's own of the same shingles,
  on tricky posts, random batches, a batch of real drafts of both languages, and a whole import;
  what wordpairs remembers stays bounded while importing.
- A draft's token texts are the slices of its folded text, whether tokenize kept them (an ASCII
  draft's words) or they are sliced when asked (accents, chat spellings, spaced contractions).
"""

from __future__ import annotations

import random
import string

import numpy as np
import pytest

from bot.engine.text import Doc
from bot.memory import minhash, wordpairs
from bot.memory.postfeatures import features_many, shingle_set


def _word(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_lowercase + "éç", k=rng.randint(1, 8)))


def _plain_rows(words: list[list[str]], extras: list[list[str]]) -> tuple[np.ndarray, list[int]]:
    return minhash.signature_rows([minhash.shingle_keys(w, x) for w, x in zip(words, extras, strict=True)])


TRICKY = [
    ([], []),  # nothing at all: no signature
    (["alone"], []),  # one word: the word itself
    (["alone"], ["link:abc"]),
    ([], ["link:abc", "link:def"]),  # links only
    (["same", "same", "same", "same"], []),  # one pair met three times
    (["a", "b", "a", "b"], ["link:abc", "link:abc"]),
    (["ça", "va", "🔥", "très", "bien"], []),
    (["don't", "stop"], []),
    (["link:abc"], ["link:abc"]),  # a word spelt like an extra: the same shingle, the same hash
]


def test_signatures_through_word_numbers_are_minhash_signatures_on_tricky_posts():
    words = [list(w) for w, _ in TRICKY]
    extras = [list(x) for _, x in TRICKY]
    rows, which = wordpairs.signature_rows(words, extras)
    plain, plain_which = _plain_rows(words, extras)
    assert which == plain_which == [i for i, (w, x) in enumerate(TRICKY) if w or x]
    assert rows.dtype == np.uint32 and np.array_equal(rows, plain)


def test_signatures_through_word_numbers_on_random_batches_and_a_forgetting_in_between(monkeypatch):
    monkeypatch.setattr(wordpairs, "WORD_LIMIT", 40)  # forgotten several times over the batches
    monkeypatch.setattr(wordpairs, "CODE_LIMIT", 60)
    rng = random.Random(29)
    vocabulary = [_word(rng) for _ in range(80)]
    for _ in range(30):
        words = [rng.choices(vocabulary, k=rng.choice([0, 1, 2, 3, 12, 40])) for _ in range(rng.randint(1, 30))]
        extras = [[f"link:{rng.randrange(5)}"] * rng.randint(0, 2) for _ in words]
        rows, which = wordpairs.signature_rows(words, extras)
        plain, plain_which = _plain_rows(words, extras)
        assert which == plain_which and np.array_equal(rows, plain)
        known = wordpairs.known()
        assert len(known.numbers) <= 40 + sum(map(len, words)) + sum(map(len, extras))
        assert np.all(known.codes[1:] > known.codes[:-1])  # sorted, each code once
        assert len(known.codes) == len(known.hashes)


def test_remembered_hashes_are_the_hashes_of_their_shingles():
    rng = random.Random(5)
    words = [[_word(rng) for _ in range(rng.randint(0, 9))] for _ in range(50)]
    wordpairs.signature_rows(words, [[] for _ in words])
    known = wordpairs.known()
    for code, value in zip(known.codes.tolist()[:200], known.hashes.tolist()[:200], strict=True):
        assert value == minhash.shingle_hash(known.shingle(code))


@pytest.mark.parametrize("count", [0, 1, 255, 256, 257, 1000])
def test_rows_of_values_keeps_each_posts_minimums_across_passes(count):
    rng = random.Random(count)
    sizes = [rng.randint(1, 300) for _ in range(count)]
    values = np.array([rng.randrange(1 << 32) for _ in range(sum(sizes))], dtype=np.uint64)
    ends = np.cumsum(sizes).tolist()
    rows = minhash.rows_of_values(values, ends)
    starts = [0, *ends[:-1]] if ends else []
    for k, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if k % 97 == 0:
            assert np.array_equal(rows[k], minhash._permuted(values[start:end]).min(axis=0).astype(np.uint32))
    assert rows.shape == (count, minhash.PERMS)


def test_a_batch_of_drafts_gets_the_features_each_draft_gets_the_plain_way():
    """features_many over a mixed batch (team posts signed, community posts with words): each
    signature is minhash's signature of the post's shingle set, its bands are that signature's."""
    from bench.corpus import EN, FR

    rng = random.Random(9)
    texts = FR[:40] + EN[:40] + ["", "merci", "🎉🔥", "lol lol lol", "https://acme.example/a www.exemple.fr/b",
                                 "I don ' t know", "MERCI À TOUS !!", "Rejoignez l'atelier : https://acme.example/x"]
    rng.shuffle(texts)
    docs = [Doc(text, "fr" if i % 2 else "en") for i, text in enumerate(texts)]
    team = [i % 3 != 0 for i in range(len(docs))]
    found = features_many(docs, team, [not t for t in team])
    for doc, signed, feats in zip(docs, team, found, strict=True):
        expected = minhash.signature(shingle_set(doc)) if signed else None
        if expected is None:
            assert feats.signature is None and feats.bands == []
        else:
            assert feats.signature == minhash.to_bytes(expected) and feats.bands == minhash.bands(expected)


def test_what_word_numbers_remember_stays_bounded_while_importing(tmp_path, monkeypatch):
    """An import whose vocabulary keeps growing, with small limits: after every batch, the words
    numbered are at most the limit plus that batch's own distinct words (and the codes kept at most
    their limit plus the batch's words and links), and what was numbered is forgotten once over the limit
    (the whole import numbers several times the limit); the records are the ones an import with the
    usual limits stores."""
    from bench import same_records

    monkeypatch.setattr(wordpairs, "WORD_LIMIT", 100)
    monkeypatch.setattr(wordpairs, "CODE_LIMIT", 600)
    seen: list[tuple[int, int, int, int]] = []
    every: set[str] = set()
    rows = wordpairs.signature_rows

    def watched(words, extras):
        found = rows(words, extras)
        known = wordpairs.known()
        distinct = {w for post in [*words, *extras] for w in post}  # links are numbered as words are
        every.update(distinct)
        seen.append((len(known.numbers), len(known.codes), len(distinct),
                     sum(map(len, words)) + sum(map(len, extras))))
        return found

    monkeypatch.setattr(wordpairs, "signature_rows", watched)
    small = same_records.run(1_500, 1, 20)  # batches of 20 messages: fewer words each than the whole import
    assert len(seen) > 10
    biggest = max(batch for *_, batch in seen)  # words and links of the largest batch
    assert len(every) > 100 + max(distinct for _, _, distinct, _ in seen)  # more words than the bound lets stay
    assert all(numbered <= 100 + distinct for numbered, _, distinct, _ in seen if distinct)  # (an empty call keeps all)
    assert all(codes <= 600 + biggest for _, codes, _, _ in seen)
    assert any(after < before for (before, *_), (after, *_) in zip(seen, seen[1:], strict=False))  # forgotten
    monkeypatch.undo()
    again = same_records.run(1_500, 1, 20)
    assert same_records.differences(small["tables"], again["tables"]) == [] and small["reports"] == again["reports"]


_TOKEN_DRAFTS = [
    "Join our webinar tomorrow! https://acme.example/w?utm_source=x @bob #launch",
    "Rejoignez l'atelier d'été : c'est gratuit", "l ' offre", "I don ' t know , you ' re right",
    "jsp mdr tkt, on se voit demain", "MERCI À TOUS", "rock'n'roll don't stop", "", "🎉🔥 ok", "qu'on s'en aille",
]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_token_texts_are_the_folded_slices_whether_kept_or_sliced(language):
    from bench.corpus import EN, FR

    kept = 0
    for text in _TOKEN_DRAFTS + FR[:60] + EN[:60]:
        doc = Doc(text, language)
        tokens = doc.tokens
        assert tokens.texts == [doc.folded[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)], text
        kept += tokens._texts is not None
        texts = tokens.texts
        texts.append("changed")  # a copy each time: the tokens' own list is never handed out
        assert tokens.texts != texts
    assert kept > 20  # many drafts' texts were kept by tokenize
