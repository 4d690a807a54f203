"""`mix`: the calendar's content mix: each bound (a category, or several joined by `+`) must take
a share of the classified rows within [low, high]. The bounds are the floors and ceilings
of the content-mix targets (advice/targets.yaml, or a team's), or the rule's own `bounds`.
A share above its bound is a hit on the first row of that category; only when none is
above, a share below its bound is a hit over all the rows. Values: category, share and
target (in %), count, rows (their numbers). Not judged on fewer than `count` (default 4)
rows, or classified rows."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope, setting
from bot.engine.checks.plan import (
    MIN_ROWS,
    calendar_judged,
    categories_of,
    category_name,
    mix_bounds,
    plan_of,
    row_list,
    targets_of,
)
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule


@dataclass(frozen=True)
class Settings:
    count: int = setting(4)  # MIN_ROWS
    step: float | None = setting(None, {"type": "number", "exclusiveMinimum": 0, "maximum": 1, "description":
                                        "mix: the weight is lost once for each `step` of share outside the bound"})
    bounds: dict[str, list[float]] = setting({}, {"type": "object", "additionalProperties": {
        "type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2}})


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    min_rows = int(rule.check.get("count", MIN_ROWS))

    def run(scope: Scope) -> list[Hit]:
        plan = plan_of(scope)
        if not calendar_judged(plan, min_rows):
            return []
        rows = [r for r in plan.rows if r.category]
        over: list[Hit] = []
        under: list[Hit] = []
        for key, (low, high) in mix_bounds(rule, targets_of(scope)).items():
            wanted = categories_of(key)
            mine = [r for r in rows if r.category in wanted]
            share = len(mine) / len(rows)
            values = {"category": category_name(key, language), "share": f"{round(100 * share)} %",
                      "count": len(mine), "rows": row_list([r.number for r in mine])}
            if share > high + 1e-9:
                over.append(Hit(*mine[0].span, {**values, "target": f"≤ {round(100 * high)} %"}))
            elif share < low - 1e-9:
                others = [r.number for r in rows if r.category not in wanted]
                span = (min(r.span[0] for r in rows), max(r.span[1] for r in rows))
                under.append(Hit(*span, {**values, "target": f"≥ {round(100 * low)} %", "rows": row_list(others)}))
        return over or under[:1]

    return run



TYPE = CheckType("mix", compile, Settings, __doc__)
