"""A calendar pasted into a plan as it was copied out of a spreadsheet or a repository: CSV lines under a sentence
of prose with no fence around them, or YAML rows grouped under headings of their own (round 42).

    pasted_csv(text, looks_like_header) -> (start, end) | None
    comment_lines(text, start, end) -> spans of the lines that open on "#"
    note_cells(text, start, end) -> spans of a notes column's cells
    grouped_rows(data, node) -> (rows, their nodes, the nodes of the texts beside them) | None
    weekdays_laid_out(cells) -> the dates of a date column of weekdays | None

A spreadsheet exported as text keeps its notes as comment lines ("# GOAL: …", « # Cible : … »): they are the
writer's own words about the plan, so they are read as prose, never as rows. The block is the header line (it
names two columns or more, see bot.engine.plan.input) and the lines after it that hold its separator or open on
"#", up to the first line that does neither; two rows at least, or it is prose that happens to hold commas.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import yaml

from bot.engine.plan.lines import FIRST_MONDAY, line_starts, trim, weekday

MIN_PASTED_ROWS = 2
SEPARATORS = (",", ";", "\t")


def csv_separator(line: str) -> str:
    """The separator a CSV line uses most: comma, semicolon or tab (the first of them on a tie)."""
    return max(SEPARATORS, key=line.count)


def _is_comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def pasted_csv(text: str, looks_like_header: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of the first CSV block under prose (header line to last row), or None."""
    starts = line_starts(text)
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if i == 0 or _is_comment(line) or not looks_like_header(line):
            continue
        separator = csv_separator(line)
        if not line.count(separator):
            continue
        end, rows = i, 0
        for j in range(i + 1, len(lines)):
            following = lines[j]
            if not following.strip() or not (_is_comment(following) or separator in following):
                break
            end, rows = j, rows + (not _is_comment(following))
        if rows >= MIN_PASTED_ROWS:
            return trim(text, starts[i], starts[end] + len(lines[end]))
    return None


def comment_lines(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The lines of text[start:end] that open on "#", each without its "#": a spreadsheet's notes."""
    spans = []
    for at in line_starts(text[start:end]):
        line_start = start + at
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        line = text[line_start:line_end]
        if _is_comment(line):
            after = line_start + len(line) - len(line.lstrip().lstrip("#"))
            body = trim(text, after, line_end)
            if body[1] > body[0]:
                spans.append(body)
    return tuple(spans)


NOTES = ("notes", "note", "remarques", "remarque", "commentaires", "commentaire", "comments", "observations", "nb")


def note_cells(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The cells of a notes column in the CSV block text[start:end] (its first line the header): what the writer
    says of a row ("mum shoots the photos in the van") is prose, no post's text."""
    lines = text[start:end].split("\n")
    header = next((line for line in lines if line.strip() and not _is_comment(line)), "")
    separator = csv_separator(header)
    names = [" ".join(cell.strip().strip('"').lower().split()) for cell in header.split(separator)]
    column = next((i for i, name in enumerate(names) if name in NOTES), None)
    if column is None:
        return ()
    spans, at = [], start
    for line in lines:
        line_start, at = at, at + len(line) + 1
        if line is header or not line.strip() or _is_comment(line):
            continue
        cells = line.split(separator)
        if len(cells) != len(names):  # a quoted separator: the columns cannot be told by splitting
            continue
        offset = line_start + sum(len(cell) + 1 for cell in cells[:column])
        cell = trim(text, offset, offset + len(cells[column]))
        if cell[1] > cell[0]:
            spans.append(cell)
    return tuple(spans)


def grouped_rows(data: dict, node: Any, text: str, start: int) -> tuple[list, list, tuple, str] | None:
    """A YAML calendar (node read from text[start:]) grouped under headings of its own (`semaine_12:`, `week 3:`,
    each a list of rows) and no `calendar:` key: its rows in the order written, their nodes, and the spans and words
    of the mapping's texts (`strategie:`, `cible:`), which are the plan's prose. None when no heading holds rows."""
    if not isinstance(node, yaml.MappingNode) or len(node.value) != len(data):  # a repeated key: not told apart
        return None
    items: list = []
    nodes: list = []
    spans: list = []
    words: list = []
    for (_, value_node), value in zip(node.value, data.values(), strict=True):
        if isinstance(value_node, yaml.SequenceNode) and value and all(isinstance(i, dict) for i in value):
            items.extend(value)
            nodes.extend(value_node.value)
        elif isinstance(value_node, yaml.ScalarNode) and isinstance(value, str) and value.strip():
            at = start + value_node.start_mark.index
            if value_node.style in (">", "|"):  # a block scalar: its words start on the line after the indicator
                at = text.find("\n", at, start + value_node.end_mark.index) + 1 or at
            spans.append(trim(text, at, start + value_node.end_mark.index))
            words.append(value)
    return (items, nodes, tuple(spans), "\n".join(words)) if items else None


def weekdays_laid_out(cells: list[Any]) -> list[tuple[date, str, bool]] | None:
    """A date column of weekdays only ("lundi", "Thu"), laid out week after week from FIRST_MONDAY as a calendar by
    weekday is (a day no later in the week than the one before starts the next week), or None."""
    days = [weekday(str(cell)) if cell is not None else None for cell in cells]
    if not days or any(day is None for day in days):
        return None
    laid, week, last = [], 0, -1
    for cell, day in zip(cells, days, strict=True):
        week, last = week + (day <= last), day  # type: ignore[operator]
        laid.append((FIRST_MONDAY + timedelta(days=7 * week + day), str(cell).strip(), False))  # type: ignore[operator]
    return laid
