"""A calendar written as dated lines inside a plan, one post a line:

    - 08/01 : conseil — 5 jeux pour faire parler un enfant de 2 ans
    * Tue 6 Jan - The fake DHL email that fooled a hospital
    12 mars | coulisses | une séance vue de l'intérieur

The date opens the line (after an optional bullet) and a separator follows it; what comes
next is the post: a short first part ("conseil", "how-to") before a dash, colon or bar is
its type, the rest its text. Read only when at least `MIN_LINES` lines of the text are
dated, so that one deadline in a sentence is never a calendar.
"""

from __future__ import annotations

import re

from bot.engine.plan.dates import parse_date

MIN_LINES = 4
_DATE = (r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?"
         r"|(?:[^\W\d_]{2,9}\.?,?[ \t]+)?\d{1,2}(?:er|st|nd|rd|th)?[ \t]+[^\W\d_]{3,9}\.?(?:[ \t]+\d{4})?"
         r"|(?:[^\W\d_]{2,9}\.?,?[ \t]+)?[^\W\d_]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?")
_LINE = re.compile(rf"^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*)?(?P<date>{_DATE})(?:\*\*)?[ \t]*(?:[:|—–]|-(?=[ \t]))[ \t]*(?P<rest>\S.*?)[ \t]*$",
                   re.MULTILINE)
_PARTS = re.compile(r"[ \t]+[—–|][ \t]+|[ \t]+-[ \t]+|[ \t]*:[ \t]+|[ \t]*\|[ \t]*")
_TYPE_WORDS = 3


def dated_lines(text: str) -> list[tuple[tuple[int, int], str, str, str]]:
    """(span of the line, date as written, type, text) of each dated line; [] when fewer than
    MIN_LINES lines are."""
    found = []
    for m in _LINE.finditer(text):
        if parse_date(m["date"]) is None:
            continue
        rest = m["rest"]
        kind, body = "", rest
        cut = _PARTS.search(rest)
        if cut and 0 < len(rest[: cut.start()].split()) <= _TYPE_WORDS and rest[cut.end() :].strip():
            kind, body = rest[: cut.start()].strip(), rest[cut.end() :].strip()
        start = m.start() + len(m[0]) - len(m[0].lstrip())
        found.append(((start, m.end()), m["date"], kind, body))
    return found if len(found) >= MIN_LINES else []


def gaps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `text` outside `spans` (in order), blank ones left out."""
    out, at = [], 0
    for start, end in sorted(spans):
        if text[at:start].strip():
            out.append((at, start))
        at = end
    if text[at:].strip():
        out.append((at, len(text)))
    return out


def line_starts(text: str) -> list[int]:
    """Where each line of `text` starts."""
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def line_of(starts: list[int], offset: int) -> int:
    """The 1-based line holding `offset` (`starts` from line_starts)."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1
