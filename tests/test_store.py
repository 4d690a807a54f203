"""The team-memory store: schema, migrations, settings, idempotent logging, concurrent writers.
Every test that is not about SQLite's file itself runs on both backends (`memory_at`)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time

import pytest

from bot.memory.schema import migrations
from bot.memory.store import DEFAULT_SETTINGS, TABLES, Store
from tests.memory_helpers import assert_consistent, is_postgres, open_store, post


def test_fresh_file_has_every_table_in_wal_mode(tmp_path):
    store = open_store(tmp_path)
    assert store.db.journal_mode == "wal"
    assert set(TABLES) <= set(store.db.table_names())
    assert {"post_log", "review_log"} <= set(store.db.view_names())
    assert [m.name for m in migrations.applied(store.db)] == [
        "001_team_memory", "002_minhash_bands_by_month", "003_ids_never_reused", "004_community_member_words",
        "005_import_status", "006_handled_requests", "007_installations", "008_minhash_bands_by_key",
        "009_posts_fingerprint_unindexed"]


def test_reopening_applies_no_migration_twice(memory_at):
    open_store(memory_at).close()
    store = open_store(memory_at)
    table = "_coach_migrations" if is_postgres(store) else "_sqlite_migrations"
    rows = store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    assert rows == len(migrations.applied(Store.open(":memory:").db))
    if not is_postgres(store):
        assert not migrations.pending(store.db)


def test_minhash_bands_move_to_their_month_and_still_find_near_duplicates(tmp_path):
    """A file written before 002: its band rows are rekeyed by 30-day period, none lost."""
    from sqlite_utils import Database

    from bot.engine.categories import default_tagger
    from bot.engine.text import Doc
    from bot.memory.history import HistoryView
    from bot.memory.minhash import PERIOD
    from bot.memory.records import record

    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="002_minhash_bands_by_month")
    text = "Three tips for better headlines, step by step, with examples from our newsletter"
    at = 1_700_000_000
    rec = record(default_tagger(), text, platform="slack", workspace="W1", channel="C1", member="U1",
                                  message_id="m1", posted_at=at)
    db.execute("INSERT INTO workspaces (id, platform, platform_id, name) VALUES (1, 'slack', 'W1', 'W')")
    db.execute("INSERT INTO channels (id, workspace_id, platform_id, name) VALUES (1, 1, 'C1', 'c')")
    db.execute("INSERT INTO members (id, workspace_id, platform_id, display_name) VALUES (1, 1, 'U1', 'u')")
    db.execute("INSERT INTO posts (id, workspace_id, channel_id, member_id, message_id, posted_at, kind, text) "
               "VALUES (1, 1, 1, 1, 'm1', ?, 'team', ?)", [at, text])
    db.execute("INSERT INTO post_signatures (post_id, signature) VALUES (1, ?)", [rec.features.signature])
    db.conn.executemany("INSERT INTO post_minhash_bands (band, posted_at, post_id) VALUES (?, ?, 1)",
                        [(band, at) for band in rec.features.bands])
    db.conn.commit()
    db.close()
    store = Store.open(path)
    rows = store.conn.execute("SELECT month, band, posted_at, post_id FROM post_minhash_bands ORDER BY band").fetchall()
    assert rows == sorted((at // PERIOD, band, at, 1) for band in rec.features.bands)
    view = HistoryView(store, 1, 1, now=at + 3 * 86_400)
    assert [p.post_id for p in view.near_duplicates(Doc(text, "en"), days=30, threshold=0.6)] == [1]
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_band_keys_are_recomputed_from_the_signatures_and_lose_their_index_by_post(tmp_path):
    """A file written before 008 (band keys by blake2b, a reference to posts and an index by post):
    its band rows get the keys the signatures give now, the same near-duplicates are found, and a
    forget still deletes every band row of the member's posts."""
    import hashlib

    from sqlite_utils import Database

    from bot.engine.categories import default_tagger
    from bot.engine.text import Doc
    from bot.memory.history import HistoryView
    from bot.memory.minhash import BANDS, PERIOD, ROWS
    from bot.memory.posts import stored_band_rows
    from bot.memory.records import record

    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="008_minhash_bands_by_key")
    texts = ["Three tips for better headlines, step by step, with examples from our newsletter",
             "Our spring webinar on content calendars is open: sign up before Friday",
             "Three tips for better headlines, step by step, with examples from the newsletter"]
    at = 1_700_000_000
    db.execute("INSERT INTO workspaces (id, platform, platform_id, name) VALUES (1, 'slack', 'W1', 'W')")
    db.execute("INSERT INTO channels (id, workspace_id, platform_id, name) VALUES (1, 1, 'C1', 'c')")
    db.execute("INSERT INTO members (id, workspace_id, platform_id, display_name) VALUES (1, 1, 'U1', 'u'), "
               "(2, 1, 'U2', 'v')")
    for i, text in enumerate(texts, 1):
        rec = record(default_tagger(), text, platform="slack", workspace="W1", channel="C1", member="U1",
                     message_id=f"m{i}", posted_at=at + i)
        db.execute("INSERT INTO posts (id, workspace_id, channel_id, member_id, message_id, posted_at, kind, text) "
                   "VALUES (?, 1, 1, ?, ?, ?, 'team', ?)", [i, 1 if i < 3 else 2, f"m{i}", at + i, text])
        db.execute("INSERT INTO post_signatures (post_id, signature) VALUES (?, ?)", [i, rec.features.signature])
        raw = rec.features.signature
        old_keys = [int.from_bytes(hashlib.blake2b(bytes([b]) + raw[b * ROWS * 4:(b + 1) * ROWS * 4],
                                                   digest_size=8).digest(), "little") >> 1 for b in range(BANDS)]
        assert set(old_keys).isdisjoint(rec.features.bands)
        db.conn.executemany("INSERT INTO post_minhash_bands (month, band, posted_at, post_id) VALUES (?, ?, ?, ?)",
                            [((at + i) // PERIOD, key, at + i, i) for key in old_keys])
    db.conn.commit()
    db.close()
    store = Store.open(path)

    def bands_as_signed() -> bool:
        signed = store.conn.execute("SELECT p.id, p.posted_at, s.signature FROM posts p "
                                    "JOIN post_signatures s ON s.post_id = p.id").fetchall()
        rows = store.conn.execute("SELECT month, band, posted_at, post_id FROM post_minhash_bands").fetchall()
        return sorted(rows) == sorted(map(tuple, stored_band_rows(signed)))

    assert bands_as_signed()  # every band row is the one its signature gives now
    assert store.conn.execute("PRAGMA index_list(post_minhash_bands)").fetchall()[0][1].startswith("sqlite_autoindex")
    assert len(store.conn.execute("PRAGMA index_list(post_minhash_bands)").fetchall()) == 1
    assert store.conn.execute("PRAGMA foreign_key_list(post_minhash_bands)").fetchall() == []
    view = HistoryView(store, 1, 1, now=at + 3 * 86_400)
    assert [p.post_id for p in view.near_duplicates(Doc(texts[0], "en"), days=30, threshold=0.6)] == [1, 3]
    deleted = store.forget_user("U2")
    assert deleted["post_minhash_bands"] == BANDS
    assert store.conn.execute("SELECT DISTINCT post_id FROM post_minhash_bands ORDER BY 1").fetchall() == [(1,), (2,)]
    assert bands_as_signed()


def test_logging_the_same_message_twice_keeps_one_row(memory_at):
    store = open_store(memory_at)
    first = store.log_posts([post("m1", 1_700_000_000, categories=("give",))])
    again = store.log_posts([post("m1", 1_700_000_000, categories=("give",))])
    assert (first.added, first.skipped, again.added, again.skipped) == (1, 0, 0, 1)
    assert store.counts()["posts"] == 1
    assert store.counts()["members"] == 1 and store.counts()["channels"] == 1
    assert_consistent(store)


def test_names_are_updated_not_duplicated(memory_at):
    store = open_store(memory_at)
    store.log_posts([post("m1", 1_700_000_000, member="u1")])
    rec = post("m2", 1_700_000_100, member="u1")
    rec.member_name = "New name"
    store.log_posts([rec])
    assert store.conn.execute("SELECT display_name FROM members").fetchall() == [("New name",)]


def test_settings_fall_back_from_channel_to_workspace_to_global_to_default(memory_at):
    store = open_store(memory_at)
    assert store.get_setting("store_text") == DEFAULT_SETTINGS["store_text"]
    store.set_setting("retention_days", 90)
    assert store.get_setting("retention_days", 1, 2) == 90
    store.set_setting("retention_days", 30, workspace_id=1)
    store.set_setting("retention_days", 7, workspace_id=1, channel_id=2)
    assert store.get_setting("retention_days", 1, 2) == 7
    assert store.get_setting("retention_days", 1, 3) == 30
    assert store.get_setting("retention_days", 2, 0) == 90
    with pytest.raises(ValueError):
        store.set_setting("store_text", "everything")
    with pytest.raises(ValueError):
        store.set_setting("retention_days", -1)


def test_observed_channels(memory_at):
    store = open_store(memory_at)
    assert not store.is_observed("slack", "W1", "C9")
    store.set_observed("slack", "W1", "C9", True, channel_name="general")
    assert store.is_observed("slack", "W1", "C9")
    ws = store.find_workspace("slack", "W1")
    assert [c["name"] for c in store.observed_channels(ws)] == ["general"]
    store.set_observed("slack", "W1", "C9", False)
    assert not store.is_observed("slack", "W1", "C9")


def test_threads_writing_at_once_lose_no_row(memory_at):
    store = open_store(memory_at)
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(60):
                store.log_posts([post(f"t{n}-{i}", 1_700_000_000 + i, member=f"m{n}")])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.counts()["posts"] == 8 * 60
    assert store.counts()["members"] == 8
    assert_consistent(store)


def test_processes_writing_at_once_lose_no_row(memory_at):
    path = memory_at
    Store.open(path).close()  # schema first, as `coach run` would
    script = textwrap.dedent(f"""
        import sys
        from bot.memory.store import Store
        from tests.memory_helpers import post
        store = Store.open({str(path)!r})
        n = sys.argv[1]
        for i in range(100):
            store.log_posts([post(f"p{{n}}-{{i}}", 1_700_000_000 + i, member=f"m{{n}}", channel=f"C{{n}}")])
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, str(n)]) for n in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    store = Store.open(path)
    assert store.counts()["posts"] == 400
    assert store.counts()["channels"] == 4
    assert_consistent(store)


def test_a_failed_batch_leaves_nothing_half_written(memory_at):
    store = open_store(memory_at)
    good = post("ok", 1_700_000_000)
    bad = post("bad", 1_700_000_100)
    bad.posted_at = None  # type: ignore[assignment]  (a broken record in the middle of a batch)
    with pytest.raises(TypeError):
        store.log_posts([good, bad])
    assert store.counts()["posts"] == 0 and store.counts()["workspaces"] == 0
    assert store.log_posts([good]).added == 1  # the id cache did not keep the rolled-back rows
    assert_consistent(store)


def test_memory_store_works_for_quick_use():
    store = Store.open(":memory:")
    store.log_posts([post("m1", time.time())])
    assert store.counts()["posts"] == 1


def test_migration_008_rekeys_a_store_with_posts_on_either_backend(memory_at):
    """Band rows keyed the old way, with their reference to posts and index by post, as 007 left
    them: 008 rebuilds them from the signatures on SQLite and on PostgreSQL."""
    from bot.engine.categories import default_tagger
    from bot.memory.posts import stored_band_rows
    from bot.memory.records import record

    store = open_store(memory_at)
    texts = ["Three tips for better headlines, step by step", "Our webinar on content calendars opens Friday"]
    store.log_posts([record(default_tagger(), text, platform="slack", workspace="W1", channel="C1", member="U1",
                            message_id=f"m{i}", posted_at=1_700_000_000 + i) for i, text in enumerate(texts)])
    table = "_coach_migrations" if is_postgres(store) else "_sqlite_migrations"
    with store.transaction() as conn:
        conn.execute("DROP TABLE post_minhash_bands")
        conn.execute(("CREATE TABLE post_minhash_bands (month BIGINT NOT NULL, band BIGINT NOT NULL, posted_at BIGINT "
                      "NOT NULL, post_id BIGINT NOT NULL REFERENCES posts(id), PRIMARY KEY (month, band, posted_at, "
                      "post_id))") + ("" if is_postgres(store) else " WITHOUT ROWID"))
        conn.execute("CREATE INDEX idx_post_minhash_bands_post_id ON post_minhash_bands (post_id)")
        conn.execute("INSERT INTO post_minhash_bands SELECT 0, id, posted_at, id FROM posts")  # keys of no signature
        conn.execute(f"DELETE FROM {table} WHERE name = '008_minhash_bands_by_key'")
    store.close()
    store = open_store(memory_at)
    signed = store.conn.execute("SELECT p.id, p.posted_at, s.signature FROM posts p "
                                "JOIN post_signatures s ON s.post_id = p.id").fetchall()
    assert len(signed) == 2
    rows = store.conn.execute("SELECT month, band, posted_at, post_id FROM post_minhash_bands").fetchall()
    assert sorted(map(tuple, rows)) == sorted(map(tuple, stored_band_rows(signed)))
    assert_consistent(store)
    assert store.forget_user("U1")["post_minhash_bands"] == 32
    assert store.conn.execute("SELECT COUNT(*) FROM post_minhash_bands").fetchone()[0] == 0
