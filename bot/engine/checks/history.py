"""`history`: the draft against the team's memory, chosen with `check.kind`:

    duplicate            a near-duplicate of a team post of the last `days` days
                         (MinHash signature similarity >= `similarity`)
    repeat_link          a link the team already shared in the last `days` days
    ask_streak           the team's last `count` posts all asked and none gave,
                         and this draft asks too (topic give-first)
    promo_share          asking posts' share of the last `days` days, this draft
                         included, above the target (topic content-mix)
    community_relevance  under `threshold` of the draft's words meet what the
                         community said in observed channels over `days` days,
                         or the audience topics an admin set (topic relevance)

A review gets `extra["history"]`, a view of one workspace's memory (bot.memory.history.HistoryView
is the one Coach uses; `History` below says what it answers). Without one (no store, or a rule
tested alone) the checks stay silent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope, setting, whole
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule
from bot.engine.targets import bundled_targets
from bot.engine.text import Doc

KINDS = ("duplicate", "repeat_link", "ask_streak", "promo_share", "community_relevance")


class Tags(Protocol):
    categories: frozenset[str]

    def first(self, category: str) -> tuple[int, int] | None: ...


class Past(Protocol):
    posted_at: int
    similarity: float


class History(Protocol):
    """What the history checks ask of a team's memory."""

    def days_ago(self, posted_at: float) -> int: ...
    def tagging(self, doc: Doc) -> Tags: ...
    def setting(self, key: str, default: Any = None) -> Any: ...
    def near_duplicates(self, doc: Doc, days: int, threshold: float) -> list[Past]: ...
    def shared_links(self, doc: Doc, days: int) -> list[tuple[tuple[int, int], int]]: ...
    def last_team_posts(self, count: int) -> list[tuple[int, int]]: ...
    def ask_share(self, days: int) -> tuple[int, int]: ...
    def community_posts(self, days: int, at_least: int) -> int: ...
    def audience_words(self, language: str) -> set[str]: ...
    def community_overlap(self, doc: Doc, days: int) -> tuple[int, int]: ...


@dataclass(frozen=True)
class Settings:
    """Defaults depend on the kind (see each runner below)."""

    kind: str = setting(schema={"type": "string"})
    days: int | None = setting(None, {"type": "integer", "minimum": 1})
    count: int | None = setting(None)
    similarity: float | None = setting(None, {"type": "number", "minimum": 0, "maximum": 1})
    threshold: float | None = setting(None)
    min_words: int | None = setting(None)


def _percent(x: float) -> int:
    return int(round(100 * x))


def _asks_without_giving(view: History, doc: Doc) -> tuple[int, int] | None:
    tags = view.tagging(doc)
    if "ask" not in tags.categories or "give" in tags.categories:
        return None
    return tags.first("ask")


def _duplicate(view: History, scope: Scope, settings: dict[str, Any]) -> list[Hit]:
    days, threshold = int(settings.get("days", 30)), float(settings.get("similarity", 0.6))
    matches = view.near_duplicates(scope.doc, days, threshold)
    if not matches:
        return []
    best = matches[0]
    return [Hit(*whole(scope.doc), {"days": view.days_ago(best.posted_at), "value": _percent(best.similarity)})]


def _repeat_link(view: History, scope: Scope, settings: dict[str, Any]) -> list[Hit]:
    days = int(settings.get("days", 7))
    return [Hit(start, end, {"days": view.days_ago(when)}) for (start, end), when in view.shared_links(scope.doc, days)]


def _ask_streak(view: History, scope: Scope, settings: dict[str, Any]) -> list[Hit]:
    count = int(settings.get("count", 3))
    span = _asks_without_giving(view, scope.doc)
    if span is None:
        return []
    last = view.last_team_posts(count)
    if len(last) < count or not all(asked and not gave for gave, asked in last):
        return []
    return [Hit(*span, {"count": count})]


def _promo_share(view: History, scope: Scope, settings: dict[str, Any]) -> list[Hit]:
    days, at_least = int(settings.get("days", 30)), int(settings.get("count", 5))
    span = _asks_without_giving(view, scope.doc)
    if span is None:
        return []
    posts, asks = view.ask_share(days)
    if posts < at_least:
        return []
    mix = view.setting("target_mix", None) or bundled_targets().shares()  # the team's, else advice/targets.yaml
    target = float(mix["ask"]) if isinstance(mix, dict) and "ask" in mix else float(settings.get("threshold", 0.2))
    share = (asks + 1) / (posts + 1)
    if share <= target:
        return []
    return [Hit(*span, {"share": _percent(share), "target": _percent(target), "days": days, "count": posts + 1})]


def _community_relevance(view: History, scope: Scope, settings: dict[str, Any]) -> list[Hit]:
    days, at_least = int(settings.get("days", 60)), int(settings.get("count", 20))
    threshold, min_words = float(settings.get("threshold", 0.2)), int(settings.get("min_words", 5))
    known, total = view.community_overlap(scope.doc, days)
    if total < min_words:
        return []
    if view.community_posts(days, at_least) < at_least and not view.audience_words(scope.doc.language):
        return []  # too little heard from the community to judge
    share = known / total
    if share >= threshold:
        return []
    return [Hit(*whole(scope.doc), {"value": _percent(share), "threshold": _percent(threshold),
                                    "count": known})]


_KIND_RUNNERS = {
    "duplicate": _duplicate,
    "repeat_link": _repeat_link,
    "ask_streak": _ask_streak,
    "promo_share": _promo_share,
    "community_relevance": _community_relevance,
}


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    kind = rule.check.get("kind")
    runner: Callable[[History, Scope, dict[str, Any]], list[Hit]] | None = _KIND_RUNNERS.get(str(kind))
    if runner is None:
        raise ValueError(f"history check kind must be one of {', '.join(KINDS)} (got {kind!r})")
    settings = dict(rule.check)

    def run(scope: Scope) -> list[Hit]:
        view = scope.extra.get("history")
        if view is None:
            return []
        return runner(view, scope, settings)

    return run


TYPE = CheckType("history", compile, Settings, __doc__, lists=("phrases",))
