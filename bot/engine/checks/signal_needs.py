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
from bot.engine.checks.reach import Reach
from bot.engine.checks.signals_schema import UNIT_METRICS
from bot.engine.patterns import Pattern
from bot.engine.tables import Table, digest


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
    return [_clause(signals, picked) for picked in picks(signals, short)]


def picks(signals: list[_Signal], short: Callable[[set[str]], bool]) -> list[tuple[int, ...] | None]:
    """`required`'s clauses as the positions in `signals` whose inputs each clause joins, in
    order (None: the clause that never holds): plain data, kept in the cache folder (`cached`)."""
    present = possible(signals)
    if short(set(present)):
        return [None]  # never reaches it in this language: a clause that never holds
    sayable = [k for k, s in enumerate(signals) if s.name in present and inputs(s) is not None]
    found: list[tuple[int, ...] | None] = []
    singles: set[str] = set()
    for k in sayable:
        name = signals[k].name
        if short(present - {name}):  # the rule cannot fire without this one
            found.append((k,))
            singles.add(name)
    taken: set[str] = set()
    joined: list[int] = []
    for k in sorted(sayable, key=lambda k: (-signals[k].weight, signals[k].name)):
        signal = signals[k]
        if signal.weight <= 0:
            break  # a signal that never raises the sum: leaving it out changes no bound
        taken.add(signal.name)
        joined.append(k)
        if short(present - taken):
            if not (len(taken) == 1 and taken <= singles):
                found.append(tuple(joined))
            break
    return found


def _clause(signals: list[_Signal], picked: tuple[int, ...] | None) -> Clause:
    """The clause joining the inputs of the signals at `picked` (None: one that never holds)."""
    if picked is None:
        return Clause()
    lists: list[int | None] = []
    patterns: list[Pattern] = []
    for k in picked:
        said = inputs(signals[k])
        if said is not None:  # (always: picked among the sayable ones)
            lists += said[0]
            patterns += said[1]
    return clause(lists, tuple(patterns))


NEEDS = Table("signal-needs-")  # a rule's picks under a digest of what they are a function of


def cached(signals: list[_Signal], reach: Reach) -> list[Clause]:
    """`required(signals, reach.short)`, its picks read from the cache folder when a process worked
    them out before for the same signals and bound (most of a signals rule's compile otherwise:
    ~800 bounds taken for a language's six rules). The key holds all `picks` reads: each signal's
    name, weight, whether it has a phrase list, how many patterns, its measure and minimum, and the
    bound's threshold, weights, combinations and context; not the rule's file or id, so an edited
    pack or a layer that changes none of them reads the same picks, and one that does, its own."""
    key = digest((_described(reach), tuple((s.name, s.weight, s.phrases is not None, len(s.patterns), s.metric, s.low)
                                          for s in signals)))
    picked = NEEDS.get(key)
    if not _valid(picked, len(signals)):
        picked = picks(signals, reach.short)
        NEEDS.put(key, picked)
    return [_clause(signals, one) for one in picked]


def _described(reach: Reach) -> tuple[object, ...]:
    """What `reach.short` answers from, in an order no set or hash seed changes."""
    metas = tuple((m.name, tuple(sorted(m.parts)), m.every) for m in reach.metas)  # (their order counts)
    return reach.threshold, tuple(sorted(reach.up.items())), metas, tuple(sorted(reach.context)), tuple(sorted(reach.selling))


def _valid(picked: object, size: int) -> bool:
    """Whether a value read from the cache folder has the shape `picks` gives (else it is rebuilt)."""
    return isinstance(picked, list) and all(
        one is None or (isinstance(one, tuple) and all(type(k) is int and 0 <= k < size for k in one))
        for one in picked)
