"""Session 10's import speed work stores what the plain way stores: band rows written from one flat
list, a Discord message's timestamp read once, positions counted across batches, and an import's
page cache and checkpoints changed only while it writes (each batch still committed on its own)."""

from __future__ import annotations

import json
import random
import sqlite3

import pytest

from bot.memory import importers, minhash
from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.jsonstream import JsonStream
from bot.memory.posts import band_rows, band_values
from bot.memory.records import record
from bot.memory.sql import insert_flat, insert_many
from bot.memory.sqlite import BULK_CACHE_KB, BULK_CHECKPOINT_PAGES
from bot.memory.store import Store

TABLES = ("members", "posts", "post_links", "post_signatures", "post_minhash_bands", "daily_activity",
          "community_words", "community_member_words")
_BANDS_SQL = ("INSERT INTO bands (month, band, posted_at, post_id) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (month, band, posted_at, post_id) DO NOTHING")


def _bands_table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE bands (month INTEGER, band INTEGER, posted_at INTEGER, post_id INTEGER, "
                 "PRIMARY KEY (month, band, posted_at, post_id)) WITHOUT ROWID")
    return conn


def _banded(n: int, seed: int) -> list[tuple[int, int, int, list[int]]]:
    rng = random.Random(seed)
    return [(rng.randrange(3), at, post_id, [rng.randrange(1 << 62) for _ in range(minhash.BANDS)])
            for post_id, at in enumerate(sorted(rng.randrange(1 << 31) for _ in range(n)), 1)]


@pytest.mark.parametrize("posts", [1, 14, 15, 300])  # a remainder, one statement's worth (225 rows) and more
def test_flat_band_values_write_the_rows_band_rows_gives(posts):
    banded = _banded(posts, posts)
    rows = band_rows(banded)
    assert band_values(banded) == [value for row in rows for value in row]
    many, flat = _bands_table(), _bands_table()
    insert_many(many, _BANDS_SQL, rows)
    insert_flat(flat, _BANDS_SQL, band_values(banded), 4)
    written = flat.execute("SELECT * FROM bands").fetchall()
    assert written == many.execute("SELECT * FROM bands").fetchall()
    assert len(written) == posts * minhash.BANDS


def test_flat_values_keep_the_first_of_rows_written_twice_and_refuse_a_ragged_list():
    conn = _bands_table()
    rows = [[1, 2, 3, 4], [1, 2, 3, 4], [5, 6, 7, 8]] * 100
    insert_flat(conn, _BANDS_SQL, [value for row in rows for value in row], 4)
    assert conn.execute("SELECT * FROM bands ORDER BY month").fetchall() == [(1, 2, 3, 4), (5, 6, 7, 8)]
    with pytest.raises(ValueError):
        insert_flat(conn, _BANDS_SQL, [1, 2, 3, 4, 5], 4)
    with pytest.raises(ValueError):
        insert_flat(conn, _BANDS_SQL, list(range(24)), 3)


def _message(i: int, at: str, text: str, **extra) -> dict:
    author = {"id": str(700 + i % 4), "name": f"person{i % 4}", "isBot": False}
    return {"id": f"55{i:05d}", "type": "Default", "timestamp": at, "content": text, "author": author, **extra}


def _export(path) -> None:
    """A small real export: French and English, a link, a reply, a bot, a join, two bad timestamps."""
    texts = ["Voici notre guide gratuit pour préparer votre budget : https://exemple.fr/guide?utm_source=x",
             "Join us Thursday for a live Q&A session, bring your questions!",
             "Merci à Julie pour ce retour, très utile pour toute la communauté.",
             "Buy now!!! Limited offer, last chance.", "lol 😂", ""]
    messages = []
    for i in range(40):
        at = f"2025-03-{1 + i % 27:02d}T{i % 24:02d}:15:00.{i:03d}+00:00"
        messages.append(_message(i, at, texts[i % len(texts)]))
    messages[4]["timestamp"] = "yesterday"
    messages[33]["timestamp"] = "2025-13-45T00:00:00Z"
    messages[7]["author"] = {**messages[7]["author"], "isBot": True}
    messages[9]["type"] = "GuildMemberJoin"
    messages[12] = {**messages[12], "type": "Reply", "reference": {"messageId": messages[11]["id"]}}
    path.write_text(json.dumps({"guild": {"id": "55", "name": "Atelier"},
                                "channel": {"id": "31", "type": "GuildTextChat", "name": "annonces"},
                                "messages": messages}), encoding="utf-8")


