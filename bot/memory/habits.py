"""The habits report: how a team really posts, from team memory.

    h = summary(store, workspace_id, now=...)    # figures, reusable (nudges read them too)
    reply = habits_reply(h, language)            # platform-neutral Reply with the chart

Figures cover the last `weeks` weeks (8 by default) of the team's own posts
(not what the community says in observed channels). When the memory holds only
older posts (an imported archive), the window ends at the last post instead,
and the report says so. Posts are read from `daily_activity` (one row per day,
channel and member), so the report costs the same for a thousand posts or a
million.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from bot.memory.sql import Connection
from bot.memory.store import CATEGORIES, DEFAULT_SETTINGS, Store

DAY = 86_400
MIX_KEYS = (*CATEGORIES, "other")  # "other": posts no lexicon recognised


@dataclass(frozen=True)
class WeekStats:
    start: date
    posts: int
    tags: dict[str, int]  # posts per category (a post may count in several), "other" for untagged
    reviews: int = 0
    score: float | None = None  # average review score that week

    def mix(self) -> dict[str, float]:
        total = sum(self.tags.values())
        return {k: (self.tags.get(k, 0) / total if total else 0.0) for k in MIX_KEYS}


@dataclass(frozen=True)
class RuleStats:
    rule: str
    fired: int  # reviews in which the rule's finding was shown
    dismissed: int  # of those, how many were dismissed as "not for this post"

    @property
    def dismissal_rate(self) -> float:
        return self.dismissed / self.fired if self.fired else 0.0

    @property
    def precision(self) -> float:
        return 1.0 - self.dismissal_rate


@dataclass(frozen=True)
class Silence:
    days: float
    start: int  # last post before it
    end: int  # first post after it (or the report's end, for a silence still going on)
    ongoing: bool = False


@dataclass
class Habits:
    workspace: str
    start: date  # first day of the window
    end: date  # last day of the window
    weeks: list[WeekStats]
    anchored: bool = False  # the window was moved back to end at the last post
    posts: int = 0
    members: list[tuple[str, int]] = field(default_factory=list)  # (display name, posts), most active first
    longest_silence: Silence | None = None
    days_since_last_post: float | None = None
    give: int = 0
    ask: int = 0
    mix: dict[str, float] = field(default_factory=dict)
    target_mix: dict[str, float] = field(default_factory=dict)
    target_per_week: float = 3.0
    reviews: int = 0
    top_findings: list[tuple[str, int]] = field(default_factory=list)
    rules: list[RuleStats] = field(default_factory=list)  # all-time, most dismissed first

    @property
    def posts_per_week(self) -> float:
        return self.posts / len(self.weeks) if self.weeks else 0.0

    @property
    def give_ask_ratio(self) -> float | None:
        """Posts that give per post that asks (None when nothing asked)."""
        return self.give / self.ask if self.ask else None

    @property
    def score_trend(self) -> list[tuple[date, float]]:
        return [(w.start, w.score) for w in self.weeks if w.score is not None]


def _day(value: date) -> str:
    return value.isoformat()


def _at(value: date) -> int:
    return int(datetime(value.year, value.month, value.day, tzinfo=UTC).timestamp())


def summary(store: Store, workspace_id: int, channel_id: int | None = None, now: float | None = None,
            weeks: int = 8) -> Habits:
    """The team's habits over the last `weeks` weeks up to `now` (see the module docstring)."""
    now = time.time() if now is None else now
    conn = store.conn
    ch_sql, ch_params = (" AND channel_id = ?", [channel_id]) if channel_id is not None else ("", [])
    name_row = conn.execute("SELECT coalesce(name, platform_id) FROM workspaces WHERE id = ?", [workspace_id]).fetchone()
    end = datetime.fromtimestamp(now, UTC).date()
    last = conn.execute(f"SELECT MAX(last_at) FROM daily_activity WHERE workspace_id = ? AND kind = 'team'{ch_sql}",
                        [workspace_id, *ch_params]).fetchone()[0]
    anchored = False
    if last is not None and last < _at(end) - (7 * weeks - 1) * DAY:
        end, anchored = datetime.fromtimestamp(last, UTC).date(), True
    start = end - timedelta(days=7 * weeks - 1)
    report_end = now if not anchored else _at(end) + DAY

    rows = conn.execute(
        "SELECT day, member_id, posts, give, ask, converse, entertain, news, untagged, first_at, last_at "
        f"FROM daily_activity WHERE workspace_id = ? AND kind = 'team' AND day BETWEEN ? AND ?{ch_sql}",
        [workspace_id, _day(start), _day(end), *ch_params]).fetchall()
    week_posts = [0] * weeks
    week_tags = [dict.fromkeys(MIX_KEYS, 0) for _ in range(weeks)]
    per_member: dict[int, int] = {}
    per_day: dict[str, list[int]] = {}
    for day, member, posts, *counts, first_at, last_at in rows:
        index = (date.fromisoformat(day) - start).days // 7
        week_posts[index] += posts
        for key, n in zip(MIX_KEYS, counts, strict=True):
            week_tags[index][key] += n
        per_member[member] = per_member.get(member, 0) + posts
        span = per_day.setdefault(day, [first_at, last_at])
        span[0], span[1] = min(span[0], first_at), max(span[1], last_at)

    week_reviews, top = _review_weeks(conn, workspace_id, _at(start), report_end, weeks, ch_sql, ch_params)

    week_list = [WeekStats(start + timedelta(days=7 * i), week_posts[i], week_tags[i], *week_reviews[i])
                 for i in range(weeks)]
    habits = Habits(
        workspace=name_row[0] if name_row else str(workspace_id), start=start, end=end, weeks=week_list,
        anchored=anchored, posts=sum(week_posts), reviews=sum(w.reviews for w in week_list),
        give=sum(w.tags["give"] for w in week_list), ask=sum(w.tags["ask"] for w in week_list),
        top_findings=top,
    )
    totals = {k: sum(w.tags[k] for w in week_list) for k in MIX_KEYS}
    all_tags = sum(totals.values())
    habits.mix = {k: (totals[k] / all_tags if all_tags else 0.0) for k in MIX_KEYS}
    target = store.get_setting("target_mix", workspace_id, channel_id or 0)
    habits.target_mix = {k: float(v) for k, v in (target or DEFAULT_SETTINGS["target_mix"]).items()}
    habits.target_per_week = float(store.get_setting("target_posts_per_week", workspace_id, channel_id or 0) or 0)
    habits.members = _member_names(store, per_member)
    habits.longest_silence, habits.days_since_last_post = _silences(
        conn, workspace_id, start, per_day, report_end, anchored, ch_sql, ch_params)
    habits.rules = rule_stats(store, workspace_id)
    return habits




