"""Plan patterns that hold admin-written words run on RE2: linear time whatever an admin writes in
advice/plans/vocabulary, where Python's backtracking `re` could take exponential time on a nested
repeat ("\\w*" as a filler inside a repeated group).

    linear(pattern) -> Regex                     a pattern on RE2 (RE2 has no look-around)
    subject(text) -> str                         the text as RE2 reads Python's spaces, same offsets
    span(match, name) -> (start, end)            a named group's span ((-1, -1) when it took no part)
    found(forms, text) -> [(form, match)]        an alternation of forms, each with its own check

RE2 has no look-around: what a look-around asked becomes a check on the characters around a match
(`Form.check`), and a form refused by its check is tried again one character on, as Python's engine
moves on when a look-around fails. Patterns made only of our own constants stay on `re`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import re2

Regex = re2._Regexp
Match = re2._Match
Check = Callable[[str, Match], bool]  # (the text searched, a match): whether a look-around would let it be

# Python's \s knows these; RE2's \s is [\t\n\f\r ]: they are read as plain spaces (no-break spaces in
# « 20 000 », « objectif : », line separators of pasted text).
_ODD_SPACES = {n: " " for n in range(0x3001) if chr(n).isspace() and chr(n) not in "\t\n\f\r "}
_ODD_ASCII = frozenset(chr(n) for n in _ODD_SPACES if n < 128)


def linear(pattern: str) -> Regex:
    """`pattern` on RE2 (re2.error when RE2 refuses it: the vocabulary's validation keeps such entries out)."""
    return re2.compile(pattern)


@lru_cache(maxsize=8)
def subject(text: str) -> str:
    """`text` with the spaces RE2's \\s does not know made plain spaces (same offsets): kept for the
    few readings of one review that run on it."""
    if text.isascii() and _ODD_ASCII.isdisjoint(text):
        return text
    return text.translate(_ODD_SPACES)


@lru_cache(maxsize=256)
def _groups(regex: Regex) -> dict[str, int]:
    return dict(regex.groupindex)


def span(match: Match, name: str) -> tuple[int, int]:
    """A named group's span, (-1, -1) when it took no part (re2's Match takes group numbers only)."""
    return match.span(_groups(match.re)[name])


def start(match: Match, name: str) -> int:
    return span(match, name)[0]


@dataclass(frozen=True)
class Form:
    """One alternative of an alternation. `check`: what a look-around asked, read on the match's
    surroundings. `keep`: the group that is the match, when the pattern consumes a character a
    look-ahead only looked at; the next search starts at its end. `retreat`: a match the check refuses
    is tried shorter at the same place (the draft cut where it ended), as backtracking into an optional
    part would ("all of New York who rent" is "all of New"); the check then reads the whole draft."""

    regex: Regex
    check: Check | None = None
    keep: str = ""
    retreat: bool = False

    def end(self, match: Match) -> int:
        return span(match, self.keep)[1] if self.keep else match.end()


def _first(form: Form, text: str, pos: int) -> Match | None:
    """The form's first match from `pos` that its check accepts (a refused one: tried again one character on)."""
    while pos <= len(text):
        match = form.regex.search(text, pos)
        if match is None or form.check is None or form.check(text, match):
            return match
        shorter = match
        while form.retreat and shorter is not None and shorter.end() > shorter.start() + 1:
            shorter = form.regex.match(text[: shorter.end() - 1], match.start())
            if shorter is not None and form.check(text, shorter):
                return shorter
        pos = match.start() + 1
    return None


def found(forms: tuple[Form, ...], text: str, pos: int = 0) -> list[tuple[int, Match]]:
    """The matches of `A|B|…` from `pos` as Python's finditer finds them: from left to right, not
    overlapping, the first form winning where two start at the same place, empty matches left out.
    Each form runs on its own, so that a check refusing one form at a place leaves the next forms
    their chance there."""
    out: list[tuple[int, Match]] = []
    nexts: list[Match | None] = [_first(form, text, pos) for form in forms]
    while True:
        starts = [(m.start(), i) for i, m in enumerate(nexts) if m is not None]
        if not starts:
            return out
        best = min(starts)[1]
        match = nexts[best]
        assert match is not None
        end = forms[best].end(match)
        pos = end if end > match.start() else match.start() + 1
        if end > match.start():
            out.append((best, match))
        nexts = [m if m is None or m.start() >= pos else _first(forms[i], text, pos) for i, m in enumerate(nexts)]
