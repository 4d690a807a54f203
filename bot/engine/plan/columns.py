"""A task table's owner column (`@actor`, `@actor-task`): a Gantt chart or a workplan copied as text, a header naming
who does each row ("Task | Owner | J F M…", « Action | Responsable | Échéance »), then rows whose first cell is the
work and whose owner cell names someone ("Weekly repair-tip post (LinkedIn) | Hamid | █ █"). A row's work may be a
noun ("Monthly newsletter"), not the verb a sentence would need: the column says whose it is (session 28, plans44).
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_OWNER_HEADS = {"owner", "owners", "responsible", "lead", "who", "assignee", "assigned to", "by whom",
                "responsable", "responsables", "pilote", "porteur", "qui", "par qui", "référent", "référente"}
_LINE = re.compile(r"^[^\n]*", re.MULTILINE)  # one match a line (a blank line is an empty one)
_SEPARATOR = re.compile(r"^[\s|:+-]*$")  # "---|---", "|:--|--:|"
_NOBODY = re.compile(r"(?i)^(?:tbd|tbc|n/?a|none|nobody|\?+|-+|à définir|a definir|personne|à voir|a voir)$")
_SOMEONE = re.compile(r"^[A-ZÀ-Ý][\w'’-]*")  # a name or a capitalised role ("Hamid", "Agency", "Comms officer")


def _cells(line: str, start: int) -> list[Span]:
    """The cells of a table line, each trimmed, as spans of the text (the outer pipes of a Markdown row dropped)."""
    spans, pos = [], 0
    for part in line.split("|"):
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


def column_owners(text: str, task: bool) -> list[Span]:
    """Under a header with an owner column: each row's owner (`task` False) or the work of its first cell (True)."""
    out: list[Span] = []
    column, width = -1, 0
    for m in _LINE.finditer(text):
        line, start = m.group(), m.start()
        if not line.strip():
            column = -1  # a blank line ends the table
            continue
        if "|" not in line:
            continue  # a note under a row ("  > every Thursday…") leaves the table open
        cells = _cells(line, start)
        heads = [text[a:b].strip().lower() for a, b in cells]
        if column < 0:
            column = next((i for i, h in enumerate(heads) if h in _OWNER_HEADS and i > 0), -1)
            width = len(cells)
            continue
        if _SEPARATOR.match(line) or len(cells) < 2 or abs(len(cells) - width) > 1 or column >= len(cells):
            continue
        (owner_a, owner_b), (work_a, work_b) = cells[column], cells[0]
        who = text[owner_a:owner_b]
        if work_b > work_a and _SOMEONE.match(who) and not _NOBODY.match(who.strip()):
            out.append((work_a, work_b) if task else (owner_a, owner_b))
    return out
