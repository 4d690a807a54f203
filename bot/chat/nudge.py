"""The weekly nudge as a public reply in the channel's language: the week's figures, one idea,
and the tip of the week.

    reply, tip = build_nudge(coach, schedule, now)     # what the tick posts, and the dry run
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from bot.chat.context import Context
from bot.chat.reply import Image, Item, Reply, Section
from bot.engine.advice import Advice
from bot.engine.rule import Rule
from bot.memory.ledger import NudgeLedger
from bot.memory.store import Store
from bot.messages import known, t
from bot.nudges.facts import NudgeFacts, gather_facts
from bot.nudges.schedule import Schedule
from bot.nudges.tips import choose_tip, post_rules

MIN_MIX_POSTS = 3  # fewer posts than this in the window: no mix judgement


class Host(Protocol):
    """What a nudge is built from (the Coach): team memory and the advice of a channel."""

    store: Store | None

    def advice_for(self, ctx: Context) -> Advice: ...


def _where(schedule: Schedule) -> Context:
    return Context(platform=schedule.platform, workspace=schedule.workspace, channel=schedule.channel)


def tip_rules(coach: Host, schedule: Schedule) -> list[Rule]:
    """The post rules in use in this channel (layers applied), the tip's pool."""
    return post_rules(coach.advice_for(_where(schedule)))


