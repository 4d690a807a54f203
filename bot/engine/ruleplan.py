"""Which rules a draft calls, read at once from the draft's clause bits (session 28, speed45).

Most rules are behind a test of what they need in the draft (checks/gate.py `needing`: one bit per clause of
the language's table, checks/needs.py `ClauseBits`), and on a usual draft most of those tests fail: a review
called ~58 rule functions a draft to hear "nothing" from most of them. The rules a draft calls depend only on
its bits, so they are worked out once per set of bits (`Planned.calls`) and the review calls just those, each
straight to the check behind its test. Exact: a rule is called when and only when its own test would pass;
when the bits are not known (a language's first draft, its patterns asked one by one; a set that gave up)
every rule is called and tests itself, as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.engine.checks.base import CheckFn, Scope

PLANS_SIZE = 4096  # sets of bits remembered per list of rules and language: memory stays bounded


class Planned:
    """The rules of one kind in one language: each with its test's bits (0: no test) and the check to call."""

    def __init__(self, rules: Sequence[Any], language: str) -> None:
        self.rules = rules
        runs = [compiled.run[language] for compiled in rules]
        tables = {id(run.bits_of): run.bits_of for run in runs if hasattr(run, "bits_of")}
        self.table = next(iter(tables.values())) if len(tables) == 1 else None  # one table a language
        self.every: tuple[tuple[Any, CheckFn], ...] = tuple(zip(rules, runs, strict=True))
        self.entries = tuple((compiled, getattr(run, "needed_bits", 0), getattr(run, "behind", run))
                             for compiled, run in self.every)
        self.by_bits: dict[int, tuple[tuple[Any, CheckFn], ...]] = {}

    def calls(self, scope: Scope) -> tuple[tuple[Any, CheckFn], ...]:
        """The rules to call on this draft, in their order, with the function to call for each."""
        table = self.table
        if table is None:
            return self.every
        held = scope.doc.memo.get(table.key, False)
        if held is False:
            held = table.held(scope.matches, scope.doc)
        if held is None:  # each rule tests its clauses itself
            return self.every
        found = self.by_bits.get(held)
        if found is None:
            if len(self.by_bits) > PLANS_SIZE:
                self.by_bits.clear()
            found = self.by_bits[held] = tuple((compiled, run) for compiled, need, run in self.entries
                                               if not need & ~held)
        return found


_PLANS: dict[tuple[int, str], Planned] = {}
PLANS_KEPT = 8  # (kind's list of rules, language) plans kept: a live advice uses two or four


def planned(rules: Sequence[Any], language: str) -> Planned:
    """The plan of a list of rules (Advice.for_kind's, kept while the advice lives) in a language."""
    key = (id(rules), language)
    found = _PLANS.get(key)
    if found is None or found.rules is not rules:
        if len(_PLANS) >= PLANS_KEPT:  # advice reloaded: the plans of lists gone are dropped (they hold those rules)
            _PLANS.clear()
        found = _PLANS[key] = Planned(rules, language)
    return found
