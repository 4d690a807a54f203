"""What a weekly nudge says, as figures: a workspace's team memory read with `bot.memory.habits.summary`."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field, replace
from datetime import datetime

from bot.memory.habits import Habits, summary
from bot.memory.store import Store
from bot.nudges.schedule import Schedule

WINDOW_DAYS = 28  # mix, give/ask and findings look at the last four weeks


USUAL_WEEKS = 8  # the cadence window: last week, and the median of up to seven weeks before it


SILENCE_DAYS = 7  # default N of the silence alert (setting `nudge_silence_days`)


DAY = 86_400


@dataclass(frozen=True)
class NudgeFacts:
    """What a nudge says, as figures. All counts are the team's own posts
    (kind `team`, as team memory counts them) across the workspace."""

    posts_last_week: int = 0
    usual_per_week: float | None = None  # None: fewer than two weeks of history
    target_per_week: float = 3
    posts_window: int = 0  # in the last WINDOW_DAYS
    categories: dict[str, int] = field(default_factory=dict)  # category -> posts in the window
    target_mix: dict[str, float] = field(default_factory=dict)
    days_silent: int | None = None  # None: the team never posted
    silence_days: int = SILENCE_DAYS
    top_finding: tuple[str, int] | None = None  # (rule id, drafts) in the window
    has_history: bool = False
    habits: Habits | None = field(default=None, compare=False, repr=False)  # the 8 weeks, for the chart

    @property
    def gives(self) -> int:
        return self.categories.get("give", 0)

    @property
    def asks(self) -> int:
        return self.categories.get("ask", 0)

    def share(self, category: str) -> float:
        total = sum(self.categories.values())
        return self.categories.get(category, 0) / total if total else 0.0


def gather_facts(store: Store | None, schedule: Schedule, now: datetime) -> NudgeFacts:
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
    top_finding = store.top_finding(ws, end - WINDOW_DAYS * DAY, end)
    last = store.last_team_post(ws, end)
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
