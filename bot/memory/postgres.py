"""Team memory on PostgreSQL: psycopg 3 and its connection pool, behind the calls the store
makes on a SQLite connection.

    pg = Postgres("postgresql://coach@db/coach")    # COACH_DATABASE_URL
    pg.reads.execute("SELECT ... WHERE id = ?", [1]).fetchall()
    with pg.transaction() as (conn, forgets): conn.execute("INSERT ...", [...])

The store's SQL is written once, in what SQLite and PostgreSQL both speak. Three spellings
differ, and each statement's text is adapted here once (then cached): `?` placeholders become
`%s` (a literal `%` is doubled); `min(a, b)` and `max(a, b)` of two values become LEAST and
GREATEST; an INSERT into a table whose `id` is an identity column gets `RETURNING id`, which
is what `cursor.lastrowid` reads (sqlite3 has it without asking).

Connections come from the pool in autocommit mode. A read outside a transaction borrows one
for that one statement (its rows are fetched before it goes back), so any number of threads
share a few connections; `transaction()` holds one from BEGIN to COMMIT. Every write
transaction first takes a shared advisory lock, and a forget takes it exclusively: what
SQLite's single writer gave for free (no forget slips in between a transaction's check of
the cached ids and its writes) holds across processes here too.

Round trips are what a server costs: `executemany` of an INSERT ... VALUES sends the whole
batch as one INSERT ... SELECT FROM unnest(one array per column), typed from the table's
columns; `insert_each` (the posts of a batch, whose ids are needed) pipelines its INSERTs.
Commits do not wait for the log to reach the disk (synchronous_commit off, as SQLite's
synchronous=NORMAL), except a `durable` transaction's: the nudge ledger's and a forget's.

PostgreSQL's errors are raised as bot.memory.sql's StoreError family. psycopg is imported
only when a PostgreSQL URL is used: the default (SQLite) never loads it.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from bot.config import safe_url
from bot.memory.sql import StoreConflict, StoreError, StoreIntegrityError

POOL_SIZE = 8  # connections per process at most; a read holds one for one statement
WAIT_S = 30.0  # as SQLite's busy timeout: how long a write waits for a connection or a lock
WRITE_LOCK = 0x636F616368  # advisory lock key ("coach"): shared by writes, exclusive for a forget

OPEN: weakref.WeakSet[Postgres] = weakref.WeakSet()  # every pool this process opened and has not closed
_TOKENS = re.compile(r"'(?:[^']|'')*'|\?|%")
_PAIR = re.compile(r"\b(min|max)\(\s*([^(),]+?)\s*,\s*([^(),]+?)\s*\)", re.IGNORECASE)
_VALUES = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)\s*\(([^()]*)\)\s*VALUES\s*(\([\s?,]*\))(.*)$",
                     re.IGNORECASE | re.DOTALL)
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+\"?(\w+)\"?", re.IGNORECASE)


def _token(match: re.Match[str]) -> str:
    token = match.group()
    if token == "?":
        return "%s"
    return token.replace("%", "%%")


@lru_cache(maxsize=4096)
def translate(sql: str, with_params: bool, id_tables: frozenset[str] = frozenset()) -> tuple[str, bool]:
    """(the statement as psycopg runs it on PostgreSQL, whether RETURNING id was added for lastrowid)."""
    sql = _PAIR.sub(lambda m: f"{'LEAST' if m.group(1).lower() == 'min' else 'GREATEST'}({m.group(2)}, {m.group(3)})",
                    sql)
    if with_params:
        sql = _TOKENS.sub(_token, sql)
    insert = _INSERT.match(sql)
    if insert and insert.group(1) in id_tables and "RETURNING" not in sql.upper():
        return sql.rstrip().rstrip(";") + " RETURNING id", True
    return sql, False


class Result:
    """A statement's outcome, rows already fetched: what the store reads of a sqlite3 cursor."""

    __slots__ = ("_rows", "_next", "rowcount", "lastrowid", "description")

    def __init__(self, rows: list[tuple], rowcount: int, description: Sequence[Sequence[Any]] | None,
                 lastrowid: int | None = None):
        self._rows, self._next = rows, 0
        self.rowcount, self.description, self.lastrowid = rowcount, description, lastrowid

    def fetchone(self) -> tuple | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[tuple]:
        rows, self._next = self._rows[self._next :], len(self._rows)
        return rows

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.fetchall())


