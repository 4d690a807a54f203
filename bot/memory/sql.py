"""What the store's SQL runs on, whichever backend: the connection calls it uses, and its errors.

Team memory is a SQLite file by default, or PostgreSQL when `COACH_DATABASE_URL` (a
`postgresql://` URL) says so. The queries in bot/memory are written once, in the SQL both
speak; a connection of either kind answers `execute`, `executemany` and the cursor calls below
(sqlite3's own on SQLite, bot.memory.postgres's on PostgreSQL).

Errors: SQLite raises sqlite3's exceptions as they are; PostgreSQL's are raised as StoreError
and its subclasses, so a caller catches `DATABASE_ERRORS` (or `INTEGRITY_ERRORS`) for both.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol


class StoreError(Exception):
    """A database error on PostgreSQL (sqlite3's own errors are raised as they are)."""


class StoreIntegrityError(StoreError):
    """A constraint refused a write (a unique key taken, a reference to a row that is gone)."""


class StoreConflict(StoreError):
    """PostgreSQL broke a deadlock by cancelling this transaction: running it again is safe."""


DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, StoreError)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, StoreIntegrityError)
RETRYABLE_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, StoreIntegrityError, StoreConflict)


class Cursor(Protocol):
    """The cursor calls the store uses (sqlite3.Cursor has them all)."""

    rowcount: int
    lastrowid: int | None
    description: Sequence[Sequence[Any]] | None

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The connection calls the store uses (sqlite3.Connection has them all)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...


def dicts(cursor: Cursor) -> list[dict[str, Any]]:
    """The rows of a cursor as dicts keyed by column name (either backend)."""
    names = [column[0] for column in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def insert_each(conn: Connection, sql: str, rows: Sequence[Sequence[Any]]) -> list[int | None]:
    """One INSERT per row (`sql` ending with ON CONFLICT DO NOTHING); the id of each row, None
    where the conflict skipped it. A connection that can do better says so with its own
    `insert_each` (PostgreSQL pipelines them: one round trip for the batch); SQLite, in-process,
    runs them in turn."""
    own = getattr(conn, "insert_each", None)
    if own is not None:
        return own(sql, rows)
    ids: list[int | None] = []
    for row in rows:
        cursor = conn.execute(sql, row)
        ids.append(int(cursor.lastrowid) if cursor.rowcount == 1 and cursor.lastrowid is not None else None)
    return ids


_VALUES = re.compile(r"^(INSERT INTO .+? VALUES )(\((?:\?, )*\?\))(.*)$", re.DOTALL)
PARAMETERS_AT_ONCE = 900  # per statement: under SQLite's oldest limit (999)


def insert_many(conn: Connection, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """conn.executemany(sql, rows) for an `INSERT ... VALUES (?, ...) [ON CONFLICT ...]`, the
    same rows written: on SQLite as statements of many rows each (`VALUES (...), (...), ...`),
    about three times faster for the many small rows of an import (the band index: 16 per
    post), since each statement run costs more than each row it inserts. Conflicts are
    resolved row by row in order, as one row per statement would. Other connections
    (PostgreSQL's sends one statement for the batch already) run executemany as it is."""
    if len(rows) < 2 or not isinstance(conn, sqlite3.Connection):
        conn.executemany(sql, rows)
        return
    insert_flat(conn, sql, [value for row in rows for value in row], len(rows[0]))


def insert_flat(conn: Connection, sql: str, values: Sequence[Any], width: int) -> None:
    """insert_many(conn, sql, rows) for rows given end to end in one flat list, `width` values
    a row (numpy's tolist() of a 2-D array makes a list per row; of a flat one, only the
    values): on SQLite each statement takes a slice of the list, the same rows written in the
    same order; elsewhere the rows are cut out for executemany."""
    if len(values) % width:
        raise ValueError(f"{len(values)} values do not make rows of {width}")
    found = _VALUES.match(sql) if isinstance(conn, sqlite3.Connection) else None
    if found is None or len(values) < 2 * width:
        conn.executemany(sql, [values[start : start + width] for start in range(0, len(values), width)])
        return
    head, group, tail = found.groups()
    if group.count("?") != width:
        raise ValueError(f"{sql!r} does not take rows of {width} values")
    per = max(1, PARAMETERS_AT_ONCE // width) * width  # values a statement
    whole = len(values) - len(values) % per
    if whole:
        many = f"{head}{', '.join([group] * (per // width))}{tail}"
        for start in range(0, whole, per):
            conn.execute(many, values[start : start + per])
    if whole < len(values):
        conn.executemany(sql, [values[start : start + width] for start in range(whole, len(values), width)])
