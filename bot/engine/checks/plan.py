"""The check types plans need, registered like the others with `@check(name)`.

- `section`: a part the plan must cover, recognised from the kinds of statement that make it
  up (an objective names a change and a horizon; an audience names who and their problem).
- `counterfeit`: a statement that looks like a part of the plan but is not one (presence as
  the goal, a fan count as the measure, "everyone" as the audience, a tool as the plan).
- `mix`: category shares over the calendar rows within bounds (advice/targets.yaml by default).
- `sequence`: in date order, rows of one category must be preceded by rows of another.

They read the plan through `plan_of(scope)`: the PlanInput that bot.plans puts in
`Scope.extra["plan"]`, or, when a rule is tested alone on one of its examples,
the draft itself parsed as a plan (so an example can be a CSV calendar).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.checks import CheckFn, Hit, Pattern, Scope, _overlaps, check, compile_regex, whole
from bot.engine.phrases import PhraseIndex
from bot.engine.plan.input import CalendarProblem, PlanInput, parse_plan
from bot.engine.plan.statements import Statement, statements, windows
from bot.engine.rules import Rule
from bot.engine.targets import Targets, bundled_targets
from bot.messages import t

CALENDAR_TYPES = ("mix", "sequence")  # checks that judge calendar rows, not prose
PROSE_TYPES = ("section", "counterfeit")
MIN_ROWS = 4  # a calendar is not judged on fewer rows (check.count to change)
MAX_CANDIDATES = 40  # matches of one need tried per statement: bounds the search whatever a rule asks


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


def plan_statements(scope: Scope) -> list[Statement]:
    """The statements of the plan's prose, cut once per review."""
    found = scope.extra.get("statements")
    if found is None:
        plan = plan_of(scope)
        found = scope.extra["statements"] = statements(scope.doc.text, plan.prose)
    return found


def calendar_judged(plan: PlanInput, min_rows: int = MIN_ROWS) -> bool:
    """A calendar long enough to judge (its classified rows)."""
    return sum(1 for r in plan.rows if r.category) >= min_rows and len(plan.rows) >= min_rows


def targets_of(scope: Scope) -> Targets:
    """The content-mix targets in force: a team's (bot.plans puts them in extra), else the bundled ones."""
    found = scope.extra.get("targets")
    return found if isinstance(found, Targets) else bundled_targets()


def mix_bounds(rule: Rule, targets: Targets) -> dict[str, tuple[float, float]]:
    """A mix rule's own `bounds`, else the floors and ceilings of the targets."""
    if rule.check.get("bounds"):
        return {key: (float(low), float(high)) for key, (low, high) in rule.check["bounds"].items()}
    return targets.bounds()


# -- statements: signals, needs, unless ----------------------------------------------


@dataclass(frozen=True)
class _Need:
    names: tuple[str, ...]  # any of these signals
    count: int  # this many different phrases (or pattern texts) of them


class _Signals:
    """A rule's named signals in one language: phrase lists (`signals`), patterns on folded text
    (`patterns`) and case-sensitive patterns on the text as written (`cased`)."""

    def __init__(self, rule: Rule, language: str, index: PhraseIndex):
        block = rule.lang(language)
        self.phrases: dict[str, list[tuple[int, str]]] = {}
        for name, phrases in (block.get("signals") or {}).items():
            self.phrases[name] = [(index.add([phrase]), phrase) for phrase in phrases]
        self.patterns: dict[str, list[Pattern]] = {}
        for key, fold in (("patterns", True), ("cased", False)):
            for name, regex in (block.get(key) or {}).items():
                self.patterns.setdefault(name, []).append(compile_regex(regex, fold))
        self.exceptions = index.add(list(block["exceptions"])) if block.get("exceptions") else None
        self.names = set(self.phrases) | set(self.patterns)
        self.needs = self._needs(rule.check.get("needs") or [])
        self.unless = tuple(rule.check.get("unless") or ())
        for name in [n for need in self.needs for n in need.names] + list(self.unless):
            if name not in self.names:
                raise ValueError(f"signal {name!r} is not defined in {language}.signals, patterns or cased")

    @staticmethod
    def _needs(raw: object) -> tuple[_Need, ...]:
        items = raw.items() if isinstance(raw, dict) else ((name, 1) for name in raw)  # type: ignore[attr-defined]
        return tuple(_Need(tuple(n.strip() for n in str(name).split("|")), int(count)) for name, count in items)

    def matches(self, scope: Scope) -> dict[str, list[tuple[tuple[int, int], str]]]:
        """Each signal's matches as (span, key): key tells different phrases apart."""
        skip = scope.spans(self.exceptions)
        doc = scope.doc
        found: dict[str, list[tuple[tuple[int, int], str]]] = {}
        for name, lists in self.phrases.items():
            for list_id, phrase in lists:
                found.setdefault(name, []).extend((sp, phrase) for sp in scope.spans(list_id) if not _overlaps(sp, skip))
        for name, patterns in self.patterns.items():
            for pattern in patterns:
                target = doc.folded if pattern.fold else doc.text
                for m in pattern.text.finditer(target):
                    if m.end() > m.start() and not _overlaps(m.span(), skip):
                        found.setdefault(name, []).append((m.span(), doc.folded[m.start() : m.end()]))
        return found


