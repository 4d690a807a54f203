"""glibc's heap kept while importing, instead of given back to the system after every batch.

A batch's numpy work (the language model's walk, MinHash permutations, the band rows) makes
arrays of a few hundred kilobytes to ~16 MB and frees them; glibc maps the largest afresh (its
mmap threshold) and trims the top of its heap once 128 KB or more lie free there, so the next
batch's arrays land on pages the kernel must fault in and zero again: ~2 page faults a message,
some 3 µs of system time a message in each process that tags (round 52, a 20,000-message import
in one process: 42,800 -> 16,600 faults). While importing, blocks up to 32 MB come from the heap
and the heap keeps up to KEEP bytes free at its top; after, the defaults come back and what is
free is given back (malloc_trim). Memory stays bounded: what is kept is what a batch used, at
most KEEP more. Where the C library is not glibc (no mallopt), nothing changes.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters (malloc.h)
LARGEST = 32 * 1024 * 1024  # blocks below this from the heap while importing (glibc's upper limit)
KEEP = 256 * 1024 * 1024  # free bytes the heap may keep at its top while importing
DEFAULTS = {M_TRIM_THRESHOLD: 128 * 1024, M_MMAP_THRESHOLD: 128 * 1024}  # glibc's own starting values


def _libc() -> ctypes.CDLL | None:
    """The process's C library when it is glibc (it has mallopt and malloc_trim), else None."""
    try:
        libc = ctypes.CDLL(None)
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):
        return None
    return libc


@contextmanager
def kept() -> Iterator[bool]:
    """While inside: the heap kept between batches (True when glibc took the settings)."""
    libc = _libc()
    if libc is None:
        yield False
        return
    taken = bool(libc.mallopt(M_MMAP_THRESHOLD, LARGEST)) and bool(libc.mallopt(M_TRIM_THRESHOLD, KEEP))
    try:
        yield taken
    finally:
        for parameter, value in DEFAULTS.items():
            libc.mallopt(parameter, value)
        libc.malloc_trim(0)
