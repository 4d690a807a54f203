"""Advice ready to use: the loaded rules compiled, per language, into checks.

Loading reads the YAML once; compiling registers every phrase list in one
index per language so that a review walks a draft's words only once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.engine.checks import CheckFn, compile_check
from bot.engine.checks import plan as plan_checks  # noqa: F401  (registers the plan check types: section, mix, sequence)
from bot.engine.phrases import PhraseIndex
from bot.engine.rules import LANGUAGES, Rule, RuleError, RuleSet, bundled_advice_dir, load_rules


@dataclass
class CompiledRule:
    rule: Rule
    run: dict[str, CheckFn]  # language -> check


@dataclass
class Advice:
    rules: list[Rule]
    errors: list[RuleError]
    compiled: list[CompiledRule] = field(default_factory=list)
    indexes: dict[str, PhraseIndex] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Asked on every review: index once instead of scanning the rules each time.
        self._by_id = {rule.id: rule for rule in self.rules}
        self._by_kind: dict[str, list[CompiledRule]] = {}

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)

    def for_kind(self, kind: str) -> list[CompiledRule]:
        found = self._by_kind.get(kind)
        if found is None:
            found = self._by_kind[kind] = [c for c in self.compiled if kind in c.rule.applies_to]
        return found


def compile_rules(rule_set: RuleSet) -> Advice:
    """Compile every rule that is not off; a rule that fails to compile is reported and skipped."""
    indexes = {lang: PhraseIndex(lang) for lang in LANGUAGES}
    compiled: list[CompiledRule] = []
    errors = list(rule_set.errors)
    for rule in rule_set.rules:
        if rule.status == "off":
            continue
        try:
            run = {lang: compile_check(rule, lang, indexes[lang]) for lang in LANGUAGES}
        except Exception as exc:  # re2.error included: one rule that cannot compile never stops the others
            line = rule.lines.line(("check",)) if rule.lines else 1
            errors.append(RuleError(rule.path, line, "check", str(exc)))
            continue
        compiled.append(CompiledRule(rule, run))
    return Advice(rule_set.rules, errors, compiled, indexes)


def pack_dirs(root: Path | None = None) -> list[Path]:
    """The bundled packs: every folder of advice/ but `local` (admins' overrides)."""
    root = root or bundled_advice_dir()
    return sorted(p for p in root.iterdir() if p.is_dir() and p.name not in ("local", "__pycache__"))


def load_advice(roots: Iterable[Path] | None = None) -> Advice:
    return compile_rules(load_rules(list(roots) if roots is not None else pack_dirs()))
