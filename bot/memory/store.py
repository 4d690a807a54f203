"""Team memory: one SQLite file that remembers what a team posts and reviews.

    store = Store.open(config.db)
    store.log_posts([record, ...])       # published, imported or observed messages
    store.log_review(review_id, ctx, review, draft)
    store.dismiss(review_id, rule_id, ctx, reason)
    store.forget_user("U123"); store.purge()

The file is opened in WAL mode with a busy timeout; every write is a short
`BEGIN IMMEDIATE` transaction, so several adapter tasks (threads or
processes) can write at once without losing a row, and a process killed in
the middle of an import leaves the file as of its last committed batch.
Schema changes are sqlite-utils migrations (table `_sqlite_migrations`).
Times are whole seconds since 1970 (UTC); the views `post_log` and
`review_log` show them as dates for Datasette.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bot.engine.targets import CATEGORIES, bundled_targets
from bot.memory import reads
from bot.memory import upgrades as store_upgrades
from bot.memory.ledger import NudgeLedger
from bot.memory.minhash import PERIOD
from bot.memory.postfeatures import PostFeatures

KINDS = ("team", "community")  # the team's own posts | what the community says in observed channels
STORE_TEXT = ("posts", "all", "none")  # keep post texts (default) | also draft texts | fingerprints only
DEFAULT_SETTINGS: dict[str, Any] = {
    "store_text": "posts",
    "retention_days": 0,  # 0: keep everything until an admin sets a number of days
    "target_mix": bundled_targets().shares(),  # advice/targets.yaml: the one set habits, nudges and plans use
    "target_posts_per_week": 3,
    "audience_topics": [],
}
BUSY_TIMEOUT_S = 30.0
TABLES = ("workspaces", "channels", "members", "posts", "post_links", "post_signatures", "post_minhash_bands",
          "daily_activity", "community_words", "community_member_words", "reviews", "review_findings", "dismissals",
          "settings", "imports")
NO_CHANNEL = "-"  # where a post goes when the platform did not say (a review from Slack's App Home)
_MISSING = object()

migrations = Migrations("coach")


def day_of(at: float) -> str:
    """The UTC date of a time, as daily_activity keys it."""
    return datetime.fromtimestamp(int(at), UTC).date().isoformat()


@migrations(name="001_team_memory")
def _initial(db: Database) -> None:
    db["workspaces"].create(
        {"id": int, "platform": str, "platform_id": str, "name": str, "first_seen_at": int},
        pk="id", not_null=["platform", "platform_id"],
    )
    db["workspaces"].create_index(["platform", "platform_id"], unique=True)
    db["channels"].create(
        {"id": int, "workspace_id": int, "platform_id": str, "name": str, "observed": int, "observed_since": int},
        pk="id", foreign_keys=[("workspace_id", "workspaces", "id")], not_null=["workspace_id", "platform_id"],
        defaults={"observed": 0},
    )
    db["channels"].create_index(["workspace_id", "platform_id"], unique=True)
    db["members"].create(
        {"id": int, "workspace_id": int, "platform_id": str, "display_name": str, "is_bot": int},
        pk="id", foreign_keys=[("workspace_id", "workspaces", "id")], not_null=["workspace_id", "platform_id"],
        defaults={"is_bot": 0},
    )
    db["members"].create_index(["workspace_id", "platform_id"], unique=True)
    db["members"].create_index(["platform_id"])
    db["posts"].create(
        {
            "id": int, "workspace_id": int, "channel_id": int, "member_id": int,
            "message_id": str, "thread_id": str, "posted_at": int,
            "kind": str, "source": str, "language": str,
            **{name: int for name in CATEGORIES},
            "link_domains": str, "text": str, "fingerprint": str,
        },
        pk="id",
        foreign_keys=[("workspace_id", "workspaces", "id"), ("channel_id", "channels", "id"),
                      ("member_id", "members", "id")],
        not_null=["workspace_id", "channel_id", "message_id", "posted_at", "kind"],
        defaults={name: 0 for name in CATEGORIES},
    )
    db["posts"].create_index(["channel_id", "message_id"], unique=True)
    # Covering index for the history checks (latest posts, ask share): they never read the rows.
    db["posts"].create_index(["workspace_id", "kind", "posted_at", "give", "ask"], index_name="posts_recent")
    db["posts"].create_index(["member_id"])
    db["posts"].create_index(["fingerprint"])
    db["post_links"].create(
        {"post_id": int, "url_hash": str, "domain": str, "url": str},
        pk=("post_id", "url_hash"), foreign_keys=[("post_id", "posts", "id")],
    )
    db["post_links"].create_index(["url_hash"])
    db["post_signatures"].create({"post_id": int, "signature": bytes}, pk="post_id",
                                 foreign_keys=[("post_id", "posts", "id")])
    db.execute(
        "CREATE TABLE post_minhash_bands (band INTEGER NOT NULL, posted_at INTEGER NOT NULL, "
        "post_id INTEGER NOT NULL REFERENCES posts(id), PRIMARY KEY (band, posted_at, post_id)) WITHOUT ROWID"
    )
    db["post_minhash_bands"].create_index(["post_id"])
    db["reviews"].create(
        {
            "id": str, "workspace_id": int, "channel_id": int, "member_id": int, "reviewed_at": int,
            "kind": str, "language": str, "score": int, "band": str, "rules": str,
            "draft_fingerprint": str, "draft_text": str, "post_id": int,
        },
        pk="id",
        foreign_keys=[("workspace_id", "workspaces", "id"), ("channel_id", "channels", "id"),
                      ("member_id", "members", "id"), ("post_id", "posts", "id")],
        not_null=["workspace_id", "reviewed_at"],
    )
    db["reviews"].create_index(["workspace_id", "reviewed_at"])
    db["reviews"].create_index(["member_id"])
    db["review_findings"].create(
        {"review_id": str, "rule_id": str, "severity": str, "matches": int, "shown": int},
        pk=("review_id", "rule_id"), foreign_keys=[("review_id", "reviews", "id")],
    )
    db["review_findings"].create_index(["rule_id"])
    db["dismissals"].create(
        {"id": int, "review_id": str, "rule_id": str, "workspace_id": int, "channel_id": int,
         "member_id": int, "dismissed_at": int, "reason": str},
        pk="id",
        foreign_keys=[("workspace_id", "workspaces", "id"), ("channel_id", "channels", "id"),
                      ("member_id", "members", "id")],
        not_null=["review_id", "rule_id", "workspace_id", "dismissed_at"],
    )
    db["dismissals"].create_index(["review_id", "rule_id", "member_id"], unique=True)
    db["dismissals"].create_index(["workspace_id", "rule_id"])
    db["dismissals"].create_index(["member_id"])
    db["settings"].create(
        {"workspace_id": int, "channel_id": int, "key": str, "value": str, "updated_at": int, "updated_by": str},
        pk=("workspace_id", "channel_id", "key"), not_null=["workspace_id", "channel_id", "key"],
    )
    # Posts per day, channel and member, kept up to date with `posts`: the habits report reads
    # a few thousand of these rows instead of aggregating a million posts.
    db.execute(
        "CREATE TABLE daily_activity (workspace_id INTEGER NOT NULL REFERENCES workspaces(id), "
        "channel_id INTEGER NOT NULL, member_id INTEGER NOT NULL, kind TEXT NOT NULL, day TEXT NOT NULL, "
        "posts INTEGER NOT NULL, give INTEGER NOT NULL, ask INTEGER NOT NULL, converse INTEGER NOT NULL, "
        "entertain INTEGER NOT NULL, news INTEGER NOT NULL, untagged INTEGER NOT NULL, "
        "first_at INTEGER NOT NULL, last_at INTEGER NOT NULL, "
        "PRIMARY KEY (workspace_id, kind, day, channel_id, member_id)) WITHOUT ROWID"
    )
    db["daily_activity"].create_index(["member_id"])
    db.execute(
        "CREATE TABLE community_words (workspace_id INTEGER NOT NULL REFERENCES workspaces(id), "
        "word TEXT NOT NULL, uses INTEGER NOT NULL, last_used_at INTEGER NOT NULL, "
        "PRIMARY KEY (workspace_id, word)) WITHOUT ROWID"
    )
    db["imports"].create(
        {"id": int, "platform": str, "path": str, "started_at": int, "finished_at": int,
         "added": int, "skipped": int, "malformed": int},
        pk="id",
    )
    db.create_view("post_log", """
        SELECT p.id, datetime(p.posted_at, 'unixepoch') AS posted, w.name AS workspace, c.name AS channel,
               m.display_name AS member, p.kind, p.source, p.language,
               trim((CASE WHEN p.give THEN 'give ' ELSE '' END) || (CASE WHEN p.ask THEN 'ask ' ELSE '' END) ||
                    (CASE WHEN p.converse THEN 'converse ' ELSE '' END) ||
                    (CASE WHEN p.entertain THEN 'entertain ' ELSE '' END) ||
                    (CASE WHEN p.news THEN 'news' ELSE '' END)) AS categories,
               p.link_domains, p.text, p.fingerprint
        FROM posts p JOIN workspaces w ON w.id = p.workspace_id JOIN channels c ON c.id = p.channel_id
        LEFT JOIN members m ON m.id = p.member_id""")
    db.create_view("review_log", """
        SELECT r.id, datetime(r.reviewed_at, 'unixepoch') AS reviewed, w.name AS workspace, c.name AS channel,
               m.display_name AS member, r.kind, r.language, r.score, r.band, r.rules, r.post_id
        FROM reviews r JOIN workspaces w ON w.id = r.workspace_id LEFT JOIN channels c ON c.id = r.channel_id
        LEFT JOIN members m ON m.id = r.member_id""")


@migrations(name="002_minhash_bands_by_month")
def _bands_by_month(db: Database) -> None:
    """Band keys are random: indexed by band first, every batch of posts rewrote pages all
    over the index. Keyed by 30-day period first, a batch only touches its period's part."""
    db.execute(
        "CREATE TABLE post_minhash_bands_by_month (month INTEGER NOT NULL, band INTEGER NOT NULL, "
        "posted_at INTEGER NOT NULL, post_id INTEGER NOT NULL REFERENCES posts(id), "
        "PRIMARY KEY (month, band, posted_at, post_id)) WITHOUT ROWID"
    )
    db.execute(f"INSERT INTO post_minhash_bands_by_month SELECT posted_at / {PERIOD}, band, posted_at, post_id "
               "FROM post_minhash_bands ORDER BY 1, 2, 3, 4")
    db.execute("DROP TABLE post_minhash_bands")
    db.execute("ALTER TABLE post_minhash_bands_by_month RENAME TO post_minhash_bands")
    db["post_minhash_bands"].create_index(["post_id"])


