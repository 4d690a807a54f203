"""How far a signals rule's sum can reach on a draft, from what is cheap to know first.

Most drafts are far from any signals rule's threshold. Before a rule locates anything
(patterns run one by one, clause openings read, exceptions taken out), its sum is bounded
from the signals that may be present: the phrase lists the draft's one scan found, the
patterns its RE2 set says match somewhere, the measures that count at least one thing.
Locating only ever removes signals (exceptions, `at: start`), so each bound is an upper
bound of every sum the rule takes (the draft's or a sentence's), read the way the sum is
read: combinations (`all` / `any`) of the signals that may be present, and context
signals counted only where a selling one may be. A bound under the threshold ends the
rule's work on the draft; three bounds are taken in turn, each dearer and closer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain

from bot.engine.rounding import rounder

_NINE = rounder(9)  # exact_sum's rounding, remembered


def exact_sum(weights: Iterable[float]) -> float:
    """The weights' sum, the same in whatever order the signals were found: float addition is not
    associative, and a sum the YAML puts exactly on a threshold (2.4 + 1.8 + … = 12) must not fall
    either side of it by the order a cache happened to fill (rounded to the weights' own precision)."""
    return _NINE(math.fsum(weights))


@dataclass(frozen=True)
class Meta:
    name: str
    parts: frozenset[str]
    every: bool  # all: every part present; any: one part


@dataclass(frozen=True)
class Reach:
    """The bookkeeping of one rule's bound: positive weights, combinations, context."""

    threshold: float
    up: dict[str, float]  # signal -> its weight when positive (a negative weight never raises a sum)
    metas: tuple[Meta, ...]
    context: frozenset[str]
    selling: frozenset[str]

    @classmethod
    def of(cls, threshold: float, weights: dict[str, float], metas: Iterable[Meta], context: frozenset[str],
           selling: frozenset[str]) -> Reach:
        positive = {name: weight for name, weight in weights.items() if weight > 0}
        # A combination that cannot raise the sum, nor make a context signal count, is left out.
        kept = tuple(m for m in metas if m.name in positive or m.name in selling)
        return cls(threshold, positive, kept, context, selling)

    def best(self, present: set[str], sure: tuple[float, ...] = ()) -> float:
        """The highest sum the signals in `present` (a set the caller gives up) can make, with `sure`: the
        weights of negative signals that locating cannot take away (their names are in `present`)."""
        for meta in self.metas:
            if meta.parts <= present if meta.every else not meta.parts.isdisjoint(present):
                present.add(meta.name)
        if self.context and self.selling.isdisjoint(present):  # context alone says nothing
            present -= self.context
        positive = map(self.up.__getitem__, present & self.up.keys())
        return exact_sum(chain(positive, sure) if sure else positive)

    def short(self, present: set[str], sure: tuple[float, ...] = ()) -> bool:
        """Whether even the best sum of `present` (less the `sure` negative weights) misses the threshold."""
        return self.best(present, sure) < self.threshold
