"""Tagging an import's batches in forked worker processes, written back in order.

Tagging (language, categories, MinHash signatures) is ~2/3 of an import's CPU and each batch
is independent of the others, so `jobs` worker processes tag batches side by side while this
process reads the export and writes to the store. Workers are forked once the lexicons and
the language model are loaded (they share those pages and load nothing), are sent only what
tagging reads of each message (bot.memory.records.tagging_part) and send back each batch's
tagging in one compact piece (bot.memory.packed.tag_batch); the batches are written in the order they were read, one transaction
each, exactly the records one process writes.

Memory stays flat: at most `2 * jobs` batches are in flight; when that many wait, the oldest
is written before another is sent. A worker that raises or dies stops the import with
ImportWorkerError: the batches before it are written whole, its own and the later ones not
at all (each batch is one transaction), so running the import again resumes there.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from bot.engine.categories import Tagger
from bot.memory.prepared import PreparedBatch, prepare_messages

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


def _start_worker(tagger: Tagger) -> None:
    """In each worker, once: keep the tagger (forked, not pickled), and move what was inherited
    out of the garbage collector's sight (it is never freed; collections then skip it, and
    its pages stay shared with the parent instead of being copied when a collection touches them)."""
    _TAGGER[:] = [tagger]
    gc.freeze()


def _tag_batch(messages: list[dict[str, Any]]) -> PreparedBatch:
    return prepare_messages(_TAGGER[0], messages)


class TagPool:
    """`jobs` forked processes tagging batches; results come back in submission order."""

    def __init__(self, tagger: Tagger, jobs: int):
        self.jobs = jobs
        self.in_flight = 2 * jobs
        self._executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                                             initializer=_start_worker, initargs=(tagger,))
        self._waiting: deque[tuple[list[dict[str, Any]], Future[PreparedBatch]]] = deque()

    def submit(self, messages: list[dict[str, Any]]) -> Iterator[tuple[list[dict[str, Any]], PreparedBatch]]:
        """Send a batch; yields the (messages, tagged) of the oldest batches while too many wait."""
        try:
            future = self._executor.submit(_tag_batch, messages)
        except BrokenProcessPool as exc:
            raise self._failed(exc) from exc
        self._waiting.append((messages, future))
        while len(self._waiting) > self.in_flight:
            yield self._oldest()

    def drain(self) -> Iterator[tuple[list[dict[str, Any]], PreparedBatch]]:
        """Every batch still in flight, in order."""
        while self._waiting:
            yield self._oldest()

    def _oldest(self) -> tuple[list[dict[str, Any]], PreparedBatch]:
        messages, future = self._waiting.popleft()
        try:
            return messages, future.result()
        except Exception as exc:
            raise self._failed(exc) from exc

    def _failed(self, exc: BaseException) -> ImportWorkerError:
        self.close()
        what = "a worker process died" if isinstance(exc, BrokenProcessPool) else f"{type(exc).__name__}: {exc}"
        return ImportWorkerError(f"tagging failed in a worker process ({what}); the batches before it are "
                                 "written, nothing after: import again to resume")

    def close(self) -> None:
        """Stop the workers (batches not yet tagged are dropped)."""
        for _, future in self._waiting:
            future.cancel()
        self._waiting.clear()
        self._executor.shutdown(wait=True, cancel_futures=True)
