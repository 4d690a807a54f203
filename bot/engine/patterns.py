"""Admins' regular expressions: compiled on RE2 (linear time whatever the pattern), run on
the draft as typed or folded, and never taken between two quotations."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import re2

from bot.engine import quoting
from bot.engine.text import Doc, strip_accents


@dataclass(frozen=True)
class Pattern:
    """An admin's regular expression, compiled on RE2 (linear time whatever the pattern).

    Compiled twice: for str, and for bytes, which RE2 scans about four times
    faster; the bytes form is used when the text is ASCII, where byte offsets
    are code-point offsets. Folded patterns run on folded text. The bytes form is
    compiled the first time an ASCII draft needs it: a cold `coach review` of one
    draft compiles only what it runs.
    """

    text: re2._Regexp
    fold: bool
    source: str = ""  # as compiled (accents stripped when folded)

    @cached_property
    def ascii(self) -> re2._Regexp:
        return re2.compile(self.source.encode(), self.text.options)


def compile_regex(pattern: str, fold: bool) -> Pattern:
    options = re2.Options()
    options.case_sensitive = not fold
    source = strip_accents(pattern) if fold else pattern
    return Pattern(re2.compile(source, options), fold, source)


def regex_spans(pattern: Pattern, doc: Doc) -> list[tuple[int, int]]:
    """Where a pattern matches (empty matches left out), as spans of the draft."""
    target = doc.folded if pattern.fold else doc.text
    regex, subject = (pattern.ascii, target.encode()) if target.isascii() else (pattern.text, target)
    spans = [m.span() for m in regex.finditer(subject) if m.end() > m.start()]
    text = doc.text
    if spans and any(quoting.between(text, s, e) for s, e in spans):
        spans = _paired(regex, subject, text)
    return spans


def _paired(regex: re2._Regexp, subject: str | bytes, text: str) -> list[tuple[int, int]]:
    """Matches that never run from one quotation's closing mark to the next one's opening
    mark: such a match is dropped and the search goes on from its next character."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos <= len(subject):
        found = regex.search(subject, pos)
        if found is None:
            break
        start, end = found.span()
        if end == start or quoting.between(text, start, end):
            pos = start + 1
            continue
        spans.append((start, end))
        pos = end
    return spans


MAX_PROGRAM = 2_500  # RE2 program size of one pattern: ~2 ms on an 8,000-character draft; the packs' largest is 662


def pattern_problem(pattern: Any, fold: bool) -> str | None:
    """What is wrong with an admin's pattern, compiled exactly as a review will compile it
    (accents folded first when `fold`): not RE2, or too expensive to run on every draft."""
    if not isinstance(pattern, str):
        return "expected text"
    try:
        size = compile_regex(pattern, fold).text.programsize
    except Exception as exc:  # re2.error, and anything a hostile pattern may raise
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        if fold and pattern_problem(pattern, False) is None:
            return (f"not a valid RE2 pattern once accents are folded (reviews match without accents): {detail}; "
                    "write it without accents, or set check.fold: false")
        return f"not a valid RE2 pattern: {detail}"
    if size > MAX_PROGRAM:
        return (f"too expensive: an RE2 program of {size:,} steps, over the {MAX_PROGRAM:,} allowed per pattern "
                "(fewer or smaller counted repeats such as {0,1000} make it cheaper)")
    return None
