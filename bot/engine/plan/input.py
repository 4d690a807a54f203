"""What a plan review reads: the plan's prose and, if there is one, its content calendar.

    parse_plan(text) -> PlanInput      (raises CalendarProblem for a broken calendar)

One text holds everything, so that every finding's span points into it:

- free text or Markdown: the whole text is prose;
- a calendar alone: CSV (a header row naming the date, channel, and text or type
  columns; `,` `;` or tab separated) or YAML (a list of rows, or a mapping with
  `calendar:` rows and an optional `plan:` text);
- both: a Markdown plan with its calendar as a Markdown table (whose channel column may be
  left to the prose), or dated lines (`- 08/01 : conseil — …`, see bot.engine.plan.lines), or in a fenced
  ```csv / ```yaml block.

Each calendar row keeps its span in the text (a CSV line, a table line, a YAML
item), its number (1 = the first post) and, once classified, its category:
give, ask, converse, entertain or news: from a `type` cell ("promo", "conseil",
"poll"...) when there is one, else from the post's words through bot.categories
(`text_category` is the one place that calls it).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import yaml

from bot.engine.plan.categories import Tagger, categorise, text_category  # noqa: F401  (text_category: callers read it here)
from bot.engine.plan.dates import NO_YEAR, parse_date, with_year
from bot.engine.plan.lines import (
    cells_of_row,
    dated_lines,
    gaps,
    line_of,
    line_starts,
    tables,
    trim,
    weekday_lines,
    weekday_table,
)
from bot.engine.plan.pasted import (
    comment_lines,
    csv_separator,
    grouped_rows,
    note_cells,
    pasted_csv,
    weekdays_laid_out,
)
from bot.engine.targets import CATEGORIES  # noqa: F401  (callers read it here)
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


def _column(name: str) -> str | None:
    key = " ".join(fold(str(name)).replace("_", " ").split())
    return next((col for col, names in COLUMNS.items() if key in names), None)


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, name in enumerate(header):
        col = _column(name)
        if col and col not in found:
            found[col] = i
    return found


def _check_columns(found: dict[str, Any], header: list[str], channel: bool = True) -> None:
    """`channel=False`: a calendar inside a written plan may leave the channel to the prose."""
    missing = [c for c in ("date", "channel") if c not in found and (channel or c != "channel")]
    if "text" not in found and "type" not in found:
        missing.append("text|type")
    if missing:
        shown = ", ".join(str(h).strip() for h in header if str(h).strip()) or "-"
        raise CalendarProblem("missing_columns", missing=", ".join(missing), found=shown)


def _looks_like_header(cells: list[str]) -> bool:
    return len(cells) >= 2 and len(_columns(cells)) >= 2


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
class _Raw:
    """A row before its date is read: cells by column, and where it is."""

    span: tuple[int, int]
    cells: dict[str, Any] = field(default_factory=dict)


def _rows(raws: list[_Raw], text: str, fmt: str, prose: tuple[tuple[int, int], ...],
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


# -- CSV -----------------------------------------------------------------------


def _csv(text: str, start: int, end: int) -> list[_Raw]:
    """CSV rows of text[start:end] (header first), with their spans in `text`."""
    block = text[start:end]
    lines = block.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise CalendarProblem("no_rows")
    offsets = [start]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    delimiter = csv_separator(lines[first])
    reader = csv.reader(io.StringIO("".join(lines[first:])), delimiter=delimiter, skipinitialspace=True)
    try:
        header = next(reader)
        columns = _columns(header)
        _check_columns(columns, header)
        raws: list[_Raw] = []
        consumed = first + reader.line_num
        for cells in reader:
            line_from, consumed = consumed, first + reader.line_num
            if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):  # a spreadsheet's note: prose
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
                if columns.get("text") != len(header) - 1:
                    raise CalendarProblem("extra_cells", row=len(raws) + 1, cells=len(cells), columns=len(header))
                # The text is the last column: an unquoted separator in it belongs to it.
                raw = text[offsets[line_from] : offsets[consumed]].strip()
                if '"' not in raw:
                    cells = raw.split(delimiter, len(header) - 1)
                else:
                    cells = cells[: len(header) - 1] + [delimiter.join(cells[len(header) - 1 :])]
            span = trim(text, offsets[line_from], offsets[consumed])
            raws.append(_Raw(span, {col: cells[i].strip() if i < len(cells) else "" for col, i in columns.items()}))
    except csv.Error as exc:
        raise CalendarProblem("bad_csv", problem=str(exc)) from None
    return raws


# -- YAML --------------------------------------------------------------------------

_CALENDAR_KEYS = ("calendar", "calendrier", "rows", "posts", "publications")
_PLAN_KEYS = ("plan", "text", "texte")


def yaml_problem(text: str, start: int, error: yaml.YAMLError) -> CalendarProblem:
    """Where a YAML calendar stops parsing, and why, in words an editor of a calendar can act on:
    a French text with an unquoted " : " is the usual cause."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = text.count("\n", 0, start) + (mark.line + 1 if mark is not None else 1)
    problem = str(getattr(error, "problem", "") or "").strip() or "not valid YAML"
    source = text[start:].splitlines()[mark.line] if mark is not None and mark.line < len(text[start:].splitlines()) else ""
    if "mapping values are not allowed" in problem:  # `text: Astuce : ...` -- a colon inside an unquoted text
        return CalendarProblem("yaml_colon", line=line, quote=source.strip()[:80])
    return CalendarProblem("yaml_syntax", line=line, problem=problem)


