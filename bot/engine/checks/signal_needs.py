"""What a `signals` rule needs in a draft before its sum can reach the threshold, from its own
YAML (checks/needs.py): the review then skips the rule, unscored, on drafts without it.

A signal is present only where its inputs are: a match of its phrase list, of one of its
patterns, or (a counted measure from `min` above 0) the character every counted item holds
(checks/indicators.py). The sum's bound (reach.py) says whether the rule can still fire
without some signals; when it cannot, one of their inputs is needed. Two kinds are declared:
each signal the rule cannot fire without (the capitals and the sale word of a "shouted sale"),
and the strongest signals, taken in turn by weight until the rest alone fall short.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from bot.engine.checks.indicators import indicator
from bot.engine.checks.needs import Clause, clause
from bot.engine.checks.signals_schema import UNIT_METRICS
from bot.engine.patterns import Pattern


class _Signal(Protocol):
    name: str
    weight: float
    phrases: int | None
    patterns: tuple[Pattern, ...]
    metric: str | None
    low: float


def inputs(signal: _Signal) -> tuple[list[int | None], list[Pattern]] | None:
    """The phrase lists and patterns one of which a signal's presence needs (None: it needs
    nothing that can be said so: a measure of the unit, or one that holds at 0)."""
    patterns = list(signal.patterns)
    if signal.metric is not None:
        needed = indicator(signal.metric)
        if signal.metric in UNIT_METRICS or signal.low <= 0 or needed is None:
            return None
        patterns.append(needed)
    return [signal.phrases], patterns


def possible(signals: Iterable[_Signal]) -> set[str]:
    """The plain signals that can be present in this language: a phrase list, a pattern or a measure."""
    return {s.name for s in signals if s.phrases is not None or s.patterns or s.metric is not None}


def required(signals: list[_Signal], short: Callable[[set[str]], bool]) -> list[Clause]:
    """The clauses a draft must meet for the sum to reach the threshold (`short(present)`:
    whether the signals `present` fall short of it, reach.py; `signals`: the plain ones)."""
    present = possible(signals)
    if short(set(present)):
        return [Clause()]  # never reaches it in this language: a clause that never holds
    said = [(s, inputs(s)) for s in signals if s.name in present]
    sayable = [(s, found) for s, found in said if found is not None]
    clauses: list[Clause] = []
    singles: set[str] = set()
    for signal, (lists, patterns) in sayable:
        if short(present - {signal.name}):  # the rule cannot fire without this one
            clauses.append(clause(lists, tuple(patterns)))
            singles.add(signal.name)
    taken: set[str] = set()
    lists_: list[int | None] = []
    patterns_: list[Pattern] = []
    for signal, (lists, patterns) in sorted(sayable, key=lambda sf: (-sf[0].weight, sf[0].name)):
        if signal.weight <= 0:
            break  # a signal that never raises the sum: leaving it out changes no bound
        taken.add(signal.name)
        lists_ += lists
        patterns_ += patterns
        if short(present - taken):
            if not (len(taken) == 1 and taken <= singles):
                clauses.append(clause(lists_, tuple(patterns_)))
            break
    return clauses
