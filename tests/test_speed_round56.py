"""Session 39, speed56: two searches of a warm review skipped when a cheaper test already answers.

- `review._has_letters`: a draft whose first two characters are letters (str.isalpha) holds what `_LETTERS`
  (`[^\\W\\d_]{2,}`) looks for, so the search is made only on the others;
- `links._dots_end_sentences`: when every "." of a folded draft is followed by a blank, a line break or the end,
  no ".com"-like ending can be there, and `_bare_urls` returns at once instead of trying `_DOT_TLD`.
Each fast path is pinned against the plain search it stands for.
"""

from __future__ import annotations

import re
import sys

import pytest

from bot.engine import links, review
from bot.engine.text import fold
from tests.alone import dev_rows

AWKWARD = ["", "a", "ab", "a1", "_a", "1a", "²³ ½", "ªº", "µx", "ée", "l’été", "Œuvre", "ПРИВЕТ", "١٢", "日本",
           "🎉 party", "\u0301e", "x\u0301y", "  lead", "Hi", "A.", "..", "x.com", "tinyurl.com/x", "end.", "a. b.",
           "a.\nb", "a .com", "v1.2", "e.g. this", "...", "a. .com", "www.x.fr", "mail@x.com", "a.b.c.io/x?y=1.",
           "prix 19.90", "Hello. World.\n", ".com", "a.\tb", "site.COM", "x.co!"]


def _plain_letters(text: str) -> bool:
    return review._LETTERS.search(text) is not None


def _plain_bare_urls(folded: str) -> list[tuple[int, int]]:
    """`_bare_urls` as the start wrote it: every `.com`-like ending tried (its own loop, the guard left out)."""
    found: list[tuple[int, int]] = []
    done, tried = 0, -1
    for ending in links._DOT_TLD.finditer(folded):
        start = ending.start()
        if start == 0 or folded[start - 1] not in links._BEFORE_DOT:
            continue
        start -= 1
        while start > 0 and folded[start - 1] in links._DOMAIN_CHARS:
            start -= 1
        if start == tried or start < done:
            continue
        tried = start
        match = links._BARE_URL.match(folded, start)
        if match:
            found.append(match.span())
            done = match.end()
    return found


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


@pytest.mark.parametrize("text", AWKWARD)
def test_dots_end_sentences_means_no_tld_ending(text: str):
    folded = fold(text)
    if links._dots_end_sentences(folded):
        assert not links._DOT_TLD.search(folded)
    assert links._bare_urls(folded) == _plain_bare_urls(folded)


def test_bare_urls_are_the_plain_loop_on_dev_rows():
    for row in dev_rows(3000):
        folded = fold(row)
        assert links._bare_urls(folded) == _plain_bare_urls(folded)


def test_dots_end_sentences_answers_without_the_pattern(monkeypatch: pytest.MonkeyPatch):
    class Refusing:
        def finditer(self, text: str) -> None:
            raise AssertionError("searched")

    monkeypatch.setattr(links, "_DOT_TLD", Refusing())
    assert links._bare_urls("big sale. come early.\nsee you.") == []
    assert links._dots_end_sentences("no dot at all") and not links._dots_end_sentences("go to x.com")
