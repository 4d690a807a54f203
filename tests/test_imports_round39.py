"""Imports, round 39: an import in one process writes its batches the tagging workers' way.

- With no workers, a batch of new messages on SQLite is tagged straight into the rows prepared
  for the store (`prepared.prepare_messages`, then `log_prepared`): no PostRecord is built for it.
- The records stored are the same as the record-by-record path's (every table, row ids included),
  and the import reports the same counts.
- A batch the prepared rows cannot be written from (a message twice in it) falls back to the
  records, and the message is stored once.
- A store that is not SQLite keeps the records path (log_prepared would decline every batch,
  and each batch would be tagged twice).
"""

from __future__ import annotations

import json

import pytest

import bot.memory.importers as importers
from bench import same_records
from bot.memory.importers import BATCH
from bot.memory.importers.discord_export import import_discord
from bot.memory.store import Store


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(importers, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(importers, name, counted)
    return calls


def test_one_process_stores_what_the_record_by_record_path_stores(monkeypatch):
    prepared = _counting(monkeypatch, "prepare_messages")
    now = same_records.run(600, jobs=1, batch=BATCH)
    assert prepared, "the one-process import did not prepare its batches"
    monkeypatch.setattr(importers, "log_prepared", lambda *args, **kwargs: None)  # every batch as records
    before = same_records.run(600, jobs=1, batch=BATCH)
    assert now["reports"] == before["reports"]
    assert same_records.differences(before["tables"], now["tables"]) == []


def test_a_batch_of_new_messages_builds_no_post_record(tmp_path, monkeypatch):
    files = same_records.exports(tmp_path, 300)

    def refuse(*args, **kwargs):
        raise AssertionError("PostRecords built for a batch of new messages")

    monkeypatch.setattr(importers, "tagged", refuse)
    report = import_discord(Store.open(tmp_path / "coach.db"), files[:1])
    assert report.added > 0


def _export_with_a_repeat(path) -> None:
    message = {"id": "900", "type": "Default", "timestamp": "2025-03-01T10:00:00+00:00", "content": "Bonjour à tous",
               "author": {"id": "5", "name": "ana", "isBot": False}}
    later = message | {"id": "901", "timestamp": "2025-03-01T10:05:00+00:00", "content": "See you at the launch"}
    path.write_text(json.dumps({"guild": {"id": "1", "name": "g"},
                                "channel": {"id": "2", "type": "GuildTextChat", "name": "team"},
                                "messages": [message, later, message]}))


def test_a_message_twice_in_a_batch_falls_back_to_the_records_and_is_stored_once(tmp_path, monkeypatch):
    path = tmp_path / "repeat.json"
    _export_with_a_repeat(path)
    records = _counting(monkeypatch, "tagged")
    store = Store.open(tmp_path / "coach.db")
    report = import_discord(store, [path])
    assert records, "the batch with a repeated message was not written as records"
    assert report.added == 2
    assert store.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] == 2


def test_a_store_that_is_not_sqlite_keeps_the_records_path(tmp_path, monkeypatch):
    path = tmp_path / "repeat.json"
    _export_with_a_repeat(path)
    store = Store.open(tmp_path / "coach.db")
    monkeypatch.setattr(Store, "kind", property(lambda self: "postgresql"))
    prepared, records = _counting(monkeypatch, "prepare_messages"), _counting(monkeypatch, "tagged")
    import_discord(store, [path])
    assert (len(prepared), len(records)) == (0, 1)
