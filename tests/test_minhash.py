"""MinHash signatures and bands computed a batch at a time are the ones their definition gives,
one set at a time: signatures written by earlier versions stay comparable with new ones."""

from __future__ import annotations

import hashlib
import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.memory import minhash


def _by_definition(items: set[str]) -> np.ndarray | None:
    """min over the shingles of ((a*x + b) mod (2**61 - 1)) mod 2**32, x = blake2b(shingle), 4 bytes."""
    if not items:
        return None
    values = [int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little") for s in items]
    prime = (1 << 61) - 1
    return np.array([min(((int(a) * x + int(b)) % prime) & 0xFFFFFFFF for x in values)
                     for a, b in zip(minhash._A, minhash._B, strict=True)], dtype=np.uint32)


def _bands_by_definition(sig: np.ndarray) -> list[int]:
    """Per band: h = seed of the band (its number + 1, times 0x9E3779B97F4A7C15); for each of its
    values v, h = (h ^ v) * 0xBF58476D1CE4E5B9, h ^= h >> 29 (modulo 2**64); the key is h >> 1."""
    mask = (1 << 64) - 1
    keys = []
    for band in range(minhash.BANDS):
        h = ((band + 1) * 0x9E3779B97F4A7C15) & mask
        for value in sig[band * minhash.ROWS:(band + 1) * minhash.ROWS].tolist():
            h = ((h ^ value) * 0xBF58476D1CE4E5B9) & mask
            h ^= h >> 29
        keys.append(h >> 1)
    return keys


SHINGLES = st.sets(st.text(min_size=1, max_size=12), max_size=40)


@settings(max_examples=60, deadline=None)
@given(sets=st.lists(SHINGLES, max_size=12))
def test_a_batch_signs_each_set_as_its_definition_does(sets):
    found = minhash.signatures(sets)
    for items, sig in zip(sets, found, strict=True):
        expected = _by_definition(items)
        if expected is None:
            assert sig is None
        else:
            assert sig.dtype == np.uint32 and sig.tolist() == expected.tolist()
            assert minhash.signature(items).tolist() == expected.tolist()


def test_a_batch_larger_than_one_numpy_pass_and_the_largest_hashes():
    rng = random.Random(8)
    sets = [{f"w{rng.randrange(10**6)} w{rng.randrange(10**6)}" for _ in range(rng.randint(0, 400))}
            for _ in range(40)]
    sets.append({f"x{i}" for i in range(5_000)})  # one set over a pass's rows
    for items, sig in zip(sets, minhash.signatures(sets), strict=True):
        expected = _by_definition(items)
        assert (sig is None) if expected is None else sig.tolist() == expected.tolist()
    # a*x + b near 2**64: the reduction modulo 2**61 - 1 takes its last step
    top = np.array([0xFFFFFFFF, 0xFFFFFFFE, 0, 1], dtype=np.uint64)
    mixed = (np.outer(top, minhash._A) + minhash._B) % minhash._PRIME & minhash._MASK32
    assert (minhash._permuted(top) == mixed).all()


def test_bands_of_a_batch_are_each_signatures_bands():
    rng = random.Random(9)
    sigs = [minhash.signature({f"{rng.random()}" for _ in range(rng.randint(1, 30))}) for _ in range(50)]
    assert minhash.bands_many(sigs) == [_bands_by_definition(sig) for sig in sigs]
    assert minhash.bands(sigs[0]) == _bands_by_definition(sigs[0])
    assert minhash.bands_many([]) == []


def test_equal_bands_share_a_key_and_different_bands_do_not():
    sig = minhash.signature({"a b", "b c", "c d"})
    other = sig.copy()
    other[0] ^= 1  # the first band differs, the 15 others are the same
    mine, theirs = minhash.bands(sig), minhash.bands(other)
    assert mine[0] != theirs[0] and mine[1:] == theirs[1:]
    assert len(set(mine)) == minhash.BANDS  # the band's number is part of its key
    assert all(0 <= key < 2**63 for key in mine)
