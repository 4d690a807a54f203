"""Latin-1 text, and the character classes the measures use written for it.

Python's re compiles a character class whose members all lie in the first 256 code points to a bitmap: one
look-up a character. A class that holds one character beyond (« Œ », « … », « ！ », an emoji range) or a
Unicode category (`\\w`, `\\d`, `\\s`) is tested item by item, or through the Unicode database, at every
character a search passes (`sre_ucs1_charset`, ~2 % of a warm ~280-character review at session 37). On a text
whose characters are all Latin-1 (an English draft, and most French ones: « é », « à », « ç », « « » » are
Latin-1; « ’ », « œ », « … », « € » are not), the wider members can never match, so the same class cut to
Latin-1 finds the same spans. The classes below are those cuts, written out (tests check each against the
Unicode class on all 256 code points); the patterns built on them are chosen when `is_latin1` says so.
"""

from __future__ import annotations

# [^\W\d_] (a letter, as Python's re reads it: \w includes "²", "½", "ª", "µ") on Latin-1.
LETTER = "A-Za-z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\xff"
# [^\S\n] (a blank other than a line break) on Latin-1.
BLANK = "\t\x0b-\r\x1c- \x85\xa0"
# French and English capitals (measures._UP: "A-ZÀ-ÖØ-ÞŒŸ") on Latin-1.
CAPITAL = "A-ZÀ-ÖØ-Þ"


# A Latin-1 character's shape: "A" for a capital of CAPITAL, "0" for a figure, "." and "," as they are, " " for any
# other. Two capitals in a row are then b"AA" in the shape, a run of figures a run of b"0": found by bytes.find and
# a literal search, with no class tested a character at a time.
SHAPE = bytes(65 if 65 <= code <= 90 or 0xC0 <= code <= 0xDE and code != 0xD7 else 48 if 48 <= code <= 57
              else code if code in (44, 46) else 32 for code in range(256))


def narrow(text: str) -> bytes | None:
    """The text as Latin-1 bytes, one a character, or None when a character lies beyond Latin-1 (one C pass:
    encoding and dropping what does not fit keeps every character only when all fit, and raises nothing)."""
    raw = text.encode("latin-1", "ignore")
    return raw if len(raw) == len(text) else None


def shape(text: str) -> bytes | None:
    """The text's shape (SHAPE), one byte a character, or None when a character lies beyond Latin-1."""
    raw = narrow(text)
    return raw.translate(SHAPE) if raw is not None else None


def is_latin1(text: str) -> bool:
    """Whether every character of `text` lies in Latin-1 (U+0000 to U+00FF); ASCII is known at once."""
    return text.isascii() or narrow(text) is not None
