"""Imports, round 41: posts.fingerprint is no longer indexed (migration 009), the largest cost
an import's writes had left that no reader used.

What must hold:
- a new store, SQLite or PostgreSQL, has no index on posts.fingerprint, and keeps the others
  (the message key, the recent-posts covering index, the index by member);
- a post's fingerprint is still written: the column holds each imported post's fingerprint
  of its text, the same whether the batch was written prepared or record by record;
- a store made before 009, with posts, loses the index when it is opened, and nothing else:
  its posts and their fingerprints are the same rows after;
- no SQL in bot/ looks posts up, joins or sorts them by fingerprint (such a query would need
  the index back);
- an import's records are still the records of tagging its messages one by one (the test the
  issue asks to keep; also test_import_records and test_imports_round40).
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlite_utils import Database

from bot.engine.categories import default_tagger
from bot.memory.postfeatures import fingerprint
from bot.memory.prepared import log_prepared, prepare_messages
from bot.memory.records import record, records
from bot.memory.schema import migrations
from bot.memory.store import Store
from tests.memory_helpers import is_postgres, open_store

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ["Three tips for better headlines, step by step", "Notre atelier sur les calendriers ouvre vendredi !",
         "lol ok 👍", "", "Our webinar on content calendars opens Friday https://acme.example/w?utm_source=x"]


def _messages(channel: str = "C1") -> list[dict]:
    return [{"text": text, "platform": "discord", "workspace": "G1", "channel": channel, "member": f"U{i % 2}",
             "message_id": f"{channel}-{i}", "posted_at": 1_760_000_000.0 + 60 * i} for i, text in enumerate(TEXTS)]


def _posts_indexes(store: Store) -> dict[str, list[str]]:
    """Index name -> its columns, on either backend."""
    if is_postgres(store):
        rows = store.conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'posts'").fetchall()
        return {name: re.findall(r"\w+", definition.split("(", 1)[1]) for name, definition in rows}
    names = [row[1] for row in store.conn.execute("PRAGMA index_list(posts)").fetchall()]
    return {name: [row[2] for row in store.conn.execute(f"PRAGMA index_info('{name}')").fetchall()] for name in names}


def test_a_new_store_has_no_fingerprint_index_and_keeps_the_others(memory_at):
    indexes = _posts_indexes(open_store(memory_at))
    assert not [name for name, columns in indexes.items() if "fingerprint" in columns]
    assert ["channel_id", "message_id"] in indexes.values()
    assert ["workspace_id", "kind", "posted_at", "give", "ask"] in indexes.values()
    assert ["member_id"] in indexes.values()


def test_the_fingerprints_are_still_written_prepared_or_record_by_record(tmp_path):
    tagger = default_tagger()
    store = Store.open(tmp_path / "coach.db")
    store.log_posts(records(tagger, _messages("C1")))
    batch = _messages("C2")
    assert log_prepared(store, prepare_messages(tagger, batch), [m["text"] for m in batch]) is not None
    rows = store.conn.execute("SELECT c.platform_id, p.message_id, p.fingerprint FROM posts p "
                              "JOIN channels c ON c.id = p.channel_id ORDER BY p.id").fetchall()
    assert len(rows) == 2 * len(TEXTS)
    for channel, message_id, found in rows:
        i = int(message_id.split("-")[1])
        assert channel == message_id.split("-")[0]
        assert found == fingerprint(TEXTS[i])


def test_a_store_made_before_009_loses_the_index_and_nothing_else(tmp_path):
    path = tmp_path / "old.db"
    migrations.apply(Database(path), stop_before="009_posts_fingerprint_unindexed")
    old = Database(path)
    assert "idx_posts_fingerprint" in [row[1] for row in old.execute("PRAGMA index_list(posts)").fetchall()]
    old.conn.close()
    store = Store.open(path)
    store.log_posts([record(default_tagger(), text, platform="slack", workspace="W1", channel="C1", member="U1",
                            message_id=f"m{i}", posted_at=1_700_000_000 + i) for i, text in enumerate(TEXTS)])
    before = store.conn.execute("SELECT * FROM posts ORDER BY id").fetchall()
    store.close()
    # the index put back, and the migration forgotten: opening the store applies 009 again
    conn = Database(path).conn
    conn.execute("CREATE INDEX idx_posts_fingerprint ON posts (fingerprint)")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '009_posts_fingerprint_unindexed'")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert "idx_posts_fingerprint" not in _posts_indexes(store)
    assert store.conn.execute("SELECT * FROM posts ORDER BY id").fetchall() == before
    assert [row[-1] for row in before] == [fingerprint(text) for text in TEXTS]


def test_no_query_reads_posts_by_fingerprint():
    """posts.fingerprint is written and shown (post_log), never searched: no WHERE, ON or ORDER BY
    on it. A feature that needs one puts an index back in the same change."""
    searched = re.compile(r"(?:WHERE|AND|OR|ON|ORDER BY|GROUP BY)\s+(?:\w+\.)?fingerprint\b|"
                          r"(?<!draft_)fingerprint\s*(?:=|IN\b|<|>|LIKE\b)")
    found = [f"{path.relative_to(ROOT)}: {line.strip()}" for path in sorted((ROOT / "bot").rglob("*.py"))
             for line in path.read_text(encoding="utf-8").splitlines()
             if "fingerprint" in line and ('"' in line or "'" in line) and searched.search(line)]
    assert found == []
    assert searched.search('"SELECT id FROM posts WHERE fingerprint = ?"')  # what it would catch
    assert searched.search("'... JOIN reviews r ON p.fingerprint = r.draft_fingerprint'")


def test_batch_records_are_the_records_one_by_one():
    tagger = default_tagger()
    messages = _messages()
    one_by_one = [record(tagger, **message) for message in messages]
    assert records(tagger, messages) == one_by_one
    assert {r.language for r in one_by_one if r.text.strip()} == {"en", "fr"}
