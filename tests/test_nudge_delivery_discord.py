"""Weekly nudges through the real discord.py client, against the local Discord
stand-in: exactly one POST /channels/{id}/messages per channel per week."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, time, timedelta

import pytest

from adapters.discord import nudge_send
from bot.app import build_coach
from bot.chat.coach import Coach
from bot.engine.advice import load_advice
from bot.engine.targets import bundled_targets
from bot.memory.store import PostRecord, Store
from bot.nudges.schedule import Schedule
from bot.nudges.sending import tick
from bot.nudges.ticker import Sender, Ticker
from tests import discord_payloads as P
from tests.discord_standin import Harness

ADVICE = load_advice()
MONDAY_NINE_MONTREAL = datetime(2026, 3, 9, 13, 0, tzinfo=UTC)  # 09:00 EDT, the day after spring forward
OTHER_CHANNEL = "1290000000000000099"


def setup(tmp_path, channels=(P.NUDGE_CHANNEL_ID,), history=True) -> Coach:
    coach = build_coach(advice=ADVICE, store=Store(tmp_path / "coach.db"))
    nudges = coach.store.nudges
    for channel in channels:
        nudges.save_schedule(Schedule("discord", P.GUILD_ID, channel, 0, time(9), "America/Montreal", "en"),
                             MONDAY_NINE_MONTREAL - timedelta(days=7))
    if history:
        coach.store.log_posts([
            PostRecord("discord", P.GUILD_ID, "1290000000000000050", "1290000000000000060", f"m{i}",
                       (MONDAY_NINE_MONTREAL - timedelta(days=i + 1)).timestamp(), "Buy our stuff",
                       categories=frozenset({"ask"}))
            for i in range(0, 20, 2)])
    return coach


def posts(h: Harness, channel: str = r"\d+") -> list[str]:
    return [r.path.split("/")[2] for r in h.stand_in.matching("POST", rf"/channels/{channel}/messages")]


@pytest.mark.asyncio
async def test_the_nudge_is_posted_as_an_embed_with_the_chart(tmp_path, config, discord_harness):
    coach = setup(tmp_path)

    h = await discord_harness(coach, config)
    outcomes = await asyncio.to_thread(tick, coach, "discord", nudge_send(h.client), MONDAY_NINE_MONTREAL)
    [outcome], [request] = outcomes, h.stand_in.matching("POST", rf"/channels/{P.NUDGE_CHANNEL_ID}/messages")
    assert outcome.status == "sent"
    [embed] = request.json["embeds"]
    assert embed["title"] == "Your week with Coach"
    text = str(request.json)
    ask = round(100 * bundled_targets().shares()["ask"])  # advice/targets.yaml
    assert "Promotion is" in text and f"above its {ask}% share" in text  # the history asks a lot
    assert request.files and request.files[0].data.startswith(b"\x89PNG")
    assert coach.store.nudges.records()[0].message_id == outcome.message_id != ""


@pytest.mark.asyncio
async def test_ticking_two_weeks_posts_once_per_channel_per_week(tmp_path, config, discord_harness):
    coach = setup(tmp_path, channels=(P.NUDGE_CHANNEL_ID, OTHER_CHANNEL), history=False)

    def run_ticks(send) -> None:
        now = MONDAY_NINE_MONTREAL - timedelta(hours=1)
        while now < MONDAY_NINE_MONTREAL + timedelta(days=14):
            tick(coach, "discord", send, now)
            now += timedelta(minutes=30)

    h = await discord_harness(coach, config)
    await asyncio.to_thread(run_ticks, nudge_send(h.client))
    assert sorted(posts(h)) == sorted([P.NUDGE_CHANNEL_ID, OTHER_CHANNEL] * 2)
    weeks = [(r.channel, r.week) for r in coach.store.nudges.records()]
    assert sorted(weeks) == sorted((c, w) for c in (P.NUDGE_CHANNEL_ID, OTHER_CHANNEL) for w in ("2026-W11", "2026-W12"))


@pytest.mark.asyncio
async def test_racing_tickers_and_a_restart_post_once(tmp_path, config, discord_harness):
    coach = setup(tmp_path, channels=(P.NUDGE_CHANNEL_ID, OTHER_CHANNEL))
    db = tmp_path / "coach.db"

    def race(send) -> None:
        barrier = threading.Barrier(4)

        def one(i: int) -> None:
            mine = build_coach(advice=ADVICE, store=Store(db))
            barrier.wait()
            tick(mine, "discord", send, MONDAY_NINE_MONTREAL + timedelta(minutes=i), owner=f"racer-{i}")

        threads = [threading.Thread(target=one, args=(i,)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        # A restart later inside the grace window: a fresh ticker, the same file.
        restarted = Ticker(build_coach(advice=ADVICE, store=Store(db)), {"discord": Sender(send)},
                           clock=lambda: MONDAY_NINE_MONTREAL + timedelta(hours=2))
        assert restarted.run_once() == []

    h = await discord_harness(coach, config)
    await asyncio.to_thread(race, nudge_send(h.client))
    assert sorted(posts(h)) == sorted([P.NUDGE_CHANNEL_ID, OTHER_CHANNEL])


@pytest.mark.asyncio
async def test_missing_access_is_not_delivered_then_retried_once(tmp_path, config, discord_harness):
    coach = setup(tmp_path, history=False)

    h = await discord_harness(coach, config)
    h.stand_in.script("POST", rf"/channels/{P.NUDGE_CHANNEL_ID}/messages", 403,
                      {"message": "Missing Access", "code": 50001})
    send = nudge_send(h.client)
    first = await asyncio.to_thread(tick, coach, "discord", send, MONDAY_NINE_MONTREAL)
    second = await asyncio.to_thread(tick, coach, "discord", send, MONDAY_NINE_MONTREAL + timedelta(minutes=1))
    third = await asyncio.to_thread(tick, coach, "discord", send, MONDAY_NINE_MONTREAL + timedelta(minutes=2))
    first, second, third, sent = first, second, third, posts(h)
    assert [o.status for o in first] == ["failed"] and "403" in first[0].detail
    assert [o.status for o in second] == ["sent"] and third == []
    assert sent == [P.NUDGE_CHANNEL_ID, P.NUDGE_CHANNEL_ID]  # the refused request, then the post
    assert [(r.status, r.attempt) for r in coach.store.nudges.records()] == [("sent", 2)]


@pytest.mark.asyncio
async def test_a_manager_schedules_with_coach_settings_then_the_nudge_arrives(tmp_path, config, discord_harness):
    """The whole path: /coach settings through the Discord adapter sets the
    schedule in the core, and the tick posts in the chosen channel."""
    coach = build_coach(advice=ADVICE, store=Store(tmp_path / "coach.db"))
    options = [{"name": "settings", "type": 1, "options": [
        {"name": "channel", "type": 7, "value": P.NUDGE_CHANNEL_ID},
        {"name": "day", "type": 3, "value": "monday"},
        {"name": "time", "type": 3, "value": "9h00"},
        {"name": "timezone", "type": 3, "value": "America/Montreal"},
        {"name": "language", "type": 3, "value": "fr"},
    ]}]
    resolved = {"channels": {P.NUDGE_CHANNEL_ID: P.channel(P.NUDGE_CHANNEL_ID, "announcements")}}
    settings = coach.store.nudges

    h = await discord_harness(coach, config)
    answer = await h.callback(P.slash("coach", options, resolved=resolved, locale="fr",
                                      permissions=P.MANAGER_PERMISSIONS))
    [schedule] = settings.schedules("discord")
    # The schedule was set "now" (real time): tick one week after its next slot.
    from bot.nudges.schedule import next_due

    due = next_due(schedule.since, schedule)
    send = nudge_send(h.client)
    await asyncio.to_thread(tick, coach, "discord", send, due)
    await asyncio.to_thread(tick, coach, "discord", send, due + timedelta(minutes=5))
    answer, schedule, sent = answer.json, schedule, posts(h)
    assert "C'est noté" in answer["data"]["embeds"][0]["description"]
    assert (schedule.workspace, schedule.channel, schedule.weekday, schedule.at, schedule.tz, schedule.language) == (
        P.GUILD_ID, P.NUDGE_CHANNEL_ID, 0, time(9), "America/Montreal", "fr")
    assert sent == [P.NUDGE_CHANNEL_ID]


@pytest.mark.asyncio
async def test_a_retried_5xx_carries_the_same_enforced_nonce_so_discord_posts_once(tmp_path, config, discord_harness):
    coach = setup(tmp_path, history=False)

    h = await discord_harness(coach, config)
    h.stand_in.script("POST", rf"/channels/{P.NUDGE_CHANNEL_ID}/messages", 502, {"message": "Bad Gateway"}, times=1)
    outcomes = await asyncio.to_thread(tick, coach, "discord", nudge_send(h.client), MONDAY_NINE_MONTREAL)
    [outcome], requests = outcomes, h.stand_in.matching("POST", rf"/channels/{P.NUDGE_CHANNEL_ID}/messages")
    assert outcome.status == "sent" and len(requests) == 2  # discord.py retried the 502 itself
    nonces = {r.json["nonce"] for r in requests}
    assert len(nonces) == 1 and all(r.json["enforce_nonce"] is True for r in requests)
