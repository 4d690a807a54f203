"""The readers of a calendar's formats: CSV rows (a file, a fenced block, lines pasted under prose) and
YAML (a list of rows, `calendar:` rows with a `plan:` text, rows grouped under headings of their own).

Each hands back bot.engine.plan.rows.Raw rows with their spans in the whole text; parse_plan
(bot.engine.plan.input) decides which reader a text gets.
"""

from __future__ import annotations

import csv
import io

import yaml

from bot.engine.plan.lines import trim
from bot.engine.plan.pasted import csv_separator, grouped_rows
from bot.engine.plan.rows import (
    CalendarProblem,
    Raw,
    check_columns,
    column_of,
    columns_of,
    looks_like_header,
)
from bot.engine.text import fold

# -- CSV -----------------------------------------------------------------------


def csv_rows(text: str, start: int, end: int) -> list[Raw]:
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
        columns = columns_of(header)
        check_columns(columns, header)
        raws: list[Raw] = []
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
            raws.append(Raw(span, {col: cells[i].strip() if i < len(cells) else "" for col, i in columns.items()}))
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


def yaml_rows(text: str, start: int, end: int, strict: bool = False) -> tuple[list[Raw], tuple[tuple[int, int], ...], str] | None:
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
    if not isinstance(data, dict) and not looks_like_header(header):  # a bare list must look like rows
        return None
    check_columns(columns_of(header), header)
    raws = []
    for item, item_node in zip(items, items_node.value, strict=True):
        cells = {}
        for key, value in item.items():
            col = column_of(str(key))
            if col and col not in cells:
                cells[col] = value
        span = trim(text, start + item_node.start_mark.index, start + item_node.end_mark.index)
        raws.append(Raw(span, cells))
    return raws, prose, prose_text
