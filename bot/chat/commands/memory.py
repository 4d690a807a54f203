"""Team memory in the chat: `/habits`, `/coach observe`, and the review buttons that feed it.

    /habits [here] [weeks]    the habits report (with its chart) for this workspace
    /observe on|off           admins: let Coach hear what the community says here
    dismiss  "review_id|rule_id"   a finding is "not for this post" (its rule's precision)
    posted   "review_id"           the reviewed draft was published: log it as a team post

Each review is logged by the Coach itself (the draft's fingerprint; its text only when the
workspace's `store_text` setting is `all`). Without a store, the commands say so politely
and the actions still answer.
"""

from __future__ import annotations

import logging
import time

from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.chat.replies import text_reply
from bot.chat.reply import Image, Item, Reply, Section
from bot.chat.spec import Args, choice, command, option
from bot.engine.categories import tagger_for
from bot.engine.targets import bundled_targets
from bot.memory.habits import MIX_KEYS, Habits, day_label, summary
from bot.memory.records import record as make_record
from bot.messages import t

log = logging.getLogger("coach.memory")










def _target(category: str, share: float) -> str:
    """A target share as advice/targets.yaml reads it: "≥ 50", "≤ 20" or "20"."""
    target = bundled_targets().get(category)
    sign = {"at-least": "≥ ", "at-most": "≤ "}.get(target.keep if target else "", "")
    return f"{sign}{round(100 * share)}"


