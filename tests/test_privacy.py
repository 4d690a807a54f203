"""Privacy: what is kept of drafts and posts, `forget`, and the retention purge."""

from __future__ import annotations

import time

from bot.app import build_coach
from bot.chat.context import Context
from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.slack_export import import_slack
from bot.memory.postfeatures import fingerprint
from bot.memory.store import TABLES
from tests.memory_helpers import DISCORD_FILES, SLACK_EXPORT, assert_consistent, open_store, post

DAY = 86_400


def _cells(store):
    for table in TABLES:
        for row in store.conn.execute(f'SELECT * FROM "{table}"'):
            yield table, row


def test_drafts_are_kept_as_fingerprints_only_by_default(memory_at):
    store = open_store(memory_at)
    coach = build_coach(store=store)
    ctx = Context(platform="slack", workspace="T1", channel="C1", user="U1")
    draft = "Buy now, limited offer: our secret launch plan for March."
    result, review_id = coach.review(draft, ctx)
    row = store.conn.execute("SELECT draft_text, draft_fingerprint, score, rules FROM reviews WHERE id = ?",
                             [review_id]).fetchone()
    assert row[0] is None and row[1] == fingerprint(draft)
    assert row[2] == result.score and "hard-sell.urgency" in row[3]
    assert not any(isinstance(v, str) and "secret launch plan" in v for _, r in _cells(store) for v in r)


def test_store_text_all_keeps_drafts_and_none_keeps_no_text(memory_at):
    store = open_store(memory_at)
    coach = build_coach(store=store)
    ctx = Context(platform="slack", workspace="T1", channel="C1", user="U1")
    coach.review("A first draft about our guide.", ctx)
    ws = store.find_workspace("slack", "T1")
    store.set_setting("store_text", "all", workspace_id=ws)
    _, kept = coach.review("A second draft about our guide.", ctx)
    assert store.conn.execute("SELECT draft_text FROM reviews WHERE id = ?", [kept]).fetchone()[0] == \
        "A second draft about our guide."
    store.set_setting("store_text", "none", workspace_id=ws)
    _, review_id = coach.review("Our published post https://acme.example/x", ctx)
    coach.act("posted", review_id, ctx)
    text, fp = store.conn.execute("SELECT text, fingerprint FROM posts").fetchone()
    assert text is None and fp == fingerprint("Our published post https://acme.example/x")
    assert store.conn.execute("SELECT url, domain FROM post_links").fetchall() == [(None, "acme.example")]


def test_forget_leaves_no_row_of_that_member(memory_at):
    store = open_store(memory_at)
    import_slack(store, SLACK_EXPORT, observe=("general",))
    import_discord(store, DISCORD_FILES)
    coach = build_coach(store=store)
    alice = Context(platform="slack", workspace="T0ACME001", channel="C01ANNOUNCE", user="U01ALICE", user_name="Alice")
    _, review_id = coach.review("Buy now, limited offer!", alice)
    coach.act("dismiss", f"{review_id}|hard-sell.urgency", alice, "real deadline")
    store.set_setting("retention_days", 400, by="U01ALICE")
    member_ids = [r[0] for r in store.conn.execute("SELECT id FROM members WHERE platform_id = 'U01ALICE'")]
    her_texts = [r[0] for r in store.conn.execute(
        f"SELECT text FROM posts WHERE member_id IN ({','.join(map(str, member_ids))}) AND text != ''")]
    assert member_ids and len(her_texts) >= 5
    others_before = store.conn.execute(
        f"SELECT COUNT(*) FROM posts WHERE member_id NOT IN ({','.join(map(str, member_ids))})").fetchone()[0]

    deleted = store.forget_user("U01ALICE")
    assert deleted["posts"] == len(her_texts) and deleted["members"] == 1 and deleted["reviews"] == 1
    for table, row in _cells(store):
        assert "U01ALICE" not in row, table
        assert not any(isinstance(v, str) and v in her_texts for v in row), table
    for table in ("posts", "reviews", "dismissals", "daily_activity"):
        n = store.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE member_id IN "
                               f"({','.join(map(str, member_ids))})").fetchone()[0]
        assert n == 0, table
    assert store.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] == others_before
    assert store.conn.execute("SELECT COUNT(*) FROM members WHERE platform_id = '820000000000000001'").fetchone()[0] == 1
    assert_consistent(store)


def test_forgetting_a_community_member_takes_their_words_out(memory_at):
    store = open_store(memory_at)
    import_slack(store, SLACK_EXPORT, observe=("general",))
    words = dict(store.conn.execute("SELECT word, uses FROM community_words"))
    assert words.get("week") == 1  # only Dan said "We keep missing weeks"
    store.forget_user("U04DAN")
    after = dict(store.conn.execute("SELECT word, uses FROM community_words"))
    assert "week" not in after
    assert after.get("spreadsheet") == words.get("spreadsheet")  # Cara's words stay


def test_retention_purge(memory_at):
    store = open_store(memory_at)
    now = time.time()
    store.log_posts([post(f"m{d}", now - d * DAY, categories=("give",)) for d in (1, 10, 40, 100)])
    coach = build_coach(store=store)
    ctx = Context(platform="slack", workspace="W1", channel="C1", user="alice")
    result, _ = coach.review("Our guide is out.", ctx)
    store.log_review("old-review", ctx, result, "Our guide is out.", at=now - 50 * DAY)
    assert store.purge(now) == {}  # retention_days defaults to 0: keep everything
    ws = store.find_workspace("slack", "W1")
    store.set_setting("retention_days", 30, workspace_id=ws)
    deleted = store.purge(now)
    assert deleted["posts"] == 2 and deleted["reviews"] == 1
    left = sorted(round((now - r[0]) / DAY) for r in store.conn.execute("SELECT posted_at FROM posts"))
    assert left == [1, 10]
    assert store.conn.execute("SELECT id FROM reviews WHERE id = 'old-review'").fetchone() is None
    assert_consistent(store)
