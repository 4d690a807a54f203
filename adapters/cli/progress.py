"""A progress line on stderr for long operations (imports, batches, replays): shown only
when stderr is a terminal, so pipes, CI logs and cron mail stay clean."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

Advance = Callable[[int], None]


def shown() -> bool:
    return sys.stderr.isatty()


@contextmanager
def progress(label: str, total: int | None, unit: str = "items") -> Iterator[Advance]:
    """`with progress("Slack export", 120, "files") as advance: ... advance(1)`. `unit="bytes"`
    shows sizes (MB); a total of None shows a spinner and what is done so far."""
    if not shown():
        yield lambda n: None
        return
    done = DownloadColumn() if unit == "bytes" else MofNCompleteColumn() if total else TextColumn("{task.completed:,}")
    columns = [SpinnerColumn(), TextColumn(label), BarColumn(), done,
               TextColumn(unit if unit not in ("bytes",) else ""), TimeElapsedColumn(), TimeRemainingColumn()]
    # stdout is the output (JSON lines, a report): never redirected into the progress display
    with Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=False,
                  redirect_stderr=False) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
