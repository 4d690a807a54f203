"""Advice ready to use: the loaded rules compiled, per language, into checks (every check type).

Loading reads the YAML once; compiling registers every phrase list in one
index per language so that a review walks a draft's words only once.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.engine.checks.registry import TYPES
from bot.engine.compiled import Advice, CompiledRule, compile_with  # noqa: F401  (callers read them here)
from bot.engine.rule import RuleSet, pack_dirs
from bot.engine.rules import load_rules


def compile_rules(rule_set: RuleSet) -> Advice:
    """Compile every rule that is not off; a rule that fails to compile is reported and skipped."""
    return compile_with(rule_set, TYPES)


def load_advice(roots: Iterable[Path] | None = None) -> Advice:
    return compile_rules(load_rules(list(roots) if roots is not None else pack_dirs()))
