"""Tagging an import's batches in forked worker processes, written back in order.

Tagging (language, categories, MinHash signatures) is ~2/3 of an import's CPU and each batch
is independent of the others, so `jobs` worker processes tag batches side by side while this
process reads the export and writes to the store. Workers are forked once the lexicons and
the language model are loaded (they share those pages and load nothing). Each has a pipe in and
a pipe out; batch k goes to worker k % jobs, so its result is the next one that worker sends
(no executor, no feeder or management thread in this process: ~1.3 µs a message with
ProcessPoolExecutor, round 31). A worker sends back each batch's rows prepared for the store
(bot.memory.prepared): the batches are written in the order they were read, one transaction
each, exactly the records one process writes.

Memory stays flat: at most `2 * jobs` batches are in flight; when that many wait, the oldest
is written before another is sent. No deadlock: a worker reads its pipe in a thread of its own
while it tags and sends, so a batch sent to a worker busy sending its result back never waits on
it. A worker that raises or dies stops the import with ImportWorkerError: the batches before it
are written whole, its own and the later ones not at all (each batch is one transaction), so
running the import again resumes there.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import queue
import threading
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from bot.engine.categories import Tagger
from bot.memory.prepared import PreparedBatch, prepare_columns
from bot.memory.records import MessageColumns, columns_of

MAX_JOBS = 4  # beyond this the one writing process is the bottleneck


class ImportWorkerError(RuntimeError):
    """A tagging worker failed: said in one line; what was written before it stays."""


def default_jobs() -> int:
    """min(MAX_JOBS, the CPUs this process may use); 1 where processes cannot be forked."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(MAX_JOBS, cpus))


def clamp_jobs(jobs: int | None) -> int:
    """The worker count to use: None means default_jobs(); never more than it, never below 1."""
    limit = default_jobs()
    return limit if jobs is None else max(1, min(jobs, limit))


_TAGGER: list[Tagger] = []  # the worker's tagger, inherited from the parent at fork


def _outgoing(messages: list[dict[str, Any]]) -> MessageColumns:
    """What a worker is sent for a batch: its messages as columns (~15 K instructions a message
    less to pickle here than a dict per message, and as much less to load there; round 44)."""
    return columns_of(messages)


def _tag_batch(batch: MessageColumns) -> PreparedBatch:
    return prepare_columns(_TAGGER[0], batch)


def _serve(tagger: Tagger, inbox: Connection, outbox: Connection, inherited: list[Connection]) -> None:
    """A worker: tag each batch (columns) its pipe brings, in order, and send back (True, rows prepared)
    or (False, "Error: what") for a batch that raised; until None or the pipe closes."""
    for conn in inherited:  # the other workers' pipes: holding them open would hide their end
        conn.close()
    _TAGGER[:] = [tagger]
    gc.freeze()  # what was inherited is never freed: collections skip it and its pages stay shared
    batches: queue.SimpleQueue[MessageColumns | None] = queue.SimpleQueue()
    threading.Thread(target=_read, args=(inbox, batches), daemon=True).start()
    while (messages := batches.get()) is not None:
        try:
            found: tuple[bool, Any] = (True, _tag_batch(messages))
        except Exception as exc:
            found = (False, f"{type(exc).__name__}: {exc}")
        try:
            outbox.send(found)
        except OSError:  # the parent stopped listening (it closed the pool after a failure)
            return


def _read(inbox: Connection, batches: queue.SimpleQueue) -> None:
    """A worker's reading thread: every batch as soon as it comes (the parent never waits to send)."""
    try:
        while (messages := inbox.recv()) is not None:
            batches.put(messages)
    except (EOFError, OSError):
        pass
    batches.put(None)


class TagPool:
    """`jobs` forked processes tagging batches; results come back in submission order."""

    def __init__(self, tagger: Tagger, jobs: int):
        self.jobs = jobs
        self.in_flight = 2 * jobs
        self._sent = 0
        self._waiting: deque[tuple[list[dict[str, Any]], int]] = deque()  # (messages, worker)
        self._workers: list[tuple[BaseProcess, Connection, Connection]] = []  # (process, to it, from it)
        context = multiprocessing.get_context("fork")
        for _ in range(jobs):
            inbox, to_worker = context.Pipe(duplex=False)
            from_worker, outbox = context.Pipe(duplex=False)
            ours = [conn for _, to, back in self._workers for conn in (to, back)] + [to_worker, from_worker]
            process = context.Process(target=_serve, args=(tagger, inbox, outbox, ours), daemon=True)
            process.start()
            inbox.close()
            outbox.close()
            self._workers.append((process, to_worker, from_worker))

    def submit(self, messages: list[dict[str, Any]]) -> Iterator[tuple[list[dict[str, Any]], PreparedBatch]]:
        """Send a batch; yields the (messages, prepared) of the oldest batches while too many wait."""
        worker = self._sent % self.jobs
        try:
            self._workers[worker][1].send(_outgoing(messages))
        except OSError as exc:  # that worker died: the batches it answered before are still written
            while self._waiting:
                yield self._oldest()  # raises at the first batch no worker answered
            raise self._failed(None) from exc
        self._sent += 1
        self._waiting.append((messages, worker))
        while len(self._waiting) > self.in_flight:
            yield self._oldest()

    def drain(self) -> Iterator[tuple[list[dict[str, Any]], PreparedBatch]]:
        """Every batch still in flight, in order."""
        while self._waiting:
            yield self._oldest()

    def _oldest(self) -> tuple[list[dict[str, Any]], PreparedBatch]:
        messages, worker = self._waiting.popleft()
        try:
            done, found = self._workers[worker][2].recv()
        except (EOFError, OSError) as exc:
            raise self._failed(None) from exc
        if not done:
            raise self._failed(found)
        return messages, found

    def _failed(self, what: str | None) -> ImportWorkerError:
        self.close()
        return ImportWorkerError(f"tagging failed in a worker process ({what or 'a worker process died'}); the "
                                 "batches before it are written, nothing after: import again to resume")

    def close(self) -> None:
        """Stop the workers (batches not yet tagged are dropped)."""
        self._waiting.clear()
        for _, to_worker, from_worker in self._workers:
            with contextlib.suppress(OSError):
                to_worker.send(None)
            to_worker.close()
            from_worker.close()  # a worker still sending gets an error and ends
        for process, _, _ in self._workers:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()
        self._workers.clear()
