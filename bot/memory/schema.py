"""Team memory's schema, as sqlite-utils migrations (table `_sqlite_migrations`): 001 and 002
here, the later ones in bot.memory.upgrades. Times are whole seconds since 1970 (UTC)."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bot.engine.targets import CATEGORIES
from bot.memory import installations, upgrades
from bot.memory.minhash import PERIOD

migrations = Migrations("coach")


def _who(db: Database) -> None:
    """Workspaces, channels and members: whose memory, and where."""
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


def _posts(db: Database) -> None:
    """Posts and what is kept of each (links, MinHash signatures and bands)."""
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


def _reviews(db: Database) -> None:
    """Reviews, the rules they fired, dismissals, settings."""
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


def _activity(db: Database) -> None:
    """Daily counts, the community's words, import runs."""
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


def _views(db: Database) -> None:
    """Views for Datasette: dates and names instead of ids."""
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


@migrations(name="001_team_memory")
def _initial(db: Database) -> None:
    _who(db)
    _posts(db)
    _reviews(db)
    _activity(db)
    _views(db)


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


migrations(name="003_ids_never_reused")(upgrades.ids_never_reused)
migrations(name="004_community_member_words")(upgrades.member_words)
migrations(name="005_import_status")(upgrades.import_status)
migrations(name="006_installations")(installations.create_tables)