def _yaml_rows(text: str, start: int, end: int, strict: bool = False) -> tuple[list[_Raw], tuple[tuple[int, int], ...], str] | None:
    """Rows of a YAML calendar in text[start:end], the prose spans and prose; None if not a calendar.
    `strict` (a .yaml file, a ```yaml block): YAML that does not parse is a CalendarProblem with its line."""
    block = text[start:end]
    try:
        node = yaml.compose(block, Loader=yaml.SafeLoader)
        data = yaml.safe_load(block)
    except yaml.YAMLError as error:
        if strict:
            raise yaml_problem(text, start, error) from None
        return None
    prose: tuple[tuple[int, int], ...] = ()
    prose_text = ""
    items_node, items = node, data
    if isinstance(data, dict) and isinstance(node, yaml.MappingNode):
        keys = {fold(str(k)): k for k in data}
        cal_key = next((keys[k] for k in _CALENDAR_KEYS if k in keys), None)
        if cal_key is None:
            if (grouped := grouped_rows(data, node, text, start)) is None:
                return None
            items, rows_nodes, prose, prose_text = grouped  # rows under headings of their own (`semaine_12:`)
            items_node = yaml.SequenceNode("tag:yaml.org,2002:seq", rows_nodes)
        else:
            items = data[cal_key]
            items_node = next(v for k, v in node.value if k.value == cal_key)
        plan_key = next((keys[k] for k in _PLAN_KEYS if k in keys), None)
        if plan_key is not None and isinstance(data[plan_key], str):
            value = next(v for k, v in node.value if k.value == plan_key)
            prose = (trim(text, start + value.start_mark.index, start + value.end_mark.index),)
            prose_text = data[plan_key]
    if not isinstance(items, list) or not isinstance(items_node, yaml.SequenceNode):
        return None
    if not items or not all(isinstance(i, dict) for i in items):
        return None
    header = list(dict.fromkeys(str(k) for i in items for k in i))
    if not isinstance(data, dict) and not _looks_like_header(header):  # a bare list must look like rows
        return None
    _check_columns(_columns(header), header)
    raws = []
    for item, item_node in zip(items, items_node.value, strict=True):
        cells = {}
        for key, value in item.items():
            col = _column(str(key))
            if col and col not in cells:
                cells[col] = value
        span = trim(text, start + item_node.start_mark.index, start + item_node.end_mark.index)
        raws.append(_Raw(span, cells))
    return raws, prose, prose_text


# -- the whole input -------------------------------------------------------------

