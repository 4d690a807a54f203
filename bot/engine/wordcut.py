"""Where a draft's words stand, read without a regex on ASCII text (session 37, speed54b).

The tokeniser cut a draft with `re.split` and its word pattern as one group: the pieces alternate blanks and
words, and their running lengths are each word's start and end. On a ~280-character draft that split was ~4 % of
a warm review's instructions (the regex engine tests its character set at every character, and resets its state
at every word). An ASCII text is cut here in C passes instead: its bytes translated twice (the word characters
kept and the rest blanked, then the reverse) and each split on blanks gives the words and the gaps between them,
the same pieces `re.split` gives. English keeps an apostrophe between two letters or figures inside its word
("don't", "rock'n'roll"); a text with any other apostrophe ("'tis", "ya''ll") is left to the regex.
"""

from __future__ import annotations

import re
from itertools import accumulate

_ALNUM = frozenset(range(48, 58)) | frozenset(range(65, 91)) | frozenset(range(97, 123))  # [a-zA-Z0-9] as bytes
_IN_WORD = {"fr": _ALNUM, "en": _ALNUM | {ord("'")}}  # the characters of a word, once odd apostrophes are ruled out
# Per language: the word characters kept and every other byte a blank; the word characters blanked and every other
# byte a dot (the gaps then split like words).
_WORDS = {language: bytes(c if c in chars else 32 for c in range(256)) for language, chars in _IN_WORD.items()}
_GAPS = {language: bytes(32 if c in chars else 46 for c in range(256)) for language, chars in _IN_WORD.items()}
_FIRSTS = {language: frozenset(map(chr, chars)) for language, chars in _IN_WORD.items()}
# An apostrophe English does not keep inside a word: not between two letters or figures.
_ODD_APOSTROPHE = re.compile(r"'(?:(?<![a-zA-Z0-9]')|(?![a-zA-Z0-9]))")


def ascii_cut(masked: str, language: str) -> tuple[list[int], list[str]] | None:
    """(The running lengths of the pieces `re.split` gives with the language's ASCII word pattern as one group, the
    words) of an ASCII text; None when it must be cut by the regex (empty, or an English text with an apostrophe
    outside a word)."""
    if not masked or (language == "en" and "'" in masked and _ODD_APOSTROPHE.search(masked)):
        return None
    raw = masked.encode("ascii")
    words = raw.translate(_WORDS[language]).decode("ascii").split()
    gaps = list(map(len, raw.translate(_GAPS[language]).split()))
    firsts = _FIRSTS[language]
    if masked[0] in firsts:  # the text opens with a word: an empty first piece
        gaps.insert(0, 0)
    if masked[-1] in firsts:
        gaps.append(0)
    lengths = [0] * (2 * len(words) + 1)
    lengths[0::2] = gaps
    lengths[1::2] = map(len, words)
    return list(accumulate(lengths)), words


def cut(masked: str, language: str, split: re.Pattern[str]) -> tuple[list[int], list[str]]:
    """(Where each piece of `split.split(masked)` ends, the words) for the language's word pattern as one group in
    `split`: a word's start, then its end, in turn; an ASCII text read by `ascii_cut` when it can be."""
    found = ascii_cut(masked, language) if masked.isascii() else None
    if found is None:
        pieces = split.split(masked)
        found = list(accumulate(map(len, pieces))), pieces[1::2]
    return found
