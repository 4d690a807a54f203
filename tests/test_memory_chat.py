"""Team memory through the Coach facade: what Slack and Discord adapters call."""

from __future__ import annotations

import time

from bot.app import build_coach
from bot.chat.context import Context
from tests.memory_helpers import open_store

CTX = Context(platform="discord", workspace="G1", channel="C1", user="U1", user_name="Ana")
ADMIN = Context(platform="discord", workspace="G1", channel="C2", user="U9", user_name="Max", is_admin=True)


def test_reviews_are_logged_and_dismissals_remembered(memory_at):
    store = open_store(memory_at)
    coach = build_coach(store=store)
    result, review_id = coach.review("Buy now, limited offer!", CTX)
    assert store.conn.execute("SELECT COUNT(*) FROM reviews WHERE id = ?", [review_id]).fetchone()[0] == 1
    rules = {r[0] for r in store.conn.execute("SELECT rule_id FROM review_findings WHERE review_id = ?", [review_id])}
    assert set(result.rules) <= rules
    reply = coach.act("dismiss", f"{review_id}|hard-sell.urgency", CTX, "a real deadline")
    assert "hard-sell.urgency" in reply.summary and reply.tone == "good"
    assert store.conn.execute("SELECT reason FROM dismissals").fetchall() == [("a real deadline",)]
    again = coach.act("dismiss", f"{review_id}|hard-sell.urgency", CTX)
    assert "Already" in again.summary and store.counts()["dismissals"] == 1
    assert "button" in coach.act("dismiss", "nonsense", CTX).summary


def test_posted_logs_the_draft_as_a_team_post_once(memory_at):
    store = open_store(memory_at)
    coach = build_coach(store=store)
    _, review_id = coach.review("Our free guide explains how to plan a newsletter.", CTX)
    reply = coach.act("posted", review_id, CTX)
    assert "1 team post" in reply.summary
    row = store.conn.execute("SELECT kind, source, give, text FROM posts").fetchone()
    assert row == ("team", "coach", 1, "Our free guide explains how to plan a newsletter.")
    post_id = store.conn.execute("SELECT id FROM posts").fetchone()[0]
    assert store.conn.execute("SELECT post_id FROM reviews WHERE id = ?", [review_id]).fetchone()[0] == post_id
    assert "Already" in coach.act("posted", review_id, CTX).summary
    assert store.counts()["posts"] == 1
    assert "no longer" in coach.act("posted", "unknown-id", CTX).summary


def test_habits_command_returns_the_report_with_its_chart(memory_at):
    store = open_store(memory_at)
    coach = build_coach(store=store)
    assert "import" in coach.command("habits", "", CTX).summary  # nothing yet
    for text in ("Our free guide to newsletters.", "Sign up for the webinar."):
        _, review_id = coach.review(text, CTX)
        coach.act("posted", review_id, CTX)
    reply = coach.command("habits", "", CTX)
    assert "2 in all" in reply.text() and reply.image is not None and reply.image.data[:4] == b"\x89PNG"
    assert "Team habits" in reply.title
    glance = coach.command("habits", "text", CTX)  # the figures alone, as the Slack Home tab shows them
    assert "2 in all" in glance.text() and glance.image is None


def test_observe_only_in_opted_in_channels(memory_at):
    store = open_store(memory_at)
    coach = build_coach(store=store)
    assert coach.observe(ADMIN, "How do you plan your newsletter?", "m1", time.time()) is False
    refused = coach.command("observe", "on", Context(platform="discord", workspace="G1", channel="C2", user="U1"))
    assert "admin" in refused.summary.lower()
    assert "listens" in coach.command("observe", "on", ADMIN).summary
    assert coach.observe(ADMIN, "How do you plan your newsletter?", "m1", time.time()) is True
    assert coach.observe(ADMIN, "How do you plan your newsletter?", "m1", time.time()) is True  # same message: one row
    assert store.conn.execute("SELECT kind, source, converse FROM posts").fetchall() == [("community", "live", 1)]
    assert store.conn.execute("SELECT COUNT(*) FROM community_words").fetchone()[0] > 0
    assert "no longer" in coach.command("observe", "off", ADMIN).summary
    assert coach.observe(ADMIN, "Another message", "m2", time.time()) is False


def test_without_a_store_everything_still_answers():
    coach = build_coach()
    result, review_id = coach.review("Buy now, limited offer!", CTX)
    assert "hard-sell.urgency" in result.rules
    assert "off" in coach.command("habits", "", CTX).summary
    assert coach.act("dismiss", f"{review_id}|hard-sell.urgency", CTX).tone == "good"
    assert coach.observe(CTX, "hello", "m1", time.time()) is False
