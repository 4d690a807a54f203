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
