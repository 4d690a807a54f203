"""Reviews in team memory: each review's score and the rules it fired, the post it became, and
the findings dismissed as "not for this post" (each rule's measured precision)."""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from typing import Any, Protocol

from bot.engine.review import Review
from bot.memory.postfeatures import fingerprint
from bot.memory.sql import Connection

REVIEW_COLUMNS = ("workspace_id", "channel_id", "member_id", "reviewed_at", "kind", "language", "score", "band",
                  "rules", "draft_fingerprint", "draft_text")  # what a review logged again replaces


class Asker(Protocol):
    """Who asked, where (bot.chat.context.Context is one)."""

    platform: str
    workspace: str
    channel: str
    user: str
    user_name: str


class Store(Protocol):
    """The store calls these (store.log_review, store.dismiss...) with itself."""

    def transaction(self) -> AbstractContextManager[Connection]: ...

    def ids(self, conn: Connection, platform: str, workspace: str, channel: str = "", member: str = "",
            names: tuple[str, str, str] = ("", "", "")) -> tuple[int, int | None, int | None]: ...

    def get_setting(self, key: str, workspace_id: int | None = 0, channel_id: int | None = 0) -> Any: ...


def log_review(store: Store, review_id: str, ctx: Asker, review: Review, draft: str, at: float | None = None) -> None:
    """Remember a review: score, rules fired, the draft's fingerprint (its text only if store_text is all)."""
    with store.transaction() as conn:
        ws, ch, mb = store.ids(conn, ctx.platform, ctx.workspace, ctx.channel, ctx.user, ("", "", ctx.user_name))
        keep = store.get_setting("store_text", ws, ch) == "all"
        matches: dict[str, list] = {}
        for shown, findings in ((1, review.findings), (0, review.shadow)):
            for f in findings:
                entry = matches.setdefault(f.rule, [f.severity, 0, shown])
                entry[1] += f.count
        conn.execute(
            "INSERT INTO reviews (id, workspace_id, channel_id, member_id, reviewed_at, kind, language, score, "
            "band, rules, draft_fingerprint, draft_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in REVIEW_COLUMNS)
            + ", post_id = NULL",
            [review_id, ws, ch, mb, int(at if at is not None else time.time()), review.kind, review.language,
             review.score, review.band, " ".join(review.rules) or None, fingerprint(draft), draft if keep else None])
        conn.execute("DELETE FROM review_findings WHERE review_id = ?", [review_id])
        conn.executemany("INSERT INTO review_findings (review_id, rule_id, severity, matches, shown) VALUES (?, ?, ?, ?, ?)",
                         [(review_id, rule, *entry) for rule, entry in sorted(matches.items())])


def attach_post(store: Store, review_id: str, post_id: int) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE reviews SET post_id = ? WHERE id = ?", [post_id, review_id])


def dismiss(store: Store, review_id: str, rule_id: str, ctx: Asker, reason: str = "", at: float | None = None) -> bool:
    """Remember that a finding was "not for this post"; False if it was already dismissed."""
    with store.transaction() as conn:
        ws, ch, mb = store.ids(conn, ctx.platform, ctx.workspace, ctx.channel, ctx.user, ("", "", ctx.user_name))
        cursor = conn.execute(
            "INSERT INTO dismissals (review_id, rule_id, workspace_id, channel_id, member_id, dismissed_at, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (review_id, rule_id, member_id) DO NOTHING",
            [review_id, rule_id, ws, ch, mb, int(at if at is not None else time.time()), reason.strip() or None])
        return cursor.rowcount == 1
