"""Imports, round 43: the importing process binds no value through sqlite3's adapter lookup.

sqlite3 binds an int, float, str or bytearray directly, but None and bytes through its adapter
lookup, which raises and clears an AttributeError each time (~0.4-0.5 µs a value). So:

- a prepared batch gives a post's missing thread id and link domains as "" (never None), and its
  INSERT turns "" back into NULL (NULLIF), for those two columns only;
- log_prepared() binds the signatures as bytearray: the same BLOBs are stored;
- what is stored is what Store.log_posts stores: NULL where a post has no thread or no link,
  the thread ids and domains where it has them, the signatures byte for byte;
- writing a batch of posts with text, features and no thread or link consults no adapter at all.
"""

from __future__ import annotations

import re
import sqlite3

import pytest

from bot.engine.categories import default_tagger
from bot.memory.posts import _insert_returning
from bot.memory.prepared import (
    _CONFLICT,
    _RETURNING,
    WIDTH,
    _insert_prepared,
    log_prepared,
    prepare_messages,
)
from bot.memory.records import records
from bot.memory.store import Store
from tests.test_import_records import _rows

_THREAD, _DOMAINS = 4, 14  # where a post row's thread id and link domains are

TEXTS = ["Our spring webinar on newsletters is open: three tips from the team inside.",
         "Notre atelier du mardi revient, avec un guide gratuit sur les calendriers éditoriaux.",
         "Read the checklist here https://acme.example/guide?utm_source=discord before Friday.",
         "Le replay est en ligne : https://exemple.fr/replay et www.acme.example/slides pour les diapos."]


def _messages() -> list[dict]:
    """Team and community posts, with and without a thread, with and without links."""
    return [{"platform": "discord", "workspace": "G1", "channel": "C1", "member": f"M{i % 3}",
             "message_id": str(7000 + i), "posted_at": 1_760_000_000.0 + 3_600 * i, "text": TEXTS[i % len(TEXTS)],
             "kind": "community" if i % 5 == 4 else "team", "is_reply": i % 3 == 2,
             "thread_id": f"T{i}" if i % 3 == 2 else "", "names": ("Guild", "general", f"member {i % 3}")}
            for i in range(12)]


@pytest.mark.parametrize("count", [1, 50])
def test_the_prepared_insert_is_the_posts_insert_with_empty_thread_and_domains_as_null(count):
    plain, prepared = _insert_returning(count), _insert_prepared(count)
    assert prepared.count("NULLIF(?, '')") == 2 * count
    # round 54: neither ON CONFLICT nor RETURNING (a message already there breaks the unique key instead)
    assert prepared.replace("NULLIF(?, '')", "?") + _CONFLICT + _RETURNING == plain
    group = prepared.split("VALUES (")[1].split("), (")[0].removesuffix(")")  # the first row's marks
    row = re.findall(r"NULLIF\(\?, ''\)|\?", group)
    assert len(row) == WIDTH and [i for i, mark in enumerate(row) if "NULLIF" in mark] == [_THREAD, _DOMAINS]


def test_a_prepared_batch_gives_no_thread_and_no_domains_as_empty_text_never_none():
    batch = prepare_messages(default_tagger(), _messages())
    threads, domains = batch.values[_THREAD::WIDTH], batch.values[_DOMAINS::WIDTH]
    assert None not in threads and None not in domains
    assert threads == [f"T{i}" if i % 3 == 2 else "" for i in range(12)]
    assert [bool(d) for d in domains] == ["://" in TEXTS[i % len(TEXTS)] or "www." in TEXTS[i % len(TEXTS)]
                                          for i in range(12)]


def test_log_prepared_stores_what_log_posts_stores(tmp_path):
    tagger = default_tagger()
    messages = _messages()
    plain, prepared = Store.open(tmp_path / "plain.db"), Store.open(tmp_path / "prepared.db")
    expected = plain.log_posts(records(tagger, messages))
    result = log_prepared(prepared, prepare_messages(tagger, messages), [m["text"] for m in messages])
    assert result == expected and result.added == len(messages)
    assert _rows(prepared) == _rows(plain)
    nulls = prepared.conn.execute("SELECT SUM(thread_id IS NULL), SUM(link_domains IS NULL), "
                                  "SUM(thread_id = ''), SUM(link_domains = '') FROM posts").fetchone()
    assert nulls == (8, 6, 0, 0)
    stored = prepared.conn.execute("SELECT typeof(signature), signature FROM post_signatures ORDER BY post_id").fetchall()
    assert stored and {kind for kind, _ in stored} == {"blob"}
    assert [blob for _, blob in stored] == [blob for (blob,) in plain.conn.execute(
        "SELECT signature FROM post_signatures ORDER BY post_id")]


def test_writing_a_prepared_batch_consults_no_adapter(tmp_path):
    tagger = default_tagger()
    messages = [m for m in _messages() if not m["thread_id"] and "http" not in m["text"] and "www." not in m["text"]]
    batch = prepare_messages(tagger, messages)
    assert batch.signatures  # team posts: their signatures are written
    store = Store.open(tmp_path / "m.db")
    consulted: list[type] = []

    def counting(value: object) -> object:
        consulted.append(type(value))
        return value

    keys = [(kind, sqlite3.PrepareProtocol) for kind in (type(None), bytes)]
    sqlite3.adapters.update(dict.fromkeys(keys, counting))  # process-wide: taken back below
    try:
        result = log_prepared(store, batch, [m["text"] for m in messages])
    finally:
        for key in keys:
            sqlite3.adapters.pop(key, None)
    assert result is not None and result.added == len(messages)
    assert consulted == []