def _num(value: float, language: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "fr" else text


def _cadence(habits: Habits, lang: str) -> list[Item]:
    cadence = [
        Item(t("habits.per_week", lang, n=_num(habits.posts_per_week, lang), posts=habits.posts,
               target=_num(habits.target_per_week, lang))),
        Item(t("habits.weeks", lang, counts=" · ".join(str(w.posts) for w in habits.weeks))),
    ]
    silence = habits.longest_silence
    if silence is not None:
        key = "habits.silence_ongoing" if silence.ongoing else "habits.silence"
        cadence.append(Item(t(key, lang, days=_num(silence.days, lang), start=day_label(silence.start, lang),
                              end=day_label(silence.end, lang))))
    if habits.days_since_last_post is not None and not habits.anchored:
        cadence.append(Item(t("habits.since_last", lang, days=_num(habits.days_since_last_post, lang))))
    if habits.members:
        shown = ", ".join(f"{name} {n}" for name, n in habits.members[:8])
        cadence.append(Item(t("habits.members", lang, list=shown + (" …" if len(habits.members) > 8 else ""))))
    return cadence


def _mix(habits: Habits, lang: str) -> list[Item]:
    ratio = habits.give_ask_ratio
    mix = [Item(t("habits.give_ask", lang, give=habits.give, ask=habits.ask,
                  ratio=t("habits.ratio", lang, ratio=_num(ratio, lang)) if ratio is not None
                  else t("habits.no_ask", lang)))]
    for key in MIX_KEYS:
        share, target = habits.mix.get(key, 0.0), habits.target_mix.get(key)
        if target is None and not share:
            continue
        name = t(f"category.{key}", lang)
        mix.append(Item(t("habits.share", lang, category=name, share=round(100 * share), target=_target(key, target))
                        if target is not None else t("habits.share_free", lang, category=name, share=round(100 * share))))
    return mix


def _reviews(habits: Habits, lang: str) -> list[Item]:
    reviews: list[Item] = []
    trend = habits.score_trend
    reviews.append(Item(t("habits.trend", lang, trend=" → ".join(f"{round(s)}" for _, s in trend)) if trend
                        else t("habits.no_reviews", lang)))
    if habits.top_findings:
        reviews.append(Item(t("habits.top", lang, list=", ".join(f"{rule} ({n})" for rule, n in habits.top_findings))))
    rated = [r for r in habits.rules if r.fired][:5]
    if rated and not any(r.dismissed for r in habits.rules):  # 0/9 is no measure of precision
        shown = sum(r.fired for r in habits.rules)
        reviews.append(Item(t("habits.no_dismissals", lang, n=shown)))
    elif rated:
        reviews.append(Item(t("habits.rules", lang, list="; ".join(
            t("habits.rule_rate", lang, rule=r.rule, dismissed=r.dismissed, fired=r.fired,
              rate=round(100 * r.dismissal_rate), precision=round(100 * r.precision)) for r in rated))))
    return reviews


def habits_reply(habits: Habits, language: str = "en", chart: bool = True) -> Reply:
    """The habits report: cadence, content mix, reviews, and the chart (drawn with matplotlib) when asked."""
    lang = language
    title = t("habits.title", lang, workspace=habits.workspace)
    weeks = len(habits.weeks)
    window = (t("habits.anchored", lang, weeks=weeks, end=day_label(habits.end, lang)) if habits.anchored
              else t("habits.window", lang, weeks=weeks, start=day_label(habits.start, lang), end=day_label(habits.end, lang)))
    if not habits.posts and not habits.reviews:
        return Reply(title=title, summary=t("habits.empty", lang), language=lang)
    image = None
    if chart:
        from bot.memory.chart import habits_chart  # matplotlib: loaded only when a chart is drawn

        image = Image("habits.png", habits_chart(habits, lang), alt=t("habits.chart_alt", lang, weeks=weeks))
    return Reply(
        title=title,
        summary=window,
        sections=(Section(t("habits.cadence", lang), items=tuple(_cadence(habits, lang))),
                  Section(t("habits.mix", lang), items=tuple(_mix(habits, lang))),
                  Section(t("habits.reviews", lang), items=tuple(_reviews(habits, lang)))),
        language=lang,
        image=image,
        meta={"posts": str(habits.posts), "weeks": str(weeks)},
    )



def habits_command(coach: Coach, args: Args, ctx: Context) -> Reply:
    lang = ctx.language
    if coach.store is None:
        return text_reply(t("memory.off", lang), lang)
    weeks = args.get("weeks")
    weeks = weeks if isinstance(weeks, int) and 1 <= weeks <= 52 else 8
    ws = coach.store.find_workspace(ctx.platform, ctx.workspace)
    if ws is None:
        return text_reply(t("habits.empty", lang), lang, title=t("habits.title", lang, workspace=ctx.workspace))
    channel = coach.store.find_channel(ws, ctx.channel) if args.get("here") else None
    chart = not args.get("text")  # `/habits text`: the figures alone, at a glance
    return habits_reply(summary(coach.store, ws, channel, weeks=weeks), lang, chart=chart)


def observe_command(coach: Coach, args: Args, ctx: Context) -> Reply:
    lang = ctx.language
    if coach.store is None:
        return text_reply(t("memory.off", lang), lang)
    choice = args.text("state").lower()
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
    return coach.store.reviewed_by(review_id, ctx.platform, ctx.workspace, ctx.user)


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
    n = store.team_posts_since(ws, now - 7 * 86_400)
    return text_reply(t("posted.done", lang, n=n), lang, tone="good")


HABITS = command(
    "habits", habits_command,
    "Your team's posting habits, with a chart: every channel, or this one only",
    "Les habitudes de publication de l'équipe, avec un graphique : tous les canaux, ou celui-ci seulement",
    usage="/habits [here] [weeks] [text]", summary=("Your team's posting habits", "Les habitudes de publication de l'équipe"),
    options=(option("here", "flag", "This channel only", "Ce canal seulement", words=("here", "ici")),
             option("weeks", "number", "How many weeks (8 if empty)", "Combien de semaines (8 si vide)", low=1, high=52),
             option("text", "flag", "The figures alone, without the chart", "Les chiffres seuls, sans le graphique",
                    words=("text", "texte"))),
    slow=True, team_only=True)
OBSERVE = command(
    "observe", observe_command, "Admins: let Coach listen to the community in this channel, or stop",
    "Admins : laisser Coach écouter la communauté dans ce canal, ou arrêter", admin_only=True,
    usage="/coach observe on|off",
    summary=("Let Coach read a channel's posts to learn the team's habits (Manage Server)",
             "Laisser Coach lire un salon pour connaître les habitudes de l'équipe (Gérer le serveur)"),
    options=(option("state", "choice", "on or off", "activer ou désactiver", required=True, positional=True,
                    choices=(choice("on", "On", "Activer"), choice("off", "Off", "Désactiver"))),
             option("channel", "channel", "The channel (this one if empty)", "Le salon (celui-ci si vide)",
                    sets_channel=True)))
