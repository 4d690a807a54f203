"""Team memory on SQLite (the default): one file, one connection per thread.

WAL mode, a busy timeout, and every write a short `BEGIN IMMEDIATE` transaction: several
threads or processes write at once without losing a row, and a process killed mid-import
leaves the file as of its last committed batch. bot.memory.postgres answers the same calls
on PostgreSQL; bot.memory.store picks one.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlite_utils import Database

from bot.memory import upgrades
from bot.memory.schema import migrations

BUSY_TIMEOUT_S = 30.0
BULK_CACHE_KB = 16_384  # page cache of a connection while it imports (bounded: memory stays flat)
BULK_CHECKPOINT_PAGES = 10_000  # WAL pages between two checkpoints while importing (~40 MB of log on disk)
BULK_TEMP_STORE = "MEMORY"  # statement journals while importing: in memory, not in temporary files (round 52)


class SQLite:
    """The file behind one store, and its connections (one per thread; `:memory:` shares one)."""

    name = "sqlite"

    def __init__(self, path: str):
        self.path = path
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            self.db.enable_wal()

    def __repr__(self) -> str:
        return f"SQLite({self.path!r})"

    @property
    def db(self) -> Database:
        """This thread's connection, as sqlite-utils wraps it."""
        db = getattr(self._local, "db", None)
        if db is None:
            if self.path == ":memory:" and self._connections:
                db = Database(self._connections[0])
            else:
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
                conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: consistent after a crash
                conn.execute("PRAGMA secure_delete = ON")  # deleted rows are overwritten, not left readable
                with self._lock:
                    self._connections.append(conn)
                db = Database(conn, execute_plugins=False)
            self._local.db = db
        return db

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextmanager
    def transaction(self, exclusive: bool = False,
                    durable: bool = False) -> Iterator[tuple[sqlite3.Connection, int | None]]:
        """(connection, store_meta.forgets) for one write, taken at once (BEGIN IMMEDIATE, so it
        never deadlocks; every write is exclusive on SQLite, so `exclusive` changes nothing, and
        `durable` neither: the file keeps synchronous=NORMAL, as it always did)."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            try:
                row = conn.execute("SELECT value FROM store_meta WHERE key = 'forgets'").fetchone()
            except sqlite3.OperationalError:  # before migration 003
                row = None
            yield conn, (row[0] if row else None)
        except BaseException:
            conn.rollback()
            raise
        conn.commit()

    def migrate(self) -> None:
        """Apply pending migrations, one process at a time. Foreign keys are off while tables
        are rebuilt, and checked before anything is committed. The weekly nudges' tables
        (bot.memory.ledger) are created when missing, as they always were."""
        db = self.db
        if not db["nudge_sends"].exists():
            with self.transaction() as (conn, _):
                upgrades.nudge_tables(conn)
        if not migrations.pending(db):
            return
        conn = self.conn
        conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: set before BEGIN
        try:
            with self.transaction():
                migrations.apply(db)
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise sqlite3.IntegrityError(f"migration left {len(broken)} broken reference(s): {broken[:3]}")
        finally:
            conn.execute("PRAGMA foreign_keys = ON")

    def table_names(self) -> list[str]:
        return self.db.table_names()

    def checkpoint(self) -> bool:
        """Move the write-ahead log into the file and empty it, so that what was just deleted
        is not left readable in coach.db-wal (secure_delete zeroes it in coach.db). False when
        a reader kept part of the log in use: the next checkpoint finishes the job."""
        if self.path == ":memory:":
            return True
        busy, _, _ = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not busy

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """While an import writes batch after batch: this thread's connection keeps a larger page
        cache (BULK_CACHE_KB: a batch's band rows land all over its months' part of the index, which
        outgrew the 2 MB default and was read back page by page) and checkpoints the write-ahead log
        every BULK_CHECKPOINT_PAGES pages instead of every 1,000 (a batch dirties ~1,000 pages: a
        page written by many batches is copied into the file once, not after each). Its temporary
        files are kept in memory (BULK_TEMP_STORE): each multi-row INSERT of a batch's transaction
        keeps a statement journal, the pages it changes that earlier statements of the transaction
        had changed, so that it can be undone alone; past 64 KB SQLite spilled it to a file in
        /var/tmp, written and thrown away: ~6.5 KB a post, 70 % of what an import wrote and four
        write calls a post (round 52). One statement's journal is at most its own pages (a few
        hundred: ~1 MB), freed when it ends. What a crash may lose is unchanged: every batch is
        still its own committed transaction in the WAL with synchronous=NORMAL. All three are put
        back after, the cache shrunk and the log checkpointed. (Setting temp_store drops the
        connection's temporary tables: an import's connection has none that outlive a call.)"""
        if self.path == ":memory:":
            yield
            return
        conn = self.conn
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        pages = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        temp = conn.execute("PRAGMA temp_store").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KB}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
        conn.execute(f"PRAGMA temp_store = {BULK_TEMP_STORE}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA temp_store = {int(temp)}")
            conn.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
            conn.execute("PRAGMA shrink_memory")
            with suppress(sqlite3.Error):
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                with suppress(sqlite3.Error):
                    conn.close()
            self._connections.clear()
        self._local = threading.local()
