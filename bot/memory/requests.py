"""Requests already handled, in team memory's database (`store.requests`).

Slack sends an event again when it did not get its acknowledgement in time (X-Slack-Retry-Num
over HTTP, retry_attempt over Socket Mode), and behind a load balancer the retry may reach
another worker. Each gesture or event has a key that stays the same across retries (an
event_id, a trigger_id: adapters.slack.payloads.request_key); the first worker to insert it
handles the request, every later one sees the row and only acknowledges:

    if store.requests.first("event:Ev123"):
        ... handle it ...

One INSERT ... ON CONFLICT DO NOTHING on the key (a primary key) decides, on SQLite as on
PostgreSQL: of two workers inserting the same key at once, the second waits for the first
to commit and then inserts nothing. Keys older than `ttl` are deleted now and then (Slack
retries within minutes); the keys are opaque ids, no content.
"""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from typing import Protocol

from bot.memory.sql import Connection

TTL_S = 3600.0  # Slack gives up retrying after three attempts within minutes
PRUNE_EVERY = 500  # first() calls between two deletions of expired keys, per process


class Store(Protocol):
    def transaction(self, exclusive: bool = False) -> AbstractContextManager[Connection]: ...


class HandledRequests:
    """Keys of requests already taken, kept `ttl` seconds; shared by every process on the database."""

    def __init__(self, store: Store, ttl: float = TTL_S):
        self.store, self.ttl = store, ttl
        self._calls = 0

    def first(self, key: str, now: float | None = None) -> bool:
        """True for the one call (in any process) that takes `key` first; False for every later one."""
        now = time.time() if now is None else now
        self._calls += 1
        with self.store.transaction() as conn:
            if self._calls % PRUNE_EVERY == 1:
                self._prune(conn, now)
            taken = conn.execute("SELECT handled_at FROM handled_requests WHERE key = ?", [key]).fetchone()
            if taken is not None and taken[0] >= now - self.ttl:
                return False
            if taken is not None:  # seen long ago: a new request that happens to reuse the key
                conn.execute("DELETE FROM handled_requests WHERE key = ?", [key])
            cursor = conn.execute("INSERT INTO handled_requests (key, handled_at) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO NOTHING", [key, int(now)])
            return cursor.rowcount == 1

    def _prune(self, conn: Connection, now: float) -> None:
        conn.execute("DELETE FROM handled_requests WHERE handled_at < ?", [int(now - self.ttl)])

    def prune(self, now: float | None = None) -> None:
        """Delete the keys older than the ttl."""
        with self.store.transaction() as conn:
            self._prune(conn, time.time() if now is None else now)