def _inside(span: tuple[int, int], places: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in places)


def _holds(signals: _Signals, found: dict[str, list[tuple[tuple[int, int], str]]],
           places: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The spans that meet every need in `places` (different words for different needs:
    "designers" cannot be both the owner and the task), or None; None too when an `unless`
    signal is there."""
    for name in signals.unless:
        if any(_inside(sp, places) for sp, _ in found.get(name, ())):
            return None
    options = []
    for need in signals.needs:
        here = [(sp, key) for name in need.names for sp, key in found.get(name, ()) if _inside(sp, places)]
        if len({key for _, key in here}) < need.count:
            return None
        options.append((need.count, here[:MAX_CANDIDATES]))
    chosen = _assign(options, [])
    if chosen is None:
        return None
    # Every match of a needed signal, for the span of a counterfeit and the strength of the evidence.
    return sorted({sp for _, here in options for sp, _ in here} | set(chosen))


def _assign(options: list[tuple[int, list[tuple[tuple[int, int], str]]]],
            taken: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Pick, need by need, `count` matches with different keys, none of them the very words
    picked for another need (a small search: a statement holds a handful of matches)."""
    if not options:
        return taken
    count, here = options[0]
    free = [(sp, key) for sp, key in here if sp not in taken]

    def pick(start: int, keys: set[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
        if len(keys) == count:
            return _assign(options[1:], taken + spans)
        for i in range(start, len(free)):
            sp, key = free[i]
            if key in keys or sp in spans:
                continue
            result = pick(i + 1, keys | {key}, spans + [sp])
            if result is not None:
                return result
        return None

    return pick(0, set(), [])


def _statement_windows(rule: Rule, scope: Scope) -> list[list[Statement]]:
    size = max(1, int(rule.check.get("window", 1)))
    return [group for _, group in windows(plan_statements(scope), size)]


def _places(group: list[Statement], headings: bool) -> list[tuple[int, int]]:
    places = [s.span for s in group]
    if headings and group[0].heading:
        places.append(group[0].heading)
    return places


@check("section")
def section(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """The plan covers a part when one statement (with the heading it sits under, and up to
    `window` - 1 statements after it in its paragraph) holds every signal `needs` names (a
    mapping gives how many different phrases of it; `a|b` is either), each need met by other
    words than the others, and none that `unless` names. The statement holding the most
    signals (one statement before a window of two) is recorded as the evidence (`Scope.extra["evidence"][rule id]`). Missing: one hit over the whole text. Not judged
    without prose, under `min_words`, or, with `calendar: instead`, when a calendar long
    enough to judge is there (the calendar rules judge it)."""
    signals = _Signals(rule, language, index)
    headings = bool(rule.check.get("headings", True))
    min_words = int(rule.check.get("min_words", 0))
    instead = rule.check.get("calendar") == "instead"

    def run(scope: Scope) -> list[Hit]:
        plan = plan_of(scope)
        if not plan.has_prose or scope.doc.word_count < min_words or (instead and calendar_judged(plan)):
            return []
        found = signals.matches(scope)
        best: tuple[tuple[int, int], tuple[int, int]] | None = None  # ((statements, -signals), span)
        for group in _statement_windows(rule, scope):
            for size in range(1, len(group) + 1):
                spans = _holds(signals, found, _places(group[:size], headings))
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


@check("counterfeit")
def counterfeit(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """A statement that holds every signal `needs` names and none that `unless` names (read
    like `section`): one hit per such statement, from its first needed signal to its last
    (the whole statement when they are all in its heading)."""
    signals = _Signals(rule, language, index)
    headings = bool(rule.check.get("headings", True))

    def run(scope: Scope) -> list[Hit]:
        if not plan_of(scope).has_prose:
            return []
        found = signals.matches(scope)
        hits: list[Hit] = []
        for group in _statement_windows(rule, scope):
            spans = _holds(signals, found, _places(group, headings))
            if spans is None:
                continue
            own = [sp for sp in spans if _inside(sp, [s.span for s in group])]
            span = (min(s for s, _ in own), max(e for _, e in own)) if own else group[0].span
            if not any(h.start < span[1] and span[0] < h.end for h in hits):
                hits.append(Hit(*span))
        return hits

    return run


@check("mix")
def mix(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """The calendar's content mix: each bound (a category, or several joined by `+`) must take
    a share of the classified rows within [low, high]. The bounds are the floors and ceilings
    of the content-mix targets (advice/targets.yaml, or a team's), or the rule's own `bounds`.
    A share above its bound is a hit on the first row of that category; only when none is
    above, a share below its bound is a hit over all the rows. Values: category, share and
    target (in %), count, rows (their numbers). Not judged on fewer than `count` (default 4)
    rows, or classified rows."""
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


@check("sequence")
def sequence(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """In date order, each row of `category` needs at least `count` rows (default 1) of
    `after` (a category, or several joined by `+`) since the previous row of `category`,
    or since the start. One hit on the first row that lacks them; values: rows (all of
    them), count, category. Not judged on a calendar of fewer than 4 rows (MIN_ROWS)."""
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
