"""A plan's calendar as Coach keeps it: its rows, the columns their cells are read from, their dates,
and the PlanInput that holds them beside the prose (bot.engine.plan.input builds it; the readers of each
format, bot.engine.plan.readers, hand their rows here).

Kept apart from the readers so that what a row is and how a format is read change separately.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from bot.engine.plan.categories import Tagger, categorise
from bot.engine.plan.dates import NO_YEAR, parse_date, with_year
from bot.engine.plan.lines import line_of, line_starts
from bot.engine.plan.pasted import weekdays_laid_out
from bot.engine.text import fold


class CalendarProblem(ValueError):
    """A calendar Coach cannot read; `code` and `values` name the problem (see bot.plans)."""

    def __init__(self, code: str, **values: Any):
        super().__init__(code)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class CalendarRow:
    number: int  # 1 = the first post, in the order written
    line: int  # 1-based line in the text where the row starts
    span: tuple[int, int]  # the row in the text
    date: date
    date_text: str
    channel: str
    has_year: bool = True
    text: str = ""
    type: str = ""
    category: str | None = None
    dated: bool = True  # False: a calendar by weekday, its dates laid out week after week

    def to_json(self) -> dict[str, Any]:
        shown = self.date.isoformat() if self.has_year else self.date.strftime("--%m-%d")  # ISO 8601, no year
        shown = shown if self.dated else self.date_text  # a calendar by weekday: the day as written
        return {"row": self.number, "line": self.line, "date": shown, "channel": self.channel,
                "type": self.type, "category": self.category, "text": self.text}


@dataclass(frozen=True)
class PlanInput:
    text: str
    prose: tuple[tuple[int, int], ...] = ()  # spans of the plan's own words
    rows: tuple[CalendarRow, ...] = ()
    calendar_format: str = ""  # csv | yaml | table | lines | "" (none)
    prose_text: str = ""  # the prose as the writer wrote it (a YAML `plan:` is unquoted)

    @property
    def has_calendar(self) -> bool:
        return bool(self.rows)

    @property
    def has_prose(self) -> bool:
        """Enough of the plan's own words to judge what it covers."""
        return len(re.findall(r"[^\W\d_]{2,}", self.prose_text)) >= 3

    def by_date(self) -> list[CalendarRow]:
        return sorted(self.rows, key=lambda r: (r.date, r.number))

    def classified(self, language: str, tagger: Tagger | None = None) -> PlanInput:
        """The rows with their categories (see `categorise`)."""
        rows = tuple(replace(r, category=r.category or categorise(r.type, r.text, language, tagger)) for r in self.rows)
        return replace(self, rows=rows)


# -- columns -----------------------------------------------------------------

COLUMNS = {
    "date": ("date", "jour", "day", "when", "quand", "le", "publication date", "date de publication"),
    "channel": ("channel", "canal", "canaux", "reseau", "reseaux", "network", "platform", "plateforme",
                "support", "media", "where", "ou"),
    "text": ("text", "texte", "post", "message", "contenu", "content", "copy", "draft", "brouillon",
             "caption", "legende", "publication", "sujet", "subject", "topic"),
    "type": ("type", "category", "categorie", "format", "kind", "nature", "genre"),
}  # fmt: skip


def column_of(name: str) -> str | None:
    key = " ".join(fold(str(name)).replace("_", " ").split())
    return next((col for col, names in COLUMNS.items() if key in names), None)


def columns_of(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, name in enumerate(header):
        col = column_of(name)
        if col and col not in found:
            found[col] = i
    return found


def check_columns(found: dict[str, Any], header: list[str], channel: bool = True) -> None:
    """`channel=False`: a calendar inside a written plan may leave the channel to the prose."""
    missing = [c for c in ("date", "channel") if c not in found and (channel or c != "channel")]
    if "text" not in found and "type" not in found:
        missing.append("text|type")
    if missing:
        shown = ", ".join(str(h).strip() for h in header if str(h).strip()) or "-"
        raise CalendarProblem("missing_columns", missing=", ".join(missing), found=shown)


def looks_like_header(cells: list[str]) -> bool:
    return len(cells) >= 2 and len(columns_of(cells)) >= 2


# -- dates -------------------------------------------------------------------

def dates_of(raw: list[tuple[int, Any]]) -> list[tuple[date, str, bool]]:
    """Parse every row's date (row number, value); year-less dates follow the previous row's year."""
    out: list[tuple[date, str, bool]] = []
    previous: date | None = None
    for number, value in raw:
        shown = str(value).strip()
        if not shown:
            raise CalendarProblem("missing_date", row=number)
        parsed = parse_date(value)
        if parsed is None:
            raise CalendarProblem("bad_date", row=number, value=shown[:40])
        when, has_year = parsed
        if not has_year:
            year = previous.year if previous else NO_YEAR
            when = with_year(when, year)
            if previous and when < previous - timedelta(days=180):
                when = with_year(when, year + 1)
        out.append((when, shown, has_year))
        previous = when
    return out


@dataclass
class Raw:
    """A row before its date is read: cells by column, and where it is."""

    span: tuple[int, int]
    cells: dict[str, Any] = field(default_factory=dict)


def calendar_input(raws: list[Raw], text: str, fmt: str, prose: tuple[tuple[int, int], ...],
          prose_text: str | None = None, dates: list[tuple[date, str, bool]] | None = None) -> PlanInput:
    """`dates`: already laid out (a calendar by weekday: no year, the day as written)."""
    if not raws:
        raise CalendarProblem("no_rows")
    starts = line_starts(text)
    dates = dates or weekdays_laid_out([raw.cells.get("date", "") for raw in raws])  # "jour: lundi": by weekday
    laid_out = dates
    dates = dates or dates_of([(i, raw.cells.get("date", "")) for i, raw in enumerate(raws, 1)])
    rows = []
    for number, (raw, (when, shown, has_year)) in enumerate(zip(raws, dates, strict=True), 1):
        cell = {k: "" if v is None else " ".join(str(v).split()) for k, v in raw.cells.items()}
        if not cell.get("text") and not cell.get("type"):
            raise CalendarProblem("empty_row", row=number)
        rows.append(CalendarRow(number, line_of(starts, raw.span[0]), raw.span, when, shown, cell.get("channel", ""),
                                has_year, cell.get("text", ""), cell.get("type", ""), dated=laid_out is None))
    if prose_text is None:
        prose_text = "\n".join(text[s:e] for s, e in prose)
    return PlanInput(text, prose, tuple(rows), fmt, prose_text)
