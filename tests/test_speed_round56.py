"""Session 39, speed56: the no-words search of a warm review skipped when a cheaper test already answers.

`review._has_letters`: a draft whose first two characters are letters (str.isalpha) holds what `_LETTERS`
(`[^\\W\\d_]{2,}`) looks for, so the search is made only on the others; pinned against the plain search.
(A guard of `links._bare_urls` by three str.count calls was built, counted dearer than the search it spared at
~280 characters, and removed.)
"""

from __future__ import annotations

import re
import sys

import pytest

from bot.engine import review
from tests.alone import dev_rows

AWKWARD = ["", "a", "ab", "a1", "_a", "1a", "²³ ½", "ªº", "µx", "ée", "l’été", "Œuvre", "ПРИВЕТ", "١٢", "日本",
           "🎉 party", "\u0301e", "x\u0301y", "  lead", "Hi", "A.", "..", "x.com", "tinyurl.com/x", "end.", "a. b.",
           "a.\nb", "a .com", "v1.2", "e.g. this", "...", "a. .com", "www.x.fr", "mail@x.com", "a.b.c.io/x?y=1.",
           "prix 19.90", "Hello. World.\n", ".com", "a.\tb", "site.COM", "x.co!"]


def _plain_letters(text: str) -> bool:
    return review._LETTERS.search(text) is not None


def test_a_letter_by_isalpha_is_a_letter_of_the_class():
    letter = re.compile(r"[^\W\d_]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isalpha():
            assert letter.fullmatch(char), hex(code)


@pytest.mark.parametrize("text", AWKWARD)
def test_has_letters_is_the_search_on_awkward_text(text: str):
    assert review._has_letters(text) == _plain_letters(text)


def test_has_letters_is_the_search_on_dev_rows():
    for row in dev_rows(3000):
        assert review._has_letters(row) == _plain_letters(row)
        assert review._has_letters(row[3:]) == _plain_letters(row[3:])


def test_has_letters_skips_the_search_on_a_draft_opening_on_a_word(monkeypatch: pytest.MonkeyPatch):
    class Refusing:
        def search(self, text: str) -> None:
            raise AssertionError("searched")

    monkeypatch.setattr(review, "_LETTERS", Refusing())
    assert review._has_letters("Hello there") and review._has_letters("Été 2026")
    assert review._cleaned("Big sale today") == ("Big sale today", False)
