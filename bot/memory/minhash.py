"""MinHash signatures and LSH bands: recognising a near-duplicate post cheaply.

A post becomes a set of shingles (pairs of consecutive words, plus its links);
its signature is, for each of PERMS hash functions, the smallest hash of any
shingle. Two signatures agree at a position with probability equal to the
Jaccard similarity of the two sets. Cutting the signature into BANDS bands of
ROWS values and hashing each band gives keys that two posts share when they
are similar: with 16 bands of 4, posts at similarity 0.7 share a band 99% of
the time and posts at 0.3 about 12% of the time. Bands are stored in SQLite
(table `post_minhash_bands`, keyed by 30-day period first, then band), so a
lookup is 16 index probes per period of its window whatever the history's
size, and writing a post's bands touches only its period's part of the index
(band keys are random: one index over all of history made each import batch
rewrite pages all over it, slower the longer the history).

Hash functions are h(x) = ((a*x + b) mod p) mod 2**32 with p = 2**61 - 1 and
fixed a, b: signatures written by one process are comparable in the next.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import accumulate, chain

import numpy as np

PERMS = 64
BANDS = 16
ROWS = PERMS // BANDS
_PRIME = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)
_rng = np.random.default_rng(20240501)  # fixed: signatures must be stable across runs
_A = _rng.integers(1, 1 << 32, PERMS, dtype=np.uint64)
_B = _rng.integers(0, 1 << 32, PERMS, dtype=np.uint64)
_blake2b = hashlib.blake2b


PERIOD = 30 * 86_400  # seconds: the band index is split by period of posting


def period(at: float) -> int:
    """The 30-day period of a time (seconds since 1970), as post_minhash_bands keys it."""
    return int(at) // PERIOD


def periods(since: float, until: float) -> list[int]:
    """The periods a window of time overlaps."""
    return list(range(period(since), period(until) + 1))


def shingles(words: list[str], extra: Iterable[str] = ()) -> set[str]:
    """Pairs of consecutive words (single words for one-word posts), plus extra items (links)."""
    found = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)} if len(words) > 1 else set(words)
    found.update(extra)
    return found


def shingle_keys(words: list[str], extra: Iterable[str] = ()) -> list[str | tuple[str, str]]:
    """shingles() as cache keys, not made into strings nor a set: a pair of words is the pair
    itself (_Hashes hashes it as "a b"), and a shingle met twice is kept twice. A signature is
    the smallest hash of each permutation over the items: the same whether or not an item comes
    twice, so signature_rows() of these keys gives the signature of shingles()."""
    keys: list[str | tuple[str, str]] = list(zip(words, words[1:], strict=False)) if len(words) > 1 else list(words)
    keys.extend(extra)
    return keys


def shingle_hash(text: str) -> int:
    """A shingle's 32-bit hash: blake2b, 4 bytes, little-endian (what every signature is made of)."""
    return int.from_bytes(_blake2b(text.encode("utf-8"), digest_size=4).digest(), "little")


class _Hashes(dict[str | tuple[str, str], int]):
    """The 32-bit hash of each shingle (blake2b, 4 bytes, little-endian), remembered: a team's
    word pairs repeat from post to post. Emptied when full, so memory stays flat. A pair of
    words (shingle_keys) is hashed as the shingle "a b" it stands for."""

    def __missing__(self, shingle: str | tuple[str, str]) -> int:
        value = shingle_hash(shingle if isinstance(shingle, str) else f"{shingle[0]} {shingle[1]}")
        if len(self) >= HASH_CACHE_SIZE:
            self.clear()
        self[shingle] = value
        return value


HASH_CACHE_SIZE = 50_000  # shingles whose hash is remembered (~7 MB keyed by "a b" strings, ~10 MB by pairs of words;
# an import's batches go through bot.memory.wordpairs instead, which keeps its own)
_HASHES = _Hashes()
_SHIFT = np.uint64(61)
_ROWS_AT_ONCE = 512  # shingles hashed per numpy pass: the (rows x PERMS) arrays stay in the CPU cache (2048: ~40 % slower;
# 512 against 256: ~7 % less on a bench import's batches, half the numpy calls, round 40)


def _permuted(values: np.ndarray) -> np.ndarray:
    """((a*x + b) mod p) mod 2**32 for every shingle hash x (rows) and permutation (columns).
    a < 2**32 and x < 2**32, so a*x + b < 2**64: no overflow; mod p = 2**61 - 1 is taken
    Mersenne-style, (x & p) + (x >> 61) then p once off if needed: the same values as `%`.
    "If needed" without a mask: r = (x & p) + (x >> 61) < p + 8, and r - p wraps to above 2**63
    when r < p, so min(r, r - p) is r mod p (two plain passes; a masked subtract cost more)."""
    mixed = np.outer(values, _A)
    mixed += _B
    reduced = mixed & _PRIME
    mixed >>= _SHIFT
    reduced += mixed
    np.subtract(reduced, _PRIME, out=mixed)
    np.minimum(reduced, mixed, out=reduced)
    reduced &= _MASK32
    return reduced


def signature(items: set[str]) -> np.ndarray | None:
    """The PERMS minimum hashes of a shingle set (uint32), or None for an empty set."""
    return signatures([items])[0]