def _review_weeks(conn: Connection, workspace_id: int, since: int, until: float, weeks: int, ch_sql: str,
                  ch_params: list) -> tuple[list[tuple[int, float | None]], list[tuple[str, int]]]:
    """Reviews: each week's count and average score; then the findings shown most often."""
    week_reviews: list[tuple[int, float | None]] = [(0, None)] * weeks
    for index, count, score in conn.execute(
        f"SELECT (reviewed_at - ?) / 604800, COUNT(*), AVG(score) FROM reviews WHERE workspace_id = ? "
        f"AND reviewed_at >= ? AND reviewed_at < ?{ch_sql} GROUP BY 1", [since, workspace_id, since, until, *ch_params]):
        if 0 <= index < weeks:
            week_reviews[index] = (count, round(score, 1))
    top = conn.execute(
        "SELECT f.rule_id, COUNT(*) FROM review_findings f JOIN reviews r ON r.id = f.review_id "
        f"WHERE r.workspace_id = ? AND r.reviewed_at >= ? AND r.reviewed_at < ? AND f.shown = 1"
        f"{ch_sql.replace('channel_id', 'r.channel_id')} GROUP BY f.rule_id ORDER BY 2 DESC, 1 LIMIT 5",
        [workspace_id, since, until, *ch_params]).fetchall()
    return week_reviews, [(rule, n) for rule, n in top]


def _member_names(store: Store, per_member: dict[int, int]) -> list[tuple[str, int]]:
    ids = [m for m in per_member if m]
    names: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        names.update(store.conn.execute(
            f"SELECT id, coalesce(display_name, platform_id) FROM members WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk).fetchall())
    ranked = sorted(per_member.items(), key=lambda kv: (-kv[1], names.get(kv[0], "")))
    return [(names.get(member, "?"), posts) for member, posts in ranked]


def _silences(conn, workspace_id: int, start: date, per_day: dict[str, list[int]], report_end: float,
              anchored: bool, ch_sql: str, ch_params: list) -> tuple[Silence | None, float | None]:
    """The longest gap between two posts of the window (the one before it included), and the current one."""
    before = conn.execute(
        f"SELECT MAX(last_at) FROM daily_activity WHERE workspace_id = ? AND kind = 'team' AND day < ?{ch_sql}",
        [workspace_id, _day(start), *ch_params]).fetchone()[0]
    longest: Silence | None = None
    previous = before
    for day in sorted(per_day):
        first_at, last_at = per_day[day]
        if previous is not None and (longest is None or first_at - previous > longest.days * DAY):
            longest = Silence((first_at - previous) / DAY, previous, first_at)
        previous = last_at
    current = None
    if previous is not None:
        current = max(0.0, (report_end - previous) / DAY)
        if not anchored and (longest is None or current > longest.days):
            longest = Silence(current, previous, int(report_end), ongoing=True)
    return longest, current


def rule_stats(store: Store, workspace_id: int) -> list[RuleStats]:
    """Each rule's findings shown and dismissed in this workspace, all time: its measured precision."""
    conn = store.conn
    fired = dict(conn.execute(
        "SELECT f.rule_id, COUNT(*) FROM review_findings f JOIN reviews r ON r.id = f.review_id "
        "WHERE r.workspace_id = ? AND f.shown = 1 GROUP BY f.rule_id", [workspace_id]).fetchall())
    dismissed = dict(conn.execute(
        "SELECT rule_id, COUNT(DISTINCT review_id) FROM dismissals WHERE workspace_id = ? GROUP BY rule_id",
        [workspace_id]).fetchall())
    stats = [RuleStats(rule, n, min(dismissed.get(rule, 0), n)) for rule, n in fired.items()]
    return sorted(stats, key=lambda s: (-s.dismissal_rate, -s.fired, s.rule))


# -- the reply -----------------------------------------------------------------


def day_label(value: date | int, language: str) -> str:
    """A day as the habits report and chart write it: 03/14 in French, Mar 14 in English."""
    if isinstance(value, int):
        value = datetime.fromtimestamp(value, UTC).date()
    return value.strftime("%d/%m") if language == "fr" else value.strftime("%b %d")




