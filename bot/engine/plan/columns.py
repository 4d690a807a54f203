"""A task table's owner column (`@actor`, `@actor-task`): a Gantt chart or a workplan copied as text, a header naming
who does each row ("Task | Owner | J F M…", « Action | Responsable | Échéance »), then rows whose first cell is the
work and whose owner cell names someone ("Weekly repair-tip post (LinkedIn) | Hamid | █ █"). A row's work may be a
noun ("Monthly newsletter"), not the verb a sentence would need: the column says whose it is (session 28, plans44).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[int, int]

_OWNER_HEADS = {"owner", "owners", "responsible", "lead", "who", "assignee", "assigned to", "by whom",
                "responsable", "responsables", "pilote", "porteur", "qui", "par qui", "référent", "référente"}
_SOURCE_HEADS = {"source", "sources", "data source", "data sources", "source of verification", "sources of verification",
                 "means of verification", "verification", "source de vérification", "sources de vérification",
                 "moyens de vérification", "source des données", "sources des données", "vérification"}
_LINE = re.compile(r"^[^\n]*", re.MULTILINE)  # one match a line (a blank line is an empty one)
_SEPARATOR = re.compile(r"^[\s|:+-]*$")  # "---|---", "|:--|--:|"
_NOBODY = re.compile(r"(?i)^(?:tbd|tbc|n/?a|none|nobody|\?+|-+|à définir|a definir|personne|à voir|a voir)$")
_NUMBER = re.compile(r"^[\d.#)]*$")  # a row's number, or an empty cell
_SOMEONE = re.compile(r"^[A-ZÀ-Ý][\w'’-]*")  # a name or a capitalised role ("Hamid", "Agency", "Comms officer")


def _cells(line: str, start: int, sep: str = "|") -> list[Span]:
    """The cells of a table line, each trimmed, as spans of the text (the outer pipes of a Markdown row dropped); `sep`
    a tab for rows pasted from a spreadsheet (round 50)."""
    spans, pos = [], 0
    for part in line.split(sep):
        inner = part.strip()
        if inner:
            lead = part.index(inner)
            spans.append((start + pos + lead, start + pos + lead + len(inner)))
        else:
            spans.append((start + pos, start + pos))
        pos += len(part) + 1
    if line.lstrip().startswith("|"):
        spans = spans[1:]
    if line.rstrip().endswith("|"):
        spans = spans[:-1]
    return spans


def _rows(text: str, heads: set[str]) -> Iterator[tuple[list[Span], int]]:
    """Under a header with a column named in `heads` (not the first): each row's cells and that column's index."""
    column, width = -1, 0
    for m in _LINE.finditer(text):
        line, start = m.group(), m.start()
        if not line.strip():
            column = -1  # a blank line ends the table
            continue
        sep = "|" if "|" in line else "\t" if "\t" in line.strip() else ""
        if not sep:
            continue  # a note under a row ("  > every Thursday…") leaves the table open
        cells = _cells(line, start, sep)
        if column < 0:
            names = [text[a:b].strip().lower() for a, b in cells]
            column = next((i for i, h in enumerate(names) if h in heads and i > 0), -1)
            width = len(cells)
            continue
        if _SEPARATOR.match(line) or len(cells) < 2 or abs(len(cells) - width) > 1 or column >= len(cells):
            continue
        yield cells, column


def column_owners(text: str, task: bool) -> list[Span]:
    """Under a header with an owner column: each row's owner (`task` False) or the work of its first cell (True)."""
    out: list[Span] = []
    for cells, column in _rows(text, _OWNER_HEADS):
        # the work is the longest cell before the owner's, not the row's number nor a short area label ("1<tab>Why<tab>Get
        # 25 more call-outs…<tab>Gary": the third cell), round 50
        owner_a, owner_b = cells[column]
        before = [c for c in cells[:column] if not _NUMBER.match(text[c[0] : c[1]])] or cells[:1]
        work_a, work_b = max(before, key=lambda c: c[1] - c[0])
        if len(before) > 1:  # a sentence in a cell: its opening words are the work, a word of it no label (round 50)
            words = list(re.finditer(r"\S+", text[work_a:work_b]))[:2]
            work_b = work_a + words[-1].end() if words else work_b
        who = text[owner_a:owner_b]
        if work_b > work_a and _SOMEONE.match(who) and not _NOBODY.match(who.strip()):
            out.append((work_a, work_b) if task else (owner_a, owner_b))
    return out


def source_cells(text: str) -> list[Span]:
    """`@source-cell`: under a logframe's or a KPI table's column of where each figure is looked up ("Means of
    verification", « Sources de vérification »), each row's cell: a page named there is where the figure is read, no
    presence aimed at (« | Page Facebook | » under it, the header's « Indicateurs » read as an aim), round 45."""
    return [cells[column] for cells, column in _rows(text, _SOURCE_HEADS) if cells[column][1] > cells[column][0]]
