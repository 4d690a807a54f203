"""Where weekly nudges keep their state: schedules and the send ledger (`store.nudges`).

Two tables in team memory's database (the SQLite file, or PostgreSQL):

* `nudge_schedules`: one row per (platform, workspace, channel).
* `nudge_sends`: one row per (platform, workspace, channel, ISO week), UNIQUE.
  A nudge is claimed by inserting its row *before* anything is posted, so two
  tickers (threads or processes) racing for the same week cannot both win.

Reads use the store's connection of the thread; every write is one of the
store's short transactions, so the ledger can be shared by threads and several
processes can use the same database. On SQLite the writes are serialised
(BEGIN IMMEDIATE; `busy_timeout` makes the loser wait instead of failing). On
PostgreSQL they run side by side, and the claim stays single: the INSERT ... ON
CONFLICT DO NOTHING on the UNIQUE key lets one transaction insert the row (a
second waits for the first to commit, then finds it), and a takeover is an
UPDATE whose WHERE names the status and attempt it read, re-checked by
PostgreSQL on the row's latest version once the row lock is free: of two
racing takeovers, one matches and the other updates nothing.

The life of a send, and what a crash at each point means (see `bot.nudges`):

    claimed ──begin_send──▶ sending ──▶ sent
       │                       ├──────▶ failed   (the platform said no: nothing was posted)
       │                       └──────▶ unknown  (an error after the request left: maybe posted)
       └── (crash) stays `claimed`: nothing was posted yet. Once the lease
           expires, a later tick may take the claim over (attempt + 1).
    A crash while `sending` leaves the row `sending` for ever: the post may or
    may not have gone out, so it is never retried (at most once), and it is
    reported by `coach nudge --status`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bot.memory.sql import Connection, dicts

LEASE = timedelta(minutes=10)  # a claim not yet `sending` after this is presumed crashed
MAX_ATTEMPTS = 3  # claims + retries after a platform refusal, per channel and week

SCHEMA = """
CREATE TABLE IF NOT EXISTS nudge_schedules (
    platform   TEXT NOT NULL,
    workspace  TEXT NOT NULL,
    channel    TEXT NOT NULL,
    weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    at         TEXT NOT NULL,
    tz         TEXT NOT NULL,
    language   TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    enabled    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT,
    updated_by TEXT,
    PRIMARY KEY (platform, workspace, channel)
);
CREATE TABLE IF NOT EXISTS nudge_sends (
    id          INTEGER PRIMARY KEY,
    platform    TEXT NOT NULL,
    workspace   TEXT NOT NULL,
    channel     TEXT NOT NULL,
    week        TEXT NOT NULL,
    slot_at     TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('claimed', 'sending', 'sent', 'failed', 'unknown')),
    owner       TEXT NOT NULL,
    attempt     INTEGER NOT NULL DEFAULT 1,
    claimed_at  TEXT NOT NULL,
    sending_at  TEXT,
    sent_at     TEXT,
    message_id  TEXT,
    tip_rule    TEXT,
    error       TEXT,
    UNIQUE (platform, workspace, channel, week)
);
"""


def _iso(instant: datetime) -> str:
    return instant.astimezone(UTC).isoformat(timespec="seconds")


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass(frozen=True)
class Schedule:
    platform: str  # slack | discord | console
    workspace: str  # Slack team id, Discord guild id, "local"
    channel: str
    weekday: int = 0  # Monday = 0 … Sunday = 6
    at: time = time(9, 0)  # local wall-clock time, naive
    tz: str = "UTC"
    language: str = "en"
    enabled: bool = True
    # When the schedule was last set: earlier slots are not due (an admin who sets
    # "Monday 09:00" at 10:00 on a Monday gets the first nudge next Monday).
    since: datetime | None = None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.platform, self.workspace, self.channel)

    def with_(self, **changes) -> Schedule:
        return replace(self, **changes)


@dataclass(frozen=True)
class Slot:
    """One occurrence of a schedule: the UTC instant it fires and its ISO week."""

    at: datetime  # aware, UTC
    local_date: date  # the schedule's weekday, in its zone
    week: str  # "2026-W13"


@dataclass(frozen=True)
class Claim:
    """The right to post one channel's nudge for one week. `attempt` fences it:
    a ticker whose claim was taken over can no longer move the row."""

    id: int
    schedule: Schedule
    slot: Slot
    owner: str
    attempt: int


@dataclass(frozen=True)
class SendRecord:
    platform: str
    workspace: str
    channel: str
    week: str
    slot_at: datetime
    status: str
    owner: str
    attempt: int
    claimed_at: datetime
    sending_at: datetime | None
    sent_at: datetime | None
    message_id: str
    tip_rule: str
    error: str


class Store(Protocol):
    """What the ledger needs of team memory's store (bot.memory.store.Store builds it: `store.nudges`)."""

    @property
    def conn(self) -> Connection: ...

    def transaction(self, exclusive: bool = False, durable: bool = False) -> AbstractContextManager[Connection]: ...


