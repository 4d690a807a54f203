"""What the plan check types share (section, counterfeit, mix, sequence: one module each).

They read the plan through `plan_of(scope)`: the PlanInput that bot.plans puts in
`Scope.extra["plan"]`, or, when a rule is tested alone on one of its examples,
the draft itself parsed as a plan (so an example can be a CSV calendar), its rows
classified with the tagger in `Scope.extra["tagger"]`, else the bundled lexicons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.checks.base import Scope, overlaps, setting, whole
from bot.engine.patterns import Pattern, compile_regex
from bot.engine.phrases import PhraseIndex
from bot.engine.plan.chat_lines import unstamped
from bot.engine.plan.input import CalendarProblem, PlanInput, parse_plan
from bot.engine.plan.readings import READINGS, readings
from bot.engine.plan.statements import Statement, open_question, statements, windows
from bot.engine.plan.unsaid import (
    form_instruction,
    machine_said,
    not_aimed,
    put_off,
    struck_out,
    unticked_answer,
)
from bot.engine.plan.wraps import said_as_one
from bot.engine.rule import Rule
from bot.engine.targets import Targets, bundled_targets
from bot.messages import t

CALENDAR_TYPES = ("mix", "sequence")  # checks that judge calendar rows, not prose
PROSE_TYPES = ("section", "counterfeit")
MIN_ROWS = 4  # a calendar is not judged on fewer rows (check.count to change)
# An exception read within one clause (a rule's `exceptions_reach: clause`, the counterfeits'): "likes it" excuses
# "if she likes it", not "100 likes, it failed" (the phrase scan reads words only, so the clause break is looked
# for in the text). A section's exceptions may cross one on purpose (« pour le reste, on… » moves on to something else).
_ACROSS = re.compile(r"[,;:.!?]\s")
MAX_CANDIDATES = 40  # matches of one need tried per statement: bounds the search whatever a rule asks
# The settings section and counterfeit both read, defined once (with their JSON Schema).
_NEEDS = {"oneOf": [{"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
                    {"type": "object", "minProperties": 1, "additionalProperties": {"type": "integer", "minimum": 1}}],
          "description": ("section, counterfeit: the signals one statement must hold (a mapping: how many "
                          "different phrases of each; a|b: either)")}


@dataclass(frozen=True)
class StatementSettings:
    needs: list[str] | dict[str, int] = setting(schema=_NEEDS)
    unless: list[str] = setting([], {"type": "array", "items": {"type": "string", "minLength": 1},
                                     "description": "section, counterfeit: a statement holding one of these signals does not count"})
    window: int = setting(1, {"type": "integer", "minimum": 1, "maximum": 5,
                              "description": "section, counterfeit: statements of a paragraph or list item read together (default 1)"})
    headings: bool = setting(True, {"type": "boolean",
                                    "description": "section, counterfeit: the heading a statement sits under counts with it (default true)"})
    exceptions_reach: str = setting("statement", {"enum": ["statement", "clause"],
                                                  "description": ("section, counterfeit: how far an exception reaches: its statement "
                                                                  "(default), or one clause, so that \"likes it\" excuses \"if she "
                                                                  "likes it\" and not \"100 likes, it failed\"")})
    inside_of: list[str] = setting([], {"type": "array", "items": {"type": "string", "pattern": "^@"},
                                        "description": ("section, counterfeit: readings (@name) whose words meet no need: a signal "
                                                        "inside one does not count (« Responsable : à définir » names no owner)")})

def plan_of(scope: Scope) -> PlanInput:
    """The plan being reviewed, parsed once per review and classified in the draft's language."""
    plan = scope.extra.get("plan")
    if plan is None:
        try:
            plan = parse_plan(scope.doc.text)
        except CalendarProblem:
            plan = PlanInput(scope.doc.text, (whole(scope.doc),), (), "", scope.doc.text)
        plan = plan.classified(scope.doc.language, scope.extra.get("tagger"))
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


def said_text(scope: Scope) -> tuple[str, str]:
    """The plan's text and folded text with each line break inside a statement that goes on a sentence read as a
    space (the same length), computed once per review: what the patterns and readings read."""
    found = scope.extra.get("said_text")
    if found is None:
        spans = [s.span for s in plan_statements(scope)]
        found = scope.extra["said_text"] = (said_as_one(unstamped(scope.doc.text), spans),
                                            said_as_one(unstamped(scope.doc.folded), spans))  # a chat's dates: round 53
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


