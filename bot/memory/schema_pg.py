"""Team memory's schema on PostgreSQL: the expression of migrations 001-005 (written for SQLite
first, in bot.memory.schema and bot.memory.upgrades), then every migration written once for
both (bot.memory.schema.BOTH), applied by `migrate_postgres`.

The same tables, columns, keys and indexes as on SQLite; 003 is only `store_meta` here, since
PostgreSQL's identity columns never hand out an id twice. The weekly nudges' tables
(bot.memory.ledger.SCHEMA) are created first when missing, as on SQLite.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from bot.engine.targets import CATEGORIES
from bot.memory import upgrades
from bot.memory.ledger import SCHEMA as NUDGE_SCHEMA
from bot.memory.minhash import PERIOD
from bot.memory.schema import BOTH, Body, Schema
from bot.memory.sql import Connection

MIGRATION_SET = "coach"
MIGRATE_LOCK = 0x636F616369  # advisory lock key: one process at a time applies migrations
LEGACY: list[tuple[str, Body]] = []  # 001-005, filled below in order


def postgres(name: str) -> Callable[[Body], Body]:
    """The PostgreSQL expression of a migration that SQLite runs through its own body."""

    def register(body: Body) -> Body:
        LEGACY.append((name, body))
        return body

    return register


def all_migrations() -> list[tuple[str, Body]]:
    return [*LEGACY, *BOTH]


def migrate(conn: Connection) -> list[str]:
    """Apply pending migrations inside the caller's transaction, one process at a time (an
    advisory lock held until it commits); the names of those applied."""
    conn.execute("SELECT pg_advisory_xact_lock(?)", [MIGRATE_LOCK])
    conn.execute("CREATE TABLE IF NOT EXISTS _coach_migrations (migration_set TEXT NOT NULL, name TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL, PRIMARY KEY (migration_set, name))")
    schema = Schema(conn, postgres=True)
    schema.script(NUDGE_SCHEMA)
    done = {r[0] for r in conn.execute("SELECT name FROM _coach_migrations WHERE migration_set = ?",
                                       [MIGRATION_SET]).fetchall()}
    applied: list[str] = []
    for name, body in all_migrations():
        if name in done:
            continue
        body(schema)
        conn.execute("INSERT INTO _coach_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                     [MIGRATION_SET, name, datetime.now(UTC).isoformat()])
        applied.append(name)
    return applied


def applied(conn: Connection) -> list[str]:
    """The migrations this database has, in the order they were applied."""
    rows = conn.execute("SELECT name FROM _coach_migrations WHERE migration_set = ? ORDER BY applied_at, name",
                        [MIGRATION_SET]).fetchall()
    return [r[0] for r in rows]


@postgres("001_team_memory")
def _initial_postgres(db: Schema) -> None:
    db.script("""
        CREATE TABLE workspaces (id INTEGER PRIMARY KEY, platform TEXT NOT NULL, platform_id TEXT NOT NULL,
            name TEXT, first_seen_at INTEGER);
        CREATE UNIQUE INDEX idx_workspaces_platform_platform_id ON workspaces (platform, platform_id);
        CREATE TABLE channels (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
            platform_id TEXT NOT NULL, name TEXT, observed INTEGER DEFAULT 0, observed_since INTEGER);
        CREATE UNIQUE INDEX idx_channels_workspace_id_platform_id ON channels (workspace_id, platform_id);
        CREATE TABLE members (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
            platform_id TEXT NOT NULL, display_name TEXT, is_bot INTEGER DEFAULT 0);
        CREATE UNIQUE INDEX idx_members_workspace_id_platform_id ON members (workspace_id, platform_id);
        CREATE INDEX idx_members_platform_id ON members (platform_id);
        CREATE TABLE posts (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
            channel_id INTEGER NOT NULL REFERENCES channels(id), member_id INTEGER REFERENCES members(id),
            message_id TEXT NOT NULL, thread_id TEXT, posted_at INTEGER NOT NULL, kind TEXT NOT NULL, source TEXT,
            language TEXT, give INTEGER DEFAULT 0, ask INTEGER DEFAULT 0, converse INTEGER DEFAULT 0,
            entertain INTEGER DEFAULT 0, news INTEGER DEFAULT 0, link_domains TEXT, text TEXT, fingerprint TEXT);
        CREATE UNIQUE INDEX idx_posts_channel_id_message_id ON posts (channel_id, message_id);
        CREATE INDEX posts_recent ON posts (workspace_id, kind, posted_at, give, ask);
        CREATE INDEX idx_posts_member_id ON posts (member_id);
        CREATE INDEX idx_posts_fingerprint ON posts (fingerprint);
        CREATE TABLE post_links (post_id INTEGER REFERENCES posts(id), url_hash TEXT, domain TEXT, url TEXT,
            PRIMARY KEY (post_id, url_hash));
        CREATE INDEX idx_post_links_url_hash ON post_links (url_hash);
        CREATE TABLE post_signatures (post_id INTEGER PRIMARY KEY REFERENCES posts(id), signature BLOB);
        CREATE TABLE post_minhash_bands (band INTEGER NOT NULL, posted_at INTEGER NOT NULL,
            post_id INTEGER NOT NULL REFERENCES posts(id), PRIMARY KEY (band, posted_at, post_id)) WITHOUT ROWID;
        CREATE INDEX idx_post_minhash_bands_post_id ON post_minhash_bands (post_id)""")
    db.script("""
        CREATE TABLE reviews (id TEXT PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
            channel_id INTEGER REFERENCES channels(id), member_id INTEGER REFERENCES members(id),
            reviewed_at INTEGER NOT NULL, kind TEXT, language TEXT, score INTEGER, band TEXT, rules TEXT,
            draft_fingerprint TEXT, draft_text TEXT, post_id INTEGER REFERENCES posts(id));
        CREATE INDEX idx_reviews_workspace_id_reviewed_at ON reviews (workspace_id, reviewed_at);
        CREATE INDEX idx_reviews_member_id ON reviews (member_id);
        CREATE TABLE review_findings (review_id TEXT REFERENCES reviews(id), rule_id TEXT, severity TEXT,
            matches INTEGER, shown INTEGER, PRIMARY KEY (review_id, rule_id));
        CREATE INDEX idx_review_findings_rule_id ON review_findings (rule_id);
        CREATE TABLE dismissals (id INTEGER PRIMARY KEY, review_id TEXT NOT NULL, rule_id TEXT NOT NULL,
            workspace_id INTEGER NOT NULL REFERENCES workspaces(id), channel_id INTEGER REFERENCES channels(id),
            member_id INTEGER REFERENCES members(id), dismissed_at INTEGER NOT NULL, reason TEXT);
        CREATE UNIQUE INDEX idx_dismissals_review_id_rule_id_member_id ON dismissals (review_id, rule_id, member_id);
        CREATE INDEX idx_dismissals_workspace_id_rule_id ON dismissals (workspace_id, rule_id);
        CREATE INDEX idx_dismissals_member_id ON dismissals (member_id);
        CREATE TABLE settings (workspace_id INTEGER NOT NULL, channel_id INTEGER NOT NULL, key TEXT NOT NULL,
            value TEXT, updated_at INTEGER, updated_by TEXT, PRIMARY KEY (workspace_id, channel_id, key));
        CREATE TABLE daily_activity (workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
            channel_id INTEGER NOT NULL, member_id INTEGER NOT NULL, kind TEXT NOT NULL, day TEXT NOT NULL,
            posts INTEGER NOT NULL, give INTEGER NOT NULL, ask INTEGER NOT NULL, converse INTEGER NOT NULL,
            entertain INTEGER NOT NULL, news INTEGER NOT NULL, untagged INTEGER NOT NULL, first_at INTEGER NOT NULL,
            last_at INTEGER NOT NULL, PRIMARY KEY (workspace_id, kind, day, channel_id, member_id)) WITHOUT ROWID;
        CREATE INDEX idx_daily_activity_member_id ON daily_activity (member_id);
        CREATE TABLE community_words (workspace_id INTEGER NOT NULL REFERENCES workspaces(id), word TEXT NOT NULL,
            uses INTEGER NOT NULL, last_used_at INTEGER NOT NULL, PRIMARY KEY (workspace_id, word)) WITHOUT ROWID;
        CREATE TABLE imports (id INTEGER PRIMARY KEY, platform TEXT, path TEXT, started_at INTEGER,
            finished_at INTEGER, added INTEGER, skipped INTEGER, malformed INTEGER)""")
    _views_postgres(db)


def _views_postgres(db: Schema) -> None:
    """post_log and review_log, as in SQLite: dates as text in UTC, categories as words."""
    when = "to_char(to_timestamp({0}) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"
    flags = " || ".join(f"(CASE WHEN p.{c} <> 0 THEN '{c} ' ELSE '' END)" for c in CATEGORIES)
    db.execute(f"""
        CREATE VIEW post_log AS
        SELECT p.id, {when.format('p.posted_at')} AS posted, w.name AS workspace, c.name AS channel,
               m.display_name AS member, p.kind, p.source, p.language, trim({flags}) AS categories,
               p.link_domains, p.text, p.fingerprint
        FROM posts p JOIN workspaces w ON w.id = p.workspace_id JOIN channels c ON c.id = p.channel_id
        LEFT JOIN members m ON m.id = p.member_id""")
    db.execute(f"""
        CREATE VIEW review_log AS
        SELECT r.id, {when.format('r.reviewed_at')} AS reviewed, w.name AS workspace, c.name AS channel,
               m.display_name AS member, r.kind, r.language, r.score, r.band, r.rules, r.post_id
        FROM reviews r JOIN workspaces w ON w.id = r.workspace_id LEFT JOIN channels c ON c.id = r.channel_id
        LEFT JOIN members m ON m.id = r.member_id""")


@postgres("002_minhash_bands_by_month")
def _bands_by_month_postgres(db: Schema) -> None:
    db.script(f"""
        CREATE TABLE post_minhash_bands_by_month (month INTEGER NOT NULL, band INTEGER NOT NULL,
            posted_at INTEGER NOT NULL, post_id INTEGER NOT NULL REFERENCES posts(id),
            PRIMARY KEY (month, band, posted_at, post_id));
        INSERT INTO post_minhash_bands_by_month SELECT posted_at / {PERIOD}, band, posted_at, post_id
            FROM post_minhash_bands;
        DROP TABLE post_minhash_bands;
        ALTER TABLE post_minhash_bands_by_month RENAME TO post_minhash_bands;
        CREATE INDEX idx_post_minhash_bands_post_id ON post_minhash_bands (post_id)""")


@postgres("003_ids_never_reused")
def _store_meta_postgres(db: Schema) -> None:
    """Identity columns never give an id twice: only the forgets counter is new here."""
    db.script("CREATE TABLE store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);"
              "INSERT INTO store_meta (key, value) VALUES ('forgets', 0)")


@postgres("004_community_member_words")
def _member_words_postgres(db: Schema) -> None:
    db.execute("CREATE TABLE community_member_words (workspace_id INTEGER NOT NULL REFERENCES workspaces(id), "
               "member_id INTEGER NOT NULL REFERENCES members(id), word TEXT NOT NULL, uses INTEGER NOT NULL, "
               "last_used_at INTEGER NOT NULL, PRIMARY KEY (member_id, workspace_id, word))")
    upgrades.backfill_member_words(db.conn)


@postgres("005_import_status")
def _import_status_postgres(db: Schema) -> None:
    db.script("ALTER TABLE imports ADD COLUMN status TEXT; ALTER TABLE imports ADD COLUMN pid INTEGER;"
              "ALTER TABLE imports ADD COLUMN resumed_by INTEGER;"
              "UPDATE imports SET status = CASE WHEN finished_at IS NULL THEN 'abandoned' ELSE 'finished' END")
