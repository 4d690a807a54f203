"""What the weekly-nudge tests share: a recording stand-in for the platform, Paris schedules on
an injected clock, and posts logged in team memory at given times."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from bot.chat.coach import Coach
from bot.engine.advice import load_advice
from bot.memory.ledger import NudgeLedger
from bot.memory.store import PostRecord, Store
from bot.nudges.schedule import Schedule

ROOT = Path(__file__).resolve().parents[1]
ADVICE = load_advice()
MON = 0
PARIS_MONDAY_NINE = datetime(2026, 3, 30, 7, 0, tzinfo=UTC)  # 09:00 CEST, the first Monday after spring forward


class Sends:
    """A platform stand-in: remembers every post, thread-safely."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, str]] = []
        self.lock = threading.Lock()

    def __call__(self, schedule: Schedule, reply) -> str:
        with self.lock:
            self.posts.append((schedule.channel, reply.text()))
            return f"msg-{len(self.posts)}"

    def channels(self) -> list[str]:
        return [c for c, _ in self.posts]



def paris(channel: str = "C1", **kw) -> Schedule:
    defaults = dict(weekday=MON, at=time(9, 0), tz="Europe/Paris", language="en")
    return Schedule("slack", "T1", channel, **{**defaults, **kw})


def schedule_all(coach: Coach, *schedules: Schedule) -> NudgeLedger:
    nudges = coach.store.nudges
    for s in schedules:
        nudges.save_schedule(s, PARIS_MONDAY_NINE - timedelta(days=30), by="U-admin")
    return nudges


def post(store: Store, at: datetime, n: str, cats: tuple[str, ...] = ("give",), member: str = "U1",
         workspace: str = "T1") -> None:
    store.log_posts([PostRecord("slack", workspace, "C-social", member, n, at.timestamp(), f"post {n}",
                                categories=frozenset(cats))])