class Signals:
    """A rule's named signals in one language: phrase lists (`signals`), patterns on folded text
    (`patterns`) and case-sensitive patterns on the text as written (`cased`). A pattern with a
    group named `at` signals only that part of its match (what comes before is context, such
    as the start of a line or a list bullet). A name starting with `@` is a reading of
    bot.engine.plan.readings, found by its structure, read once per review."""

    def __init__(self, rule: Rule, language: str, index: PhraseIndex):
        block = rule.lang(language)
        self.one_clause = rule.check.get("exceptions_reach") == "clause"  # the rule's setting: "100 likes, it failed"
        self.phrases: dict[str, list[tuple[int, str]]] = {}
        for name, phrases in (block.get("signals") or {}).items():
            self.phrases[name] = [(index.add([phrase]), phrase) for phrase in phrases]
        self.patterns: dict[str, list[Pattern]] = {}
        for key, fold in (("patterns", True), ("cased", False)):
            for name, regex in (block.get(key) or {}).items():
                self.patterns.setdefault(name, []).append(compile_regex(regex, fold))
        self.exceptions = index.add(list(block["exceptions"])) if block.get("exceptions") else None
        self.language = language
        self.needs = self._needs(rule.check.get("needs") or [])
        self.unless = tuple(rule.check.get("unless") or ())
        self.inside_of = tuple(rule.check.get("inside_of") or ())  # readings that void the signals they hold
        named = [n for need in self.needs for n in need.names] + list(self.unless) + list(self.inside_of)
        self.readings = {n for n in named if n.startswith("@")}  # bot.engine.plan.readings
        self.names = set(self.phrases) | set(self.patterns) | self.readings
        for name in named:
            if name.startswith("@") and name not in READINGS:
                raise ValueError(f"reading {name!r} does not exist (readings: {', '.join(READINGS)})")
            if name not in self.names:
                raise ValueError(f"signal {name!r} is not defined in {language}.signals, patterns or cased")

    @staticmethod
    def _needs(raw: object) -> tuple[_Need, ...]:
        items = raw.items() if isinstance(raw, dict) else ((name, 1) for name in raw)  # type: ignore[attr-defined]
        return tuple(_Need(tuple(n.strip() for n in str(name).split("|")), int(count)) for name, count in items)

    def matches(self, scope: Scope) -> dict[str, list[tuple[tuple[int, int], str]]]:
        """Each signal's matches as (span, key): key tells different phrases apart."""
        doc = scope.doc
        found: dict[str, list[tuple[tuple[int, int], str]]] = {}
        cache: dict[str, list[tuple[tuple[int, int], str]]] = scope.extra.setdefault("readings", {})
        if self.readings:  # read once per review, whichever rules name them
            todo = {n for n in self.readings if n not in cache}
            text, folded = said_text(scope)  # a sentence going on across a line break read whole (round 48)
            cache.update({n: [] for n in todo} | readings(todo, text, folded, self.language, cache))
        skip = [sp for sp in scope.spans(self.exceptions)
                if not (self.one_clause and _ACROSS.search(doc.text, sp[0], sp[1]))]
        skip += [sp for n in self.inside_of for sp, _ in cache[n]]
        for name, lists in self.phrases.items():
            for list_id, phrase in lists:
                found.setdefault(name, []).extend((sp, phrase) for sp in scope.spans(list_id) if not overlaps(sp, skip))
        said = said_text(scope) if self.patterns else ("", "")  # once, not once a pattern
        for name, patterns in self.patterns.items():
            for pattern in patterns:
                target = said[1 if pattern.fold else 0]
                at = pattern.text.groupindex.get("at")  # (?P<at>...): the signal is that part of the match
                for m in pattern.text.finditer(target):
                    span = m.span(at) if at and m.start(at) >= 0 else m.span()
                    if span[1] > span[0] and not overlaps(span, skip):
                        found.setdefault(name, []).append((span, doc.folded[span[0] : span[1]]))
        for name in self.readings - set(self.inside_of):
            found.setdefault(name, []).extend(m for m in cache[name] if not overlaps(m[0], skip))
        return found


def inside(span: tuple[int, int], places: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in places)


def holds(signals: Signals, found: dict[str, list[tuple[tuple[int, int], str]]],
           places: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The spans that meet every need in `places` (different words for different needs:
    "designers" cannot be both the owner and the task), or None; None too when an `unless`
    signal is there."""
    for name in signals.unless:
        if any(inside(sp, places) for sp, _ in found.get(name, ())):
            return None
    options = []
    for need in signals.needs:
        here = [(sp, key) for name in need.names for sp, key in found.get(name, ()) if inside(sp, places)]
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
    """Pick, need by need, `count` matches with different keys and words apart (a phrase inside another is the
    same words), none of them the very words picked for another need (a small search: a statement holds a
    handful of matches)."""
    if not options:
        return taken
    count, here = options[0]
    free = [(sp, key) for sp, key in here if sp not in taken]

    def pick(start: int, keys: set[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
        if len(keys) == count:
            return _assign(options[1:], taken + spans)
        for i in range(start, len(free)):
            sp, key = free[i]
            if key in keys or any(a < sp[1] and sp[0] < b for a, b in spans):  # "mailing list" holds "mailing": one
                continue
            result = pick(i + 1, keys | {key}, spans + [sp])
            if result is not None:
                return result
        return None

    return pick(0, set(), [])


def statement_windows(rule: Rule, scope: Scope) -> list[list[Statement]]:
    size = max(1, int(rule.check.get("window", 1)))
    text = scope.doc.text  # a question left open says nothing, nor does an assistant quoted in a pasted chat,
    # nor an option the plan's own verdict puts off, nor a quiz's answer left unticked, nor a point crossed out,
    # nor what a spec says it does not aim at, nor a form's instruction to whoever fills it in
    said = [s for s in plan_statements(scope) if not open_question(text, s) and not machine_said(text, s)
            and not put_off(text, s) and not unticked_answer(text, s) and not struck_out(text, s)
            and not not_aimed(text, s) and not form_instruction(text, s)]
    return [group for _, group in windows(said, size)]


def places(group: list[Statement], headings: bool) -> list[tuple[int, int]]:
    places = [s.span for s in group]
    if headings and group[0].heading:
        places.append(group[0].heading)
    return places
