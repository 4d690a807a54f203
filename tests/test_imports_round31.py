"""Imports, round 31: a tagging worker prepares its batch's rows; a pipe per worker, no executor.

- A batch prepared where it was tagged (bot.memory.prepared), its ids filled in by the importing
  process, writes the very rows Store.log_posts writes for the same records: members renamed in
  the batch, a member in two channels, community words from several channels and members, bots,
  posts without member or channel, a workspace that keeps no text.
- When its posts are not all new (a message already remembered, or twice in the batch), the
  prepared batch writes nothing and says so; the import then writes the records as before, so
  the rows are still those of one process.
- 2 tagging workers store the rows of one process and of the plain path (record() one by one).
- Memory is bounded: never more than 2 * jobs batches in flight, and the importing process's
  peak does not grow with the export.
- A worker killed mid-import (SIGKILL) stops it with whole batches written, and running the
  import again completes it to the rows of one process.
- Batches and results larger than a pipe's buffer go both ways at once without a deadlock.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from bench.memory import _export
from bot.engine.categories import Tagger, default_tagger
from bot.memory import importers
from bot.memory.importers import pool
from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.pool import ImportWorkerError, TagPool
from bot.memory.prepared import log_prepared, prepare, prepare_messages
from bot.memory.records import record, records
from bot.memory.store import Store
from tests.memory_helpers import DISCORD_FILES, assert_consistent
from tests.test_import_pool import _channel
from tests.test_import_records import _rows

TEXTS = [
    "Join our free webinar on Friday: https://acme.example/live?utm_source=discord",
    "Rejoignez notre atelier gratuit vendredi, inscription sur www.exemple.fr/atelier",
    "",  # an image alone: no features
    "Any tips to grow a newsletter? We tried giveaways and it flopped",
    "Quelqu'un a des conseils pour l'infolettre ? On a testé les concours",
    "CHECK OUT OUR NEW SHOP NOW!!! https://acme.example/shop?ref=abc&id=7",
    "newsletter giveaways newsletter tips",
    "Les concours pour l'infolettre, encore et encore",
]


def _batch() -> list[dict]:
    """Messages that meet on the same rows by different roads: a member renamed twice, a member
    in two channels, community posts of two channels and several members, a bot, no member, no
    channel, two workspaces (the second keeps no text), posts on two days."""
    out = []
    for i in range(24):
        text = TEXTS[i % len(TEXTS)]
        ws = "G2" if i % 6 == 5 else "G1"
        channel = "" if i == 7 else ("C2" if i % 3 == 0 else "C1")
        member = "" if i == 11 else f"M{i % 4}"
        out.append({"platform": "discord", "workspace": ws, "channel": channel, "member": member,
                    "message_id": str(5000 + i), "posted_at": 1_760_000_000.0 + 5_000 * i, "text": text,
                    "kind": "community" if i % 2 else "team", "is_bot": i == 9,
                    "names": (f"Guild {ws}", f"chan {channel}", f"name{i % 5}" if member == "M1" else member)})
    return out


def _keeping_no_text(path: Path) -> Store:
    store = Store.open(path)
    with store.transaction() as conn:
        ws, _, _ = store.ids(conn, "discord", "G2")
    store.set_setting("store_text", "none", ws)
    return store


def test_a_prepared_batch_writes_the_rows_log_posts_writes(tmp_path):
    tagger = default_tagger()
    messages = _batch()
    plain, prepared = _keeping_no_text(tmp_path / "plain.db"), _keeping_no_text(tmp_path / "prepared.db")
    expected = plain.log_posts(records(tagger, messages))
    result = log_prepared(prepared, prepare(records(tagger, messages)))
    assert result is not None and result == expected and result.added == len(messages)
    rows = _rows(prepared)
    assert rows == _rows(plain)
    assert rows["community_words"] and rows["community_member_words"] and rows["post_minhash_bands"]
    assert rows["post_links"] and any(link[-1] is None for link in rows["post_links"])  # G2 keeps no url
    assert prepared.conn.execute("SELECT COUNT(*) FROM posts WHERE text IS NULL").fetchone()[0] == 4
    assert prepared.conn.execute("SELECT COUNT(*) FROM members WHERE is_bot = 1").fetchone()[0] == 1
    assert_consistent(prepared)


def test_a_prepared_batch_whose_posts_are_not_all_new_writes_nothing(tmp_path):
    tagger = default_tagger()
    messages = _batch()
    store = Store.open(tmp_path / "m.db")
    store.log_posts([record(tagger, **messages[5])])
    before = _rows(store)
    assert log_prepared(store, prepare(records(tagger, messages))) is None  # one already remembered
    twice = [*messages[:3], messages[1]]
    assert log_prepared(store, prepare(records(tagger, twice))) is None  # one twice in the batch
    assert _rows(store) == before


def test_an_import_with_a_message_twice_stores_what_it_stored_before_this_round(tmp_path, monkeypatch):
    texts = [f"Message {i}: our newsletter is out, read the guide" for i in range(120)]
    path = _channel(tmp_path / "team.json", texts)
    export = json.loads(path.read_text())
    export["messages"].insert(70, dict(export["messages"][10]))  # the same message again, in a later batch
    path.write_text(json.dumps(export))
    two = Store.open(tmp_path / "two.db")
    report = import_discord(two, [path], batch=40, jobs=2)
    monkeypatch.setattr(importers, "log_prepared", lambda store, batch, texts=None: None)  # every batch as records
    before = Store.open(tmp_path / "before.db")
    assert import_discord(before, [path], batch=40, jobs=2) == report and report.skipped == 1
    assert _rows(two) == _rows(before) and len(_rows(two)["posts"]) == 120
    one = Store.open(tmp_path / "one.db")
    import_discord(one, [path], batch=40, jobs=1)
    assert [row[1:] for row in _rows(one)["posts"]] == [row[1:] for row in _rows(two)["posts"]]


@pytest.mark.parametrize("batch", [7, 250])
def test_two_workers_store_the_rows_of_one_process_and_of_the_plain_path(tmp_path, batch):
    (tmp_path / "export").mkdir()
    files = [*DISCORD_FILES, *_export(tmp_path / "export", 900, 1_764_547_200.0)]
    one, two = Store.open(tmp_path / "one.db"), Store.open(tmp_path / "two.db")
    first = import_discord(one, files, observe=("general",), batch=batch, jobs=1)
    assert import_discord(two, files, observe=("general",), batch=batch, jobs=2) == first and first.added > 700
    assert _rows(one) == _rows(two)  # post ids included
    plain, seen = Store.open(tmp_path / "plain.db"), []
    original = importers.Writer.add
    importers.Writer.add = lambda self, messages: seen.extend(messages)  # type: ignore[method-assign]
    try:
        import_discord(Store.open(tmp_path / "read.db"), files, observe=("general",), batch=batch, jobs=1)
    finally:
        importers.Writer.add = original  # type: ignore[method-assign]
    tagger = default_tagger()
    for message in seen:
        plain.log_posts([record(tagger, **message)])
    # What the import itself adds (its log, the observed channels) aside, the same rows one by one.
    assert {t: r for t, r in _rows(plain).items() if t not in ("imports", "channels")} == \
        {t: r for t, r in _rows(two).items() if t not in ("imports", "channels")}
    assert [c[:-1] for c in _rows(plain)["channels"]] == [c[:-1] for c in _rows(two)["channels"]]


def test_never_more_than_two_batches_a_worker_in_flight(tmp_path, monkeypatch):
    most = []
    submit = TagPool.submit

    def watched(self, messages):
        yield from submit(self, messages)
        most.append(len(self._waiting))

    monkeypatch.setattr(TagPool, "submit", watched)
    (tmp_path / "export").mkdir()
    files = _export(tmp_path / "export", 1_500, 1_764_547_200.0)
    import_discord(Store.open(tmp_path / "m.db"), files, observe=("general",), batch=50, jobs=2)
    assert len(most) > 20 and max(most) == 4


class _Killed(Tagger):
    """A worker's tagging that SIGKILLs its own process on the text "KILL"."""

    def __init__(self) -> None:
        super().__init__(default_tagger().advice)

    def tag(self, text, *args, **kwargs):
        if "KILL" in text and os.getpid() != PARENT[0]:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().tag(text, *args, **kwargs)