def _number(value: float, language: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "fr" else text


def _topic(rule: Rule | None, rule_id: str, language: str) -> str:
    key = f"topic.{rule.topic}" if rule else ""
    return t(key, language) if known(key) else rule_id


def _pace(n: int, usual: float) -> str:
    """Above, on, a little under, well under (less than half) the pace, or no post at all:
    "a little under your rhythm" for 0 posts against 4 a week told the team nothing true."""
    if n > usual:
        return "above"
    if n == usual:
        return "same"
    return "none" if n == 0 else "far" if n < usual / 2 else "below"


def _figures(facts: NudgeFacts, lang: str) -> list[Item]:
    """The week's figures: cadence against the usual pace (or the target), give/ask, mix, silence."""
    if not facts.has_history:
        return []
    figures: list[Item] = []
    if facts.usual_per_week is not None:
        pace = _pace(facts.posts_last_week, facts.usual_per_week)
        silent = facts.days_silent is not None and facts.days_silent >= facts.silence_days
        key = "nudge.posts.usual_then" if silent else "nudge.posts.usual"  # a pace from before the silence
        head = t(key, lang, n=facts.posts_last_week, usual=_number(facts.usual_per_week, lang))
    else:
        pace = _pace(facts.posts_last_week, facts.target_per_week)
        head = t("nudge.posts.target", lang, n=facts.posts_last_week, target=_number(facts.target_per_week, lang))
    figures.append(Item(title=head, lines=(t(f"nudge.pace.{pace}", lang),)))
    if facts.gives or facts.asks:
        verdict = "good" if facts.gives >= 2 * facts.asks else "low"
        figures.append(Item(title=t("nudge.balance", lang, give=facts.gives, ask=facts.asks),
                            lines=(t(f"nudge.balance.{verdict}", lang),)))
    if facts.posts_window >= MIN_MIX_POSTS:
        notes = []
        entertain_target = facts.target_mix.get("entertain", 0)
        if entertain_target > 0 and facts.categories.get("entertain", 0) == 0:
            notes.append(t("nudge.mix.no_entertain", lang, target=round(entertain_target * 100)))
        promo, promo_target = facts.share("ask"), facts.target_mix.get("ask", 0)
        if promo_target and promo > promo_target + 1e-9:  # the ceiling of advice/targets.yaml, or the team's
            notes.append(t("nudge.mix.promo", lang, share=round(promo * 100), target=round(promo_target * 100)))
        figures.append(Item(title=t("nudge.mix", lang), lines=tuple(notes) or (t("nudge.mix.ok", lang),)))
    if facts.days_silent is not None and facts.days_silent >= facts.silence_days:
        figures.append(Item(title=t("nudge.silence", lang, days=facts.days_silent), severity="warning"))
    return figures


def _idea(facts: NudgeFacts, finding_rule: Rule | None, lang: str) -> Item:
    """One idea: the most frequent finding's advice, else the category furthest under its target."""
    if facts.top_finding is not None:
        rule_id, times = facts.top_finding
        lines = []
        if finding_rule is not None:
            block = finding_rule.lang(lang)
            lines.append(block["how"])
            if block.get("suggestions"):
                lines.append(t("review.try", lang, suggestions=block["suggestions"][0]))
        return Item(title=t("nudge.finding", lang, topic=_topic(finding_rule, rule_id, lang), n=times),
                    lines=tuple(lines), footer=rule_id)
    if facts.has_history and facts.posts_window:
        gap = max(("give", "converse", "entertain", "news"),
                  key=lambda c: (facts.target_mix.get(c, 0) - facts.share(c), c))
        return Item(title=t("nudge.idea.title", lang, category=t(f"nudge.category.{gap}", lang)),
                    lines=(t(f"nudge.idea.{gap}", lang),))
    return Item(title=t("nudge.idea.start", lang), lines=(t("nudge.idea.start.how", lang),))


def _tip(tip: Rule, lang: str) -> Section:
    block = tip.lang(lang)
    return Section(title=t("nudge.tip", lang), items=(
        Item(title=_topic(tip, tip.id, lang).capitalize(), lines=(block["why"], t("review.how", lang, how=block["how"])),
             footer=f"{tip.id} · " + t("review.source", lang, source=tip.source.cite(lang)), severity="tip"),
    ))


def compose(facts: NudgeFacts, schedule: Schedule, *, tip: Rule | None = None,
            finding_rule: Rule | None = None, chart: Image | None = None) -> Reply:
    """The nudge as a public Reply in the channel's language."""
    lang = schedule.language
    figures = _figures(facts, lang)
    sections: list[Section] = []
    if figures:
        sections.append(Section(title=t("nudge.week", lang), items=tuple(figures)))
    sections.append(Section(title=t("nudge.idea", lang), items=(_idea(facts, finding_rule, lang),)))
    if tip is not None:
        sections.append(_tip(tip, lang))
    summary = t("nudge.summary", lang) if facts.has_history else t("nudge.summary.new", lang)
    silent = facts.days_silent is not None and facts.days_silent >= facts.silence_days
    return Reply(
        title=t("nudge.title", lang),
        summary=summary,
        sections=tuple(sections),
        visibility="public",
        tone="warning" if silent else "neutral",
        language=lang,
        image=chart,
        meta={"kind": "nudge", "channel": schedule.channel, "tip": tip.id if tip else ""},
    )


def nudge_chart(facts: NudgeFacts, language: str) -> Image | None:
    """The cadence and mix chart of the last 8 weeks (bot.chart), when there is history."""
    if facts.habits is None or not facts.habits.posts:
        return None
    from bot.memory.chart import habits_chart

    return Image("nudge.png", habits_chart(facts.habits, language), alt=t("nudge.chart.alt", language))


def build_nudge(coach: Host, schedule: Schedule, now: datetime, nudges: NudgeLedger | None = None) -> tuple[Reply, str]:
    """The nudge this channel would get at `now`, and the id of its tip rule.
    Reads only: the dry run and the tick share it."""
    facts = gather_facts(coach.store, schedule, now)
    rules = tip_rules(coach, schedule)
    by_id = {r.id: r for r in rules}
    finding_rule = by_id.get(facts.top_finding[0]) if facts.top_finding else None
    if finding_rule is None and facts.top_finding:
        finding_rule = coach.advice_for(_where(schedule)).get(facts.top_finding[0])
    recent = nudges.recent_tips(schedule) if nudges is not None else []
    tip = choose_tip(rules, recent, avoid=facts.top_finding[0] if facts.top_finding else "")
    chart = nudge_chart(facts, schedule.language)
    return compose(facts, schedule, tip=tip, finding_rule=finding_rule, chart=chart), (tip.id if tip else "")
