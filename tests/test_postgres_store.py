"""What only the PostgreSQL backend has to get right: which commits wait for the disk, errors in
the store's own terms, a wrong URL said plainly (its password hidden), and batches written in
one statement that read back exactly as written."""

from __future__ import annotations

import pytest

from bot.engine.categories import default_tagger
from bot.memory.records import record
from bot.memory.sql import DATABASE_ERRORS, INTEGRITY_ERRORS, StoreError
from bot.memory.store import Store
from tests.memory_helpers import assert_consistent, post


def test_ordinary_writes_do_not_wait_for_the_disk_and_the_ledger_and_forgets_do(postgres_memory: str):
    store = Store.open(postgres_memory)
    with store.transaction() as conn:
        assert conn.execute("SHOW synchronous_commit").fetchone()[0] == "off"
    with store.transaction(durable=True) as conn:
        assert conn.execute("SHOW synchronous_commit").fetchone()[0] == "on"
    with store.nudges.connect() as conn:
        assert conn.execute("SHOW synchronous_commit").fetchone()[0] == "on"
    with store.transaction(exclusive=True) as conn:  # a forget
        assert conn.execute("SHOW synchronous_commit").fetchone()[0] == "on"
    with store.transaction() as conn:  # SET LOCAL: gone with its transaction
        assert conn.execute("SHOW synchronous_commit").fetchone()[0] == "off"


def test_errors_come_as_the_stores_own_and_roll_the_transaction_back(postgres_memory: str):
    store = Store.open(postgres_memory)
    store.set_setting("retention_days", 30)
    with pytest.raises(INTEGRITY_ERRORS), store.transaction() as conn:
        conn.execute("UPDATE settings SET value = '7'")
        conn.execute("INSERT INTO settings (workspace_id, channel_id, key, value) VALUES (0, 0, 'retention_days', '1')")
    assert store.get_setting("retention_days") == 30  # the UPDATE went with the failed transaction
    with pytest.raises(DATABASE_ERRORS, match="no_such_table"):
        store.conn.execute("SELECT * FROM no_such_table")


def test_a_wrong_url_says_where_it_tried_with_the_password_hidden(postgres_memory: str):
    wrong = postgres_memory.replace("coach@", "coach:s3cret@").replace("/m", "/no_such_database_m", 1)
    with pytest.raises(StoreError) as raised:
        Store.open(wrong)
    assert "could not connect to PostgreSQL" in str(raised.value) and "no_such_database" in str(raised.value)
    assert "s3cret" not in str(raised.value) and "***" in str(raised.value)


def test_a_batch_written_in_one_statement_reads_back_as_written(postgres_memory: str):
    store = Store.open(postgres_memory)
    tagger = default_tagger()
    records = [record(tagger, f"Our guide number {i} on planning posts https://example.com/guide-{i % 4}",
                      platform="slack", workspace="W1", channel="C1", member=f"u{i % 3}", message_id=f"m{i}",
                      posted_at=1_700_000_000 + 60 * i, language="en") for i in range(300)]
    records.append(post("m5", 1_700_000_000, text="the same message again"))  # known already: skipped
    result = store.log_posts(records)
    assert (result.added, result.skipped) == (300, 1)
    assert len(set(result.post_ids)) == 300
    texts = dict(store.conn.execute("SELECT message_id, text FROM posts").fetchall())
    assert texts["m7"] == "Our guide number 7 on planning posts https://example.com/guide-3"
    assert store.conn.execute("SELECT COUNT(DISTINCT url_hash) FROM post_links").fetchone()[0] == 4
    signature = store.conn.execute("SELECT signature FROM post_signatures LIMIT 1").fetchone()[0]
    assert isinstance(signature, bytes) and len(signature) == 64 * 4
    assert_consistent(store)
