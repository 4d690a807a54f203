"""Importers: a team's history from platform exports into team memory.

Each importer streams its input (memory stays flat whatever the export's size),
skips messages already remembered before doing any work on them (so re-importing
adds nothing and a killed import resumes where it stopped), writes in short
batches, and reports each malformed file, and each malformed message with its
file and position, while importing the rest. A path that is not an export of the
platform at all raises ExportError before anything is written.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

from bot.engine.categories import Tagger, default_tagger
from bot.memory.importers import heap
from bot.memory.importers.pool import TagPool
from bot.memory.prepared import PreparedBatch, log_prepared
from bot.memory.records import records as tagged
from bot.memory.store import LogResult, PostRecord, Store

BATCH = 2_000  # messages per write transaction: a batch's band rows and fingerprints land all over
# their indexes, so each commit copies hundreds of pages into the WAL; at 2,000 rather than 1,000 fewer
# copies (100,000 posts: 2.1 -> 1.75 GB written, ~5 to 10 % less CPU writing, round 27) for ~10 MB
# more held; 4,000 saved little more (1.6 GB) for ~30 MB
READ_AT_ONCE = 1_000  # messages read, checked and skipped-if-known at a time (at most a batch): 2,000
# held at once made a re-import ~20 % slower (round 27), and the writer gathers its batch anyway
YOUNG_OBJECTS = 100_000  # containers allocated between two young-generation collections while importing


@contextmanager
def bulk_allocations() -> Iterator[None]:
    """While importing, the cyclic garbage collector runs every YOUNG_OBJECTS new containers
    instead of every 700: a batch allocates tens of thousands of short-lived ones (decoded
    messages, tokens, records) that are mostly gone before it looks, instead of promoted and
    walked again with the lexicons and the language model (~15 % of an import's time, ~30 % of
    a re-import's). At 20,000 a young collection still found a batch's live objects each time
    and walked them (~5 % of an import's CPU, session 10); at 100,000 it runs about once a
    batch. Cycles are still collected, so memory stays flat; the thresholds are put back.
    glibc's heap is kept from batch to batch meanwhile (bot.memory.importers.heap: its pages
    are not faulted in again for every batch's arrays)."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG_OBJECTS), *before[1:])
    try:
        with heap.kept():
            yield
    finally:
        gc.set_threshold(*before)


@dataclass
class ImportReport:
    added: int = 0
    skipped: int = 0  # already in memory
    bots: int = 0  # messages from bots and integrations, not counted as the team's posts
    system: int = 0  # joins, leaves, topic changes, pins, deletions, edit events
    files: int = 0
    bad_messages: int = 0  # malformed messages skipped (each file with some is in `malformed`)
    malformed: list[tuple[str, str]] = field(default_factory=list)  # (path, problem)

    @property
    def messages(self) -> int:
        return self.added + self.skipped


Progress = Callable[[int], None]  # called with how much more was done (files or bytes)


class ExportError(ValueError):
    """Not an export of this platform at all: said in one line, nothing imported (exit 2)."""


class BadMessages:
    """The malformed messages of one file: counted, the first few described, one line in the report."""

    SHOWN = 3

    def __init__(self, path: str, what: str = "message"):
        self.path, self.what = path, what
        self.count = 0
        self.examples: list[str] = []

    def add(self, position: int, problem: str) -> None:
        self.count += 1
        if len(self.examples) < self.SHOWN:
            self.examples.append(f"{self.what} {position + 1}: {problem}")

    def report_to(self, report: ImportReport) -> None:
        if self.count:
            report.bad_messages += self.count
            more = f"; and {self.count - len(self.examples)} more" if self.count > len(self.examples) else ""
            report.malformed.append((self.path, f"{self.count} malformed {self.what}(s) skipped: "
                                                f"{'; '.join(self.examples)}{more}"))


class Writer:
    """Buffers new messages (the keyword arguments of Tagger.record: known messages are skipped
    before they get here), then tags a whole batch at once and writes it in one transaction.
    With jobs > 1, batches are tagged in worker processes (bot.memory.importers.pool), started
    at the first full batch (a small import forks nothing), and written in the order read.
    With no tagger given, the bundled one (lexicons and language model, ~0.4 s to load) is
    loaded when the first new message is tagged: a re-import that adds nothing never loads it."""

    def __init__(self, store: Store, tagger: Tagger | None, report: ImportReport, batch: int = BATCH,
                 jobs: int = 1):
        self.store, self.report, self.batch, self.jobs = store, report, batch, jobs
        self._tagger = tagger
        self.pending: list[dict[str, Any]] = []
        self.pool: TagPool | None = None
        self._bulk = ExitStack()  # the store's settings for many batches in a row, until close()
        self._bulk.enter_context(store.bulk_writes())

    @property
    def tagger(self) -> Tagger:
        if self._tagger is None:
            self._tagger = default_tagger()
        return self._tagger

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, messages: list[dict[str, Any]]) -> None:
        self.pending.extend(messages)
        if len(self.pending) >= self.batch:
            self._send(start_pool=self.jobs > 1)

    def flush(self) -> None:
        """Write everything read so far (what workers are tagging included)."""
        self._send(start_pool=False)
        if self.pool is not None:
            for messages, found in self.pool.drain():
                self._write_prepared(messages, found)

    def close(self) -> None:
        try:
            if self.pool is not None:
                self.pool.close()
                self.pool = None
        finally:
            self._bulk.close()

    def _send(self, start_pool: bool) -> None:
        if not self.pending:
            return
        messages, self.pending = self.pending, []
        if self.pool is None and start_pool:
            self.pool = TagPool(self.tagger, self.jobs)
        if self.pool is None:
            self._write(tagged(self.tagger, messages))
            return
        for done, found in self.pool.submit(messages):
            self._write_prepared(done, found)

    def _write_prepared(self, messages: list[dict[str, Any]], prepared: PreparedBatch) -> None:
        """A worker's batch: its rows as prepared, or when they cannot be written so (a message
        twice in it, another writer), its records tagged again here (bot.memory.prepared)."""
        result = log_prepared(self.store, prepared, [message["text"] for message in messages])
        self._count(result if result is not None else self.store.log_posts(tagged(self.tagger, messages)))

    def _write(self, records: list[PostRecord]) -> None:
        self._count(self.store.log_posts(records))

    def _count(self, result: LogResult) -> None:
        self.report.added += result.added
        self.report.skipped += result.skipped


def known(store: Store, platform: str, workspace: str, channel: str, ids: list[str]) -> set[str]:
    return store.known_messages(platform, workspace, channel, ids)
