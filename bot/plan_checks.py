"""The check types plans need, registered like the others with `@check(name)`.

- `section`: a topic the plan must cover (phrases in the language block).
- `mix`: category shares over the calendar rows within `bounds`.
- `sequence`: in date order, rows of one category must be preceded by rows of another.

They read the plan through `plan_of(scope)`: the PlanInput that bot.plans puts in
`Scope.extra["plan"]`, or, when a rule is tested alone on one of its examples,
the draft itself parsed as a plan (so an example can be a CSV calendar).
"""

from __future__ import annotations

from bot import plan_messages  # noqa: F401  (the category names below)
from bot.checks import CheckFn, Hit, Scope, _list, _overlaps, check, whole
from bot.messages import t
from bot.phrases import PhraseIndex
from bot.plan_input import CalendarProblem, PlanInput, parse_plan
from bot.rules import Rule

CALENDAR_TYPES = ("mix", "sequence")  # checks that judge calendar rows, not prose
MIN_ROWS = 4  # a mix is not judged on fewer classified rows (check.count to change)


def plan_of(scope: Scope) -> PlanInput:
    """The plan being reviewed, parsed once per review and classified in the draft's language."""
    plan = scope.extra.get("plan")
    if plan is None:
        try:
            plan = parse_plan(scope.doc.text)
        except CalendarProblem:
            plan = PlanInput(scope.doc.text, (whole(scope.doc),), (), "", scope.doc.text)
        plan = plan.classified(scope.doc.language)
        scope.extra["plan"] = plan
    return plan


def categories_of(key: str) -> tuple[str, ...]:
    """`give` or `give+converse`: the categories a bounds key or `after` names, in order."""
    return tuple(part.strip() for part in key.split("+") if part.strip())


def row_list(numbers: list[int], limit: int = 12) -> str:
    shown = ", ".join(str(n) for n in numbers[:limit])
    return shown + (", …" if len(numbers) > limit else "")


def category_name(key: str, language: str) -> str:
    return " + ".join(t(f"plan.category.{c}", language) for c in categories_of(key))


@check("section")
def section(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """The plan covers a topic: at least `count` different phrases of `phrases` (default 1;
    overlapping matches count once) and, when the block has `then`, one of those as well
    (a second side of the topic: who *and* what they need). Matches inside `exceptions`
    do not count. Missing: one hit over the whole text, like `require`. Not judged when the
    input has no prose (a calendar alone) or fewer than `min_words` words."""
    block = rule.lang(language)
    lists = [index.add([phrase]) for phrase in block["phrases"]]
    then, exceptions = _list(index, block.get("then")), _list(index, block.get("exceptions"))
    need = int(rule.check.get("count", 1))
    min_words = int(rule.check.get("min_words", 0))

    def run(scope: Scope) -> list[Hit]:
        if not plan_of(scope).has_prose or scope.doc.word_count < min_words:
            return []
        skip = scope.spans(exceptions)
        taken: list[tuple[int, int]] = []
        found = 0
        for list_id in lists:
            spans = [sp for sp in scope.spans(list_id) if not _overlaps(sp, skip)]
            if any(not _overlaps(sp, taken) for sp in spans):
                found += 1
            taken.extend(spans)
        second = then is None or any(not _overlaps(sp, skip) for sp in scope.spans(then))
        if found >= need and second:
            return []
        return [Hit(*whole(scope.doc), {"count": found, "min": need})]

    return run


@check("mix")
def mix(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """The calendar's content mix: each `bounds` key (a category, or several joined by `+`)
    must take a share of the classified rows within [low, high]. A share above its bound
    is a hit on the first row of that category; only when none is above, a share below its
    bound is a hit over all the rows. Values: category, share and target (in %), count,
    rows (their numbers). Not judged on fewer than `count` (default 4) classified rows."""
    bounds = {key: (float(low), float(high)) for key, (low, high) in rule.check["bounds"].items()}
    min_rows = int(rule.check.get("count", MIN_ROWS))

    def run(scope: Scope) -> list[Hit]:
        rows = [r for r in plan_of(scope).rows if r.category]
        if len(rows) < min_rows:
            return []
        over: list[Hit] = []
        under: list[Hit] = []
        for key, (low, high) in bounds.items():
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


@check("sequence")
def sequence(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """In date order, each row of `category` needs at least `count` rows (default 1) of
    `after` (a category, or several joined by `+`) since the previous row of `category`,
    or since the start. One hit on the first row that lacks them; values: rows (all of
    them), count, category."""
    judged = categories_of(rule.check["category"])
    first = categories_of(rule.check["after"])
    need = int(rule.check.get("count", 1))

    def run(scope: Scope) -> list[Hit]:
        flagged = []
        given = 0
        for row in plan_of(scope).by_date():
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
