"""Tagging in worker processes (bot.memory.importers.pool) stores what one process stores, in
the order read, with memory bounded; a failing worker stops the import in one clear error with
whole batches written before it and nothing after."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bench.memory import _export
from bot.engine.categories import Tagger, default_tagger
from bot.memory import minhash
from bot.memory.importers import BATCH, pool
from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.pool import ImportWorkerError, TagPool, clamp_jobs
from bot.memory.importers.slack_export import import_slack
from bot.memory.prepared import prepare_messages
from bot.memory.store import Store
from tests.memory_helpers import DISCORD_FILES, SLACK_EXPORT, assert_consistent
from tests.test_import_records import _rows


def _channel(path: Path, texts: list[str]) -> Path:
    """A DiscordChatExporter file with one message per text, ids 1000, 1001, ..."""
    head = {"guild": {"id": "1", "name": "Guild"}, "channel": {"id": "77", "type": "GuildTextChat", "name": "team"}}
    messages = [{"id": str(1000 + i), "type": "Default", "timestamp": f"2025-03-{1 + i % 28:02d}T10:{i % 60:02d}:00Z",
                 "content": text, "author": {"id": str(500 + i % 7), "name": f"m{i % 7}"}}
                for i, text in enumerate(texts)]
    path.write_text(json.dumps({**head, "messages": messages}), encoding="utf-8")
    return path


def test_two_workers_store_what_one_process_stores_in_the_same_order(tmp_path):
    files = [*DISCORD_FILES, *_export(tmp_path, 1_200, 1_764_547_200.0)]
    one = Store.open(tmp_path / "one.db")
    one_report = import_discord(one, files, observe=("general",), batch=100, jobs=1)
    two = Store.open(tmp_path / "two.db")
    two_report = import_discord(two, files, observe=("general",), batch=100, jobs=2)
    assert one_report == two_report and two_report.added > 1_100
    assert _rows(one) == _rows(two)  # post ids included: written in the order read
    ids = [r[0] for r in two.conn.execute("SELECT message_id FROM posts WHERE channel_id = "
                                          "(SELECT id FROM channels WHERE platform_id = '10') ORDER BY id")]
    assert ids == sorted(ids) and len(ids) > 1_000
    assert_consistent(two)


def test_a_slack_import_with_workers_stores_the_same_rows(tmp_path):
    one, two = Store.open(tmp_path / "one.db"), Store.open(tmp_path / "two.db")
    assert import_slack(one, SLACK_EXPORT, observe=("general",), batch=2, jobs=1) == \
        import_slack(two, SLACK_EXPORT, observe=("general",), batch=2, jobs=2)
    assert _rows(one) == _rows(two) and _rows(one)["posts"]


def test_the_pool_returns_batches_in_order_and_keeps_few_in_flight():
    tagger = default_tagger()
    batches = [[{"text": f"Batch {b} message {i}: join our webinar on Friday", "kind": "team", "platform": "discord",
                 "workspace": "W", "channel": "C", "member": "M", "message_id": f"{b}.{i}", "posted_at": 1.7e9 + i}
                for i in range(3)] for b in range(9)]
    pending, done = TagPool(tagger, 2), []
    try:
        for batch in batches:
            done += list(pending.submit(batch))
            assert len(pending._waiting) <= pending.in_flight == 4
        done += list(pending.drain())
    finally:
        pending.close()
    assert [messages for messages, _ in done] == batches
    assert [found for _, found in done] == [prepare_messages(tagger, batch) for batch in batches]
    assert [at for at, _ in done[0][1].signatures] == [0, 1, 2]  # signatures came back
    assert all(len(signature) == minhash.PERMS * 4 for _, signature in done[0][1].signatures)


class _Poisoned(Tagger):
    """Fails on the text "POISON" (raising, or the whole worker process dying with `die`)."""

    def __init__(self, die: bool = False):
        super().__init__(default_tagger().advice)
        self.die = die

    def tag(self, text, *args, **kwargs):
        if "POISON" in text:
            if self.die:
                os._exit(3)
            raise ValueError("cannot tag this one")
        return super().tag(text, *args, **kwargs)


@pytest.mark.parametrize("die", [False, True])
def test_a_failing_worker_stops_the_import_with_whole_batches_before_it_and_nothing_after(tmp_path, die):
    texts = [f"Message {i}: our newsletter is out, read the guide" for i in range(400)]
    texts[250] = "POISON"
    export = _channel(tmp_path / "team.json", texts)
    store = Store.open(tmp_path / "memory.db")
    with pytest.raises(ImportWorkerError, match="worker process died" if die else "ValueError: cannot tag") as err:
        import_discord(store, [export], _Poisoned(die), batch=50, jobs=2)
    assert "import again to resume" in str(err.value)
    written = [int(r[0]) - 1000 for r in store.conn.execute("SELECT message_id FROM posts ORDER BY id")]
    assert written == list(range(len(written))) and len(written) % 50 == 0 and len(written) <= 250
    assert store.conn.execute("SELECT status FROM imports").fetchall() == [("failed",)]
    assert_consistent(store)
    texts[250] = "Message 250: fixed"
    report = import_discord(store, [_channel(export, texts)], batch=50, jobs=2)  # resumes where it stopped
    assert report.added == 400 - len(written) and report.skipped == len(written)


def test_jobs_are_clamped_to_the_cpus_and_four(monkeypatch):
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda pid: set(range(16)), raising=False)
    assert clamp_jobs(None) == 4 and clamp_jobs(9) == 4 and clamp_jobs(2) == 2 and clamp_jobs(0) == 1
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert clamp_jobs(None) == 1 and clamp_jobs(3) == 1


def test_a_small_import_forks_no_worker(tmp_path, monkeypatch):
    monkeypatch.setattr(pool, "TagPool", lambda *a: pytest.fail("a pool for one short batch"))
    from bot.memory import importers

    monkeypatch.setattr(importers, "TagPool", pool.TagPool)
    report = import_discord(Store.open(tmp_path / "m.db"), DISCORD_FILES, jobs=4)
    assert report.added > 0


def _failing_batch(messages):
    raise RuntimeError("no tagging today")


def test_the_command_line_imports_with_jobs_and_says_in_one_line_when_a_worker_fails(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from adapters.cli import main

    files = [str(f) for f in _export(tmp_path, BATCH + 500, 1_764_547_200.0)]  # over a batch: workers start
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    done = CliRunner().invoke(main, ["import", "discord", *files, "--observe", "general", "--jobs", "2"])
    assert done.exit_code == 0, done.output
    alone = Store.open(tmp_path / "alone.db")
    import_discord(alone, files, observe=("general",), jobs=1)
    assert _rows(Store.open(tmp_path / "data" / "coach.db")) == _rows(alone)
    monkeypatch.setattr(pool, "_tag_batch", _failing_batch)
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "other"))
    failed = CliRunner().invoke(main, ["import", "discord", *files, "--jobs", "2"])
    assert failed.exit_code == 2, failed.output  # as every error of the command line (1 is for findings)
    assert "tagging failed in a worker process (RuntimeError: no tagging today)" in failed.output
    assert "Traceback" not in failed.output
