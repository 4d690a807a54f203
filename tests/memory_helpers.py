"""Helpers for the team-memory tests: real SQLite files under tmp_path, fixtures on disk."""

from __future__ import annotations

from pathlib import Path

from bot.memory.store import PostRecord, Store

FIXTURES = Path(__file__).parent / "fixtures"
SLACK_EXPORT = FIXTURES / "slack_export"
DISCORD_FILES = sorted((FIXTURES / "discord").glob("*.json"))
DAY = 86_400


def open_store(tmp_path: Path, name: str = "coach.db") -> Store:
    return Store.open(tmp_path / name)


def post(message_id: str, at: float, member: str = "alice", categories: tuple[str, ...] = (), *,
         text: str = "", kind: str = "team", channel: str = "C1", workspace: str = "W1") -> PostRecord:
    """A post with exactly the categories given (no lexicon involved)."""
    return PostRecord(platform="slack", workspace=workspace, channel=channel, member=member, message_id=message_id,
                      posted_at=at, text=text or f"post {message_id}", kind=kind, source="test",
                      categories=frozenset(categories), member_name=member.title())


def daily_from_posts(store: Store) -> list[tuple]:
    return store.conn.execute(
        "SELECT workspace_id, kind, date(posted_at, 'unixepoch'), channel_id, coalesce(member_id, 0), COUNT(*), "
        "SUM(give), SUM(ask), SUM(converse), SUM(entertain), SUM(news), "
        "SUM(give + ask + converse + entertain + news = 0), MIN(posted_at), MAX(posted_at) "
        "FROM posts GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5").fetchall()


def daily_rollup(store: Store) -> list[tuple]:
    return store.conn.execute(
        "SELECT workspace_id, kind, day, channel_id, member_id, posts, give, ask, converse, entertain, news, untagged, "
        "first_at, last_at FROM daily_activity ORDER BY 1, 2, 3, 4, 5").fetchall()


def assert_consistent(store: Store) -> None:
    """The file is sound and every derived table agrees with the posts."""
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert daily_rollup(store) == daily_from_posts(store)
    orphans = store.conn.execute(
        "SELECT (SELECT COUNT(*) FROM post_links WHERE post_id NOT IN (SELECT id FROM posts)) + "
        "(SELECT COUNT(*) FROM post_signatures WHERE post_id NOT IN (SELECT id FROM posts)) + "
        "(SELECT COUNT(*) FROM post_minhash_bands WHERE post_id NOT IN (SELECT id FROM posts))").fetchone()[0]
    assert orphans == 0
    # every team post with a signature has its 16 bands
    bands = store.conn.execute("SELECT COUNT(*) FROM post_minhash_bands").fetchone()[0]
    assert bands == 16 * store.conn.execute("SELECT COUNT(*) FROM post_signatures").fetchone()[0]


def counts_without_log(store: Store) -> dict[str, int]:
    """Row counts of every table but the import log."""
    return {k: v for k, v in store.counts().items() if k != "imports"}
