"""History-aware rules: the draft against what the team posted and the community said."""

from __future__ import annotations

import pytest

from bot.app import build_coach
from bot.chat.context import Context
from bot.engine.advice import pack_dirs
from bot.engine.examples import verify_rule
from bot.engine.review import ReviewContext, review
from bot.engine.rules import load_rules
from bot.engine.targets import bundled_targets
from bot.memory.history import EXAMPLE_WORKSPACE, HistoryView, example_extra, seed_example_history
from bot.memory.importers.slack_export import import_slack
from tests.memory_helpers import SLACK_EXPORT, open_store

NOW = 1_760_000_000.0
DAY = 86_400


@pytest.fixture
def seeded(tmp_path):
    store = open_store(tmp_path)
    seed_example_history(store, NOW)
    return store


def view(store, now=NOW, platform="example", workspace=EXAMPLE_WORKSPACE):
    return HistoryView(store, store.find_workspace(platform, workspace), None, now)


def fired(advice, draft, history, language="en"):
    result = review(draft, ReviewContext(advice, language=language, extra={"history": history} if history else {}))
    return {f.rule: f for f in result.findings}


def test_every_history_rule_passes_its_examples_on_the_seeded_history():
    rules = [r for r in load_rules(pack_dirs()).rules if r.type == "history"]
    kinds = {r.check["kind"] for r in rules}
    assert kinds == {"duplicate", "repeat_link", "ask_streak", "promo_share", "community_relevance"}
    assert [f for r in rules for f in verify_rule(r, extra_for=example_extra)] == []
    # without a history the bad examples cannot fire: the examples really test the history
    assert all(verify_rule(r) for r in rules)


def test_a_draft_repeating_last_weeks_post_gets_an_originality_finding(advice, seeded):
    draft = "Our free guide shows how to plan your content calendar for the whole year! https://example.com/guide"
    found = fired(advice, draft, view(seeded))
    finding = found["originality.near-duplicate"]
    assert finding.topic == "originality"
    assert "6 days ago" in finding.message
    assert finding.span == (0, len(draft))
    assert "originality.near-duplicate" not in fired(advice, draft, None)  # no memory, no claim
    # older than the rule's 30 days: not a repeat any more
    assert "originality.near-duplicate" not in fired(advice, draft, view(seeded, now=NOW + 40 * DAY))


def test_an_imported_post_repeated_a_week_later_is_flagged(advice, memory_at):
    store = open_store(memory_at)
    import_slack(store, SLACK_EXPORT)
    last_post = store.conn.execute("SELECT MAX(posted_at) FROM posts").fetchone()[0]
    history = view(store, now=last_post + 7 * DAY, platform="slack", workspace="T0ACME001")
    draft = "Quiz time: which of these three headlines got the most clicks?"
    assert "originality.near-duplicate" in fired(advice, draft, history)
    assert "originality.near-duplicate" not in fired(advice, "Five ways to welcome new members in your forum.", history)


def test_the_same_link_within_a_week(advice, seeded):
    draft = "See you on Thursday: https://www.example.com/webinar/?utm_source=newsletter"
    finding = fired(advice, draft, view(seeded))["originality.repeat-link"]
    assert draft[finding.span[0]:finding.span[1]].startswith("https://www.example.com/webinar")
    assert "4 days ago" in finding.message
    assert "originality.repeat-link" not in fired(advice, draft, view(seeded, now=NOW + 5 * DAY))  # 9 days later
    assert "originality.repeat-link" not in fired(advice, "See you: https://example.com/webinar-2", view(seeded))


def test_ask_streak(advice, seeded):
    history = view(seeded)
    finding = fired(advice, "Buy the new notebook today.", history)["give-first.ask-streak"]
    assert finding.excerpt == "Buy" and finding.topic == "give-first"
    assert "give-first.ask-streak" not in fired(advice, "Our free guide to subject lines, sign up to get it.", history)
    # the team gives once: the streak is broken
    from tests.memory_helpers import post
    give = post("gift", NOW - 3600, categories=("give",), workspace=EXAMPLE_WORKSPACE)
    give.platform = "example"
    seeded.log_posts([give])
    assert "give-first.ask-streak" not in fired(advice, "Buy the new notebook today.", view(seeded))


def test_promo_share_against_the_target(advice, seeded):
    finding = fired(advice, "Register for Friday's workshop.", view(seeded))["content-mix.promo-share"]
    ask = round(100 * bundled_targets().shares()["ask"])  # advice/targets.yaml
    assert "would be 64%" in finding.message and f"target: {ask}%" in finding.message  # (6 + 1) / (10 + 1)
    ws = seeded.find_workspace("example", EXAMPLE_WORKSPACE)
    seeded.set_setting("target_mix", {"give": 0.2, "ask": 0.7}, workspace_id=ws)
    assert "content-mix.promo-share" not in fired(advice, "Register for Friday's workshop.", view(seeded))


def test_community_relevance(advice, seeded):
    history = view(seeded)
    off_topic = "Our CEO played golf with the mayor yesterday at the club."
    finding = fired(advice, off_topic, history)["relevance.community"]
    assert finding.topic == "relevance" and "Only 0%" in finding.message
    on_topic = "Five subject line ideas for your newsletter calendar."
    assert "relevance.community" not in fired(advice, on_topic, history)
    # an admin's audience topics count as what the community cares about
    ws = seeded.find_workspace("example", EXAMPLE_WORKSPACE)
    seeded.set_setting("audience_topics", ["golf", "club", "mayor"], workspace_id=ws)
    assert "relevance.community" not in fired(advice, off_topic, view(seeded))


def test_relevance_stays_quiet_without_enough_community_posts(advice, memory_at):
    store = open_store(memory_at)
    from tests.memory_helpers import post
    store.log_posts([post("t1", NOW - DAY, categories=("give",))])
    history = HistoryView(store, store.find_workspace("slack", "W1"), None, NOW)
    assert "relevance.community" not in fired(advice, "Our CEO played golf with the mayor yesterday at the club.", history)


def test_coach_remembers_a_published_draft_and_flags_its_repeat(memory_at):
    store = open_store(memory_at)
    coach = build_coach(store=store)
    ctx = Context(platform="slack", workspace="T1", channel="C1", user="U1", user_name="Ana")
    draft = "Our new checklist explains how to welcome members in a community forum, step by step."
    first, review_id = coach.review(draft, ctx)
    assert "originality.near-duplicate" not in first.rules
    coach.act("posted", review_id, ctx)
    again, _ = coach.review(draft, ctx)
    assert "originality.near-duplicate" in again.rules