def signatures(sets: list[set[str]]) -> list[np.ndarray | None]:
    """signature() of each set, a batch at once (signature_rows(), one row per non-empty set)."""
    rows, which = signature_rows(sets)
    found: list[np.ndarray | None] = [None] * len(sets)
    for row, i in enumerate(which):
        found[i] = rows[row]
    return found


def signature_rows(sets: Sequence[Collection[str | tuple[str, str]]]) -> tuple[np.ndarray, list[int]]:
    """(the signatures of the non-empty sets, one uint32 row each; the positions of those sets;
    a set may also be a list of shingle_keys()):
    every shingle of the batch hashed in one pass (a map over the cache, not a loop per set),
    then through the permutations _ROWS_AT_ONCE rows at a time (whole sets: a larger set
    alone), each set keeping its column minimums. The same values as signature() of each."""
    which = [i for i, items in enumerate(sets) if items]
    if not which:
        return np.empty((0, PERMS), dtype=np.uint32), which
    kept = [sets[i] for i in which]
    ends = list(accumulate(map(len, kept)))  # where each set's hashes end in `values`
    values = np.fromiter(map(_HASHES.__getitem__, chain.from_iterable(kept)), dtype=np.uint64, count=ends[-1])
    return rows_of_values(values, ends), which


def rows_of_unique(hashes: np.ndarray, inverse: np.ndarray, ends: list[int]) -> np.ndarray:
    """rows_of_values(hashes[inverse], ends): sets given as the distinct hashes of a batch and, per
    shingle end to end, which of them it is. When a batch's shingles repeat (half of them or more
    met already in the batch: "in the", "merci pour"), each distinct hash goes through the
    permutations once into a table, and each set's rows are gathered from it (~20 % less on a
    bench import's batches, a third distinct, round 42); else as rows_of_values. Same values."""
    if 2 * len(hashes) > len(inverse):
        return rows_of_values(hashes[inverse], ends)
    table = np.empty((len(hashes), PERMS), dtype=np.uint32)
    for start in range(0, len(hashes), _ROWS_AT_ONCE):
        table[start : start + _ROWS_AT_ONCE] = _permuted(hashes[start : start + _ROWS_AT_ONCE])
    return _minimums(lambda base, end: table[inverse[base:end]], ends)


def rows_of_values(values: np.ndarray, ends: list[int]) -> np.ndarray:
    """The signatures of sets given as their shingles' hashes end to end (`values`, uint64; set k
    ends at ends[k], none empty): one uint32 row each, the minimum of each permutation."""
    return _minimums(lambda base, end: _permuted(values[base:end]), ends)


def _minimums(permuted: Callable[[int, int], np.ndarray], ends: list[int]) -> np.ndarray:
    """Each set's column minimums of its permuted shingles, `permuted(base, end)` giving the rows of
    shingles base..end-1, _ROWS_AT_ONCE shingles at a time (whole sets: a larger set alone)."""
    rows = np.empty((len(ends), PERMS), dtype=np.uint32)
    starts = np.array([0, *ends[:-1]], dtype=np.int64)
    first = 0
    while first < len(ends):
        base = int(starts[first])
        last = max(bisect_right(ends, base + _ROWS_AT_ONCE, lo=first), first + 1)  # sets first..last-1
        rows[first:last] = np.minimum.reduceat(permuted(base, ends[last - 1]), starts[first:last] - base, axis=0)
        first = last
    return rows


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")


def bands(sig: np.ndarray) -> list[int]:
    """One signed 63-bit key per band (the band's number is part of the key)."""
    return bands_many([sig])[0]


def bands_many(sigs: list[np.ndarray]) -> list[list[int]]:
    """bands() of each signature, all at once in numpy: each band's key mixes the band's number
    and its ROWS values (h = band's seed; for each value v: h = (h ^ v) * M, h ^= h >> 29, all
    modulo 2**64), then the top bit is dropped. Equal bands give equal keys; different ones
    collide about once in 2**63. (Before migration 008 the key was a blake2b of the same bytes:
    one Python call per band, ~7 µs a post; 008 recomputed the stored keys from the signatures.)"""
    if not sigs:
        return []
    return bands_of_rows(np.stack(sigs))


def bands_of_rows(rows: np.ndarray) -> list[list[int]]:
    """bands_many() of signatures given as the rows of one array (signature_rows())."""
    return band_array(rows).tolist() if len(rows) else []  # type: ignore[no-any-return]


def band_array(rows: np.ndarray) -> np.ndarray:
    """bands_of_rows() as one int64 array, a row of BANDS keys per signature."""
    values = rows.astype(np.uint64).reshape(len(rows), BANDS, ROWS)
    keys = np.repeat(_BAND_SEEDS[None, :], len(rows), axis=0)
    for row in range(ROWS):
        keys ^= values[:, :, row]
        keys *= _MIX
        keys ^= keys >> _FOLD
    keys >>= np.uint64(1)
    return keys.astype(np.int64)


_MIX = np.uint64(0xBF58476D1CE4E5B9)  # odd: multiplying by it modulo 2**64 loses nothing
_FOLD = np.uint64(29)
_BAND_SEEDS = (np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / PERMS


def jaccard(a: set[str], b: set[str]) -> float:
    """Exact Jaccard similarity (used when both texts are at hand)."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)