def _errors(error: Exception) -> StoreError:
    """psycopg's error as the store's own (the original is its __cause__)."""
    from psycopg import errors

    text = str(error).strip() or type(error).__name__
    if isinstance(error, errors.IntegrityError):
        return StoreIntegrityError(text)
    if isinstance(error, errors.DeadlockDetected | errors.SerializationFailure):
        return StoreConflict(text)
    return StoreError(text)


class Connection:
    """One pooled psycopg connection, spoken to as the store speaks to sqlite3."""

    __slots__ = ("raw", "backend")

    def __init__(self, raw: Any, backend: Postgres):
        self.raw, self.backend = raw, backend

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Result:
        query, returns_id = translate(sql, bool(parameters), self.backend.id_tables)
        try:
            cursor = self.raw.execute(query, parameters or None)
            rows = cursor.fetchall() if cursor.description else []
        except Exception as error:
            raise _mapped(error) from error
        if returns_id:
            return Result([], cursor.rowcount, None, rows[0][0] if rows else None)
        return Result(rows, cursor.rowcount, cursor.description)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Sequence[Any]]) -> Result:
        """An INSERT ... VALUES (?, ...) into a known table goes as one INSERT ... SELECT FROM
        unnest(column arrays): the server plans and runs one statement for the whole batch, not
        one per row. Anything else is pipelined (every statement sent before the first answer)."""
        batch = list(seq_of_parameters)
        if not batch:
            return Result([], 0, None)
        insert = _VALUES.match(sql)
        types = self.backend.column_types(insert.group(1), insert.group(2)) if insert else None
        try:
            if insert is None or types is None or insert.group(3).count("?") != len(types):
                with self.raw.cursor() as cursor:
                    cursor.executemany(translate(sql, True)[0], batch)
                    return Result([], cursor.rowcount, None)
            arrays = ", ".join(f"?::{kind}[]" for kind in types)
            query = translate(f"INSERT INTO {insert.group(1)} ({insert.group(2)}) SELECT * FROM unnest({arrays})"
                              f"{insert.group(4)}", True)[0]
            columns = [list(column) for column in zip(*batch, strict=True)]
            return Result([], self.raw.execute(query, columns).rowcount, None)
        except Exception as error:
            raise _mapped(error) from error

    def insert_each(self, sql: str, rows: Sequence[Sequence[Any]]) -> list[int | None]:
        """bot.memory.sql.insert_each, pipelined: every INSERT sent at once, each one's id read back."""
        if not rows:
            return []
        query = translate(sql, True)[0].rstrip().rstrip(";") + " RETURNING id"
        ids: list[int | None] = []
        try:
            with self.raw.cursor() as cursor:
                cursor.executemany(query, rows, returning=True)
                while True:
                    row = cursor.fetchone()
                    ids.append(int(row[0]) if row else None)
                    if not cursor.nextset():
                        break
        except Exception as error:
            raise _mapped(error) from error
        return ids


def _mapped(error: Exception) -> Exception:
    """psycopg's errors as the store's; anything else (a bad parameter) as it is."""
    if isinstance(error, StoreError) or not type(error).__module__.startswith(("psycopg", "psycopg_pool")):
        return error
    return _errors(error)


class Reads:
    """Statements outside any transaction: each borrows a pooled connection for itself."""

    def __init__(self, backend: Postgres):
        self.backend = backend

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Result:
        with self.backend.connection() as conn:
            return conn.execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Sequence[Any]]) -> Result:
        with self.backend.connection() as conn, conn.raw.transaction():
            return conn.executemany(sql, seq_of_parameters)


def _number_loader() -> type:
    from psycopg.adapt import Loader

    class NumberLoader(Loader):
        """numeric as SQLite gives it: SUM of integers an int, AVG a float (never a Decimal)."""

        def load(self, data: Any) -> int | float:
            text = bytes(data).decode()
            return float(text) if any(c in text for c in ".eEN") else int(text)

    return NumberLoader


def _configure(raw: Any) -> None:
    raw.adapters.register_loader("numeric", _number_loader())
    # As SQLite's synchronous=NORMAL in WAL mode: a commit does not wait for the log to reach
    # the disk. A crash of the server or the machine can lose the last moments' writes, never
    # leave them half done. Durable transactions (the nudge ledger, forgets) ask for the flush.
    raw.execute("SET synchronous_commit = off")


