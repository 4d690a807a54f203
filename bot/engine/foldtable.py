"""The fold of one code point to one code point (accents off, lower case, curly quotes and dashes straight), worked out
on demand and kept: the table `text.fold` hands to str.translate."""

from __future__ import annotations

import unicodedata


class FoldTable(dict):
    """str.translate table that folds one code point to one code point, computed on demand."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        if char in "’‘ʼ`´":
            folded = "'"
        elif char in "‐‑‒–—":
            folded = "-"
        elif char in "«»“”„":
            folded = '"'
        else:
            base = unicodedata.normalize("NFD", char)[0]
            lower = base.lower()
            folded = lower if len(lower) == 1 else char.lower()
            if len(folded) != 1:
                folded = char
        self[code] = ord(folded)
        return ord(folded)
