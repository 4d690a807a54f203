"""Weekly nudges: what a channel is told once a week, and sending it exactly once.

    reply, tip = build_nudge(coach, schedule, now)        # compose (also the dry run)
    tick(coach, "slack", send, now) -> [Outcome]           # claim, then send, what is due

The core composes and claims; adapters only deliver (`send(schedule, reply)`
posts the reply and returns the platform's message id). Nothing here imports a
chat platform.

Sending once: "never twice" wins over "always"
-----------------------------------------------
A nudge is claimed under the UNIQUE key (platform, workspace, channel, ISO week)
before anything is posted (`NudgeStore.claim`), so restarts, retries and
several processes cannot send a week's nudge twice. Each claim moves through
`claimed -> sending -> sent` and the ledger decides what a crash means:

* crash after the claim, before `sending`: nothing was posted. Once the claim's
  lease (10 minutes) has run out, a later tick takes it over and sends, if the
  slot is still within the grace window.
* crash (or a timeout, a dropped connection...) after `sending`: the post may
  or may not have reached the platform. Coach cannot ask Slack or Discord
  "did this post go out?" without reading the channel's history, so the row
  stays `sending`/`unknown` and is **never re-sent**: at most once. It is
  reported by `coach nudge --status` and in the logs. A missed nudge costs a
  team one reminder; a duplicate looks broken in a public channel.
* the platform refused (`NotDelivered`: not in channel, archived, forbidden):
  nothing was posted, so a later tick may retry, up to MAX_ATTEMPTS per week.

Adapters raise `NotDelivered` only when they know nothing was posted; any
other exception counts as "maybe posted".
"""

from __future__ import annotations

import logging
import os
import socket
import statistics
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.chat.context import Context
from bot.chat.reply import Image, Item, Reply, Section
from bot.engine.rules import Rule
from bot.memory.ledger import LEASE, Claim, NudgeStore
from bot.messages import known, t
from bot.nudges.schedule import DEFAULT_GRACE, Schedule, due_slot

log = logging.getLogger("coach.nudges")

WINDOW_DAYS = 28  # mix, give/ask and findings look at the last four weeks
USUAL_WEEKS = 8  # the cadence window: last week, and the median of up to seven weeks before it
SILENCE_DAYS = 7  # default N of the silence alert (setting `nudge_silence_days`)
MIN_MIX_POSTS = 3  # fewer posts than this in the window: no mix judgement
DAY = 86_400

Send = Callable[[Schedule, Reply], "str | None"]


class NotDelivered(Exception):
    """Raised by an adapter's send when the platform refused the post: nothing was
    posted, so the nudge may be tried again. Any other exception from a send
    means "maybe posted" and is never retried."""


# ---------------------------------------------------------------- messages


