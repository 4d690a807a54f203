"""One nudge ticker per process: a daemon thread that calls `tick` every minute.

    ticker = start_ticker(coach, {"slack": send})   # adapters, at start-up
    ticker.stop()

The ticker holds no state worth keeping: what was sent lives in the ledger
(`nudge_sends`), so a restart simply ticks again and the claims decide. Unlike
`discord.ext.tasks.loop(time=...)`, it catches up after downtime (within the
grace window) and never re-runs a half-done iteration on its own.

Each platform has a sender: `send(schedule, reply) -> message id`, and an
optional `ready()` (the Discord client is not ready to post until it has
logged in); a platform that is not ready is skipped until the next tick,
before anything is claimed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Generic

from bot.memory.ledger import NudgeLedger
from bot.nudges.schedule import DEFAULT_GRACE
from bot.nudges.sending import NudgeHost, Outcome, ReplyT, Send, default_owner, ledger_of, tick

log = logging.getLogger("coach.ticker")
INTERVAL = 60.0  # seconds between ticks


@dataclass(frozen=True)
class Sender(Generic[ReplyT]):
    """A platform's way to post a nudge (a Reply, from the Coach), and whether it can yet."""

    send: Send[ReplyT]
    ready: Callable[[], bool] = lambda: True


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Ticker(Generic[ReplyT]):
    def __init__(self, coach: NudgeHost[ReplyT], senders: dict[str, Sender[ReplyT] | Send[ReplyT]], *,
                 clock: Callable[[], datetime] = _utcnow, interval: float = INTERVAL,
                 grace: timedelta = DEFAULT_GRACE, stop: threading.Event | None = None,
                 nudges: NudgeLedger | None = None):
        self.coach = coach
        self.senders = {name: s if isinstance(s, Sender) else Sender(s) for name, s in senders.items()}
        self.clock, self.interval, self.grace = clock, interval, grace
        self.stopped = stop or threading.Event()
        self.nudges = nudges or ledger_of(coach)
        self.owner = default_owner()
        self.thread: threading.Thread | None = None

    def run_once(self) -> list[Outcome]:
        """One tick for every ready platform. Errors are logged, never raised:
        a broken tick must not kill the thread (the next one tries again)."""
        outcomes: list[Outcome] = []
        now = self.clock()
        for platform, sender in list(self.senders.items()):
            try:
                if not sender.ready():
                    continue
                done = tick(self.coach, platform, sender.send, now, owner=self.owner, grace=self.grace,
                            nudges=self.nudges)
            except Exception:
                log.exception("Nudge tick for %s failed", platform)
                continue
            for outcome in done:
                log.info("Nudge %s for %s %s: %s %s", outcome.week, platform, outcome.schedule.channel,
                         outcome.status, outcome.detail)
            outcomes.extend(done)
        return outcomes

    def run(self) -> None:
        while not self.stopped.is_set():
            self.run_once()
            self.stopped.wait(self.interval)

    def start(self) -> Ticker[ReplyT]:
        self.thread = threading.Thread(target=self.run, name="coach-nudge-ticker", daemon=True)
        self.thread.start()
        return self

    def stop(self, timeout: float | None = 10) -> None:
        self.stopped.set()
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join(timeout)
        with _LOCK:
            global _RUNNING
            if _RUNNING is self:
                _RUNNING = None


_LOCK = threading.Lock()
_RUNNING: Ticker[object] | None = None  # whatever its hosts' replies are


def start_ticker(coach: NudgeHost[ReplyT], senders: dict[str, Sender[ReplyT] | Send[ReplyT]], *,
                 interval: float = INTERVAL, clock: Callable[[], datetime] = _utcnow) -> Ticker[ReplyT] | None:
    """Start this process's ticker, or return the one already running (one per
    process: a second adapter in the same process adds nothing but risk).
    None when team memory is off, since schedules live there."""
    global _RUNNING
    with _LOCK:
        if _RUNNING is not None and not _RUNNING.stopped.is_set():
            for name, sender in senders.items():
                _RUNNING.senders.setdefault(name, sender if isinstance(sender, Sender) else Sender(sender))  # type: ignore[arg-type]
            return _RUNNING  # type: ignore[return-value]
        if coach.store is None:
            log.info("Weekly nudges are off: team memory (the store) is not configured")
            return None
        ticker = Ticker(coach, senders, interval=interval, clock=clock).start()
        _RUNNING = ticker  # type: ignore[assignment]
        return ticker


def running() -> Ticker | None:
    return _RUNNING
