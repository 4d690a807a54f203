"""The nudge ticker: one per process, an injected clock, a stop event."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.app import build_coach
from bot.chat.coach import Coach
from bot.engine.advice import load_advice
from bot.memory.store import Store
from bot.nudges import ticker as ticker_module
from bot.nudges.schedule import Schedule
from bot.nudges.ticker import Sender, Ticker, start_ticker

ADVICE = load_advice()
DUE = datetime(2026, 3, 30, 7, 0, tzinfo=UTC)  # Monday 09:00 in Paris


@pytest.fixture
def coach(memory_at: str) -> Coach:
    coach = build_coach(advice=ADVICE, store=Store(memory_at))
    coach.store.nudges.save_schedule(Schedule("slack", "T1", "C1", 0, time(9), "Europe/Paris"), DUE)
    return coach


@pytest.fixture(autouse=True)
def no_leftover_ticker():
    yield
    running = ticker_module.running()
    if running is not None:
        running.stop()


def test_the_thread_ticks_with_the_injected_clock_and_stops(coach):
    times = iter([DUE - timedelta(minutes=2), DUE - timedelta(minutes=1), DUE, DUE + timedelta(minutes=1),
                  DUE + timedelta(minutes=2)])
    stop = threading.Event()
    seen: list[datetime] = []

    def clock() -> datetime:
        now = next(times, None)
        if now is None:
            stop.set()
            return seen[-1]
        seen.append(now)
        return now

    sent: list[str] = []
    ticker = Ticker(coach, {"slack": lambda s, r: sent.append(s.channel) or "ts"}, clock=clock, interval=0, stop=stop)
    ticker.start()
    ticker.thread.join(30)
    assert not ticker.thread.is_alive()
    assert len(seen) == 5 and sent == ["C1"]


def test_a_platform_that_is_not_ready_is_skipped_before_anything_is_claimed(coach):
    ready = threading.Event()
    sent: list[str] = []
    ticker = Ticker(coach, {"slack": Sender(lambda s, r: sent.append(s.channel) or "ts", ready.is_set)},
                    clock=lambda: DUE)
    assert ticker.run_once() == []
    assert coach.store.nudges.records() == []  # nothing claimed, so nothing lost
    ready.set()
    assert [o.status for o in ticker.run_once()] == ["sent"]
    assert sent == ["C1"]


def test_a_failing_tick_does_not_kill_the_ticker(coach):
    calls = []

    def broken_ready() -> bool:
        calls.append(1)
        raise RuntimeError("client exploded")

    ticker = Ticker(coach, {"discord": Sender(lambda s, r: "x", broken_ready), "slack": lambda s, r: "ts"},
                    clock=lambda: DUE)
    outcomes = ticker.run_once()
    assert calls == [1] and [o.status for o in outcomes] == ["sent"]


def test_one_ticker_per_process(coach):
    first = start_ticker(coach, {"slack": lambda s, r: "ts"}, interval=3600)
    second = start_ticker(coach, {"discord": lambda s, r: "id"}, interval=3600)
    assert first is second and set(first.senders) == {"slack", "discord"}
    assert sum(t.name == "coach-nudge-ticker" for t in threading.enumerate()) == 1
    first.stop()
    assert not first.thread.is_alive() and ticker_module.running() is None


def test_no_ticker_without_team_memory():
    assert start_ticker(build_coach(advice=ADVICE), {"slack": lambda s, r: "ts"}) is None


def test_slack_and_discord_register_their_senders(coach, tmp_path):
    from slack_sdk import WebClient

    from adapters.discord import build_client
    from adapters.discord import start_nudges as discord_nudges
    from adapters.slack.nudges import start_nudges as slack_nudges
    from bot.config import Config

    ticker = slack_nudges(coach, WebClient(token="xoxb-test", base_url="http://127.0.0.1:9/"))
    discord_client = build_client(coach, Config(data_dir=tmp_path, discord_sync="off"))  # not connected
    assert discord_nudges(discord_client) is ticker
    assert set(ticker.senders) == {"slack", "discord"}
    assert ticker.senders["discord"].ready() is False  # skipped until the client is connected
