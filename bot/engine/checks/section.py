"""`section`: the plan covers a part when one statement (with the heading it sits under, and up to
`window` - 1 statements after it in its paragraph) holds every signal `needs` names (a
mapping gives how many different phrases of it; `a|b` is either), each need met by other
words than the others, and none that `unless` names. The statement holding the most
signals (one statement before a window of two) is recorded as the evidence (`Scope.extra["evidence"][rule id]`). Missing: one hit over the whole text. Not judged
without prose, under `min_words`, or, with `calendar: instead`, when a calendar long
enough to judge is there (the calendar rules judge it)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope, setting, whole
from bot.engine.checks.plan import (
    Signals,
    StatementSettings,
    calendar_judged,
    holds,
    places,
    plan_of,
    statement_windows,
)
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule


@dataclass(frozen=True)
class Settings(StatementSettings):
    calendar: str = setting("", {"enum": ["instead"],
                                 "description": "section: not judged when a calendar long enough to judge is there"})
    min_words: int = setting(0)


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    signals = Signals(rule, language, index)
    headings = bool(rule.check.get("headings", True))
    min_words = int(rule.check.get("min_words", 0))
    instead = rule.check.get("calendar") == "instead"

    def run(scope: Scope) -> list[Hit]:
        plan = plan_of(scope)
        if not plan.has_prose or scope.doc.word_count < min_words or (instead and calendar_judged(plan)):
            return []
        found = signals.matches(scope)
        best: tuple[tuple[int, int], tuple[int, int]] | None = None  # ((statements, -signals), span)
        for group in statement_windows(rule, scope):
            for size in range(1, len(group) + 1):
                spans = holds(signals, found, places(group[:size], headings))
                if spans is not None:
                    rank = (size, -len(spans))  # one statement before two, then the one saying the most
                    if best is None or rank < best[0]:
                        best = (rank, (group[0].span[0], group[size - 1].span[1]))
                    break
        if best is None:
            return [Hit(*whole(scope.doc), {"count": 0})]
        scope.extra.setdefault("evidence", {})[rule.id] = best[1]
        return []

    return run



TYPE = CheckType("section", compile, Settings, __doc__, lists=("signals", "patterns", "cased", "exceptions"))