def _rows(store: Store) -> dict[str, list[tuple]]:
    return {table: sorted(store.conn.execute(f"SELECT * FROM {table}").fetchall()) for table in TABLES}


def test_a_small_export_stores_the_same_records_in_batches_as_one_message_at_a_time(tmp_path, monkeypatch):
    export = tmp_path / "annonces.json"
    _export(export)
    fast = Store.open(tmp_path / "fast.db")
    fast_report = import_discord(fast, [export], batch=3)
    with monkeypatch.context() as patch:
        patch.setattr(JsonStream, "_window", lambda self, between: None)
        patch.setattr(importers, "tagged", lambda tagger, messages: [record(tagger, **m) for m in messages])
        slow = Store.open(tmp_path / "slow.db")
        slow_report = import_discord(slow, [export], batch=1)
    assert fast_report == slow_report
    assert (fast_report.added, fast_report.bots, fast_report.system, fast_report.bad_messages) == (36, 1, 1, 2)
    # positions are counted across batches: the 5th and the 34th message of the file
    assert "message 5: `timestamp`" in fast_report.malformed[0][1]
    assert "message 34: `timestamp`" in fast_report.malformed[0][1]
    assert _rows(fast) == _rows(slow)
    assert {row[0] for row in fast.conn.execute("SELECT language FROM posts")} >= {"fr", "en"}


def test_an_import_changes_the_page_cache_and_checkpoints_only_while_it_writes(tmp_path, monkeypatch):
    export = tmp_path / "annonces.json"
    _export(export)
    store = Store.open(tmp_path / "memory.db")
    before = [store.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "wal_autocheckpoint")]
    during: list[list[int]] = []
    committed: list[int] = []
    write = importers.Writer._write

    def watched(self, records):
        during.append([self.store.conn.execute(f"PRAGMA {name}").fetchone()[0]
                       for name in ("cache_size", "wal_autocheckpoint")])
        write(self, records)
        other = sqlite3.connect(tmp_path / "memory.db")  # each batch is committed as soon as it is written
        committed.append(other.execute("SELECT COUNT(*) FROM posts").fetchone()[0])
        other.close()

    monkeypatch.setattr(importers.Writer, "_write", watched)
    report = import_discord(store, [export], batch=10)
    assert during and all(seen == [-BULK_CACHE_KB, BULK_CHECKPOINT_PAGES] for seen in during)
    assert committed == sorted(committed) and committed[0] > 0 and committed[-1] == report.added
    assert [store.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "wal_autocheckpoint")] \
        == before


def test_a_failed_import_puts_the_page_cache_and_checkpoints_back(tmp_path, monkeypatch):
    export = tmp_path / "annonces.json"
    _export(export)
    store = Store.open(tmp_path / "memory.db")
    before = [store.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "wal_autocheckpoint")]

    def failing(self, records):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(importers.Writer, "_write", failing)
    with pytest.raises(RuntimeError):
        import_discord(store, [export], batch=10)
    assert [store.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "wal_autocheckpoint")] \
        == before


def test_a_batch_builds_its_records_from_exactly_the_keywords_record_takes():
    import inspect

    from bot.engine.categories import default_tagger
    from bot.memory.records import _KEYS, records

    assert set(list(inspect.signature(record).parameters)[1:]) == _KEYS
    message = dict(text="Join us Thursday for a live Q&A!", platform="discord", workspace="1", channel="2",
                   member="3", message_id="4", posted_at=1_700_000_000.0, kind="community", is_reply=True,
                   names=("Guild", "general", "Ann"))
    assert records(default_tagger(), [message]) == [record(default_tagger(), **message)]
    with pytest.raises(TypeError):
        records(default_tagger(), [{**message, "colour": "blue"}])
