"""Import runs: started, finished or failed, and the runs a dead process left `running`."""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import AbstractContextManager
from typing import Protocol


class Store(Protocol):
    """The store calls these (store.start_import, store.finish_import) with itself."""

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...


def start_import(store: Store, platform: str, path: str) -> int:
    """Log an import as running. Earlier runs left running by a process that is gone
    become `resumed` (this run takes the same export over) or `abandoned`."""
    with store.transaction() as conn:
        import_id = int(conn.execute(
            "INSERT INTO imports (platform, path, started_at, added, skipped, malformed, status, pid) "
            "VALUES (?, ?, ?, 0, 0, 0, 'running', ?)", [platform, path, int(time.time()), os.getpid()]).lastrowid)
        stale = conn.execute("SELECT id, platform, path, pid FROM imports WHERE status = 'running' AND id != ?",
                             [import_id]).fetchall()
        for old_id, old_platform, old_path, pid in stale:
            if _alive(pid):
                continue
            if (old_platform, old_path) == (platform, path):
                conn.execute("UPDATE imports SET status = 'resumed', resumed_by = ? WHERE id = ?", [import_id, old_id])
            else:
                conn.execute("UPDATE imports SET status = 'abandoned' WHERE id = ?", [old_id])
        return import_id


def finish_import(store: Store, import_id: int, added: int, skipped: int, malformed: int, status: str = "finished") -> None:
    """`finished`, or `failed` when the import stopped on an error (what it wrote stays)."""
    with store.transaction() as conn:
        conn.execute("UPDATE imports SET finished_at = ?, added = ?, skipped = ?, malformed = ?, status = ? "
                     "WHERE id = ?", [int(time.time()), added, skipped, malformed, status, import_id])


def _alive(pid: int | None) -> bool:
    """Whether the process that logged an import still runs (on this machine: team memory is a local file)."""
    if not pid or pid == os.getpid():
        return bool(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, under another user
        return True
    return True


RANGE_SLACK = 4  # a range holding more than this many rows a message asked for is read the other way


def known_in_range(conn: object, channel_id: int, ids: list[str]) -> set[str] | None:
    """Which of `ids` the channel's posts hold, read as one range of its message ids (min to max)
    rather than one index probe per id: the ids of an export's batch follow each other, so the
    range is the batch (a re-import ~1.25 -> ~0.5 µs a message, round 45). None when this way
    is not exact or not cheap: not SQLite (PostgreSQL's collation may not order text by code
    points), ids that are not all ASCII text (SQLite's BINARY order is code point order only for
    UTF-8 text: ASCII is safe whatever the file's encoding), or a range holding more than
    RANGE_SLACK rows an id (other messages in between, or ids of different lengths)."""
    if not isinstance(conn, sqlite3.Connection) or len(ids) < 2:
        return None
    try:
        if not "".join(ids).isascii():
            return None
    except TypeError:  # an id that is not text
        return None
    limit = RANGE_SLACK * len(ids) + 64
    rows = conn.execute("SELECT message_id FROM posts WHERE channel_id = ? AND message_id BETWEEN ? AND ? LIMIT ?",
                        [channel_id, min(ids), max(ids), limit]).fetchall()
    if len(rows) >= limit:
        return None
    wanted = set(ids)
    return {row[0] for row in rows if row[0] in wanted}
