"""`when` / `unless`: a gate on any check type, so a rule speaks only where it applies.

    check:
      type: metric
      metric: exclamations
      max: 3
      when: ["@selling", "@brand-voice"]      # only in a post that sells or speaks for a brand
      unless: [{pattern: '^re:'}]              # never in a reply
    en:
      when: [order now]                        # more phrases for the gate, in one language

The check runs when one of its `when` conditions holds (no `when`: always) and none of its
`unless` conditions does. A condition is a shared list ("@name", bot/engine/lists.py: its
phrases, and each of its `patterns` as one more condition), a
signal of the rule (a signals rule only: its name), an RE2 pattern (`{pattern: ...}`, on
folded text unless `fold: false`), or a measure (`{metric: prices}`, with `min` (default 1)
and `max`); a language block's `when` / `unless` phrases are one more condition each. Every
condition looks at the whole draft.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from itertools import count
from typing import Any

from bot.engine import lists, measures
from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope, phrase_list
from bot.engine.checks.indicators import indicator
from bot.engine.checks.needs import Clause, ClauseBits, Patterns, clause, holds, patterns_of
from bot.engine.patterns import Pattern, compile_regex, pattern_problem, regex_found
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Problem, Rule

KEYS = ("when", "unless")
# Types that read only the draft and find nothing on most drafts, sooner than a gate's patterns
# say no: their check runs first, the gate only once it finds something. Both are pure, so the
# order changes nothing found. (Types that read a plan or a team's history keep the gate first.)
CHECK_FIRST = frozenset({"lexicon", "substitute", "density", "metric", "require", "conditional", "order", "pattern"})


@dataclass(frozen=True)
class Condition:
    list_id: int | None = None  # a phrase list (a shared list, or a language's when/unless phrases)
    pattern: Pattern | None = None
    metric: str | None = None
    low: float = 1
    high: float | None = None
    signal: str | None = None  # a signal of a signals rule, found by the rule itself
    known: int | None = None  # the pattern's id in the language's RE2 set (needs.py): absent there, no search


Named = Callable[[], set[str]]  # the signals present in the draft (signals rules)


def _value(scope: Scope, metric: str) -> float | None:
    doc = scope.doc
    if metric == "caps_ratio":
        return measures.caps_ratio(doc)
    if metric == "words":
        return doc.word_count
    if metric == "length":
        return len(doc.text.strip())
    found = scope.items(metric)
    return sum(e - s for s, e in found) if metric == "exclamations" else len(found)


def _said(c: Condition) -> tuple[object, ...]:
    """What a condition asks, as a value: the same in two rules gated alike."""
    pattern = (c.pattern.source, c.pattern.fold) if c.pattern is not None else None
    return c.list_id, pattern, c.metric, c.low, c.high, c.signal


_GATES: dict[tuple[object, ...], int] = {}  # what a gate asks -> its number (never reused)
_NUMBERS = count()


@dataclass(frozen=True)
class Gate:
    when: tuple[Condition, ...] = ()
    unless: tuple[Condition, ...] = ()
    # Rules gated alike (the correspondence gate of a dozen rules) share one answer per draft
    # (Scope.gates); a gate naming a rule's own signals answers for that rule only (None).
    number: int | None = field(init=False, repr=False, compare=False)
    registry: Patterns | None = field(default=None, repr=False, compare=False)  # the set `known` ids are read in

    def __post_init__(self) -> None:
        said = (tuple(map(_said, self.when)), tuple(map(_said, self.unless)))
        own = any(c.signal for c in self.when + self.unless)
        number = None if own else _GATES.get(said)
        if number is None and not own:
            if len(_GATES) > 10_000:  # rules of many reloads: numbers are never reused, so forgetting is safe
                _GATES.clear()
            number = _GATES[said] = next(_NUMBERS)
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "_split", (_split(self.when), _split(self.unless)))

    def __bool__(self) -> bool:
        return bool(self.when or self.unless)

    def _holds(self, c: Condition, scope: Scope, named: Named | None) -> bool:
        if c.list_id is not None:
            return c.list_id in scope.matches
        if c.pattern is not None:
            if c.known is not None and self.registry is not None:
                present = self.registry.present(scope.doc)
                if present is not None and c.known not in present:  # no match at all: none to search for
                    return False
            return regex_found(c.pattern, scope.doc)
        if c.metric is not None:
            value = _value(scope, c.metric)
            return value is not None and value >= c.low and (c.high is None or value <= c.high)
        return named is not None and c.signal in named()

    def passes(self, scope: Scope, named: Named | None = None) -> bool:
        """Whether the check runs on this draft (`named`: the rule's signals present, when asked)."""
        number = self.number
        if number is None:
            return self._passes(scope, named)
        found = scope.gates.get(number)
        if found is None:
            found = scope.gates[number] = self._passes(scope, named)
        return found

    def _passes(self, scope: Scope, named: Named | None) -> bool:
        when, unless = self._split  # type: ignore[attr-defined]
        if self.when and not self._any(when, scope, named):
            return False
        return not self._any(unless, scope, named)

    def _any(self, split: _Split, scope: Scope, named: Named | None) -> bool:
        """Whether one of the conditions holds: every phrase list in one set test, then the
        patterns the language's RE2 set found in the draft, then measures and signals. Each
        condition is pure, so the order they are asked in changes no answer."""
        lists_, patterns, rest, known = split
        if lists_ and not scope.matches.keys().isdisjoint(lists_):
            return True
        if patterns:
            doc = scope.doc
            present = self.registry.present(doc) if self.registry is not None else None
            if known is not None and type(present) is frozenset and present.isdisjoint(known):
                patterns = ()  # (most drafts: none of them matches at all, told by one C test)
            for c in patterns:
                if present is not None and c.known is not None and c.known not in present:
                    continue  # no match at all: none to search for
                if regex_found(c.pattern, doc):  # type: ignore[arg-type]
                    return True
        return any(self._holds(c, scope, named) for c in rest)


_Split = tuple[frozenset[int], tuple[Condition, ...], tuple[Condition, ...], frozenset[int] | None]


def _split(conditions: tuple[Condition, ...]) -> _Split:
    """A gate's conditions as (its phrase lists, its pattern conditions, the others, the pattern conditions'
    ids in the language's set when each has one: None otherwise)."""
    lists_ = frozenset(c.list_id for c in conditions if c.list_id is not None)
    patterns = tuple(c for c in conditions if c.list_id is None and c.pattern is not None)
    rest = tuple(c for c in conditions if c.list_id is None and c.pattern is None)
    known = frozenset(c.known for c in patterns if c.known is not None)
    return lists_, patterns, rest, known if all(c.known is not None for c in patterns) else None


def _conditions(rule: Rule, key: str, language: str, index: PhraseIndex) -> tuple[Condition, ...]:
    fold = bool(rule.check.get("fold", True))
    found: list[Condition] = []
    for item in rule.check.get(key) or ():
        if isinstance(item, str):
            if lists.ref_name(item) is not None:
                list_id = phrase_list(index, [item])
                if list_id is not None:
                    found.append(Condition(list_id=list_id))
                found += [Condition(pattern=compile_regex(p, True)) for p in lists.patterns_of(item)]
            else:
                found.append(Condition(signal=item))
        elif "pattern" in item:
            found.append(Condition(pattern=compile_regex(item["pattern"], bool(item.get("fold", fold)))))
        else:
            found.append(Condition(metric=item["metric"], low=float(item.get("min", 1)),
                                   high=float(item["max"]) if "max" in item else None))
    own = phrase_list(index, rule.lang(language).get(key))
    if own is not None:
        found.append(Condition(list_id=own))
    return tuple(found)


def _known(c: Condition, registry: Patterns) -> Condition:
    """A pattern condition with its id in the language's RE2 set (as `dataclasses.replace` would
    give it, at a fifth of its cost: a language's compile makes ~950 of them); others as they are."""
    if c.pattern is None:
        return c
    return Condition(c.list_id, c.pattern, c.metric, c.low, c.high, c.signal, registry.add(c.pattern))


def compile_gate(rule: Rule, language: str, index: PhraseIndex, keys: tuple[str, ...] = KEYS) -> Gate:
    """The gate, its patterns put in the language's RE2 set (one pass says which may match)."""
    registry = patterns_of(index)
    said = [tuple(_known(c, registry) for c in _conditions(rule, key, language, index)) if key in keys else ()
            for key in KEYS]
    return Gate(*said, registry=registry)  # type: ignore[misc]


def gated(kind: CheckType, rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """The rule's check for one language, behind its gate. A type that reads the gate itself
    (signals, whose conditions may name its signals) gets it whole; a key a type reads as a
    setting of its own (the plan types' `unless`) is that type's."""
    run = kind.compile(rule, language, index)
    keys = tuple(key for key in KEYS if key not in {f.name for f in fields(kind.settings)})
    clauses = kind.needs(rule, language, index) if kind.needs is not None else []
    if kind.own_gate or not any(rule.check.get(key) or rule.lang(language).get(key) for key in keys):
        return needing(run, clauses, index) if clauses else run
    gate = compile_gate(rule, language, index, keys)
    when = _needed(gate.when)
    clauses += [when] if when is not None else []
    return needing(_behind(kind, run, gate), clauses, index) if clauses else _behind(kind, run, gate)


def _needed(when: tuple[Condition, ...]) -> Clause | None:
    """A gate's `when` as a clause (its phrase lists and patterns, and what a counted measure
    from 1 up holds: checks/indicators.py): None when it has none, or a condition a clause
    cannot say (a signal, a measure of the whole draft or from 0)."""
    patterns = [c.pattern if c.pattern is not None else indicator(c.metric) if c.metric and c.low > 0 else None
                for c in when]
    if not when or any(c.list_id is None and p is None for c, p in zip(when, patterns, strict=True)):
        return None
    return clause([c.list_id for c in when], tuple(patterns))


def _behind(kind: CheckType, run: CheckFn, gate: Gate) -> CheckFn:
    if kind.name in CHECK_FIRST:

        def check_first(scope: Scope) -> list[Hit]:
            hits = run(scope)
            return hits if hits and gate.passes(scope) else []

        return check_first

    def behind_gate(scope: Scope) -> list[Hit]:
        return run(scope) if gate.passes(scope) else []

    return behind_gate


def needing(run: CheckFn, clauses: list[Clause], index: PhraseIndex) -> CheckFn:
    """`run`, called only on drafts where every clause holds (the others: nothing found). Each clause is
    a bit of the registry's table (needs.ClauseBits): the draft's lists and patterns are read into the
    bits once for every rule, and a rule's gate is one test of its bits (speed31)."""
    registry = patterns_of(index)
    prepared = [(c.lists, frozenset(registry.add(p) for p in c.patterns)) for c in clauses]
    table = registry.clauses
    need = 0
    for one in prepared:
        need |= table.mask(one)
    if len(prepared) == 1 and len(prepared[0][0]) == 1 and not prepared[0][1]:
        (only,) = prepared[0][0]  # one list (a lexicon): the cheapest test

        def needs_list(scope: Scope) -> list[Hit]:
            return run(scope) if only in scope.matches else []

        return _marked(needs_list, run, table, need)

    key = table.key

    def needs_all(scope: Scope) -> list[Hit]:
        held = scope.doc.memo.get(key, False)
        if held is False:
            held = table.held(scope.matches, scope.doc)
        if held is None:  # a first draft (patterns asked one by one) or a set that gave up: each clause asked
            if not all(holds(one, scope.matches, registry, scope.doc) for one in prepared):
                return []
        elif need & ~held:
            return []
        return run(scope)

    return _marked(needs_all, run, table, need)


def _marked(gated_run: CheckFn, run: CheckFn, table: ClauseBits, need: int) -> CheckFn:
    """`gated_run` with what it tests said on it: the review reads every rule's bits against the draft's
    at once and calls `run` (the check behind the test) only for the rules whose every clause holds
    (review.run_rules, `Planned`); called itself, `gated_run` tests them as before."""
    gated_run.needed_bits = need  # type: ignore[attr-defined]
    gated_run.bits_of = table  # type: ignore[attr-defined]
    gated_run.behind = run  # type: ignore[attr-defined]
    return gated_run


def problems(data: dict[str, Any], signal_names: set[str] | None, skip: set[str] | None = None) -> list[Problem]:
    """What the schema cannot say about a rule's gate: shared lists that exist, signal names the
    rule declares, patterns RE2 accepts (`signal_names`: None when the type has no signals;
    `skip`: keys the type reads its own way, as the plan types read `unless`)."""
    found: list[Problem] = []
    check = data["check"]
    fold = bool(check.get("fold", True))
    for key in KEYS:
        if skip and key in skip:
            continue
        for i, item in enumerate(check.get(key) or ()):
            at: list[str | int] = ["check", key, i]
            if isinstance(item, str):
                if lists.ref_name(item) is not None:
                    found += lists.ref_problems(at, item)
                elif signal_names is None:
                    found.append((at, f"{item!r} names no shared list: write \"@{item}\" (a signal's name "
                                      "is only for a signals rule)"))
                elif item not in signal_names:
                    known = ", ".join(sorted(signal_names))
                    found.append((at, f"unknown signal {item!r} (known: {known}; a shared list is \"@name\")"))
            elif isinstance(item, dict) and "pattern" in item:
                problem = pattern_problem(item["pattern"], bool(item.get("fold", fold)))
                if problem:
                    found.append((at + ["pattern"], problem))
    return found
