"""What the rest of Coach asks team memory, as plain values (the store's read verbs call these).

Every query on team tables lives in bot/memory/; chat commands, nudges and adapters ask the
store (`store.channels(ws)`, `store.stored_about(...)`), never its tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.memory.sql import Connection


@dataclass(frozen=True)
class Channel:
    id: int
    platform_id: str
    name: str | None


def channels(conn: Connection, workspace_id: int) -> list[Channel]:
    """A workspace's channels, by name."""
    rows = conn.execute("SELECT id, platform_id, name FROM channels WHERE workspace_id = ? ORDER BY name",
                        [workspace_id]).fetchall()
    return [Channel(*row) for row in rows]


def channel_platform_id(conn: Connection, channel_id: int) -> str | None:
    row = conn.execute("SELECT platform_id FROM channels WHERE id = ?", [channel_id]).fetchone()
    return row[0] if row else None


def members_named(conn: Connection, who: str, workspace_id: int | None) -> list[dict[str, Any]]:
    """Members whose platform id is `who`, else whose display name is (case-insensitive), with
    how many posts, reviews and dismissals name them."""
    rows: list[Any] = []
    for column in ("m.platform_id = ?", "lower(m.display_name) = lower(?)"):
        rows = conn.execute(
            "SELECT m.id, m.platform_id, m.display_name, m.workspace_id, w.platform, w.platform_id, "
            "(SELECT COUNT(*) FROM posts p WHERE p.member_id = m.id), "
            "(SELECT COUNT(*) FROM reviews r WHERE r.member_id = m.id), "
            "(SELECT COUNT(*) FROM dismissals d WHERE d.member_id = m.id) "
            f"FROM members m JOIN workspaces w ON w.id = m.workspace_id WHERE {column}"
            + (" AND m.workspace_id = ?" if workspace_id is not None else "") + " ORDER BY m.id",
            [who] + ([workspace_id] if workspace_id is not None else [])).fetchall()
        if rows:
            break
    keys = ("id", "platform_id", "name", "workspace_id", "platform", "workspace", "posts", "reviews", "dismissals")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def stored_about(conn: Connection, workspace_id: int, member: str) -> dict[str, int]:
    """Rows that name a member (by platform id) in a workspace: posts, reviews, dismissals."""
    members = "SELECT id FROM members WHERE workspace_id = ? AND platform_id = ?"
    return {table: conn.execute(f"SELECT COUNT(*) FROM {table} WHERE member_id IN ({members})",
                                [workspace_id, member]).fetchone()[0]
            for table in ("posts", "reviews", "dismissals")}


def reviewed_by(conn: Connection, review_id: str, platform: str, workspace: str, member: str) -> bool:
    """Whether the review log has this review, by this member, in this workspace."""
    row = conn.execute(
        "SELECT 1 FROM reviews r JOIN workspaces w ON w.id = r.workspace_id JOIN members m ON m.id = r.member_id "
        "WHERE r.id = ? AND w.platform = ? AND w.platform_id = ? AND m.platform_id = ?",
        [review_id, platform, workspace, member]).fetchone()
    return row is not None


def team_posts_since(conn: Connection, workspace_id: int | None, since: float) -> int:
    return conn.execute("SELECT COUNT(*) FROM posts WHERE workspace_id = ? AND kind = 'team' AND posted_at >= ?",
                        [workspace_id, int(since)]).fetchone()[0]


def existing_reviews(conn: Connection, ids: Iterable[str]) -> set[str]:
    """Which of these reviews are still logged (a forget in another process deletes some)."""
    wanted = list(ids)
    if not wanted:
        return set()
    rows = conn.execute(f"SELECT id FROM reviews WHERE id IN ({', '.join('?' * len(wanted))})", wanted)
    return {row[0] for row in rows}


def top_finding(conn: Connection, workspace_id: int, since: int, until: int) -> tuple[str, int] | None:
    """The rule shown most often in the workspace's reviews of [since, until): (rule id, reviews)."""
    row = conn.execute(
        "SELECT f.rule_id, COUNT(*) FROM review_findings f JOIN reviews r ON r.id = f.review_id "
        "WHERE r.workspace_id = ? AND r.reviewed_at >= ? AND r.reviewed_at < ? AND f.shown = 1 "
        "GROUP BY f.rule_id ORDER BY COUNT(*) DESC, f.rule_id LIMIT 1",
        [workspace_id, since, until]).fetchone()
    return (row[0], int(row[1])) if row else None


def last_team_post(conn: Connection, workspace_id: int, until: int) -> int | None:
    """When the team last posted, up to `until`."""
    return conn.execute("SELECT MAX(posted_at) FROM posts WHERE workspace_id = ? AND kind = 'team' AND posted_at <= ?",
                        [workspace_id, until]).fetchone()[0]