migrations(name="003_ids_never_reused")(store_upgrades.ids_never_reused)
migrations(name="004_community_member_words")(store_upgrades.member_words)
migrations(name="005_import_status")(store_upgrades.import_status)


@dataclass
class PostRecord:
    """One message to remember, with what tagging found in it."""

    platform: str
    workspace: str  # platform ids
    channel: str
    member: str
    message_id: str
    posted_at: float
    text: str
    kind: str = "team"
    source: str = "coach"
    language: str = ""
    categories: frozenset[str] = frozenset()
    thread_id: str = ""
    workspace_name: str = ""
    channel_name: str = ""
    member_name: str = ""
    member_is_bot: bool = False
    features: PostFeatures | None = None


@dataclass
class LogResult:
    added: int = 0
    skipped: int = 0  # already remembered
    post_ids: list[int] = field(default_factory=list)  # ids of the added posts, in order


class Store:
    """The SQLite file behind team memory. Safe to share between threads."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._ids: dict[tuple, tuple[int, str]] = {}  # (table, scope, platform id) -> (row id, name)
        self._forgets: int | None = None  # store_meta.forgets when _ids was filled: a forget anywhere empties it
        if self.path != ":memory:":
            Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        db = self.db
        if self.path != ":memory:":
            db.enable_wal()
        self.migrate()

    @classmethod
    def open(cls, path: str | Path) -> Store:
        return cls(path)

    @cached_property
    def nudges(self) -> NudgeLedger:
        """The weekly nudges' schedules and send ledger, in this file."""
        return NudgeLedger(self)

    # -- connections and transactions ------------------------------------

    @property
    def db(self) -> Database:
        """This thread's connection (one connection per thread; `:memory:` shares one)."""
        db = getattr(self._local, "db", None)
        if db is None:
            if self.path == ":memory:" and self._connections:
                db = Database(self._connections[0])
            else:
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
                conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: consistent after a crash
                conn.execute("PRAGMA secure_delete = ON")  # deleted rows are overwritten, not left readable
                with self._lock:
                    self._connections.append(conn)
                db = Database(conn, execute_plugins=False)
            self._local.db = db
        return db

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A short write transaction, taken at once (BEGIN IMMEDIATE) so that it never deadlocks."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            self._check_forgets(conn)
            yield conn
        except BaseException:
            conn.rollback()
            self._invalidate_ids()  # ids created in this transaction are gone
            raise
        conn.commit()

    def _check_forgets(self, conn: sqlite3.Connection) -> None:
        """Drop the cached ids when any process forgot someone since they were cached
        (inside the write lock, so no forget can slip in before this transaction's writes)."""
        try:
            row = conn.execute("SELECT value FROM store_meta WHERE key = 'forgets'").fetchone()
        except sqlite3.OperationalError:  # before migration 003
            return
        forgets = row[0] if row else 0
        if forgets != self._forgets:
            self._ids.clear()
            self._forgets = forgets

    def migrate(self) -> None:
        """Apply pending migrations, one process at a time. Foreign keys are off while
        tables are rebuilt, and checked before anything is committed. The weekly nudges'
        tables (bot.memory.ledger) are created when missing, as they always were."""
        db = self.db
        if not db["nudge_sends"].exists():
            with self.transaction() as conn:
                store_upgrades.nudge_tables(conn)
        if not migrations.pending(db):
            return
        conn = self.conn
        conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: set before BEGIN
        try:
            with self.transaction():
                migrations.apply(db)
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise sqlite3.IntegrityError(f"migration left {len(broken)} broken reference(s): {broken[:3]}")
        finally:
            conn.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                with suppress(sqlite3.Error):
                    conn.close()
            self._connections.clear()
        self._local = threading.local()

    def tables(self) -> list[str]:
        """Team memory's tables (other features may keep theirs in the same file)."""
        present = set(self.db.table_names())
        return [name for name in TABLES if name in present]

    def counts(self) -> dict[str, int]:
        """Rows per table: what an import added, what forget removed."""
        return {name: self.conn.execute(f"SELECT COUNT(*) FROM [{name}]").fetchone()[0] for name in self.tables()}

    # -- who and where ---------------------------------------------------

    def _resolve(self, conn: sqlite3.Connection, table: str, scope: tuple, platform_id: str,
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
            cursor = conn.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})",
                                  list(columns.values()))
            row_id, current = int(cursor.lastrowid), name or platform_id
        else:
            row_id, current = int(row[0]), row[1]
            if name and current != name:
                conn.execute(f"UPDATE {table} SET {label} = ? WHERE id = ?", [name, row_id])
                current = name
        self._ids[key] = (row_id, current)
        return row_id

    def ids(self, conn: sqlite3.Connection, platform: str, workspace: str, channel: str = "",
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
        scopes = [(workspace_id or 0, channel_id or 0), (workspace_id or 0, 0), (0, 0)]
        for ws, ch in dict.fromkeys(scopes):
            row = self.conn.execute("SELECT value FROM settings WHERE workspace_id = ? AND channel_id = ? AND key = ?",
                                    [ws, ch, key]).fetchone()
            if row is not None:
                return json.loads(row[0])
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
            except sqlite3.IntegrityError:
                # A member or channel forgotten by another process since we cached its id.
                self._invalidate_ids()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def _insert_posts(self, conn: sqlite3.Connection, batch: list[PostRecord]) -> LogResult:
        """One INSERT per post (for its id and to skip known messages); everything derived from
        the posts is gathered and written with one executemany per table, in key order."""
        result = LogResult()
        keep_text: dict[int, bool] = {}
        bots: set[int] = set()
        days: dict[tuple, list[int]] = {}  # (ws, kind, day, ch, mb) -> posts, 5 categories, untagged, first, last
        links: list[tuple] = []
        signatures: list[tuple[int, bytes]] = []
        bands: list[tuple[int, int, int, int]] = []
        words: dict[tuple[int, str], list[int]] = {}  # (ws, word) -> [uses, last used at]
        member_words: dict[tuple[int, int, str], list[int]] = {}  # (member, ws, word) -> [uses, last used at]
        insert = conn.execute
        for rec in batch:
            ws, ch, mb = self.ids(conn, rec.platform, rec.workspace, rec.channel or NO_CHANNEL, rec.member,
                                  (rec.workspace_name, rec.channel_name or ("" if rec.channel else "(no channel)"),
                                   rec.member_name))
            if rec.member_is_bot and mb is not None:
                bots.add(mb)
            if ws not in keep_text:
                keep_text[ws] = self.get_setting("store_text", ws) != "none"
            feats = rec.features
            cats = [int(name in rec.categories) for name in CATEGORIES]
            domains = " ".join(sorted({link.domain for link in feats.links if link.domain})) if feats else ""
            at = int(rec.posted_at)
            cursor = insert(
                "INSERT INTO posts (workspace_id, channel_id, member_id, message_id, thread_id, posted_at, "
                "kind, source, language, give, ask, converse, entertain, news, link_domains, text, fingerprint) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (channel_id, message_id) DO NOTHING",
                [ws, ch, mb, rec.message_id, rec.thread_id or None, at, rec.kind, rec.source,
                 rec.language or None, *cats, domains or None,
                 rec.text if keep_text[ws] else None, feats.fingerprint if feats else None])
            if cursor.rowcount != 1:
                result.skipped += 1
                continue
            post_id = int(cursor.lastrowid)
            result.added += 1
            result.post_ids.append(post_id)
            key = (ws, rec.kind, day_of(at), ch or 0, mb or 0)
            day = days.get(key)
            if day is None:
                days[key] = [1, *cats, int(not any(cats)), at, at]
            else:
                day[0] += 1
                for i, flag in enumerate(cats, 1):
                    day[i] += flag
                day[6] += not any(cats)
                day[7], day[8] = min(day[7], at), max(day[8], at)
            if feats is None:
                continue
            links.extend((post_id, link.hash, link.domain, link.url if keep_text[ws] else None) for link in feats.links)
            if feats.signature is not None and rec.kind == "team":
                signatures.append((post_id, feats.signature))
                month = at // PERIOD
                bands.extend((month, band, at, post_id) for band in feats.bands)
            if feats.words and rec.kind == "community":
                for word in feats.words:
                    for table, key in ((words, (ws, word)), (member_words, (mb, ws, word))):
                        seen = table.get(key)
                        if seen is None:
                            table[key] = [1, at]
                        else:
                            seen[0] += 1
                            seen[1] = max(seen[1], at)
        if bots:
            conn.executemany("UPDATE members SET is_bot = 1 WHERE id = ? AND is_bot = 0", [(mb,) for mb in sorted(bots)])
        if days:
            self._count_days(conn, days)
        if links:
            conn.executemany("INSERT INTO post_links (post_id, url_hash, domain, url) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (post_id, url_hash) DO NOTHING", links)
        if signatures:
            conn.executemany("INSERT INTO post_signatures (post_id, signature) VALUES (?, ?)", signatures)
            bands.sort()  # in index order: each page of the band index is visited once
            conn.executemany("INSERT INTO post_minhash_bands (month, band, posted_at, post_id) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (month, band, posted_at, post_id) DO NOTHING", bands)
        if words:
            conn.executemany(
                "INSERT INTO community_words (workspace_id, word, uses, last_used_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (workspace_id, word) DO UPDATE SET uses = uses + excluded.uses, "
                "last_used_at = max(last_used_at, excluded.last_used_at)",
                [(ws, word, uses, last) for (ws, word), (uses, last) in sorted(words.items())])
        if member_words:  # what forget takes back out of community_words, text kept or not
            conn.executemany(
                "INSERT INTO community_member_words (member_id, workspace_id, word, uses, last_used_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (member_id, workspace_id, word) DO UPDATE SET "
                "uses = uses + excluded.uses, last_used_at = max(last_used_at, excluded.last_used_at)",
                [(*key, uses, last) for key, (uses, last) in sorted(member_words.items()) if key[0] is not None])
        return result

    @staticmethod
    def _count_days(conn: sqlite3.Connection, days: dict[tuple, list[int]]) -> None:
        """Add posts to daily_activity: (ws, kind, day, ch, mb) -> [posts, give..news, untagged, first, last]."""
        conn.executemany(
            "INSERT INTO daily_activity (workspace_id, kind, day, channel_id, member_id, posts, give, ask, converse, "
            "entertain, news, untagged, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (workspace_id, kind, day, channel_id, member_id) DO UPDATE SET posts = posts + excluded.posts, "
            "give = give + excluded.give, ask = ask + excluded.ask, converse = converse + excluded.converse, "
            "entertain = entertain + excluded.entertain, news = news + excluded.news, "
            "untagged = untagged + excluded.untagged, first_at = min(first_at, excluded.first_at), "
            "last_at = max(last_at, excluded.last_at)",
            [(*key, *counts) for key, counts in sorted(days.items())])

    @staticmethod
    def _recount_days(conn: sqlite3.Connection, ws: int, days: Iterable[str]) -> None:
        """Rebuild daily_activity for some days of a workspace from the posts (after deletions)."""
        for day in set(days):
            start = int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp())
            conn.execute("DELETE FROM daily_activity WHERE workspace_id = ? AND day = ?", [ws, day])
            conn.execute(
                "INSERT INTO daily_activity (workspace_id, channel_id, member_id, kind, day, posts, give, ask, converse, "
                "entertain, news, untagged, first_at, last_at) SELECT workspace_id, channel_id, coalesce(member_id, 0), "
                "kind, ?, COUNT(*), SUM(give), SUM(ask), SUM(converse), SUM(entertain), SUM(news), "
                "SUM(give + ask + converse + entertain + news = 0), MIN(posted_at), MAX(posted_at) FROM posts "
                "WHERE workspace_id = ? AND posted_at >= ? AND posted_at < ? GROUP BY channel_id, member_id, kind",
                [day, ws, start, start + 86400])

    # -- reviews and dismissals ------------------------------------------

    def log_review(self, review_id: str, ctx: Any, review: Any, draft: str, at: float | None = None) -> None:
        """Remember a review: score, rules fired, the draft's fingerprint (its text only if store_text is all)."""
        from bot.memory.postfeatures import fingerprint

        with self.transaction() as conn:
            ws, ch, mb = self.ids(conn, ctx.platform, ctx.workspace, ctx.channel, ctx.user, ("", "", ctx.user_name))
            keep = self.get_setting("store_text", ws, ch) == "all"
            matches: dict[str, list] = {}
            for shown, findings in ((1, review.findings), (0, review.shadow)):
                for f in findings:
                    entry = matches.setdefault(f.rule, [f.severity, 0, shown])
                    entry[1] += f.count
            conn.execute(
                "INSERT OR REPLACE INTO reviews (id, workspace_id, channel_id, member_id, reviewed_at, kind, language, "
                "score, band, rules, draft_fingerprint, draft_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [review_id, ws, ch, mb, int(at if at is not None else time.time()), review.kind, review.language,
                 review.score, review.band, " ".join(review.rules) or None, fingerprint(draft), draft if keep else None])
            conn.execute("DELETE FROM review_findings WHERE review_id = ?", [review_id])
            conn.executemany("INSERT INTO review_findings (review_id, rule_id, severity, matches, shown) VALUES (?, ?, ?, ?, ?)",
                             [(review_id, rule, *entry) for rule, entry in sorted(matches.items())])

    def attach_post(self, review_id: str, post_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE reviews SET post_id = ? WHERE id = ?", [post_id, review_id])

    def dismiss(self, review_id: str, rule_id: str, ctx: Any, reason: str = "", at: float | None = None) -> bool:
        """Remember that a finding was "not for this post"; False if it was already dismissed."""
        with self.transaction() as conn:
            ws, ch, mb = self.ids(conn, ctx.platform, ctx.workspace, ctx.channel, ctx.user, ("", "", ctx.user_name))
            cursor = conn.execute(
                "INSERT INTO dismissals (review_id, rule_id, workspace_id, channel_id, member_id, dismissed_at, reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (review_id, rule_id, member_id) DO NOTHING",
                [review_id, rule_id, ws, ch, mb, int(at if at is not None else time.time()), reason.strip() or None])
            return cursor.rowcount == 1

    # -- privacy ---------------------------------------------------------

    def forget_user(self, platform_id: str, workspace_id: int | None = None) -> dict[str, int]:
        """Delete every row of a member (by platform user id) in every table; rows deleted per table."""
        where, params = "platform_id = ?", [platform_id]
        if workspace_id is not None:
            where, params = where + " AND workspace_id = ?", params + [workspace_id]
        with self.transaction() as conn:
            members = [r[0] for r in conn.execute(f"SELECT id FROM members WHERE {where}", params)]
            deleted = self._delete(conn, members_sql=",".join(map(str, members)) if members else None)
            conn.execute("UPDATE settings SET updated_by = NULL WHERE updated_by = ?", [platform_id])
            conn.execute("UPDATE nudge_schedules SET updated_by = NULL WHERE updated_by = ?", [platform_id])
            conn.execute("UPDATE store_meta SET value = value + 1 WHERE key = 'forgets'")
        self._invalidate_ids()
        self.checkpoint()
        return deleted

    def checkpoint(self) -> bool:
        """Move the write-ahead log into the file and empty it, so that what was just deleted
        is not left readable in coach.db-wal (secure_delete zeroes it in coach.db). False when
        a reader kept part of the log in use: the next checkpoint finishes the job."""
        if self.path == ":memory:":
            return True
        busy, _, _ = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not busy

    def _delete(self, conn: sqlite3.Connection, members_sql: str | None = None,
                post_filter: tuple[str, list] | None = None, review_filter: tuple[str, list] | None = None,
                dismissal_filter: tuple[str, list] | None = None) -> dict[str, int]:
        """Delete posts, reviews and dismissals chosen by member ids or filters, with everything hanging off them."""
        deleted: dict[str, int] = {}
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS doomed_posts (id INTEGER PRIMARY KEY)")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS doomed_reviews (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM doomed_posts")
        conn.execute("DELETE FROM doomed_reviews")
        if members_sql is not None:
            conn.execute(f"INSERT INTO doomed_posts SELECT id FROM posts WHERE member_id IN ({members_sql})")
            conn.execute(f"INSERT INTO doomed_reviews SELECT id FROM reviews WHERE member_id IN ({members_sql})")
        if post_filter:
            conn.execute(f"INSERT INTO doomed_posts SELECT id FROM posts WHERE {post_filter[0]} ON CONFLICT DO NOTHING",
                         post_filter[1])
        if review_filter:
            conn.execute(f"INSERT INTO doomed_reviews SELECT id FROM reviews WHERE {review_filter[0]} "
                         "ON CONFLICT DO NOTHING", review_filter[1])
        def run(table: str, sql: str, params: list | None = None) -> None:
            deleted[table] = deleted.get(table, 0) + conn.execute(sql, params or []).rowcount

        if members_sql is not None:
            self._unlearn_members(conn, members_sql)
            run("community_member_words", f"DELETE FROM community_member_words WHERE member_id IN ({members_sql})")
        else:
            self._unlearn_words(conn)

        run("post_minhash_bands", "DELETE FROM post_minhash_bands WHERE post_id IN (SELECT id FROM doomed_posts)")
        run("post_signatures", "DELETE FROM post_signatures WHERE post_id IN (SELECT id FROM doomed_posts)")
        run("post_links", "DELETE FROM post_links WHERE post_id IN (SELECT id FROM doomed_posts)")
        conn.execute("UPDATE reviews SET post_id = NULL WHERE post_id IN (SELECT id FROM doomed_posts)")
        run("posts", "DELETE FROM posts WHERE id IN (SELECT id FROM doomed_posts)")
        run("dismissals", "DELETE FROM dismissals WHERE review_id IN (SELECT id FROM doomed_reviews)")
        run("review_findings", "DELETE FROM review_findings WHERE review_id IN (SELECT id FROM doomed_reviews)")
        run("reviews", "DELETE FROM reviews WHERE id IN (SELECT id FROM doomed_reviews)")
        if members_sql is not None:
            run("daily_activity", f"DELETE FROM daily_activity WHERE member_id IN ({members_sql})")
            run("dismissals", f"DELETE FROM dismissals WHERE member_id IN ({members_sql})")
            run("members", f"DELETE FROM members WHERE id IN ({members_sql})")
        if dismissal_filter:
            run("dismissals", f"DELETE FROM dismissals WHERE {dismissal_filter[0]}", dismissal_filter[1])
        conn.execute("DELETE FROM doomed_posts")
        conn.execute("DELETE FROM doomed_reviews")
        return {k: v for k, v in deleted.items() if v}

    @staticmethod
    def _unlearn_members(conn: sqlite3.Connection, members_sql: str) -> None:
        """Take forgotten members' words out of the community vocabulary (from
        community_member_words: it works whether their posts' text was kept or not)."""
        conn.execute(
            "UPDATE community_words SET uses = uses - (SELECT SUM(m.uses) FROM community_member_words m "
            f"WHERE m.member_id IN ({members_sql}) AND m.workspace_id = community_words.workspace_id "
            "AND m.word = community_words.word) WHERE EXISTS (SELECT 1 FROM community_member_words m "
            f"WHERE m.member_id IN ({members_sql}) AND m.workspace_id = community_words.workspace_id "
            "AND m.word = community_words.word)")
        conn.execute("DELETE FROM community_words WHERE uses <= 0")

    def _unlearn_words(self, conn: sqlite3.Connection) -> None:
        """Take doomed community posts out of the community vocabulary (retention; when
        their text was kept)."""
        from bot.engine.text import Doc
        from bot.memory.postfeatures import content_words

        rows = conn.execute("SELECT p.workspace_id, p.member_id, p.text, p.language FROM posts p "
                            "JOIN doomed_posts d ON d.id = p.id WHERE p.kind = 'community' AND p.text IS NOT NULL"
                            ).fetchall()
        for ws, member, text, language in rows:
            words = content_words(Doc(text, language if language in ("fr", "en") else "en"))
            conn.executemany("UPDATE community_words SET uses = uses - 1 WHERE workspace_id = ? AND word = ?",
                             [(ws, w) for w in words])
            conn.executemany("UPDATE community_member_words SET uses = uses - 1 WHERE member_id = ? AND "
                             "workspace_id = ? AND word = ?", [(member, ws, w) for w in words])
        if rows:
            conn.execute("DELETE FROM community_words WHERE uses <= 0")
            conn.execute("DELETE FROM community_member_words WHERE uses <= 0")

    def purge(self, now: float | None = None, days: int | None = None) -> dict[str, int]:
        """Delete what is older than each workspace's `retention_days` (or `days` for all); rows per table."""
        now = time.time() if now is None else now
        totals: dict[str, int] = {}
        for ws in [r[0] for r in self.conn.execute("SELECT id FROM workspaces")]:
            keep = days if days is not None else int(self.get_setting("retention_days", ws) or 0)
            if keep <= 0:
                continue
            cutoff = int(now - keep * 86400)
            with self.transaction() as conn:
                deleted = self._delete(
                    conn,
                    post_filter=("workspace_id = ? AND posted_at < ?", [ws, cutoff]),
                    review_filter=("workspace_id = ? AND reviewed_at < ?", [ws, cutoff]),
                    dismissal_filter=("workspace_id = ? AND dismissed_at < ?", [ws, cutoff]),
                )
                boundary = day_of(cutoff)
                deleted["daily_activity"] = conn.execute(
                    "DELETE FROM daily_activity WHERE workspace_id = ? AND day < ?", [ws, boundary]).rowcount
                self._recount_days(conn, ws, [boundary])
                words = conn.execute("DELETE FROM community_words WHERE workspace_id = ? AND last_used_at < ?",
                                     [ws, cutoff]).rowcount
                if words:
                    deleted["community_words"] = words
                conn.execute("DELETE FROM community_member_words WHERE workspace_id = ? AND last_used_at < ?",
                             [ws, cutoff])
            for table, n in deleted.items():
                totals[table] = totals.get(table, 0) + n
        if totals:
            self.checkpoint()
        return totals

    # -- imports ---------------------------------------------------------

    def start_import(self, platform: str, path: str) -> int:
        """Log an import as running. Earlier runs left running by a process that is gone
        become `resumed` (this run takes the same export over) or `abandoned`."""
        with self.transaction() as conn:
            import_id = int(conn.execute(
                "INSERT INTO imports (platform, path, started_at, added, skipped, malformed, status, pid) "
                "VALUES (?, ?, ?, 0, 0, 0, 'running', ?)", [platform, path, int(time.time()), os.getpid()]).lastrowid)
            stale = conn.execute("SELECT id, platform, path, pid FROM imports WHERE status = 'running' AND id != ?",
                                 [import_id]).fetchall()
            for old_id, old_platform, old_path, pid in stale:
                if _alive(pid):
                    continue
                if (old_platform, old_path) == (platform, path):
                    conn.execute("UPDATE imports SET status = 'resumed', resumed_by = ? WHERE id = ?", [import_id, old_id])
                else:
                    conn.execute("UPDATE imports SET status = 'abandoned' WHERE id = ?", [old_id])
            return import_id

    def finish_import(self, import_id: int, added: int, skipped: int, malformed: int, status: str = "finished") -> None:
        """`finished`, or `failed` when the import stopped on an error (what it wrote stays)."""
        with self.transaction() as conn:
            conn.execute("UPDATE imports SET finished_at = ?, added = ?, skipped = ?, malformed = ?, status = ? "
                         "WHERE id = ?", [int(time.time()), added, skipped, malformed, status, import_id])


def _alive(pid: int | None) -> bool:
    """Whether the process that logged an import still runs (on this machine: team memory is a local file)."""
    if not pid or pid == os.getpid():
        return bool(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, under another user
        return True
    return True
