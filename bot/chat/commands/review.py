"""`/review <draft>`, `/help`, and the "Review again" button."""

from __future__ import annotations

from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.chat.replies import problem_reply, review_reply, text_reply
from bot.chat.reply import Item, Reply, Section
from bot.chat.spec import Args, CommandSpec, command, option, typed_usage
from bot.engine.review import DraftProblem
from bot.messages import t


def review_command(coach: Coach, args: Args, ctx: Context) -> Reply:
    return review_text(coach, args.text("text"), ctx)


def review_text(coach: Coach, text: str, ctx: Context) -> Reply:
    try:
        result, review_id = coach.review(text, ctx)
    except DraftProblem as problem:
        return problem_reply(problem, ctx.language)
    return review_reply(result, review_id, text)


def help_command(coach: Coach, args: Args, ctx: Context) -> Reply:
    lang = ctx.language
    items = tuple(
        Item(title=f"`{usage(spec, ctx.platform)}`", lines=(spec.help[lang],))
        for spec in coach.commands.values()
        if ctx.is_admin or not spec.admin_only
    )
    return Reply(title=t("help.title", lang), sections=(Section(items=items),), language=lang)


def usage(spec: CommandSpec, platform: str) -> str:
    """The command as the asker types it: Discord fills typed options in a form, the others
    type a command line."""
    if platform == "discord":
        return typed_usage(spec)
    return spec.usage or "/" + spec.name


def review_again(coach: Coach, value: str, ctx: Context, reason: str) -> Reply:
    """Re-review a remembered draft (adapters usually open an editor prefilled instead)."""
    recent = coach.drafts.owned(value, ctx)
    if recent is None:
        return text_reply(t("draft.forgotten", ctx.language), ctx.language)
    return review_text(coach, recent.draft, ctx)


DRAFT = option("text", "text", "Your draft (leave empty to paste a long one)",
               "Votre brouillon (laissez vide pour en coller un long)", positional=True, max_length=6000)
REVIEW = command("review", review_command, "Review a draft post: a score, each problem in your words, what to do next",
                 "Relire un brouillon : une note, chaque problème dans vos mots, quoi faire ensuite", usage="/review <draft>",
                 summary=("Review a draft post before you publish it", "Relire un brouillon avant de le publier"),
                 options=(DRAFT,), editor=True)
HELP = command("help", help_command, "What Coach can do", "Ce que Coach sait faire", usage="/help")