_FENCE = re.compile(r"^[ \t]*(```|~~~)[ \t]*([\w-]*)[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.MULTILINE | re.DOTALL)


def _without(text: str, cut: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    spans = [trim(text, 0, cut[0]), trim(text, cut[1], len(text))]
    return tuple(s for s in spans if s[1] > s[0])


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return line
    return ""


def parse_plan(text: str, fmt: str | None = None) -> PlanInput:
    """Split a plan into prose and calendar rows. `fmt` forces csv, yaml or markdown (a file's
    extension); by default the text says which it is."""
    if not text or not text.strip():
        raise CalendarProblem("empty")
    first = _first_line(text)
    if fmt == "csv" or (fmt is None and not first.lstrip().startswith("|") and _looks_like_header(_cells_of(first))):
        return _rows(_csv(text, 0, len(text)), text, "csv", ())
    stripped = first.lstrip()
    if fmt == "yaml" or (fmt is None and (stripped.startswith("- ") or re.match(r"^[\w\s]+:", stripped))):
        found = _yaml_rows(text, 0, len(text), strict=fmt == "yaml")
        if found is not None:
            raws, prose, prose_text = found
            return _rows(raws, text, "yaml", prose, prose_text)
        if fmt == "yaml":
            raise CalendarProblem("bad_yaml")
    for m in _FENCE.finditer(text):
        lang = m[2].lower()
        body = (m.start(3), m.end(3))
        inner = text[body[0] : body[1]]
        if lang in ("csv", "tsv") or (not lang and _looks_like_header(_cells_of(_first_line(inner)))):
            return _rows(_csv(text, *body), text, "csv", _without(text, m.span()))
        if lang in ("yaml", "yml"):
            found = _yaml_rows(text, *body, strict=True)
            if found is not None:  # the block's own texts (`plan:`, `strategie:`) are prose too
                return _rows(found[0], text, "yaml", tuple(sorted(_without(text, m.span()) + found[1])))
    if block := pasted_csv(text, lambda line: _looks_like_header(_cells_of(line))):  # CSV lines pasted under prose
        try:
            notes = comment_lines(text, *block) + note_cells(text, *block)
            return _rows(_csv(text, *block), text, "csv", tuple(sorted(_without(text, block) + notes)))
        except CalendarProblem:
            pass  # lines that only looked like a calendar: prose
    for start, end, header, rows in tables(text, 0, len(text)):
        if posts := weekday_table(text, header, rows):
            raws = [_Raw(span, {"text": body}) for span, _, _, body in posts]
            return _rows(raws, text, "table", _without(text, (start, end)), None,
                         [(when, shown, False) for _, when, shown, _ in posts])
        columns = _columns(header)
        if not _looks_like_header(header) or "date" not in columns:
            continue
        prose = _without(text, (start, end))
        _check_columns(columns, header, channel=not prose)
        raws = []
        for span in rows:
            cells = cells_of_row(text[span[0] : span[1]])
            raws.append(_Raw(span, {col: cells[i] if i < len(cells) else "" for col, i in columns.items()}))
        return _rows(raws, text, "table", prose)
    if lines := dated_lines(text):
        raws = [_Raw(span, {"date": when, "type": kind, "text": body}) for span, when, kind, body in lines]
        prose = tuple(s for s in (trim(text, *gap) for gap in gaps(text, [span for span, *_ in lines])) if s[1] > s[0])
        return _rows(raws, text, "lines", prose)
    if lines := weekday_lines(text):
        raws = [_Raw(span, {"type": kind, "text": body}) for span, _, _, kind, body in lines]
        prose = tuple(s for s in (trim(text, *gap) for gap in gaps(text, [span for span, *_ in lines])) if s[1] > s[0])
        return _rows(raws, text, "lines", prose, None, [(when, shown, False) for _, when, shown, _, _ in lines])
    whole = trim(text, 0, len(text))
    return PlanInput(text, (whole,), (), "", text[whole[0] : whole[1]])


def _cells_of(line: str) -> list[str]:
    return next(csv.reader([line], delimiter=csv_separator(line)), []) if line else []


# -- categories ----------------------------------------------------------------------
