"""`sequence`: in date order, each row of `category` needs at least `count` rows (default 1) of
`after` (a category, or several joined by `+`) since the previous row of `category`,
or since the start. One hit on the first row that lacks them; values: rows (all of
them), count, category. Not judged on a calendar of fewer than 4 rows (MIN_ROWS)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope, setting
from bot.engine.checks.plan import (
    calendar_judged,
    categories_of,
    category_name,
    plan_of,
    row_list,
)
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule


@dataclass(frozen=True)
class Settings:
    category: str = setting()
    after: str = setting(schema={"type": "string", "description":
                                 "sequence: the category (or a+b) that must come before each `category` row"})
    count: int = setting(1)


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    judged = categories_of(rule.check["category"])
    first = categories_of(rule.check["after"])
    need = int(rule.check.get("count", 1))

    def run(scope: Scope) -> list[Hit]:
        plan = plan_of(scope)
        if not calendar_judged(plan):
            return []
        flagged = []
        given = 0
        for row in plan.by_date():
            if row.category in first:
                given += 1
            elif row.category in judged:
                if given < need:
                    flagged.append(row)
                given = 0
        if not flagged:
            return []
        values = {"rows": row_list([r.number for r in flagged]), "count": len(flagged),
                  "category": category_name(rule.check["category"], language)}
        return [Hit(*flagged[0].span, values)]

    return run



TYPE = CheckType("sequence", compile, Settings, __doc__)