class Postgres:
    """The pool behind one store, and the tables whose ids INSERT returns."""

    name = "postgresql"

    def __init__(self, url: str, size: int = POOL_SIZE):
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ImportError:
            raise StoreError("COACH_DATABASE_URL names a PostgreSQL database, which needs psycopg 3 and "
                             "psycopg-pool: pip install 'coach[postgres]'.") from None
        self.url = url
        self.id_tables: frozenset[str] = frozenset()
        self._types: dict[tuple[str, str], str] = {}  # (table, column) -> its SQL type, for executemany
        try:  # one plain connection first: its error says what is wrong (the pool's would only time out)
            psycopg.connect(url, connect_timeout=int(WAIT_S)).close()
        except psycopg.Error as error:
            raise StoreError(f"Coach could not connect to PostgreSQL at {safe_url(url)}: "
                             f"{str(error).strip()}") from error
        self.pool = ConnectionPool(url, min_size=1, max_size=size, kwargs={"autocommit": True, "prepare_threshold": None},
                                   configure=_configure, timeout=WAIT_S, name="coach-memory", open=False)
        self.pool.open(wait=True, timeout=WAIT_S)
        self.reads = Reads(self)
        self._local = threading.local()
        OPEN.add(self)

    def __repr__(self) -> str:
        return f"Postgres({safe_url(self.url)!r})"

    @property
    def conn(self) -> Connection | Reads:
        """Where this thread's statements go: its open transaction's connection, else the pool."""
        return getattr(self._local, "tx", None) or self.reads

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        try:
            with self.pool.connection() as raw:
                yield Connection(raw, self)
        except Exception as error:
            mapped = _mapped(error)
            if mapped is error:
                raise
            raise mapped from error

    @contextmanager
    def transaction(self, exclusive: bool = False, durable: bool = False) -> Iterator[tuple[Connection, int]]:
        """(connection, store_meta.forgets) for one write transaction, committed at the end;
        `durable`: the commit returns once the log is on disk (synchronous_commit on)."""
        lock = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
        flush = ", set_config('synchronous_commit', 'on', true)" if durable else ""
        with self.connection() as conn:
            try:
                with conn.raw.transaction():
                    row = conn.execute(f"SELECT {lock}(?), (SELECT value FROM store_meta WHERE key = 'forgets'){flush}",
                                       [WRITE_LOCK]).fetchone()
                    self._local.tx = conn
                    yield conn, int(row[1] or 0)
            except Exception as error:  # the COMMIT itself can fail
                mapped = _mapped(error)
                if mapped is error:
                    raise
                raise mapped from error
            finally:
                self._local.tx = None

    def migrate(self) -> list[str]:
        """Apply pending migrations (bot.memory.schema_pg), one process at a time; their names."""
        from bot.memory.schema_pg import migrate

        with self.connection() as conn, conn.raw.transaction():
            applied = migrate(conn)
        self.learn_id_tables()
        return applied

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """Nothing to change here (SQLite's page cache and checkpoints: bot.memory.sqlite)."""
        yield

    def checkpoint(self) -> bool:
        """Nothing to do here: PostgreSQL keeps its own log and data files (see the README,
        "Forgetting on PostgreSQL")."""
        return True

    def learn_id_tables(self) -> None:
        """After migrations: the tables with an identity `id`, whose INSERTs return it."""
        rows = self.reads.execute(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND column_name = 'id' AND is_identity = 'YES'").fetchall()
        self.id_tables = frozenset(r[0] for r in rows)
        rows = self.reads.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                                  "WHERE table_schema = current_schema()").fetchall()
        self._types = {(table, column): kind for table, column, kind in rows}

    def column_types(self, table: str, columns: str) -> list[str] | None:
        """The SQL types of these columns (a comma-separated list), or None if one is unknown."""
        found = [self._types.get((table, name.strip().strip('"'))) for name in columns.split(",")]
        return None if None in found else found  # type: ignore[return-value]

    def table_names(self) -> list[str]:
        rows = self.reads.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                  "ORDER BY tablename").fetchall()
        return [r[0] for r in rows]

    def close(self) -> None:
        OPEN.discard(self)
        self.pool.close()
