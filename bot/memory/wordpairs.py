"""The MinHash signatures of a batch of posts through word numbers (an import's posts).

minhash.signature_rows() looks each shingle up in a dict of hashes: ~25 pairs of words a post,
each a tuple hashed and compared in Python, was the largest part of a post's features (~12 µs of
~20). Here each word of the batch is numbered once (one dict lookup a word), a pair of words
becomes one 64-bit code (first << 32 | second; a word alone, a one-word post's or a link's
shingle, is its number << 32 | ALONE), and all the codes of the batch are looked up together in
a sorted array of the codes met before (numpy). Only codes never met are hashed, with the very
hash minhash gives their shingle ("first second", or the word alone): the same signatures.

Memory stays flat: the numbers and codes are forgotten together once either outgrows its limit.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.memory import minhash

ALONE = 0xFFFF_FFFF  # the second half of a word alone's code (a word's number is always below it)
WORD_LIMIT = 50_000  # words numbered (~130 bytes each with their number and the dict: ~6.5 MB)
CODE_LIMIT = 200_000  # codes remembered with their hash (16 bytes each in two arrays: ~3 MB); both
# together hold about what minhash's cache of 50,000 pairs of words held (~10 MB, round 28)
_SHIFT = np.uint64(32)


class _Numbers(dict[str, int]):
    """Each word met, numbered in order of first meeting (`words[n]` is word number n)."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []

    def __missing__(self, word: str) -> int:
        number = self[word] = len(self.words)
        self.words.append(word)
        return number


class _Known:
    """The words numbered so far and the hash of each code met so far (codes sorted)."""

    def __init__(self) -> None:
        self.numbers = _Numbers()
        self.codes = np.empty(0, dtype=np.uint64)
        self.hashes = np.empty(0, dtype=np.uint64)

    def shingle(self, code: int) -> str:
        first, second = code >> 32, code & ALONE
        return self.numbers.words[first] if second == ALONE else f"{self.numbers.words[first]} {self.numbers.words[second]}"

    def hashes_of(self, codes: np.ndarray) -> np.ndarray:
        """The hash of each of `codes` (sorted, each once); those not met before hashed and kept."""
        at = np.searchsorted(self.codes, codes)
        met = np.zeros(len(codes), dtype=bool)
        inside = at < len(self.codes)
        met[inside] = self.codes[at[inside]] == codes[inside]
        found = np.empty(len(codes), dtype=np.uint64)
        found[met] = self.hashes[at[met]]
        new = np.flatnonzero(~met)
        if len(new):
            fresh = codes[new]
            made = np.fromiter((minhash.shingle_hash(self.shingle(code)) for code in fresh.tolist()),
                               dtype=np.uint64, count=len(new))
            found[new] = made
            self.codes = np.insert(self.codes, at[new], fresh)  # still sorted: each before the first larger
            self.hashes = np.insert(self.hashes, at[new], made)
        return found


_KNOWN = _Known()


def known() -> _Known:
    """What is remembered now (for the tests: bounded)."""
    return _KNOWN


def signature_rows(words: Sequence[Sequence[str]], extras: Sequence[Sequence[str]]) -> tuple[np.ndarray, list[int]]:
    """minhash.signature_rows([minhash.shingle_keys(w, x) for w, x in zip(words, extras)]): the
    signatures of the posts with any shingle (one row each) and their positions. `words`: each
    post's words (tokens' texts), `extras`: its other shingles (links), each hashed alone."""
    global _KNOWN
    which = [i for i, (said, more) in enumerate(zip(words, extras, strict=True)) if said or more]
    if not which:
        return np.empty((0, minhash.PERMS), dtype=np.uint32), which
    if len(_KNOWN.numbers) > WORD_LIMIT or len(_KNOWN.codes) > CODE_LIMIT:
        _KNOWN = _Known()  # a code means nothing without its words' numbers: both forgotten at once
    flat: list[str] = []
    counts = []
    for i in which:
        flat += words[i]
        flat += extras[i]
        counts.append((len(words[i]), len(extras[i])))
    numbers = np.fromiter(map(_KNOWN.numbers.__getitem__, flat), dtype=np.uint64, count=len(flat))
    codes, ends = _codes(numbers, np.array(counts, dtype=np.int64))
    unique, inverse = np.unique(codes, return_inverse=True)
    return minhash.rows_of_unique(_KNOWN.hashes_of(unique), inverse, ends), which


def _codes(numbers: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """The shingle codes of posts given as their words' then their extras' numbers end to end
    (`counts`: words and extras of each post), and where each post's codes end: a pair for each
    word but the last, a word alone when it is the only one, and each extra alone."""
    said, sizes = counts[:, 0], counts.sum(axis=1)
    post = np.repeat(np.arange(len(counts)), sizes)
    place = np.arange(len(numbers)) - np.repeat(np.cumsum(sizes) - sizes, sizes)  # position in its post
    in_words = said[post]
    pair = place + 1 < in_words
    alone = (place >= in_words) | (in_words == 1)
    following = np.empty_like(numbers)
    following[:-1] = numbers[1:]
    following[-1:] = ALONE
    codes = (numbers << _SHIFT) | np.where(pair, following, np.uint64(ALONE))
    kept = pair | alone
    ends = np.cumsum(np.bincount(post[kept], minlength=len(counts))).tolist()
    return codes[kept], ends
