"""The habits report: figures true for a known history, and a chart fit for a chat preview."""

from __future__ import annotations

import struct
from datetime import UTC, datetime

import pytest

from bot.chat.commands.memory import habits_reply
from bot.chat.context import Context
from bot.engine.advice import load_advice
from bot.engine.review import ReviewContext, review
from bot.memory.habits import rule_stats, summary
from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.slack_export import import_slack
from tests.memory_helpers import DISCORD_FILES, SLACK_EXPORT, open_store, post

# Monday 2025-03-03 00:00 UTC; the report ends on Sunday 2025-04-27 (8 weeks).
START = datetime(2025, 3, 3, tzinfo=UTC).timestamp()
DAY = 86_400
NOW = START + 56 * DAY - 1


@pytest.fixture
def known(tmp_path):
    """Week 1: 3 posts, week 2: none, week 3: 2, weeks 4-8: 1 each. Alice 6, Bob 4."""
    store = open_store(tmp_path)
    plan = [
        (0, "alice", ("give",)), (1, "bob", ("ask",)), (2, "alice", ("give", "ask")),
        (14, "alice", ("converse",)), (16, "bob", ("ask",)),
        (21, "alice", ("news",)), (28, "bob", ()), (35, "alice", ("give",)), (42, "bob", ("entertain",)),
        (49, "alice", ("give",)),
    ]
    store.log_posts([post(f"m{i}", START + day * DAY + 9 * 3600, member, cats) for i, (day, member, cats) in enumerate(plan)])
    store.log_posts([post("old", START - 5 * DAY, "alice", ("give",))])  # before the window
    store.log_posts([post("c1", START + DAY, "carl", ("ask",), kind="community")])  # not the team's
    return store


def test_cadence_members_and_silence(known):
    h = summary(known, known.find_workspace("slack", "W1"), now=NOW)
    assert [w.posts for w in h.weeks] == [3, 0, 2, 1, 1, 1, 1, 1]
    assert h.posts == 10 and h.posts_per_week == 1.25
    assert h.members == [("Alice", 6), ("Bob", 4)]
    silence = h.longest_silence
    assert silence is not None and not silence.ongoing
    assert silence.days == pytest.approx(12.0)  # day 2 09:00 -> day 14 09:00
    assert h.days_since_last_post == pytest.approx((NOW - (START + 49 * DAY + 9 * 3600)) / DAY)
    assert not h.anchored


def test_give_ask_and_mix_against_the_target(known):
    ws = known.find_workspace("slack", "W1")
    known.set_setting("target_mix", {"give": 0.5, "ask": 0.1}, workspace_id=ws)
    h = summary(known, ws, now=NOW)
    assert (h.give, h.ask) == (4, 3) and h.give_ask_ratio == pytest.approx(4 / 3)
    # 11 tags: give 4, ask 3, converse 1, news 1, entertain 1, other 1 (the untagged post)
    assert h.mix["give"] == pytest.approx(4 / 11) and h.mix["other"] == pytest.approx(1 / 11)
    assert sum(h.mix.values()) == pytest.approx(1.0)
    assert h.target_mix == {"give": 0.5, "ask": 0.1}
    assert h.weeks[0].mix()["give"] == pytest.approx(2 / 4)


def test_review_scores_findings_and_dismissal_rates(known):
    advice = load_advice()
    ctx = Context(platform="slack", workspace="W1", channel="C1", user="alice")
    drafts = ["BUY NOW!!! Limited offer, last chance!!!", "Our free guide explains how to plan your budget.",
              "Buy now, limited offer."]
    scores = []
    for week, draft in enumerate(drafts):
        result = review(draft, ReviewContext(advice, language="en"))
        known.log_review(f"r{week}", ctx, result, draft, at=START + week * 7 * DAY + 3600)
        scores.append(result.score)
    known.dismiss("r2", "hard-sell.urgency", ctx, "it is a real deadline")
    ws = known.find_workspace("slack", "W1")
    h = summary(known, ws, now=NOW)
    assert [s for _, s in h.score_trend] == scores
    assert h.reviews == 3
    assert ("hard-sell.urgency", 2) in h.top_findings and h.top_findings[0][1] == 2
    urgency = next(r for r in rule_stats(known, ws) if r.rule == "hard-sell.urgency")
    assert (urgency.fired, urgency.dismissed) == (2, 1) and urgency.precision == 0.5


def test_an_old_archive_is_shown_up_to_its_last_post(known):
    ws = known.find_workspace("slack", "W1")
    h = summary(known, ws, now=NOW + 365 * DAY)
    assert h.anchored and h.end.isoformat() == "2025-04-21" and h.start.isoformat() == "2025-02-25"
    assert h.posts == 11  # the 8 weeks up to the last post take in the one before March too


def test_reply_and_chart(known):
    h = summary(known, known.find_workspace("slack", "W1"), now=NOW)
    for lang, word in (("en", "1.2 posts a week"), ("fr", "1,2 message par semaine")):
        reply = habits_reply(h, lang)
        assert word in reply.text() and "Alice 6" in reply.text()
        png = reply.image.data
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])
        assert (width, height) == (1000, 560)  # wide enough to read, small enough for a chat preview
        assert 10_000 < len(png) < 500_000


def test_an_empty_memory_says_how_to_fill_it(memory_at):
    store = open_store(memory_at)
    store.log_posts([post("c", NOW - DAY, kind="community")])
    reply = habits_reply(summary(store, store.find_workspace("slack", "W1"), now=NOW), "en")
    assert reply.image is None and "coach import" in reply.summary


def test_imported_exports_fill_the_report_and_its_chart(memory_at):
    store = open_store(memory_at)
    import_slack(store, SLACK_EXPORT, workspace_name="Acme Marketing", observe=("general",))
    import_discord(store, DISCORD_FILES, observe=("general",))
    slack = summary(store, store.find_workspace("slack", "T0ACME001"))
    assert slack.anchored and slack.posts == 16  # announcements only: general is the community's
    assert [name for name, _ in slack.members][:3] == ["Alice", "Bob Leroy", "Cara"]
    assert slack.ask >= 6 and slack.give >= 3
    discord = summary(store, store.find_workspace("discord", "810000000000000001"))
    assert discord.posts == 8 and discord.members == [("Alice", 4), ("Bob", 4)]
    reply = habits_reply(discord, "en")
    assert reply.image is not None and reply.image.data[:4] == b"\x89PNG"
