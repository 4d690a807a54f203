"""A message an export holds twice is counted the same way whatever the batch size: a valid repeat
is skipped, a malformed one is malformed, and a re-import says so again (as the Slack importer does)."""

from __future__ import annotations

import json

import pytest

from bot.memory.importers.discord_export import import_discord
from bot.memory.store import Store


def _message(i: int, text: str, *, message_id: str | None = None, at: str | None = None) -> dict:
    return {"id": message_id or f"77{i:04d}", "type": "Default",
            "timestamp": at or f"2025-04-{1 + i % 27:02d}T10:{i % 60:02d}:00+00:00",
            "content": text, "author": {"id": str(900 + i % 3), "name": f"member{i % 3}", "isBot": False}}


def _export(path) -> None:
    """Twelve posts; the 4th repeats the 3rd's id with a broken timestamp, the 8th repeats the 7th whole."""
    messages = [_message(i, f"Notes from our meetup, part {i}") for i in range(12)]
    messages[3] = _message(3, "edited copy", message_id=messages[2]["id"], at="not a date")
    messages[7] = dict(messages[6])
    path.write_text(json.dumps({"guild": {"id": "77", "name": "Club"},
                                "channel": {"id": "12", "type": "GuildTextChat", "name": "general"},
                                "messages": messages}), encoding="utf-8")


def _counts(report) -> tuple[int, int, int]:
    return report.added, report.skipped, report.bad_messages


@pytest.mark.parametrize("batch", [1, 2, 3, 5, 1000])
def test_a_repeated_id_is_counted_the_same_in_any_batch_size(tmp_path, batch):
    export = tmp_path / "general.json"
    _export(export)
    store = Store.open(tmp_path / f"memory-{batch}.db")
    report = import_discord(store, [export], batch=batch)
    assert _counts(report) == (10, 1, 1)
    assert "message 4: `timestamp`" in report.malformed[0][1]
    assert store.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] == 10


def test_a_reimport_skips_what_it_wrote_and_reports_the_malformed_message_again(tmp_path):
    export = tmp_path / "general.json"
    _export(export)
    store = Store.open(tmp_path / "memory.db")
    import_discord(store, [export], batch=4)
    again = import_discord(store, [export], batch=4)
    assert _counts(again) == (0, 11, 1)
    assert store.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] == 10