PARENT = [os.getpid()]


def test_a_worker_killed_mid_import_loses_nothing_and_the_import_runs_again(tmp_path):
    PARENT[0] = os.getpid()
    texts = [f"Message {i}: our newsletter is out, read the guide" for i in range(400)]
    texts[230] = "KILL this one"
    export = _channel(tmp_path / "team.json", texts)
    store = Store.open(tmp_path / "memory.db")
    with pytest.raises(ImportWorkerError, match="a worker process died"):
        import_discord(store, [export], _Killed(), batch=50, jobs=2)
    assert_consistent(store)
    written = store.counts()["posts"]
    assert written == 200  # the 4 batches before the killed one, whole
    again = import_discord(store, [export], batch=50, jobs=2)  # the default tagger: nothing kills
    assert again.skipped == written and again.added == 400 - written
    alone = Store.open(tmp_path / "alone.db")
    import_discord(alone, [export], batch=50, jobs=1)
    assert {t: r for t, r in _rows(store).items() if t != "imports"} == \
        {t: r for t, r in _rows(alone).items() if t != "imports"}


def test_batches_and_results_larger_than_a_pipe_go_both_ways_without_deadlock():
    tagger = default_tagger()
    long = " ".join(f"word{i} newsletter" for i in range(3_000))  # ~45 KB a text
    batches = [[{"text": f"{b}.{i} {long}", "kind": "team", "platform": "discord", "workspace": "W", "channel": "C",
                 "member": "M", "message_id": f"{b}.{i}", "posted_at": 1.7e9} for i in range(4)] for b in range(8)]
    signal.alarm(120)  # a deadlock fails the test instead of hanging it
    try:
        tagged = TagPool(tagger, 2)
        done = []
        try:
            for batch in batches:
                done += list(tagged.submit(batch))
            done += list(tagged.drain())
        finally:
            tagged.close()
    finally:
        signal.alarm(0)
    assert [messages for messages, _ in done] == batches
    assert done[-1][1] == prepare_messages(tagger, batches[-1])


def test_closing_the_pool_ends_its_workers():
    tagged = TagPool(default_tagger(), 2)
    processes = [process for process, _, _ in tagged._workers]
    tagged.close()
    assert all(not process.is_alive() and process.exitcode == 0 for process in processes)
    assert pool.TagPool is TagPool
