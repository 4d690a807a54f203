"""`/coach forget`: any member can see what Coach keeps about them, and delete it.

    /coach forget            what Coach stores about you in this workspace, and how to delete it
    /coach forget confirm    delete it all: your posts, reviews, dismissals, and drafts still in memory

Admins forget someone else with the CLI (`coach forget --user ID`); in chat,
people only ever delete their own rows.
"""

from __future__ import annotations

from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.chat.replies import text_reply
from bot.chat.reply import Reply
from bot.chat.spec import Args, command, option
from bot.messages import t


def stored_about(coach: Coach, ctx: Context) -> dict[str, int] | None:
    """Rows that name this member in this workspace, or None when Coach has no store."""
    if coach.store is None:
        return None
    return coach.store.stored_about(ctx.platform, ctx.workspace, ctx.user)


def forget_command(coach: Coach, args: Args, ctx: Context) -> Reply:
    lang = ctx.language
    confirmed = bool(args.get("confirm"))
    counts = stored_about(coach, ctx)
    forgotten_drafts = 0
    if confirmed:
        forgotten_drafts = coach.drafts.forget(ctx.workspace, ctx.user)
        for listener in list(coach.on_forget):  # every other copy in memory: adapters keep some
            listener(ctx)
    if counts is None or not any(counts.values()):
        if forgotten_drafts:
            return text_reply(t("forget.done", lang, rows=0), lang, tone="good")
        return text_reply(t("forget.nothing", lang), lang)
    if not confirmed:
        how = "`/forget confirm: True`" if ctx.platform == "discord" else "`/coach forget confirm`"
        return text_reply(t("forget.summary", lang, how=how, **counts), lang, tone="warning")
    workspace = coach.store.find_workspace(ctx.platform, ctx.workspace)
    deleted = coach.store.forget_user(ctx.user, workspace)
    return text_reply(t("forget.done", lang, rows=sum(deleted.values())), lang, tone="good")


COMMAND = command("forget", forget_command, "What Coach keeps about you, and deleting it",
                  "Ce que Coach garde sur vous, et le supprimer", usage="/coach forget [confirm]",
                  summary=("What Coach keeps about you, and deleting it", "Ce que Coach garde sur vous, et le supprimer"),
                  options=(option("confirm", "flag", "Delete it now (cannot be undone)",
                                  "Le supprimer maintenant (définitif)", words=("confirm", "confirmer")),))
