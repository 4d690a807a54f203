"""Schema changes to team memory after the first release, as plain functions; bot.memory.schema
registers them, in order, as sqlite-utils migrations (bot.memory.schema_pg has the PostgreSQL
expression of each).

- 003: ids are never reused. SQLite gives a new row max(id) + 1, so once a member
  (or the newest post) was forgotten, the next newcomer got the forgotten one's id,
  and a process that still had it cached logged under the wrong person. Tables that
  others point at are rebuilt with AUTOINCREMENT (SQLite's documented 12-step
  rebuild; the caller turns foreign keys off and checks them before committing), and
  `store_meta.forgets` counts forgets, so that every process drops its cached ids
  after one (checked at the start of each write).
- 004: each community member's words, so that `forget` takes them out of the
  community vocabulary even when no text was kept (`store_text: none`). Backfilled
  from the community posts whose text was kept.
- 005: an import's status: running, finished, resumed (a later run of the same
  export took over) or abandoned (its process is gone).
"""

from __future__ import annotations

import re
from collections import defaultdict

from sqlite_utils import Database

from bot.engine.text import Doc
from bot.memory.ledger import SCHEMA
from bot.memory.postfeatures import content_words
from bot.memory.sql import Connection

REBUILT = ("workspaces", "channels", "members", "posts")


def _rebuild_with_autoincrement(db: Database, table: str) -> None:
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
    if "AUTOINCREMENT" in sql.upper():
        return
    new_sql, n = re.subn(r'^CREATE TABLE "?\[?' + table + r'\]?"?', f'CREATE TABLE "{table}_new"', sql)
    new_sql, m = re.subn(r'("?\[?id\]?"? INTEGER PRIMARY KEY)', r"\1 AUTOINCREMENT", new_sql, count=1)
    if not (n and m):
        raise RuntimeError(f"unexpected schema for {table}: {sql}")
    indexes = [r[0] for r in db.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                        "AND sql IS NOT NULL", [table])]
    db.execute(new_sql)
    db.execute(f'INSERT INTO "{table}_new" SELECT * FROM "{table}"')
    db.execute(f'DROP TABLE "{table}"')
    db.execute(f'ALTER TABLE "{table}_new" RENAME TO "{table}"')
    for index in indexes:
        db.execute(index)


def ids_never_reused(db: Database) -> None:
    views = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall()
    for name, _ in views:  # renaming a table checks the views, which name the tables being rebuilt
        db.execute(f'DROP VIEW "{name}"')
    for table in REBUILT:
        _rebuild_with_autoincrement(db, table)
    for _, sql in views:
        db.execute(sql)
    db.execute("CREATE TABLE store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)")
    db.execute("INSERT INTO store_meta (key, value) VALUES ('forgets', 0)")


def member_words(db: Database) -> None:
    db.execute(
        "CREATE TABLE community_member_words (workspace_id INTEGER NOT NULL REFERENCES workspaces(id), "
        "member_id INTEGER NOT NULL REFERENCES members(id), word TEXT NOT NULL, uses INTEGER NOT NULL, "
        "last_used_at INTEGER NOT NULL, PRIMARY KEY (member_id, workspace_id, word)) WITHOUT ROWID")
    backfill_member_words(db.conn)


def backfill_member_words(conn: Connection) -> None:
    """Each community member's words, from the community posts whose text was kept (either backend)."""
    found: dict[tuple[int, int, str], list[int]] = defaultdict(lambda: [0, 0])
    rows = conn.execute("SELECT workspace_id, member_id, text, language, posted_at FROM posts "
                        "WHERE kind = 'community' AND text IS NOT NULL AND member_id IS NOT NULL").fetchall()
    for ws, member, text, language, at in rows:
        for word in content_words(Doc(text, language if language in ("fr", "en") else "en")):
            entry = found[(ws, member, word)]
            entry[0] += 1
            entry[1] = max(entry[1], at)
    conn.executemany("INSERT INTO community_member_words (workspace_id, member_id, word, uses, last_used_at) "
                     "VALUES (?, ?, ?, ?, ?)", [(*key, *value) for key, value in sorted(found.items())])


def import_status(db: Database) -> None:
    db.execute("ALTER TABLE imports ADD COLUMN status TEXT")
    db.execute("ALTER TABLE imports ADD COLUMN pid INTEGER")
    db.execute("ALTER TABLE imports ADD COLUMN resumed_by INTEGER")
    db.execute("UPDATE imports SET status = CASE WHEN finished_at IS NULL THEN 'abandoned' ELSE 'finished' END")


def nudge_tables(db: Database | Connection) -> None:
    """The weekly nudges' schedules and send ledger (bot.memory.ledger), IF NOT EXISTS: created
    whenever the store opens a file without them (before migrations: files of every age have them)."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
