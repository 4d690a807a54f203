"""Sending each weekly nudge exactly once: claim, then compose, then post, then record.

    reply, tip = host.nudge(schedule, now)                # compose (also the dry run)
    tick(host, "slack", send, now) -> [Outcome]            # claim, then send, what is due

The core composes and claims; adapters only deliver (`send(schedule, reply)`
posts the reply and returns the platform's message id). Nothing here imports a
chat platform.

Sending once: "never twice" wins over "always"
-----------------------------------------------
A nudge is claimed under the UNIQUE key (platform, workspace, channel, ISO week)
before anything is posted (`store.nudges.claim`), so restarts, retries and
several processes cannot send a week's nudge twice. Each claim moves through
`claimed -> sending -> sent` and the ledger decides what a crash means:

* crash after the claim, before `sending`: nothing was posted. Once the claim's
  lease (10 minutes) has run out, a later tick takes it over and sends, if the
  slot is still within the grace window.
* crash (or a timeout, a dropped connection...) after `sending`: the post may
  or may not have reached the platform. Coach cannot ask Slack or Discord
  "did this post go out?" without reading the channel's history, so the row
  stays `sending`/`unknown` and is **never re-sent**: at most once. It is
  reported by `coach nudge --status` and in the logs. A missed nudge costs a
  team one reminder; a duplicate looks broken in a public channel.
* the platform refused (`NotDelivered`: not in channel, archived, forbidden):
  nothing was posted, so a later tick may retry, up to MAX_ATTEMPTS per week.

Adapters raise `NotDelivered` only when they know nothing was posted; any
other exception counts as "maybe posted".
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from bot.memory.ledger import LEASE, Claim, NudgeLedger
from bot.memory.store import Store
from bot.nudges.schedule import DEFAULT_GRACE, Schedule, due_slot

log = logging.getLogger("coach.nudges")

ReplyT = TypeVar("ReplyT")
ReplyT_co = TypeVar("ReplyT_co", covariant=True)


class NudgeHost(Protocol[ReplyT_co]):
    """What sends nudges: team memory, and the nudge a channel gets (the Coach: bot.chat.coach)."""

    store: Store | None

    def nudge(self, schedule: Schedule, now: datetime) -> tuple[ReplyT_co, str]: ...


Send = Callable[[Schedule, ReplyT], "str | None"]


def ledger_of(host: NudgeHost[object]) -> NudgeLedger:
    """The send ledger of the host's team memory: nudges need one."""
    if host.store is None:
        raise RuntimeError("weekly nudges need team memory: this Coach has no store")
    return host.store.nudges


class NotDelivered(Exception):
    """Raised by an adapter's send when the platform refused the post: nothing was
    posted, so the nudge may be tried again. Any other exception from a send
    means "maybe posted" and is never retried."""


@dataclass(frozen=True)
class Outcome:
    schedule: Schedule
    week: str
    status: str  # sent | failed (not posted, may retry) | unknown (maybe posted) | lost (claim taken over)
    detail: str = ""
    message_id: str = ""


def default_owner() -> str:
    """Who holds a claim: host, process and a random suffix (two tickers in one
    process never share an owner)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def send_claimed(coach: NudgeHost[ReplyT], nudges: NudgeLedger, claim: Claim, send: Send[ReplyT], now: datetime) -> Outcome:
    """Compose, mark `sending`, post, record. Never posts without a live claim."""
    schedule, week = claim.schedule, claim.slot.week
    try:
        reply, tip = coach.nudge(schedule, now)
    except Exception as error:  # composing failed: nothing was posted, the claim is released as failed
        log.exception("Composing the nudge for %s failed", schedule.key)
        nudges.mark_failed(claim, f"compose: {error!r}", sending=False)
        return Outcome(schedule, week, "failed", f"compose: {error!r}")
    if not nudges.begin_send(claim, now, tip):
        return Outcome(schedule, week, "lost", "the claim was taken over")
    try:
        message_id = send(schedule, reply)
    except NotDelivered as error:
        nudges.mark_failed(claim, str(error) or repr(error))
        log.warning("Nudge for %s not delivered: %s", schedule.key, error)
        return Outcome(schedule, week, "failed", str(error))
    except Exception as error:  # maybe posted: at most once, never retried
        nudges.mark_unknown(claim, repr(error))
        log.error("Nudge for %s may or may not have been posted (%r); it will not be retried", schedule.key, error)
        return Outcome(schedule, week, "unknown", repr(error))
    nudges.mark_sent(claim, now, str(message_id or ""))
    return Outcome(schedule, week, "sent", message_id=str(message_id or ""))


def tick(coach: NudgeHost[ReplyT], platform: str, send: Send[ReplyT], now: datetime, *, owner: str | None = None,
         grace: timedelta = DEFAULT_GRACE, lease: timedelta = LEASE,
         nudges: NudgeLedger | None = None) -> list[Outcome]:
    """Send every nudge of `platform` that is due at `now` and not yet claimed.
    Safe to call as often as you like, from as many processes as you like."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    nudges = nudges or ledger_of(coach)
    owner = owner or default_owner()
    outcomes: list[Outcome] = []
    for schedule in nudges.schedules(platform):
        slot = due_slot(now, schedule, grace)
        if slot is None:
            continue
        claim = nudges.claim(schedule, slot, owner, now, lease)
        if claim is None:
            continue
        outcomes.append(send_claimed(coach, nudges, claim, send, now))
    return outcomes
