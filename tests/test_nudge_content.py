"""What a weekly nudge says: true figures from team memory, the silence alert, the promotion share,
a concrete idea from the most frequent finding and a tip that rotates. Every test runs on both
backends (a real SQLite file, then a real PostgreSQL database) with an injected clock."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from bot.app import build_coach
from bot.chat.coach import Coach
from bot.chat.nudge import build_nudge, tip_rules
from bot.engine.advice import load_advice
from bot.engine.review import review
from bot.engine.targets import bundled_targets
from bot.memory.store import Store
from bot.nudges.facts import gather_facts
from bot.nudges.schedule import next_due
from bot.nudges.sending import tick
from bot.nudges.tips import choose_tip, rotation
from tests.nudge_helpers import (
    ADVICE,
    PARIS_MONDAY_NINE,
    Sends,
    paris,
    post,
    schedule_all,
)


@pytest.fixture
def db(memory_at: str) -> str:
    """Team memory on each backend in turn: a SQLite file, then PostgreSQL (tests/conftest.py)."""
    return memory_at


@pytest.fixture
def coach(db) -> Coach:
    return build_coach(advice=ADVICE, store=Store(db))


def test_a_team_with_no_history_still_gets_a_helpful_nudge(coach):
    schedule = paris(language="fr")
    reply, tip = build_nudge(coach, schedule, PARIS_MONDAY_NINE, coach.store.nudges)
    text = reply.text()
    assert reply.visibility == "public" and reply.language == "fr"
    assert "Commencez par une publication qui donne" in text
    assert "coach import" in reply.summary
    assert "ces 7 derniers jours" not in text  # no empty figures
    assert tip and f"{tip} ·" in text  # a tip of the week, with its rule
    rule = coach.advice.get(tip)
    assert rule.lang("fr")["why"].split()[0] in text
    assert reply.image is None


def test_true_figures_from_team_memory(coach):
    store = coach.store
    now = PARIS_MONDAY_NINE
    # Two posts a week for eight weeks before last week, then three last week.
    n = 0
    for week in range(1, 9):
        for day in (1, 3):
            n += 1
            post(store, now - timedelta(days=7 * week + day), f"m{n}", ("give",))
    post(store, now - timedelta(days=6), "last1", ("ask",))
    post(store, now - timedelta(days=4), "last2", ("give",))
    post(store, now - timedelta(days=2), "last3", ("ask", "news"))
    facts = gather_facts(store, paris(), now)
    assert facts.posts_last_week == 3
    assert facts.usual_per_week == 2.0
    assert facts.days_silent == 2
    # Last 28 days: weeks 1-3 (6 gives, days 8..24 ago) + last week (1 give, 2 asks, 1 news).
    assert (facts.gives, facts.asks, facts.categories["news"], facts.categories["entertain"]) == (7, 2, 1, 0)
    reply, _ = build_nudge(coach, paris(), now, coach.store.nudges)
    text = reply.text()
    assert "3 posts in the last 7 days; your usual pace is about 2 a week." in text
    assert "More than usual" in text
    assert "7 posts that give, 2 that ask" in text
    entertain = round(100 * bundled_targets().shares()["entertain"])  # advice/targets.yaml
    assert f"No entertaining post these 4 weeks (target {entertain}%)" in text
    assert "days without a post" not in text
    assert reply.image is not None and reply.image.data.startswith(b"\x89PNG")  # the cadence and mix chart


def test_silence_alert_and_promotion_above_its_share(coach):
    store = coach.store
    now = PARIS_MONDAY_NINE
    for i in range(6):
        post(store, now - timedelta(days=12 + i), f"p{i}", ("ask",) if i < 4 else ("give", "entertain"))
    reply, _ = build_nudge(coach, paris(), now, coach.store.nudges)
    text = reply.text()
    assert "12 days without a post: the conversation goes on with or without you." in text
    ask = round(100 * bundled_targets().shares()["ask"])  # the ceiling of advice/targets.yaml
    assert f"Promotion is 50% of your mix, above its {ask}% share" in text
    assert reply.tone == "warning"


def test_the_most_frequent_finding_brings_a_concrete_idea(coach):
    from bot.chat.context import Context

    now = PARIS_MONDAY_NINE
    ctx = Context(platform="slack", workspace="T1", channel="C-social", user="U1")
    drafts = ["Hurry: last chance, it ends tonight", "Last chance! Hurry", "Only 3 days left, hurry",
              "A guide to planning your budget", "Buy now, limited offer"]
    fired: Counter[str] = Counter()
    for i, draft in enumerate(drafts):
        result = review(draft, coach.review_context(ctx))  # logged below, at a chosen time
        fired.update({f.rule for f in result.findings})  # once per draft
        coach.store.log_review(f"r{i}", ctx, result, draft, at=(now - timedelta(days=i + 1)).timestamp())
    result = review("Hurry! Last chance", coach.review_context(ctx))  # older than four weeks: not counted
    coach.store.log_review("old", ctx, result, "x", at=(now - timedelta(days=29)).timestamp())
    (top, times), (_, second) = fired.most_common(2)
    assert (top, times) == ("hard-sell.urgency", 4) and second < times
    facts = gather_facts(coach.store, paris(), now)
    assert facts.top_finding == ("hard-sell.urgency", 4)
    reply, tip = build_nudge(coach, paris(), now, coach.store.nudges)
    text = reply.text()
    assert "Most frequent in your reviews: hard selling (in 4 drafts over 4 weeks)" in text
    assert coach.advice.get("hard-sell.urgency").lang("en")["how"] in text
    assert tip != "hard-sell.urgency"  # the tip talks about something else


def test_tip_of_the_week_rotates_through_rules_not_shown_recently(coach):
    schedule_all(coach, paris())
    rules = tip_rules(coach, paris())
    assert len(rules) >= 3
    tips = []
    now = PARIS_MONDAY_NINE
    for _ in range(len(rules) + 2):
        (outcome,) = tick(coach, "slack", Sends(), now)
        now = next_due(now + timedelta(seconds=1), paris())
        tips.append(coach.store.nudges.records()[-1].tip_rule)
        assert outcome.status == "sent"
    assert len(set(tips[: len(rules)])) == len(rules)  # every rule once before any repeats
    assert tips[len(rules)] == tips[0]  # then the one shown longest ago
    # Consecutive tips change topic when they can.
    topics = {r.id: r.topic for r in rules}
    assert topics[tips[0]] != topics[tips[1]]


def test_choose_tip_prefers_never_shown_then_oldest():

    rules = [r for r in load_advice().rules if "post" in r.applies_to][:4]
    order = [r.id for r in rotation(rules)]
    assert choose_tip(rules, []).id == order[0]
    assert choose_tip(rules, [order[0]]).id == order[1]
    assert choose_tip(rules, list(reversed(order))).id == order[0]  # oldest shown
    assert choose_tip(rules, [], avoid=order[0]).id == order[1]
    assert choose_tip([], []) is None


@pytest.mark.parametrize("last_week, said, pace", [
    (3, "A little under your rhythm", "your usual pace is about 4 a week"),
    (1, "Well under your rhythm", "your usual pace is about 4 a week"),
    (0, "Nothing posted these 7 days", "when you last posted, your pace was about 4 a week"),
])
def test_a_week_under_the_pace_is_told_as_far_under_as_it_is(coach, last_week, said, pace):
    """Four posts a week, then fewer: "a little under your rhythm" was said of 0 against 4, and a
    pace from before a silence was called the team's usual one."""
    store = coach.store
    now = PARIS_MONDAY_NINE
    for week in range(1, 9):
        for day in (1, 2, 3, 4):
            post(store, now - timedelta(days=7 * week + day), f"w{week}d{day}", ("give",))
    for i in range(last_week):
        post(store, now - timedelta(days=2 + i), f"last{i}", ("give",))
    text = build_nudge(coach, paris(), now, coach.store.nudges)[0].text()
    assert f"{last_week} post" in text and pace in text
    assert said in text
    assert sum(words in text for words in ("A little under", "Well under", "Nothing posted")) == 1
