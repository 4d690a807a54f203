"""A calendar written as lines inside a plan, one post a line, or as a table by weekday:

    - 08/01 : conseil — 5 jeux pour faire parler un enfant de 2 ans
    * Tue 6 Jan - The fake DHL email that fooled a hospital
    12 mars | coulisses | une séance vue de l'intérieur

The date opens the line (after an optional bullet) and a separator follows it; what comes
next is the post: a short first part ("conseil", "how-to") before a dash, colon or bar is
its type, the rest its text. Read only when at least `MIN_LINES` lines of the text are
dated, so that one deadline in a sentence is never a calendar. Lines may open with a weekday
instead ("Lun : -20 % sur la carte", weeks under "Semaine 1", "Semaine 2"…), and a table may
have a week column and one column per weekday: their posts are laid out week after week.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.engine.plan.dates import NO_YEAR, parse_date
from bot.engine.text import fold

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
        kind, body = _split(m["rest"])
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


# -- calendars by weekday -------------------------------------------------------

WEEKDAYS = {
    "lundi": 0, "lun": 0, "monday": 0, "mon": 0, "mardi": 1, "mar": 1, "tuesday": 1, "tue": 1, "tues": 1,
    "mercredi": 2, "mer": 2, "wednesday": 2, "wed": 2, "jeudi": 3, "jeu": 3, "thursday": 3, "thu": 3,
    "thurs": 3, "vendredi": 4, "ven": 4, "friday": 4, "fri": 4, "samedi": 5, "sam": 5, "saturday": 5,
    "sat": 5, "dimanche": 6, "dim": 6, "sunday": 6, "sun": 6,
}  # fmt: skip
FIRST_MONDAY = date(NO_YEAR, 1, 3)  # a calendar by weekday only is laid out from here (a Monday)
_DAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DAY_LINE = re.compile(rf"^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*)?(?P<day>{_DAY})\.?(?:\*\*)?[ \t]*(?:[:|—–]|-(?=[ \t]))[ \t]*(?P<rest>\S.*?)[ \t]*$",
                       re.MULTILINE | re.IGNORECASE)
_WEEK = ("week", "semaine", "sem", "wk", "weeks", "semaines")


def weekday(name: str) -> int | None:
    return WEEKDAYS.get(fold(name).strip().rstrip(".").lower())


def _split(rest: str) -> tuple[str, str]:
    cut = _PARTS.search(rest)
    if cut and 0 < len(rest[: cut.start()].split()) <= _TYPE_WORDS and rest[cut.end() :].strip():
        return rest[: cut.start()].strip(), rest[cut.end() :].strip()
    return "", rest


def weekday_lines(text: str) -> list[tuple[tuple[int, int], date, str, str, str]]:
    """(span, date laid out from FIRST_MONDAY, day as written, type, text) of lines opening with a
    weekday ("Lun : -20 % sur la carte", "- Thu: how we dry eucalyptus"); a day no later in the
    week than the one before starts the next week. [] under MIN_LINES lines."""
    found = []
    week, last = 0, -1
    for m in _DAY_LINE.finditer(text):
        day = WEEKDAYS[m["day"].lower()]
        if day <= last:
            week += 1
        last = day
        kind, body = _split(m["rest"])
        start = m.start() + len(m[0]) - len(m[0].lstrip())
        found.append(((start, m.end()), FIRST_MONDAY + timedelta(days=7 * week + day), m["day"], kind, body))
    return found if len(found) >= MIN_LINES else []


def weekday_table(text: str, header: list[str], rows: list[tuple[int, int]]) -> list[tuple[tuple[int, int], date, str, str]]:
    """The posts of a table with a week column and one column per weekday ("| Week | Monday |
    Thursday |"): (span of the cell, date, date as shown, text), row by row. The week cell's
    date when it reads as one ("1 Dec"), else weeks laid out from FIRST_MONDAY. [] when the
    header is not such a table or it holds under MIN_LINES posts."""
    days = [weekday(cell) for cell in header]
    if len(header) < 2 or fold(header[0]).strip().lower().rstrip(".") not in _WEEK or any(d is None for d in days[1:]):
        return []
    found = []
    for week, (start, end) in enumerate(rows):
        line = text[start:end]
        bars = [i for i, c in enumerate(line) if c == "|"]
        if line.lstrip().startswith("|"):
            bars = bars[1:]
        cells, at = [], start + (line.index("|") + 1 if line.lstrip().startswith("|") else 0)
        for bar in bars + [len(line)]:
            cell_end = start + bar
            cells.append((at, cell_end))
            at = cell_end + 1
        parsed = parse_date(text[cells[0][0] : cells[0][1]].strip()) if cells else None
        monday = parsed[0] - timedelta(days=parsed[0].weekday()) if parsed else FIRST_MONDAY + timedelta(days=7 * week)
        for column, (cell_start, cell_end) in enumerate(cells[1 : len(header)], 1):
            body = text[cell_start:cell_end].strip()
            if not body:
                continue
            lead = len(text[cell_start:cell_end]) - len(text[cell_start:cell_end].lstrip())
            span = (cell_start + lead, cell_start + lead + len(body))
            found.append((span, monday + timedelta(days=days[column]), header[column], body))  # type: ignore[operator]
    return found if len(found) >= MIN_LINES else []


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# -- Markdown tables -------------------------------------------------------------

_TABLE_LINE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_SEPARATOR = re.compile(r"^[\s|:\-]+$")


def cells_of_row(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def tables(text: str, start: int, end: int) -> list[tuple[int, int, list[str], list[tuple[int, int]]]]:
    """Markdown tables in text[start:end]: (start, end, header cells, row line spans)."""
    found = []
    block: list[tuple[int, int]] = []
    for m in list(_TABLE_LINE.finditer(text, start, end)) + [None]:
        if m is not None and (not block or text[block[-1][1] : m.start()].strip() == ""):
            block.append(m.span())
            continue
        if len(block) >= 2 and _SEPARATOR.match(text[block[1][0] : block[1][1]]):
            rows = [trim(text, s, e) for s, e in block[2:]]
            found.append((block[0][0], block[-1][1], cells_of_row(text[block[0][0] : block[0][1]]), rows))
        block = [m.span()] if m is not None else []
    return found
