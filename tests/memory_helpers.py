"""Helpers for the team-memory tests: real SQLite files under tmp_path or a real PostgreSQL
database (the `memory_at` fixture gives either), fixtures on disk."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.memory.posts import stored_band_rows
from bot.memory.store import PostRecord, Store

FIXTURES = Path(__file__).parent / "fixtures"
SLACK_EXPORT = FIXTURES / "slack_export"
DISCORD_FILES = sorted((FIXTURES / "discord").glob("*.json"))
DAY = 86_400


def open_store(where: Path | str, name: str = "coach.db") -> Store:
    """A store on a folder's file `name` (tmp_path), or on `memory_at` (a file or a PostgreSQL URL)."""
    if isinstance(where, Path) and (where.is_dir() or not where.suffix):
        return Store.open(where / name)
    return Store.open(where)


def is_postgres(store: Store) -> bool:
    return store.kind == "postgresql"


def post(message_id: str, at: float, member: str = "alice", categories: tuple[str, ...] = (), *,
         text: str = "", kind: str = "team", channel: str = "C1", workspace: str = "W1") -> PostRecord:
    """A post with exactly the categories given (no lexicon involved)."""
    return PostRecord(platform="slack", workspace=workspace, channel=channel, member=member, message_id=message_id,
                      posted_at=at, text=text or f"post {message_id}", kind=kind, source="test",
                      categories=frozenset(categories), member_name=member.title())


def daily_from_posts(store: Store) -> list[tuple]:
    """daily_activity as it should be, counted in Python from the posts (either backend)."""
    days: dict[tuple, list[int]] = {}
    rows = store.conn.execute("SELECT workspace_id, kind, posted_at, channel_id, coalesce(member_id, 0), "
                              "give, ask, converse, entertain, news FROM posts").fetchall()
    for ws, kind, at, ch, mb, *cats in rows:
        key = (ws, kind, datetime.fromtimestamp(at, UTC).date().isoformat(), ch, mb)
        day = days.setdefault(key, [0, 0, 0, 0, 0, 0, 0, at, at])
        day[0] += 1
        for i, flag in enumerate(cats, 1):
            day[i] += flag
        day[6] += not any(cats)
        day[7], day[8] = min(day[7], at), max(day[8], at)
    return [(*key, *counts) for key, counts in sorted(days.items())]


def daily_rollup(store: Store) -> list[tuple]:
    return store.conn.execute(
        "SELECT workspace_id, kind, day, channel_id, member_id, posts, give, ask, converse, entertain, news, untagged, "
        "first_at, last_at FROM daily_activity ORDER BY 1, 2, 3, 4, 5").fetchall()


def assert_consistent(store: Store) -> None:
    """The file is sound and every derived table agrees with the posts (PostgreSQL checks its
    foreign keys on every statement; SQLite's file is checked here)."""
    if not is_postgres(store):
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
    # ... exactly the rows their signatures give: forget and purge find them by these keys
    signed = store.conn.execute("SELECT p.id, p.posted_at, s.signature FROM posts p "
                                "JOIN post_signatures s ON s.post_id = p.id").fetchall()
    stored = store.conn.execute("SELECT month, band, posted_at, post_id FROM post_minhash_bands").fetchall()
    assert sorted(map(tuple, stored)) == sorted(map(tuple, stored_band_rows(signed))) if signed else stored == []


def counts_without_log(store: Store) -> dict[str, int]:
    """Row counts of every table but the import log."""
    return {k: v for k, v in store.counts().items() if k != "imports"}
