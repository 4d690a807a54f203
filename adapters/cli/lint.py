"""Reviewing files as a linter does: each finding located by line and column in its file.

Markdown files are reviewed as the prose a reader sees: their front matter (YAML between
`---` lines, TOML between `+++`) and fenced code blocks are blanked out first, every other
character staying where it is, so lines and columns are the file's own. Lines and columns
count from 1, columns in characters (Unicode code points); an end is the position just
after the last character, as SARIF counts it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from adapters.cli import one_line, said_in_terminal
from adapters.cli.engine import DraftProblem, Finding, Review, ReviewContext, review
from adapters.cli.inputs import BadInput, read_file

MARKDOWN = (".md", ".markdown")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}
_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass(frozen=True)
class Location:
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Located:
    finding: Finding
    at: Location


@dataclass(frozen=True)
class FileReport:
    """One file's review, its findings in the order of the text; or why it was not reviewed."""

    path: Path
    review: Review | None = None
    findings: tuple[Located, ...] = ()
    error: tuple[str, str] | None = None  # (code, message naming the file)

    @property
    def name(self) -> str:
        return str(self.path)

    @property
    def blockers(self) -> int:
        return self.review.blockers if self.review else 0


class LineIndex:
    """Offsets in a text as (line, column), both from 1."""

    def __init__(self, text: str):
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def locate(self, start: int, end: int) -> Location:
        return Location(*self.position(start), *self.position(end))


def markdown_prose(text: str) -> str:
    """`text` with its front matter, fenced code blocks and HTML comments (notes to editors, not
    the post) turned to spaces (same length, same line breaks), as CommonMark reads fences: an
    unclosed fence runs to the end."""
    lines = text.split("\n")
    blank = [False] * len(lines)
    first = 0
    closers = _FRONT_MATTER.get(lines[0].rstrip("\r")) if lines else None
    if closers:
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r").rstrip() in closers), None)
        if end is not None:
            blank[: end + 1] = [True] * (end + 1)
            first = end + 1
    fence = ""
    for i in range(first, len(lines)):
        opened = _FENCE.match(lines[i])
        if not fence:
            if opened and not (opened.group(1)[0] == "`" and "`" in lines[i][opened.end():]):
                fence, blank[i] = opened.group(1), True
            continue
        blank[i] = True
        mark = opened.group(1) if opened else ""
        if mark[:1] == fence[0] and len(mark) >= len(fence) and not lines[i][opened.end():].strip():
            fence = ""
    prose = "\n".join(" " * len(line) if out else line for line, out in zip(lines, blank, strict=True))
    return _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), prose)


def review_file(path: Path, context: ReviewContext, language: str) -> FileReport:
    """Read and review one file; what goes wrong is kept in the report, never raised."""
    try:
        text = read_file(path)
    except BadInput as exc:
        return FileReport(path, error=("unreadable", exc.message))
    prose = markdown_prose(text) if path.suffix.lower() in MARKDOWN else text
    try:
        result = review(prose, context)
    except DraftProblem as problem:
        return FileReport(path, error=(problem.code, f"{path}: {said_in_terminal(problem, language, 'empty_file')}"))
    except Exception as exc:  # noqa: BLE001 (one file must never stop the others)
        return FileReport(path, error=("failed", f"{path}: {one_line(exc)}"))
    index = LineIndex(text)
    located = sorted((Located(f, index.locate(*f.span)) for f in result.findings),
                     key=lambda item: (item.at.line, item.at.column, item.finding.rule))
    return FileReport(path, result, tuple(located))


def review_files(paths: Iterable[Path], context: ReviewContext, language: str) -> Iterator[FileReport]:
    for path in paths:
        yield review_file(path, context, language)
