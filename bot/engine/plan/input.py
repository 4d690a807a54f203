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

This module only decides which reader a text gets: the rows and their columns live in
bot.engine.plan.rows, the CSV and YAML readers in bot.engine.plan.readers.
"""

from __future__ import annotations

import csv
import re

from bot.engine.plan.categories import text_category  # noqa: F401  (text_category: callers read it here)
from bot.engine.plan.dates import parse_date  # noqa: F401  (callers read it here)
from bot.engine.plan.lines import (
    cells_of_row,
    dated_lines,
    gaps,
    tables,
    trim,
    weekday_lines,
    weekday_table,
)
from bot.engine.plan.pasted import comment_lines, csv_separator, note_cells, pasted_csv
from bot.engine.plan.readers import csv_rows, yaml_rows
from bot.engine.plan.rows import (
    CalendarProblem,
    CalendarRow,  # noqa: F401  (callers read it here)
    PlanInput,
    Raw,
    calendar_input,
    check_columns,
    columns_of,
    looks_like_header,
)
from bot.engine.targets import CATEGORIES  # noqa: F401  (callers read it here)

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
    if fmt == "csv" or (fmt is None and not first.lstrip().startswith("|") and looks_like_header(_cells_of(first))):
        return calendar_input(csv_rows(text, 0, len(text)), text, "csv", ())
    stripped = first.lstrip()
    if fmt == "yaml" or (fmt is None and (stripped.startswith("- ") or re.match(r"^[\w\s]+:", stripped))):
        found = yaml_rows(text, 0, len(text), strict=fmt == "yaml")
        if found is not None:
            raws, prose, prose_text = found
            return calendar_input(raws, text, "yaml", prose, prose_text)
        if fmt == "yaml":
            raise CalendarProblem("bad_yaml")
    for m in _FENCE.finditer(text):
        lang = m[2].lower()
        body = (m.start(3), m.end(3))
        inner = text[body[0] : body[1]]
        if lang in ("csv", "tsv") or (not lang and looks_like_header(_cells_of(_first_line(inner)))):
            return calendar_input(csv_rows(text, *body), text, "csv", _without(text, m.span()))
        if lang in ("yaml", "yml"):
            found = yaml_rows(text, *body, strict=True)
            if found is not None:  # the block's own texts (`plan:`, `strategie:`) are prose too
                return calendar_input(found[0], text, "yaml", tuple(sorted(_without(text, m.span()) + found[1])))
    if block := pasted_csv(text, lambda line: looks_like_header(_cells_of(line))):  # CSV lines pasted under prose
        try:
            notes = comment_lines(text, *block) + note_cells(text, *block)
            return calendar_input(csv_rows(text, *block), text, "csv", tuple(sorted(_without(text, block) + notes)))
        except CalendarProblem:
            pass  # lines that only looked like a calendar: prose
    for start, end, header, rows in tables(text, 0, len(text)):
        if posts := weekday_table(text, header, rows):
            raws = [Raw(span, {"text": body}) for span, _, _, body in posts]
            return calendar_input(raws, text, "table", _without(text, (start, end)), None,
                         [(when, shown, False) for _, when, shown, _ in posts])
        columns = columns_of(header)
        if not looks_like_header(header) or "date" not in columns:
            continue
        prose = _without(text, (start, end))
        check_columns(columns, header, channel=not prose)
        raws = []
        for span in rows:
            cells = cells_of_row(text[span[0] : span[1]])
            raws.append(Raw(span, {col: cells[i] if i < len(cells) else "" for col, i in columns.items()}))
        return calendar_input(raws, text, "table", prose)
    if lines := dated_lines(text):
        raws = [Raw(span, {"date": when, "type": kind, "text": body}) for span, when, kind, body in lines]
        prose = tuple(s for s in (trim(text, *gap) for gap in gaps(text, [span for span, *_ in lines])) if s[1] > s[0])
        return calendar_input(raws, text, "lines", prose)
    if lines := weekday_lines(text):
        raws = [Raw(span, {"type": kind, "text": body}) for span, _, _, kind, body in lines]
        prose = tuple(s for s in (trim(text, *gap) for gap in gaps(text, [span for span, *_ in lines])) if s[1] > s[0])
        return calendar_input(raws, text, "lines", prose, None, [(when, shown, False) for _, when, shown, _, _ in lines])
    whole = trim(text, 0, len(text))
    return PlanInput(text, (whole,), (), "", text[whole[0] : whole[1]])


def _cells_of(line: str) -> list[str]:
    return next(csv.reader([line], delimiter=csv_separator(line)), []) if line else []

