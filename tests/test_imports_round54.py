"""Imports, round 54: a prepared batch's posts are inserted with neither ON CONFLICT nor
RETURNING; their ids come from AUTOINCREMENT and are read back once for the batch.

What must hold (each fast path held to the slow one, Store.log_posts):
- a batch written in several statements (full ones of POSTS_AT_ONCE posts and single ones) after
  a post was deleted takes exactly the ids, and writes exactly the rows, that log_posts gives the
  same records in a store with the same history (ids after the largest ever given, none reused);
- a message already remembered, in the batch's first statement or a later one, declines the
  whole batch: nothing of it stays (the statements before it are rolled back too);
- ids that are not the batch's rows in order (another row inserted among them) decline it;
- an import with 2 tagging workers stores what it stores when every batch goes through
  log_posts, and what one process stores.
"""

from __future__ import annotations

from pathlib import Path

from bench.memory import _export
from bot.engine.categories import default_tagger
from bot.memory import importers
from bot.memory.importers.discord_export import import_discord
from bot.memory.posts import POSTS_AT_ONCE
from bot.memory.prepared import log_prepared, prepare_messages
from bot.memory.records import records
from bot.memory.store import Store
from tests.memory_helpers import DISCORD_FILES
from tests.test_import_records import _rows

TEXTS = ["Our spring webinar on newsletters is open: three tips from the team inside.",
         "Notre atelier du mardi revient, avec un guide gratuit sur les calendriers éditoriaux.",
         "Read the checklist here https://acme.example/guide?utm_source=discord before Friday.",
         "",  # an image alone
         "Any tips to grow a newsletter? We tried giveaways and it flopped"]
COUNT = 2 * POSTS_AT_ONCE + 23  # two full statements, then 23 of one post each


def _messages(count: int = COUNT, first: int = 0) -> list[dict]:
    return [{"platform": "discord", "workspace": "G1", "channel": "C2" if i % 4 == 3 else "C1", "member": f"M{i % 5}",
             "message_id": f"M{i}", "posted_at": 1_760_000_000.0 + 900 * i, "text": TEXTS[i % len(TEXTS)],
             "kind": "community" if i % 7 == 6 else "team", "names": ("Guild", "general", f"member {i % 5}")}
            for i in range(first, first + count)]


def _with_history(path: Path) -> Store:
    """A store that has posts, the last one deleted: AUTOINCREMENT never gives its id again."""
    store = Store.open(path)
    store.log_posts(records(default_tagger(), _messages(4, first=1_000)))
    last = store.conn.execute("SELECT MAX(id) FROM posts").fetchone()[0]
    with store.transaction() as conn:
        conn.execute("DELETE FROM posts WHERE id = ? AND text = ''", [last])  # the image alone: nothing derived
    assert store.conn.execute("SELECT MAX(id) FROM posts").fetchone()[0] == last - 1
    return store


def test_a_batch_of_several_statements_takes_the_ids_and_rows_log_posts_gives(tmp_path):
    tagger = default_tagger()
    plain, prepared = _with_history(tmp_path / "plain.db"), _with_history(tmp_path / "prepared.db")
    largest = prepared.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'posts'").fetchone()[0]
    messages = _messages()
    expected = plain.log_posts(records(tagger, messages))
    result = log_prepared(prepared, prepare_messages(tagger, messages), [m["text"] for m in messages])
    assert result is not None and result == expected and result.added == COUNT
    assert result.post_ids == list(range(largest + 1, largest + 1 + COUNT))  # after the deleted one
    rows = _rows(prepared)
    assert rows == _rows(plain)
    assert rows["post_minhash_bands"] and rows["post_links"] and rows["community_words"]


def test_a_message_already_remembered_declines_the_whole_batch(tmp_path):
    tagger = default_tagger()
    for at in (10, POSTS_AT_ONCE + 7, COUNT - 3):  # in the first statement, the second, a single one
        store = _with_history(tmp_path / f"{at}.db")
        messages = _messages()
        store.log_posts(records(tagger, [messages[at]]))
        before = _rows(store)
        assert log_prepared(store, prepare_messages(tagger, messages), [m["text"] for m in messages]) is None
        assert _rows(store) == before
        store.close()


def test_ids_that_are_not_the_batchs_rows_in_order_decline_it(tmp_path):
    tagger = default_tagger()
    store = _with_history(tmp_path / "m.db")
    # A row slipped in among the batch's (by a trigger: last_insert_rowid and the row count of the
    # statement still look right, the ids do not follow the rows).
    store.conn.execute("CREATE TEMP TRIGGER intruder AFTER INSERT ON posts WHEN NEW.message_id = 'M60' BEGIN "
                       "INSERT INTO posts (workspace_id, channel_id, member_id, message_id, posted_at, kind) "
                       "VALUES (NEW.workspace_id, NEW.channel_id, NEW.member_id, 'intruder', NEW.posted_at, "
                       "NEW.kind); END")
    before = _rows(store)
    messages = _messages()
    assert log_prepared(store, prepare_messages(tagger, messages), [m["text"] for m in messages]) is None
    assert _rows(store) == before
    store.conn.execute("DROP TRIGGER intruder")
    result = log_prepared(store, prepare_messages(tagger, messages), [m["text"] for m in messages])
    assert result is not None and result.added == COUNT


def test_an_import_with_workers_stores_what_log_posts_and_one_process_store(tmp_path, monkeypatch):
    folder = tmp_path / "export"
    folder.mkdir()
    files = [*DISCORD_FILES, *_export(folder, 700, 1_764_547_200.0)]
    two = Store.open(tmp_path / "two.db")
    report = import_discord(two, files, observe=("general",), batch=150, jobs=2)
    one = Store.open(tmp_path / "one.db")
    assert import_discord(one, files, observe=("general",), batch=150, jobs=1) == report
    monkeypatch.setattr(importers, "log_prepared", lambda store, batch, texts=None: None)  # every batch as records
    slow = Store.open(tmp_path / "slow.db")
    assert import_discord(slow, files, observe=("general",), batch=150, jobs=2) == report
    rows = _rows(two)
    assert report.added > 600 and len(rows["posts"]) == report.added
    assert rows == _rows(slow) == _rows(one)