def _number(value: float, language: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "fr" else text


# ---------------------------------------------------------------- the facts


@dataclass(frozen=True)
class NudgeFacts:
    """What a nudge says, as figures. All counts are the team's own posts
    (kind `team`, as team memory counts them) across the workspace."""

    posts_last_week: int = 0
    weekly_counts: tuple[int, ...] = ()  # the weeks before the last one, newest first
    usual_per_week: float | None = None  # None: fewer than two weeks of history
    target_per_week: float = 3
    posts_window: int = 0  # in the last WINDOW_DAYS
    categories: dict[str, int] = field(default_factory=dict)  # category -> posts in the window
    target_mix: dict[str, float] = field(default_factory=dict)
    days_silent: int | None = None  # None: the team never posted
    silence_days: int = SILENCE_DAYS
    top_finding: tuple[str, int] | None = None  # (rule id, drafts) in the window
    has_history: bool = False
    habits: Any = field(default=None, compare=False, repr=False)  # the 8-week bot.habits.Habits, for the chart

    @property
    def gives(self) -> int:
        return self.categories.get("give", 0)

    @property
    def asks(self) -> int:
        return self.categories.get("ask", 0)

    def share(self, category: str) -> float:
        total = sum(self.categories.values())
        return self.categories.get(category, 0) / total if total else 0.0


def gather_facts(store: Any, schedule: Schedule, now: datetime) -> NudgeFacts:
    """The figures of one workspace's team memory as of `now`, read with
    `bot.habits.summary` (the same figures as `/habits`):

    * cadence: the last 8 weeks (weeks end on `now`'s UTC date); last week is
      the newest, the usual pace the median of the weeks before it, counted
      from the first week the team posted;
    * give/ask and mix: the last 4 weeks (nothing when the team has not posted
      in that time: the silence says it better);
    * the most frequent finding: reviews of the last 28 days before `now`.
    """
    if store is None:
        return NudgeFacts()
    from bot.memory.habits import summary

    ws = store.find_workspace(schedule.platform, schedule.workspace)
    silence_days = SILENCE_DAYS
    if ws is not None:
        silence_days = int(store.get_setting("nudge_silence_days", ws, default=SILENCE_DAYS) or SILENCE_DAYS)
    target_mix = dict(store.get_setting("target_mix", ws or 0) or {})
    target_per_week = float(store.get_setting("target_posts_per_week", ws or 0) or 3)
    empty = NudgeFacts(target_per_week=target_per_week, target_mix=target_mix, silence_days=silence_days)
    if ws is None:
        return empty
    end = int(now.timestamp())
    conn = store.conn
    finding = conn.execute(
        "SELECT f.rule_id, COUNT(*) FROM review_findings f JOIN reviews r ON r.id = f.review_id "
        "WHERE r.workspace_id = ? AND r.reviewed_at >= ? AND r.reviewed_at < ? AND f.shown = 1 "
        "GROUP BY f.rule_id ORDER BY COUNT(*) DESC, f.rule_id LIMIT 1",
        [ws, end - WINDOW_DAYS * DAY, end],
    ).fetchone()
    top_finding = (finding[0], int(finding[1])) if finding else None
    last = conn.execute("SELECT MAX(posted_at) FROM posts WHERE workspace_id = ? AND kind = 'team' AND posted_at <= ?",
                        [ws, end]).fetchone()[0]
    if last is None:
        return replace(empty, top_finding=top_finding)
    cadence = summary(store, ws, now=end, weeks=USUAL_WEEKS)
    counts = [w.posts for w in cadence.weeks]
    posts_last_week = 0 if cadence.anchored else counts[-1]
    earlier = counts if cadence.anchored else counts[:-1]
    started = next((i for i, n in enumerate(earlier) if n), len(earlier))
    weekly = earlier[started:]
    usual = float(statistics.median(weekly)) if len(weekly) >= 2 else None
    recent = summary(store, ws, now=end, weeks=WINDOW_DAYS // 7)
    categories: dict[str, int] = {}
    if not recent.anchored:
        for week in recent.weeks:
            for key, n in week.tags.items():
                categories[key] = categories.get(key, 0) + n
    return NudgeFacts(
        posts_last_week=posts_last_week,
        weekly_counts=tuple(reversed(weekly)),
        usual_per_week=usual,
        target_per_week=cadence.target_per_week or target_per_week,
        posts_window=0 if recent.anchored else recent.posts,
        categories=categories,
        target_mix=cadence.target_mix or target_mix,
        days_silent=(end - last) // DAY,
        silence_days=silence_days,
        top_finding=top_finding,
        has_history=True,
        habits=cadence,
    )


# ---------------------------------------------------------------- tip of the week


def tip_rules(coach: Any, schedule: Schedule) -> list[Rule]:
    """The post rules in use in this channel (layers applied), the tip's pool."""
    ctx = Context(platform=schedule.platform, workspace=schedule.workspace, channel=schedule.channel)
    advice = coach.advice_for(ctx)
    return [r for r in advice.rules if r.status == "active" and "post" in r.applies_to]


def rotation(rules: Sequence[Rule]) -> list[Rule]:
    """Rules in tip order: round-robin over topics, so that two weeks in a row
    rarely talk about the same thing."""
    by_topic: dict[str, list[Rule]] = {}
    for rule in sorted(rules, key=lambda r: r.id):
        by_topic.setdefault(rule.topic, []).append(rule)
    order: list[Rule] = []
    depth = max((len(v) for v in by_topic.values()), default=0)
    for i in range(depth):
        order.extend(group[i] for _, group in sorted(by_topic.items()) if i < len(group))
    return order


def choose_tip(rules: Sequence[Rule], recent: Sequence[str], avoid: str = "") -> Rule | None:
    """The tip of the week: the first rule (in rotation order) never shown in
    this channel, else the one shown longest ago. `recent` is newest first;
    `avoid` (this week's idea) is skipped when there is another choice."""
    ordered = [r for r in rotation(rules) if r.id != avoid] or list(rotation(rules))
    if not ordered:
        return None
    age = {rule_id: i for i, rule_id in reversed(list(enumerate(recent)))}  # newest index wins
    never = [r for r in ordered if r.id not in age]
    if never:
        return never[0]
    return max(ordered, key=lambda r: age[r.id])


# ---------------------------------------------------------------- composing


def _topic(rule: Rule | None, rule_id: str, language: str) -> str:
    key = f"topic.{rule.topic}" if rule else ""
    return t(key, language) if known(key) else rule_id


def compose(facts: NudgeFacts, schedule: Schedule, *, tip: Rule | None = None,
            finding_rule: Rule | None = None, chart: Image | None = None) -> Reply:
    """The nudge as a public Reply in the channel's language."""
    lang = schedule.language
    figures: list[Item] = []
    ideas: list[Item] = []
    if facts.has_history:
        if facts.usual_per_week is not None:
            usual = facts.usual_per_week
            pace = "above" if facts.posts_last_week > usual else "same" if facts.posts_last_week == usual else "below"
            head = t("nudge.posts.usual", lang, n=facts.posts_last_week, usual=_number(usual, lang))
        else:
            target = facts.target_per_week
            pace = "above" if facts.posts_last_week > target else "same" if facts.posts_last_week == target else "below"
            head = t("nudge.posts.target", lang, n=facts.posts_last_week, target=_number(target, lang))
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

    if facts.top_finding is not None:
        rule_id, times = facts.top_finding
        lines = []
        if finding_rule is not None:
            block = finding_rule.lang(lang)
            lines.append(block["how"])
            if block.get("suggestions"):
                lines.append(t("review.try", lang, suggestions=block["suggestions"][0]))
        ideas.append(Item(title=t("nudge.finding", lang, topic=_topic(finding_rule, rule_id, lang), n=times),
                          lines=tuple(lines), footer=rule_id))
    elif not facts.has_history:
        ideas.append(Item(title=t("nudge.idea.start", lang), lines=(t("nudge.idea.start.how", lang),)))
    elif facts.posts_window:
        gap = max(("give", "converse", "entertain", "news"),
                  key=lambda c: (facts.target_mix.get(c, 0) - facts.share(c), c))
        ideas.append(Item(title=t("nudge.idea.title", lang, category=t(f"nudge.category.{gap}", lang)),
                          lines=(t(f"nudge.idea.{gap}", lang),)))
    else:
        ideas.append(Item(title=t("nudge.idea.start", lang), lines=(t("nudge.idea.start.how", lang),)))

    sections: list[Section] = []
    if figures:
        sections.append(Section(title=t("nudge.week", lang), items=tuple(figures)))
    sections.append(Section(title=t("nudge.idea", lang), items=tuple(ideas)))
    if tip is not None:
        block = tip.lang(lang)
        sections.append(Section(title=t("nudge.tip", lang), items=(
            Item(title=_topic(tip, tip.id, lang).capitalize(), lines=(block["why"], t("review.how", lang, how=block["how"])),
                 footer=f"{tip.id} · " + t("review.source", lang, source=tip.source), severity="tip"),
        )))
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


def build_nudge(coach: Any, schedule: Schedule, now: datetime, nudges: NudgeStore | None = None) -> tuple[Reply, str]:
    """The nudge this channel would get at `now`, and the id of its tip rule.
    Reads only: the dry run and the tick share it."""
    store = getattr(coach, "store", None)
    facts = gather_facts(store, schedule, now)
    rules = tip_rules(coach, schedule)
    by_id = {r.id: r for r in rules}
    finding_rule = by_id.get(facts.top_finding[0]) if facts.top_finding else None
    if finding_rule is None and facts.top_finding and hasattr(coach, "advice_for"):
        ctx = Context(platform=schedule.platform, workspace=schedule.workspace, channel=schedule.channel)
        finding_rule = coach.advice_for(ctx).get(facts.top_finding[0])
    recent = nudges.recent_tips(schedule) if nudges is not None else []
    tip = choose_tip(rules, recent, avoid=facts.top_finding[0] if facts.top_finding else "")
    chart = nudge_chart(facts, schedule.language)
    return compose(facts, schedule, tip=tip, finding_rule=finding_rule, chart=chart), (tip.id if tip else "")


# ---------------------------------------------------------------- sending


@dataclass(frozen=True)
class Outcome:
    schedule: Schedule
    week: str
    status: str  # sent | failed (not posted, may retry) | unknown (maybe posted) | lost (claim taken over)
    detail: str = ""
    message_id: str = ""


def default_owner() -> str:
    """Who holds a claim: host, process and a random suffix (two tickers in one
    process never share an owner)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def send_claimed(coach: Any, nudges: NudgeStore, claim: Claim, send: Send, now: datetime) -> Outcome:
    """Compose, mark `sending`, post, record. Never posts without a live claim."""
    schedule, week = claim.schedule, claim.slot.week
    try:
        reply, tip = build_nudge(coach, schedule, now, nudges)
    except Exception as error:  # composing failed: nothing was posted, the claim is released as failed
        log.exception("Composing the nudge for %s failed", schedule.key)
        nudges.mark_failed(claim, f"compose: {error!r}", sending=False)
        return Outcome(schedule, week, "failed", f"compose: {error!r}")
    if not nudges.begin_send(claim, now, tip):
        return Outcome(schedule, week, "lost", "the claim was taken over")
    try:
        message_id = send(schedule, reply)
    except NotDelivered as error:
        nudges.mark_failed(claim, str(error) or repr(error))
        log.warning("Nudge for %s not delivered: %s", schedule.key, error)
        return Outcome(schedule, week, "failed", str(error))
    except Exception as error:  # maybe posted: at most once, never retried
        nudges.mark_unknown(claim, repr(error))
        log.error("Nudge for %s may or may not have been posted (%r); it will not be retried", schedule.key, error)
        return Outcome(schedule, week, "unknown", repr(error))
    nudges.mark_sent(claim, now, str(message_id or ""))
    return Outcome(schedule, week, "sent", message_id=str(message_id or ""))


def tick(coach: Any, platform: str, send: Send, now: datetime, *, owner: str | None = None,
         grace: timedelta = DEFAULT_GRACE, lease: timedelta = LEASE,
         nudges: NudgeStore | None = None) -> list[Outcome]:
    """Send every nudge of `platform` that is due at `now` and not yet claimed.
    Safe to call as often as you like, from as many processes as you like."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    nudges = nudges or NudgeStore.for_coach(coach)
    owner = owner or default_owner()
    outcomes: list[Outcome] = []
    for schedule in nudges.schedules(platform):
        slot = due_slot(now, schedule, grace)
        if slot is None:
            continue
        claim = nudges.claim(schedule, slot, owner, now, lease)
        if claim is None:
            continue
        outcomes.append(send_claimed(coach, nudges, claim, send, now))
    return outcomes


def utcnow() -> datetime:
    return datetime.now(UTC)