class NudgeLedger:
    """Schedules and the send ledger, in team memory's file (`store.nudges`): the tables come
    with the store's migrations, reads use its connection, writes its short transactions."""

    def __init__(self, store: Store):
        self.store = store

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A write, as one short transaction of the store (SQLite: BEGIN IMMEDIATE), on disk
        before it returns (PostgreSQL: synchronous_commit on): a claim or a `sending` mark
        is never lost by a crash after the post went out."""
        with self.store.transaction(durable=True) as conn:
            yield conn

    def _rows(self, sql: str, args: Sequence[object]) -> list[dict[str, Any]]:
        return dicts(self.store.conn.execute(sql, args))

    # ------------------------------------------------------------ schedules

    def save_schedule(self, schedule: Schedule, now: datetime, by: str = "") -> None:
        with self.connect() as conn:
            conn.execute(
                """INSERT INTO nudge_schedules VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (platform, workspace, channel) DO UPDATE SET
                     weekday = excluded.weekday, at = excluded.at, tz = excluded.tz,
                     language = excluded.language, enabled = excluded.enabled,
                     updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                (*schedule.key, schedule.weekday, schedule.at.strftime("%H:%M"), schedule.tz,
                 schedule.language, int(schedule.enabled), _iso(now), by),
            )

    @staticmethod
    def _schedule(row: dict[str, Any]) -> Schedule:
        return Schedule(row["platform"], row["workspace"], row["channel"], row["weekday"],
                        time.fromisoformat(row["at"]), row["tz"], row["language"], bool(row["enabled"]),
                        since=_parse(row["updated_at"]))

    def schedule(self, platform: str, workspace: str, channel: str) -> Schedule | None:
        rows = self._rows("SELECT * FROM nudge_schedules WHERE platform = ? AND workspace = ? AND channel = ?",
                          (platform, workspace, channel))
        return self._schedule(rows[0]) if rows else None

    def schedules(self, platform: str | None = None, workspace: str | None = None) -> list[Schedule]:
        sql, args = "SELECT * FROM nudge_schedules WHERE 1 = 1", []
        if platform is not None:
            sql, args = sql + " AND platform = ?", [*args, platform]
        if workspace is not None:
            sql, args = sql + " AND workspace = ?", [*args, workspace]
        return [self._schedule(r) for r in self._rows(sql + " ORDER BY platform, workspace, channel", args)]

    # ------------------------------------------------------------ the ledger

    def claim(self, schedule: Schedule, slot: Slot, owner: str, now: datetime,
              lease: timedelta = LEASE) -> Claim | None:
        """Claim this channel's nudge for `slot.week`, or None if someone has it.

        Wins when no row exists yet; also takes over a row that is provably
        unsent: `claimed` with an expired lease (its ticker died before
        posting) or `failed` (the platform refused it), up to MAX_ATTEMPTS.
        Never takes over `sending`, `sent` or `unknown`.
        """
        with self.connect() as conn:
            cursor = conn.execute(
                """INSERT INTO nudge_sends
                   (platform, workspace, channel, week, slot_at, status, owner, attempt, claimed_at)
                   VALUES (?, ?, ?, ?, ?, 'claimed', ?, 1, ?)
                   ON CONFLICT (platform, workspace, channel, week) DO NOTHING""",
                (*schedule.key, slot.week, _iso(slot.at), owner, _iso(now)),
            )
            if cursor.rowcount == 1:
                return Claim(cursor.lastrowid, schedule, slot, owner, 1)
            rows = dicts(conn.execute(
                "SELECT id, status, attempt, claimed_at FROM nudge_sends"
                " WHERE platform = ? AND workspace = ? AND channel = ? AND week = ?",
                (*schedule.key, slot.week),
            ))
            row = rows[0] if rows else None
            if row is None or row["attempt"] >= MAX_ATTEMPTS:
                return None
            stale = row["status"] == "claimed" and _parse(row["claimed_at"]) <= now - lease
            if not (stale or row["status"] == "failed"):
                return None
            # Compare-and-swap on (status, attempt): of two tickers taking over
            # the same row, only the first UPDATE matches.
            cursor = conn.execute(
                """UPDATE nudge_sends SET status = 'claimed', owner = ?, attempt = attempt + 1,
                       claimed_at = ?, sending_at = NULL, error = NULL
                   WHERE id = ? AND status = ? AND attempt = ?""",
                (owner, _iso(now), row["id"], row["status"], row["attempt"]),
            )
            if cursor.rowcount != 1:
                return None
            return Claim(row["id"], schedule, slot, owner, row["attempt"] + 1)

    def _move(self, claim: Claim, src: str, dst: str, **fields: str | None) -> bool:
        sets = ", ".join(f"{name} = ?" for name in fields)
        with self.connect() as conn:
            cursor = conn.execute(
                f"UPDATE nudge_sends SET status = ?{', ' + sets if sets else ''}"
                " WHERE id = ? AND owner = ? AND attempt = ? AND status = ?",
                (dst, *fields.values(), claim.id, claim.owner, claim.attempt, src),
            )
            return cursor.rowcount == 1

    def begin_send(self, claim: Claim, now: datetime, tip_rule: str = "") -> bool:
        """Mark the claim `sending` just before the platform call. False means the
        claim was taken over (our lease ran out): do not post."""
        return self._move(claim, "claimed", "sending", sending_at=_iso(now), tip_rule=tip_rule or None)

    def mark_sent(self, claim: Claim, now: datetime, message_id: str = "") -> bool:
        return self._move(claim, "sending", "sent", sent_at=_iso(now), message_id=message_id or None)

    def mark_failed(self, claim: Claim, error: str, *, sending: bool = True) -> bool:
        """Nothing was posted (the platform refused, or composing failed): retryable."""
        return self._move(claim, "sending" if sending else "claimed", "failed", error=error[:500])

    def mark_unknown(self, claim: Claim, error: str) -> bool:
        """The post may have gone out: never retried."""
        return self._move(claim, "sending", "unknown", error=error[:500])

    def records(self, platform: str | None = None, channel: str | None = None) -> list[SendRecord]:
        sql, args = "SELECT * FROM nudge_sends WHERE 1 = 1", []
        if platform is not None:
            sql, args = sql + " AND platform = ?", [*args, platform]
        if channel is not None:
            sql, args = sql + " AND channel = ?", [*args, channel]
        rows = self._rows(sql + " ORDER BY slot_at, id", args)
        return [
            SendRecord(r["platform"], r["workspace"], r["channel"], r["week"], _parse(r["slot_at"]),
                       r["status"], r["owner"], r["attempt"], _parse(r["claimed_at"]),
                       _parse(r["sending_at"]), _parse(r["sent_at"]), r["message_id"] or "",
                       r["tip_rule"] or "", r["error"] or "")
            for r in rows
        ]

    def recent_tips(self, schedule: Schedule, limit: int = 52) -> list[str]:
        """Rules shown as tip of the week in this channel, newest first."""
        rows = self._rows(
            """SELECT tip_rule FROM nudge_sends
               WHERE platform = ? AND workspace = ? AND channel = ? AND tip_rule IS NOT NULL
                 AND status IN ('sending', 'sent', 'unknown')
               ORDER BY slot_at DESC LIMIT ?""",
            (*schedule.key, limit))
        return [r["tip_rule"] for r in rows]
