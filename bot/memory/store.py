"""Team memory: one SQLite file (or one PostgreSQL database) that remembers what a team posts
and reviews.

    store = Store.open(config.database)  # a path, or a postgresql:// URL (COACH_DATABASE_URL)
    store.log_posts([record, ...])       # published, imported or observed messages
    store.log_review(review_id, ctx, review, draft)
    store.dismiss(review_id, rule_id, ctx, reason)
    store.forget_user("U123"); store.purge()

Every write is a short transaction: several threads or processes write at once without losing
a row, and a process killed mid-import leaves the memory as of its last committed batch. The
backends: bot.memory.sqlite (the default) and bot.memory.postgres, the same SQL on both; schema:
bot.memory.schema; the work of each verb: posts, reviews, reads, forgetting, import_log, ledger
(`store.nudges`), requests (`store.requests`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from bot.config import is_postgres_url
from bot.engine.review import Review
from bot.engine.targets import CATEGORIES, bundled_targets  # noqa: F401  (callers read CATEGORIES here)
from bot.memory import forgetting, import_log, reads, reviews
from bot.memory.ledger import NudgeLedger
from bot.memory.posts import NO_CHANNEL, LogResult, PostRecord, day_of, insert_posts  # noqa: F401  (callers read PostRecord, day_of here)
from bot.memory.requests import HandledRequests
from bot.memory.sql import RETRYABLE_ERRORS, Connection
from bot.memory.sqlite import SQLite

if TYPE_CHECKING:
    from bot.memory.postgres import Postgres

KINDS = ("team", "community")  # the team's own posts | what the community says in observed channels
STORE_TEXT = ("posts", "all", "none")  # keep post texts (default) | also draft texts | fingerprints only
DEFAULT_SETTINGS: dict[str, Any] = {
    "store_text": "posts",
    "retention_days": 0,  # 0: keep everything until an admin sets a number of days
    "target_mix": bundled_targets().shares(),  # advice/targets.yaml: the one set habits, nudges and plans use
    "target_posts_per_week": 3,
    "audience_topics": [],
}
TABLES = ("workspaces", "channels", "members", "posts", "post_links", "post_signatures", "post_minhash_bands",
          "daily_activity", "community_words", "community_member_words", "reviews", "review_findings", "dismissals",
          "settings", "imports")
_MISSING = object()


class Store:
    """Team memory: a SQLite file (the default), or a PostgreSQL database when opened with a
    `postgresql://` URL (COACH_DATABASE_URL). Safe to share between threads, and between
    processes on the same file or database."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._ids: dict[tuple, tuple[int, str]] = {}  # (table, scope, platform id) -> (row id, name)
        self._forgets: int | None = None  # store_meta.forgets when _ids was filled: a forget anywhere empties it
        if is_postgres_url(self.path):
            from bot.memory.postgres import Postgres

            self.backend: SQLite | Postgres = Postgres(self.path)
        else:
            self.backend = SQLite(self.path)
        self.migrate()

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """A SQLite file by its path (`:memory:` for a throwaway one), or PostgreSQL by its URL."""
        return cls(path)

    def __repr__(self) -> str:
        return f"Store({self.backend!r})"

    @property
    def kind(self) -> str:
        """sqlite | postgresql"""
        return self.backend.name

    @cached_property
    def nudges(self) -> NudgeLedger:
        """The weekly nudges' schedules and send ledger, in this database."""
        return NudgeLedger(self)

    @cached_property
    def requests(self) -> HandledRequests:
        """Requests already handled (Slack's retries), shared by every process on this database."""
        return HandledRequests(self)

    # -- connections and transactions ------------------------------------

    @property
    def db(self) -> Database:
        """This thread's sqlite-utils connection (SQLite only)."""
        if not isinstance(self.backend, SQLite):
            raise AttributeError("store.db is SQLite's (sqlite-utils); this store is on PostgreSQL")
        return self.backend.db

    @property
    def conn(self) -> Connection:
        """Where this thread's statements go: on SQLite its own connection; on PostgreSQL the
        connection of its open transaction, else the pool (one connection per statement)."""
        return self.backend.conn

    @contextmanager
    def transaction(self, exclusive: bool = False, durable: bool = False) -> Iterator[Connection]:
        """A short write transaction (SQLite: BEGIN IMMEDIATE, so that it never deadlocks;
        PostgreSQL: a shared advisory lock, exclusive for a forget, and `durable` waits for the
        log to reach the disk at commit: the nudge ledger and forgets). The cached ids are dropped
        when any process forgot someone since they were cached (checked inside the lock, so no
        forget can slip in before this transaction's writes)."""
        try:
            with self.backend.transaction(exclusive, durable or exclusive) as (conn, forgets):
                if forgets != self._forgets:
                    self._ids.clear()
                    self._forgets = forgets
                yield conn
        except BaseException:
            self._invalidate_ids()  # ids created in this transaction are gone
            raise

    def migrate(self) -> None:
        """Apply pending migrations (bot.memory.schema), one process at a time."""
        self.backend.migrate()

    def close(self) -> None:
        self.backend.close()

    def tables(self) -> list[str]:
        """Team memory's tables (other features may keep theirs in the same database)."""
        present = set(self.backend.table_names())
        return [name for name in TABLES if name in present]

    def counts(self) -> dict[str, int]:
        """Rows per table: what an import added, what forget removed."""
        return {name: self.conn.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0] for name in self.tables()}

    # -- who and where ---------------------------------------------------

    def _resolve(self, conn: Connection, table: str, scope: tuple, platform_id: str,
                 name: str = "", extra: dict[str, Any] | None = None) -> int:
        """The row id of a workspace, channel or member, created on first sight (inside a write)."""
        key = (table, *scope, platform_id)
        cached = self._ids.get(key)
        if cached is not None and (not name or name == cached[1]):
            return cached[0]
        label = {"workspaces": "name", "channels": "name", "members": "display_name"}[table]
        if table == "workspaces":
            where, params = "platform = ? AND platform_id = ?", [scope[0], platform_id]
        else:
            where, params = "workspace_id = ? AND platform_id = ?", [scope[0], platform_id]
        row = conn.execute(f"SELECT id, {label} FROM {table} WHERE {where}", params).fetchone()
        if row is None:
            columns = {("platform" if table == "workspaces" else "workspace_id"): scope[0],
                       "platform_id": platform_id, label: name or platform_id, **(extra or {})}
            if table == "workspaces":
                columns["first_seen_at"] = int(time.time())
            names = ", ".join(columns)
            cursor = conn.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))}) "
                                  "ON CONFLICT DO NOTHING", list(columns.values()))
            if cursor.rowcount != 1:  # another process created it since (PostgreSQL: writers run side by side)
                return self._resolve(conn, table, scope, platform_id, name, extra)
            row_id, current = int(cursor.lastrowid), name or platform_id
        else:
            row_id, current = int(row[0]), row[1]
            if name and current != name:
                conn.execute(f"UPDATE {table} SET {label} = ? WHERE id = ?", [name, row_id])
                current = name
        self._ids[key] = (row_id, current)
        return row_id

    def ids(self, conn: Connection, platform: str, workspace: str, channel: str = "",
            member: str = "", names: tuple[str, str, str] = ("", "", "")) -> tuple[int, int | None, int | None]:
        ws = self._resolve(conn, "workspaces", (platform,), workspace, names[0])
        ch = self._resolve(conn, "channels", (ws,), channel, names[1]) if channel else None
        mb = self._resolve(conn, "members", (ws,), member, names[2]) if member else None
        return ws, ch, mb

    def find_workspace(self, platform: str, platform_id: str) -> int | None:
        row = self.conn.execute("SELECT id FROM workspaces WHERE platform = ? AND platform_id = ?",
                                [platform, platform_id]).fetchone()
        return row[0] if row else None

    def find_channel(self, workspace_id: int, platform_id: str) -> int | None:
        row = self.conn.execute("SELECT id FROM channels WHERE workspace_id = ? AND platform_id = ?",
                                [workspace_id, platform_id]).fetchone()
        return row[0] if row else None

    def workspaces(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT w.id, w.platform, w.platform_id, w.name, "
            "(SELECT COUNT(*) FROM posts p WHERE p.workspace_id = w.id) FROM workspaces w ORDER BY w.id").fetchall()
        return [dict(zip(("id", "platform", "platform_id", "name", "posts"), r, strict=True)) for r in rows]

    def lookup_workspace(self, text: str) -> list[dict[str, Any]]:
        """Workspaces whose platform id or name is `text` (case-insensitive)."""
        wanted = text.casefold()
        return [w for w in self.workspaces()
                if wanted in (str(w["platform_id"]).casefold(), str(w["name"] or "").casefold(), str(w["id"]))]

    def _invalidate_ids(self) -> None:
        self._ids.clear()

    # -- what the rest of Coach asks (bot.memory.reads) -----------------

    def channels(self, workspace_id: int) -> list[reads.Channel]:
        return reads.channels(self.conn, workspace_id)

    def channel_platform_id(self, channel_id: int) -> str | None:
        return reads.channel_platform_id(self.conn, channel_id)

    def members_named(self, who: str, workspace_id: int | None = None) -> list[dict[str, Any]]:
        return reads.members_named(self.conn, who, workspace_id)

    def stored_about(self, platform: str, workspace: str, member: str) -> dict[str, int]:
        """Rows that name a member in a workspace (posts, reviews, dismissals): what `forget` deletes."""
        ws = self.find_workspace(platform, workspace)
        return reads.stored_about(self.conn, ws, member) if ws is not None else dict.fromkeys(
            ("posts", "reviews", "dismissals"), 0)

    def reviewed_by(self, review_id: str, platform: str, workspace: str, member: str) -> bool:
        return reads.reviewed_by(self.conn, review_id, platform, workspace, member)

    def team_posts_since(self, workspace_id: int | None, since: float) -> int:
        return reads.team_posts_since(self.conn, workspace_id, since)

    def existing_reviews(self, ids: Iterable[str]) -> set[str]:
        return reads.existing_reviews(self.conn, ids)

    def top_finding(self, workspace_id: int, since: int, until: int) -> tuple[str, int] | None:
        return reads.top_finding(self.conn, workspace_id, since, until)

    def last_team_post(self, workspace_id: int, until: int) -> int | None:
        return reads.last_team_post(self.conn, workspace_id, until)

    # -- settings --------------------------------------------------------

    def get_setting(self, key: str, workspace_id: int | None = 0, channel_id: int | None = 0,
                    default: Any = _MISSING) -> Any:
        """The channel's value, else the workspace's, else the global one, else the default."""
        ws, ch = workspace_id or 0, channel_id or 0
        rows = self.conn.execute(  # the three scopes in one statement: one round trip to a server
            "SELECT workspace_id, channel_id, value FROM settings WHERE key = ? AND ((workspace_id = ? AND "
            "channel_id IN (?, 0)) OR (workspace_id = 0 AND channel_id = 0))", [key, ws, ch]).fetchall()
        found = {(r[0], r[1]): r[2] for r in rows}
        for scope in ((ws, ch), (ws, 0), (0, 0)):
            if scope in found:
                return json.loads(found[scope])
        if default is not _MISSING:
            return default
        return DEFAULT_SETTINGS.get(key)

    def set_setting(self, key: str, value: Any, workspace_id: int | None = 0, channel_id: int | None = 0,
                    by: str = "") -> None:
        if key == "store_text" and value not in STORE_TEXT:
            raise ValueError(f"store_text must be one of {', '.join(STORE_TEXT)}")
        if key == "retention_days" and (not isinstance(value, int) or value < 0):
            raise ValueError("retention_days must be a whole number of days (0 keeps everything)")
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (workspace_id, channel_id, key, value, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (workspace_id, channel_id, key) DO UPDATE SET "
                "value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                [workspace_id or 0, channel_id or 0, key, json.dumps(value), int(time.time()), by or None])

    def all_settings(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT workspace_id, channel_id, key, value FROM settings ORDER BY 1, 2, 3").fetchall()
        return [{"workspace_id": r[0], "channel_id": r[1], "key": r[2], "value": json.loads(r[3])} for r in rows]

    # -- observed channels -----------------------------------------------

    def set_observed(self, platform: str, workspace: str, channel: str, on: bool, channel_name: str = "",
                     workspace_name: str = "") -> None:
        with self.transaction() as conn:
            _, ch, _ = self.ids(conn, platform, workspace, channel, names=(workspace_name, channel_name, ""))
            conn.execute("UPDATE channels SET observed = ?, observed_since = ? WHERE id = ?",
                         [int(on), int(time.time()) if on else None, ch])

    def is_observed(self, platform: str, workspace: str, channel: str) -> bool:
        row = self.conn.execute(
            "SELECT c.observed FROM channels c JOIN workspaces w ON w.id = c.workspace_id "
            "WHERE w.platform = ? AND w.platform_id = ? AND c.platform_id = ?", [platform, workspace, channel]).fetchone()
        return bool(row and row[0])

    def observed_channels(self, workspace_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT id, platform_id, name FROM channels WHERE workspace_id = ? AND observed = 1",
                                 [workspace_id]).fetchall()
        return [{"id": r[0], "platform_id": r[1], "name": r[2]} for r in rows]

    # -- posts -----------------------------------------------------------

    def known_messages(self, platform: str, workspace: str, channel: str, message_ids: Iterable[str]) -> set[str]:
        """Which of these messages are already remembered (an import skips them before any work)."""
        ids = list(message_ids)
        if not ids:
            return set()
        ws = self.find_workspace(platform, workspace)
        ch = self.find_channel(ws, channel) if ws is not None else None
        if ch is None:
            return set()
        ranged = import_log.known_in_range(self.conn, ch, ids)
        if ranged is not None:
            return ranged
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.conn.execute(f"SELECT message_id FROM posts WHERE channel_id = ? AND message_id IN "
                                     f"({', '.join('?' * len(chunk))})", [ch, *chunk]).fetchall()
            found.update(r[0] for r in rows)
        return found

    def log_post(self, record: PostRecord) -> int | None:
        """Remember one post; its id, or None when it was already remembered."""
        result = self.log_posts([record])
        return result.post_ids[0] if result.post_ids else None

    def log_posts(self, records: Iterable[PostRecord]) -> LogResult:
        """Remember a batch of posts in one short transaction; already known messages are skipped."""
        batch = list(records)
        if not batch:
            return LogResult()
        for attempt in range(2):
            try:
                with self.transaction() as conn:
                    return self._insert_posts(conn, batch)
            except RETRYABLE_ERRORS:
                # A member or channel forgotten by another process since we cached its id (or, on
                # PostgreSQL, a deadlock with another writer that the server broke by cancelling us).
                self._invalidate_ids()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def _insert_posts(self, conn: Connection, batch: list[PostRecord]) -> LogResult:
        """One batch, inside the caller's transaction (bot.memory.posts)."""
        return insert_posts(self, conn, batch)

    # -- reviews and dismissals (bot.memory.reviews) ---------------------

    def log_review(self, review_id: str, ctx: reviews.Asker, review: Review, draft: str, at: float | None = None) -> None:
        """Remember a review: score, rules fired, the draft's fingerprint (its text only if store_text is all)."""
        reviews.log_review(self, review_id, ctx, review, draft, at)

    def attach_post(self, review_id: str, post_id: int) -> None:
        reviews.attach_post(self, review_id, post_id)

    def has_review(self, review_id: str) -> bool:
        """Whether a review is still remembered (a forget or a purge, in any process, deletes it)."""
        return self.conn.execute("SELECT 1 FROM reviews WHERE id = ?", [review_id]).fetchone() is not None

    def dismiss(self, review_id: str, rule_id: str, ctx: reviews.Asker, reason: str = "", at: float | None = None) -> bool:
        """Remember that a finding was "not for this post"; False if it was already dismissed."""
        return reviews.dismiss(self, review_id, rule_id, ctx, reason, at)

    # -- privacy ---------------------------------------------------------

    def forget_user(self, platform_id: str, workspace_id: int | None = None) -> dict[str, int]:
        """Delete every row of a member (by platform user id) in every table; rows deleted per table."""
        return forgetting.forget_user(self, platform_id, workspace_id)

    def bulk_writes(self) -> AbstractContextManager[None]:
        """Around an import's batches: SQLite keeps a larger page cache and checkpoints less often
        (bot.memory.sqlite.SQLite.bulk_writes); each batch stays its own committed transaction."""
        return self.backend.bulk_writes()

    def checkpoint(self) -> bool:
        """SQLite: empty the write-ahead log into the file, so nothing deleted stays readable
        there; False when a reader kept part of it in use. PostgreSQL: nothing to do."""
        return self.backend.checkpoint()

    def purge(self, now: float | None = None, days: int | None = None) -> dict[str, int]:
        """Delete what is older than each workspace's `retention_days` (or `days` for all); rows per table."""
        return forgetting.purge(self, now, days)

    # -- imports ---------------------------------------------------------

    def start_import(self, platform: str, path: str) -> int:
        """Log an import as running; earlier runs left running by a dead process become `resumed` or `abandoned`."""
        return import_log.start_import(self, platform, path)

    def finish_import(self, import_id: int, added: int, skipped: int, malformed: int, status: str = "finished") -> None:
        """`finished`, or `failed` when the import stopped on an error (what it wrote stays)."""
        import_log.finish_import(self, import_id, added, skipped, malformed, status)
