"""Team memory in the chat: what the Coach facade does with its `store`.

    /habits [here] [weeks]    the habits report (with its chart) for this workspace
    /observe on|off           admins: let Coach hear what the community says here
    dismiss  "review_id|rule_id"   a finding is "not for this post" (its rule's precision)
    posted   "review_id"           the reviewed draft was published: log it as a team post
    coach.observe(ctx, text, message_id, ts)   adapters call it for every message they see

Each review is logged by an `on_review` listener (the draft's fingerprint;
its text only when the workspace's `store_text` setting is `all`). Without a
store, the commands say so politely and the actions still answer.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import TYPE_CHECKING, Any

from bot.chat.coach import action, command
from bot.chat.context import Context
from bot.chat.replies import text_reply
from bot.chat.reply import Reply
from bot.engine.categories import tagger_for
from bot.engine.review import Review
from bot.memory.habits import habits_reply, summary
from bot.memory.history import view_for
from bot.memory.records import record as make_record
from bot.messages import t

if TYPE_CHECKING:
    from bot.chat.coach import Coach

log = logging.getLogger("coach.memory")


def attach(coach: Coach) -> None:
    """Log every review of this coach to its store (when it has one)."""

    def listener(result: Review, draft: str, ctx: Context, review_id: str) -> None:
        log_review(coach, result, draft, ctx, review_id)

    coach.on_review.append(listener)


def log_review(coach: Coach, result: Review, draft: str, ctx: Context, review_id: str) -> None:
    if coach.store is None:
        return
    try:
        coach.store.log_review(review_id, ctx, result, draft)
    except sqlite3.Error:  # memory must never break a review
        log.exception("could not log review %s", review_id)


def review_extra(coach: Coach, ctx: Context) -> dict[str, Any]:
    """What a review in this context may know of the past: {"history": HistoryView} with a store."""
    if coach.store is None:
        return {}
    try:
        view = view_for(coach.store, ctx, coach.advice_for(ctx))
    except sqlite3.Error:
        log.exception("history unavailable")
        return {}
    return {"history": view} if view is not None else {}


def observe(coach: Coach, ctx: Context, text: str, message_id: str, ts: float) -> bool:
    """Log a message seen in an observed channel as a community post; False if the channel is not observed."""
    store = coach.store
    if store is None or not store.is_observed(ctx.platform, ctx.workspace, ctx.channel):
        return False
    record = make_record(
        tagger_for(coach.advice_for(ctx)), text, platform=ctx.platform, workspace=ctx.workspace, channel=ctx.channel, member=ctx.user,
        message_id=str(message_id), posted_at=float(ts), kind="community", source="live",
        names=("", "", ctx.user_name), fallback=ctx.language)
    store.log_post(record)
    return True


@command("habits", "Your team's posting habits, with a chart: `/habits` (add `here` for this channel only)",
         "Les habitudes de publication de l'équipe, avec un graphique : `/habits` (ajoutez `ici` pour ce canal seulement)",
         usage="/habits [here] [weeks] [text]")
def habits_command(coach: Coach, text: str, ctx: Context) -> Reply:
    lang = ctx.language
    if coach.store is None:
        return text_reply(t("memory.off", lang), lang)
    words = text.lower().split()
    weeks = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 52), 8)
    ws = coach.store.find_workspace(ctx.platform, ctx.workspace)
    if ws is None:
        return text_reply(t("habits.empty", lang), lang, title=t("habits.title", lang, workspace=ctx.workspace))
    channel = coach.store.find_channel(ws, ctx.channel) if {"here", "ici"} & set(words) else None
    chart = not {"text", "texte"} & set(words)  # `/habits text`: the figures alone, at a glance
    return habits_reply(summary(coach.store, ws, channel, weeks=weeks), lang, chart=chart)


@command("observe", "Admins: let Coach listen to the community here: `/coach observe on|off`",
         "Admins : laisser Coach écouter la communauté ici : `/coach observe on|off`", admin_only=True,
         usage="/coach observe on|off")
def observe_command(coach: Coach, text: str, ctx: Context) -> Reply:
    lang = ctx.language
    if coach.store is None:
        return text_reply(t("memory.off", lang), lang)
    choice = text.strip().lower()
    if choice in ("on", "off", "oui", "non"):
        on = choice in ("on", "oui")
        coach.store.set_observed(ctx.platform, ctx.workspace, ctx.channel, on)
        return text_reply(t("observe.on" if on else "observe.off", lang), lang)
    on = coach.store.is_observed(ctx.platform, ctx.workspace, ctx.channel)
    return text_reply(t("observe.status_on" if on else "observe.status_off", lang), lang)


def _is_theirs(coach: Coach, review_id: str, ctx: Context) -> bool:
    """Whether a review is this member's, in this workspace: from the drafts in memory, else
    (after a restart) from the review log. A review nobody knows is nobody's."""
    if coach.drafts.get(review_id) is not None:
        return coach.drafts.owned(review_id, ctx) is not None
    if coach.store is None:
        return False
    row = coach.store.conn.execute(
        "SELECT 1 FROM reviews r JOIN workspaces w ON w.id = r.workspace_id JOIN members m ON m.id = r.member_id "
        "WHERE r.id = ? AND w.platform = ? AND w.platform_id = ? AND m.platform_id = ?",
        [review_id, ctx.platform, ctx.workspace, ctx.user]).fetchone()
    return row is not None


@action("dismiss")
def dismiss_action(coach: Coach, value: str, ctx: Context, reason: str) -> Reply:
    lang = ctx.language
    review_id, _, rule_id = value.partition("|")
    if not review_id or not rule_id:
        return text_reply(t("dismiss.bad", lang), lang)
    if not _is_theirs(coach, review_id, ctx):
        return text_reply(t("draft.forgotten", lang), lang)
    fresh = True
    if coach.store is not None:
        fresh = coach.store.dismiss(review_id, rule_id, ctx, reason)
    return text_reply(t("dismiss.done" if fresh else "dismiss.again", lang, rule=rule_id), lang, tone="good")


@action("posted")
def posted_action(coach: Coach, value: str, ctx: Context, reason: str) -> Reply:
    lang = ctx.language
    recent = coach.drafts.owned(value, ctx)
    if recent is None:
        return text_reply(t("draft.forgotten", lang), lang)
    store = coach.store
    if store is None:
        return text_reply(t("posted.done", lang, n="?"), lang, tone="good")
    now = time.time()
    where = recent.ctx
    record = make_record(
        tagger_for(coach.advice_for(where)), recent.draft, platform=where.platform, workspace=where.workspace, channel=where.channel, member=ctx.user,
        message_id=f"coach:{value}", posted_at=now, kind="team", source="coach", names=("", "", ctx.user_name),
        fallback=recent.review.language)
    post_id = store.log_post(record)
    if post_id is None:
        return text_reply(t("posted.again", lang), lang)
    store.attach_post(value, post_id)
    ws = store.find_workspace(where.platform, where.workspace)
    n = store.conn.execute("SELECT COUNT(*) FROM posts WHERE workspace_id = ? AND kind = 'team' AND posted_at >= ?",
                           [ws, int(now - 7 * 86_400)]).fetchone()[0]
    return text_reply(t("posted.done", lang, n=n), lang, tone="good")
