"""A review's panel written as rich writes it to a pipe or a file, without importing rich.

A one-draft `coach review` in CI or an editor prints to a pipe: rich then writes no style at
all, only the rounded box, the wrapped lines and the padding, and importing rich costs a tenth
of the whole command. This module writes those same bytes from the reply's blocks
(adapters/layout.py): each paragraph split at its line breaks, each line wrapped as rich wraps
it (a word is its text and the spaces after it; one too long for a line is cut), padded to the
panel's width. Where it could not promise rich's bytes (a terminal, which gets styles; a
character that is not one cell wide, such as an emoji; a control character; a title rich would
read as markup; a narrow or forced width; an encoding other than UTF-8) `panel` answers None
and the caller draws with rich. tests/test_speed_round25.py compares the two.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from adapters.layout import blocks
from bot.chat.reply import Reply
from bot.lazyre import lazy

_WORD = lazy(r"\s*\S+\s*")  # a word and the spaces after it (leading spaces: the line's first)
_TRAILING = lazy(r"\s+$")
_EMOJI_CODE = lazy(r":\S*?:")  # what rich's markup would read as an emoji code in the title
MIN_WIDTH = 20

# Characters rich counts one cell wide and writes as they are: printable ASCII, Latin-1 and the
# Latin extensions, and the typography of the messages (quotes, dashes, ellipsis, bullet, euro,
# the narrow no-break space of French). Anything else (emoji, CJK, combining marks) goes to rich.
_ONE_CELL = lazy("[\x20-\x7e\n\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u202f-\u205e\u20ac\u2122\u2190-\u2193"
                 "\u2212\u2500-\u257f]*")


def is_plain(text: str) -> bool:
    """Whether every character of `text` is one this module writes as rich does (or a line break)."""
    return _ONE_CELL.fullmatch(text) is not None


def wrap(text: str, width: int) -> list[str]:
    """The lines rich's Text.wrap makes of `text` at `width` cells (no justification), each
    then padded with spaces to `width` as a panel pads them."""
    lines: list[str] = []
    for line in text.split("\n"):
        cuts = [0, *_breaks(line, width), len(line)]
        for start, end in zip(cuts, cuts[1:], strict=False):
            piece = line[start:end]
            if len(piece) > width:  # only its trailing spaces can run over: they go first
                trailing = _TRAILING.search(piece)
                if trailing is not None:
                    piece = piece[: len(piece) - min(len(trailing.group(0)), len(piece) - width)]
                piece = piece[:width]
            lines.append(piece + " " * (width - len(piece)))
    return lines


def _breaks(line: str, width: int) -> list[int]:
    """Where a line is cut: before the first word that does not fit on the current line (after
    its spaces: a word's trailing spaces may run over), and a word longer than a whole line
    cut every `width` characters."""
    cuts: list[int] = []
    used = 0
    found = _WORD.match(line)
    while found is not None:
        start, end = found.span()
        word = found.group()
        length = len(word.rstrip())
        if width - used >= length:
            used += len(word)
        elif length > width:
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            for i, piece in enumerate(pieces):
                if start:
                    cuts.append(start)
                if i == len(pieces) - 1:
                    used = len(piece)
                else:
                    start += len(piece)
        elif used and start:
            cuts.append(start)
            used = len(word)
        found = _WORD.match(line, end)
    return cuts


def panel(reply: Reply, width: int) -> str | None:
    """The reply as rich prints its panel (adapters/console.render) to a pipe `width` cells
    wide, or None when it cannot be written here exactly so."""
    parts = blocks(reply)
    title = reply.title
    if (width < MIN_WIDTH or not parts or not is_plain(title) or "\n" in title or any(c in title for c in "[]\\")
            or _EMOJI_CODE.search(title) or len(title) + 2 > width - 4
            or not all(is_plain(block.text) for block in parts)):
        return None
    inner = width - 4
    rows: list[str] = []
    for block in parts:
        rows += [" " * inner] * block.top
        rows += [" " * block.indent + line for line in wrap(block.text, inner - block.indent)]
    if title:
        head = f" {title} "
        top = "╭─" + head + "─" * (inner - len(head)) + "─╮"
    else:
        top = "╭" + "─" * (width - 2) + "╮"
    return "\n".join([top, *(f"│ {row} │" for row in rows), "╰" + "─" * (width - 2) + "╯"]) + "\n"


def pipe_width(stream: TextIO) -> int | None:
    """The width rich gives a console writing to `stream` when it is no terminal, or None when
    rich would write styles (a terminal, FORCE_COLOR, TTY_COMPATIBLE=1), on Windows, or when the
    stream's encoding is not UTF-8 (rich then draws the box in ASCII)."""
    env = os.environ
    if sys.platform == "win32" or not (getattr(stream, "encoding", "") or "").lower().startswith("utf"):
        return None
    compatible, force = env.get("TTY_COMPATIBLE", ""), env.get("FORCE_COLOR")
    if compatible == "1" or (compatible != "0" and force):
        return None
    if compatible != "0" and force is None:
        isatty = getattr(stream, "isatty", None)
        try:
            if isatty is not None and isatty():
                return None
        except ValueError:  # a closed stream: rich takes it for no terminal
            pass
    columns = env.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)  # rich's width whatever the terminal says (0 too: panel() then declines)
    width: int | None = None
    for name, default in (("__stdin__", 0), ("__stdout__", 1), ("__stderr__", 2)):
        try:
            fd = getattr(sys, name).fileno()
        except Exception:  # noqa: BLE001 (as rich: a missing or closed stream is the usual number)
            fd = default
        try:
            width = os.get_terminal_size(fd)[0]
        except (AttributeError, ValueError, OSError):
            continue
        break
    return width or 80
