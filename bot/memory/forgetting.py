"""Forgetting: a member's rows everywhere (`coach forget`, `/coach forget confirm`), and what is
older than a workspace's retention (`purge`). Rows are deleted in one transaction with
everything hanging off them; the write-ahead log is checkpointed after, so nothing deleted
stays readable in the file (secure_delete is on)."""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from typing import Any, Protocol

from bot.engine.text import Doc
from bot.memory.postfeatures import content_words
from bot.memory.posts import day_of, delete_bands, recount_days
from bot.memory.sql import Connection


class Store(Protocol):
    """The store calls these (store.forget_user, store.purge) with itself."""

    @property
    def conn(self) -> Connection: ...

    def transaction(self, exclusive: bool = False) -> AbstractContextManager[Connection]: ...

    def checkpoint(self) -> bool: ...

    def get_setting(self, key: str, workspace_id: int | None = 0, channel_id: int | None = 0) -> Any: ...

    def _invalidate_ids(self) -> None: ...


def forget_user(store: Store, platform_id: str, workspace_id: int | None = None) -> dict[str, int]:
    """Delete every row of a member (by platform user id) in every table; rows deleted per table."""
    where, params = "platform_id = ?", [platform_id]
    if workspace_id is not None:
        where, params = where + " AND workspace_id = ?", params + [workspace_id]
    with store.transaction(exclusive=True) as conn:  # PostgreSQL: no other write runs meanwhile
        members = [r[0] for r in conn.execute(f"SELECT id FROM members WHERE {where}", params)]
        deleted = _delete(conn, members_sql=",".join(map(str, members)) if members else None)
        conn.execute("UPDATE settings SET updated_by = NULL WHERE updated_by = ?", [platform_id])
        conn.execute("UPDATE nudge_schedules SET updated_by = NULL WHERE updated_by = ?", [platform_id])
        conn.execute("UPDATE store_meta SET value = value + 1 WHERE key = 'forgets'")
    store._invalidate_ids()
    store.checkpoint()
    return deleted


def _delete(conn: Connection, members_sql: str | None = None,
            post_filter: tuple[str, list] | None = None, review_filter: tuple[str, list] | None = None,
            dismissal_filter: tuple[str, list] | None = None) -> dict[str, int]:
    """Delete posts, reviews and dismissals chosen by member ids or filters, with everything hanging off them."""
    deleted: dict[str, int] = {}
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS doomed_posts (id BIGINT PRIMARY KEY)")
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
        _unlearn_members(conn, members_sql)
        run("community_member_words", f"DELETE FROM community_member_words WHERE member_id IN ({members_sql})")
    else:
        _unlearn_words(conn)

    deleted["post_minhash_bands"] = delete_bands(conn, "doomed_posts")  # by key: before their signatures go
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

def _unlearn_members(conn: Connection, members_sql: str) -> None:
    """Take forgotten members' words out of the community vocabulary (from
    community_member_words: it works whether their posts' text was kept or not)."""
    conn.execute(
        "UPDATE community_words SET uses = uses - (SELECT SUM(m.uses) FROM community_member_words m "
        f"WHERE m.member_id IN ({members_sql}) AND m.workspace_id = community_words.workspace_id "
        "AND m.word = community_words.word) WHERE EXISTS (SELECT 1 FROM community_member_words m "
        f"WHERE m.member_id IN ({members_sql}) AND m.workspace_id = community_words.workspace_id "
        "AND m.word = community_words.word)")
    conn.execute("DELETE FROM community_words WHERE uses <= 0")

def _unlearn_words(conn: Connection) -> None:
    """Take doomed community posts out of the community vocabulary (retention; when
    their text was kept)."""
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

