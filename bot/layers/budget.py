"""The pattern budget: what a workspace's layers may add to every review.

RE2 keeps each admin's pattern linear in the draft, and rule validation refuses a
single pattern over `bot.rules.MAX_PROGRAM`; but a layer could still add many of
them. A workspace's layers (the workspace and its channel layers, stacked) may add
at most PATTERN_BUDGET patterns, and PATTERN_BUDGET total RE2 program size, per
language. The packs' own patterns are not counted. A file that would go over is
refused like any broken file: reported as file:line:key, its last good version kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from bot.engine.patterns import compile_regex
from bot.engine.rule import LANGUAGES


class Entry(Protocol):
    """A rule as a layer stack holds it (bot.layers.stack.Entry): its merged data."""

    data: dict[str, Any]


@dataclass(frozen=True)
class PatternBudget:
    """What a workspace's layers (workspace and channel together) may add to every review, per
    language: RE2 keeps each pattern linear, but many of them still add up."""

    patterns: int = 40
    program: int = 25_000  # total RE2 program size (~20 ms on an 8,000-character draft)


PATTERN_BUDGET = PatternBudget()
Cost = dict[str, tuple[int, int]]  # language -> (patterns, program size)


@lru_cache(maxsize=4096)
def _program_size(pattern: str, fold: bool) -> int:
    try:
        return int(compile_regex(pattern, fold, lazy=False).text.programsize)
    except Exception:  # an invalid pattern is reported by validation, and never compiled
        return 0


def _rule_patterns(data: dict[str, Any], language: str) -> list[tuple[str, bool]]:
    check = data.get("check") or {}
    if data.get("status") == "off" or not isinstance(check, dict):
        return []
    fold = bool(check.get("fold", True))
    block = data.get(language) or {}
    found = [check.get("if_pattern"), block.get("pattern") or check.get("pattern")]
    return [(p, fold) for p in found if isinstance(p, str) and p]


def pattern_cost(entries: Iterable[Entry]) -> Cost:
    cost: Cost = {}
    for language in LANGUAGES:
        patterns = [p for entry in entries for p in _rule_patterns(entry.data, language)]
        cost[language] = (len(patterns), sum(_program_size(*p) for p in patterns))
    return cost


def budget_problem(cost: Cost, base: Cost, budget: PatternBudget = PATTERN_BUDGET) -> str | None:
    """Why a layer's patterns are over its budget (the packs' own patterns are not counted)."""
    for language, (count, program) in cost.items():
        added, added_program = count - base.get(language, (0, 0))[0], program - base.get(language, (0, 0))[1]
        if added > budget.patterns or added_program > budget.program:
            return (f"over this workspace's pattern budget: its layers would run {added} pattern(s) "
                    f"({added_program:,} RE2 steps) on every {language} draft, at most {budget.patterns} "
                    f"({budget.program:,} steps); switch some pattern rules off or merge them")
    return None
