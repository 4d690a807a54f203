"""`counterfeit`: a statement that holds every signal `needs` names and none that `unless` names (read
like `section`): one hit per such statement, from its first needed signal to its last
(the whole statement when they are all in its heading)."""

from __future__ import annotations

from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope
from bot.engine.checks.plan import (
    Signals,
    StatementSettings,
    holds,
    inside,
    places,
    plan_of,
    statement_windows,
)
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule

Settings = StatementSettings


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    signals = Signals(rule, language, index)
    headings = bool(rule.check.get("headings", True))

    def run(scope: Scope) -> list[Hit]:
        if not plan_of(scope).has_prose:
            return []
        found = signals.matches(scope)
        hits: list[Hit] = []
        for group in statement_windows(rule, scope):
            spans = holds(signals, found, places(group, headings))
            if spans is None:
                continue
            own = [sp for sp in spans if inside(sp, [s.span for s in group])]
            span = (min(s for s, _ in own), max(e for _, e in own)) if own else group[0].span
            if not any(h.start < span[1] and span[0] < h.end for h in hits):
                hits.append(Hit(*span))
        return hits

    return run



TYPE = CheckType("counterfeit", compile, Settings, __doc__, lists=("signals", "patterns", "cased", "exceptions"))