def purge(store: Store, now: float | None = None, days: int | None = None) -> dict[str, int]:
    """Delete what is older than each workspace's `retention_days` (or `days` for all); rows per table."""
    now = time.time() if now is None else now
    totals: dict[str, int] = {}
    for ws in [r[0] for r in store.conn.execute("SELECT id FROM workspaces")]:
        keep = days if days is not None else int(store.get_setting("retention_days", ws) or 0)
        if keep <= 0:
            continue
        cutoff = int(now - keep * 86400)
        with store.transaction() as conn:
            deleted = _delete(
                conn,
                post_filter=("workspace_id = ? AND posted_at < ?", [ws, cutoff]),
                review_filter=("workspace_id = ? AND reviewed_at < ?", [ws, cutoff]),
                dismissal_filter=("workspace_id = ? AND dismissed_at < ?", [ws, cutoff]),
            )
            boundary = day_of(cutoff)
            deleted["daily_activity"] = conn.execute(
                "DELETE FROM daily_activity WHERE workspace_id = ? AND day < ?", [ws, boundary]).rowcount
            recount_days(conn, ws, [boundary])
            words = conn.execute("DELETE FROM community_words WHERE workspace_id = ? AND last_used_at < ?",
                                 [ws, cutoff]).rowcount
            if words:
                deleted["community_words"] = words
            conn.execute("DELETE FROM community_member_words WHERE workspace_id = ? AND last_used_at < ?",
                         [ws, cutoff])
        for table, n in deleted.items():
            totals[table] = totals.get(table, 0) + n
    if totals:
        store.checkpoint()
    return totals


def forget_workspace(store: Store, platform: str, platform_id: str) -> dict[str, int]:
    """Delete everything kept about one workspace, in one transaction: its posts, reviews and
    dismissals with all that hangs off them, activity, vocabulary, settings, channels,
    members, nudge schedules and sends, and its installations (bot tokens). Rows per table."""
    with store.transaction(exclusive=True) as conn:  # PostgreSQL: no other write runs meanwhile
        row = conn.execute("SELECT id FROM workspaces WHERE platform = ? AND platform_id = ?",
                           [platform, platform_id]).fetchone()
        deleted: dict[str, int] = {}
        if row is not None:
            ws = int(row[0])
            members = [r[0] for r in conn.execute("SELECT id FROM members WHERE workspace_id = ?", [ws])]
            everything = ("workspace_id = ?", [ws])
            deleted = _delete(conn, members_sql=",".join(map(str, members)) if members else None,
                              post_filter=everything, review_filter=everything, dismissal_filter=everything)
            for table in ("daily_activity", "community_member_words", "community_words", "settings", "channels",
                          "members", "workspaces"):
                column = "id" if table == "workspaces" else "workspace_id"
                n = conn.execute(f"DELETE FROM {table} WHERE {column} = ?", [ws]).rowcount
                deleted[table] = deleted.get(table, 0) + n
        for table in ("nudge_sends", "nudge_schedules"):
            deleted[table] = conn.execute(f"DELETE FROM {table} WHERE platform = ? AND workspace = ?",
                                          [platform, platform_id]).rowcount
        deleted["installations"] = conn.execute("DELETE FROM installations WHERE platform = ? AND team_id = ?",
                                                [platform, platform_id]).rowcount
        conn.execute("UPDATE store_meta SET value = value + 1 WHERE key = 'forgets'")
    store._invalidate_ids()
    store.checkpoint()
    return {k: v for k, v in deleted.items() if v}


def about_workspace(store: Store, platform: str, platform_id: str) -> dict[str, int]:
    """What `forget_workspace` would delete, counted (rows per kind; zeros left out)."""
    conn = store.conn
    row = conn.execute("SELECT id FROM workspaces WHERE platform = ? AND platform_id = ?",
                       [platform, platform_id]).fetchone()
    counts: dict[str, int] = {}
    if row is not None:
        for table in ("members", "channels", "posts", "reviews", "dismissals", "settings"):
            counts[table] = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE workspace_id = ?", [row[0]]).fetchone()[0]
    for table in ("nudge_schedules", "nudge_sends"):
        counts[table] = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE platform = ? AND workspace = ?",
                                     [platform, platform_id]).fetchone()[0]
    counts["installations"] = conn.execute("SELECT COUNT(*) FROM installations WHERE platform = ? AND team_id = ?",
                                           [platform, platform_id]).fetchone()[0]
    return {k: v for k, v in counts.items() if v}
