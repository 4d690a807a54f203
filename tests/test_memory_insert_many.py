"""Many rows per statement (bot.memory.sql.insert_many, posts on SQLite) write exactly what one
row per statement writes: conflicts resolved row by row, in order, upserts added up."""

from __future__ import annotations

import sqlite3

from bot.memory import sql
from bot.memory.posts import _INSERT_POST, _insert_post_rows
from tests.memory_helpers import open_store


def _tables() -> tuple[sqlite3.Connection, sqlite3.Connection]:
    made = []
    for _ in range(2):
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, uses INTEGER NOT NULL, note TEXT)")
        made.append(conn)
    return made[0], made[1]


def test_many_rows_per_statement_write_what_one_per_statement_writes(monkeypatch):
    monkeypatch.setattr(sql, "PARAMETERS_AT_ONCE", 7)  # 2 rows of 3 per statement: a remainder chunk too
    rows = [(1, 1, "a"), (2, 1, "b"), (1, 5, "c"), (3, 2, None), (2, 4, "d")]
    for tail in ("ON CONFLICT (k) DO NOTHING", "ON CONFLICT (k) DO UPDATE SET uses = t.uses + excluded.uses, "
                                               "note = excluded.note"):
        many, one = _tables()
        sql.insert_many(many, f"INSERT INTO t (k, uses, note) VALUES (?, ?, ?) {tail}", rows)
        one.executemany(f"INSERT INTO t (k, uses, note) VALUES (?, ?, ?) {tail}", rows)
        assert many.execute("SELECT * FROM t ORDER BY k").fetchall() == one.execute("SELECT * FROM t ORDER BY k").fetchall()
    assert one.execute("SELECT uses, note FROM t WHERE k = 1").fetchone() == (6, "c")


def test_posts_many_at_once_get_their_ids_and_a_known_or_repeated_message_none(tmp_path, monkeypatch):
    store = open_store(tmp_path)
    with store.transaction() as conn:
        ws, ch, mb = store.ids(conn, "slack", "T1", "C1", "U1")
        row = [ws, ch, mb, "m0", None, 1_750_000_000, "team", "test", "en", 0, 0, 0, 0, 0, None, "hi", None]
        first = sql.insert_each(conn, _INSERT_POST, [row])
        monkeypatch.setattr("bot.memory.posts.POSTS_AT_ONCE", 2)
        rows = [[*row[:3], message, *row[4:]] for message in ("m1", "m0", "m2", "m1", "m3")]
        ids = _insert_post_rows(conn, rows)
    assert first[0] is not None and ids[1] is None and ids[3] is None
    assert ids[0] < ids[2] < ids[4]
    stored = dict(store.conn.execute("SELECT message_id, id FROM posts"))
    assert [stored[m] for m in ("m1", "m2", "m3")] == [ids[0], ids[2], ids[4]]
