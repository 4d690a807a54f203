"""Compiled advice: each rule turned, per language, into a check; one phrase index per language,
so that a review walks a draft's words only once. `compile_with(rule_set, types)`;
bot.engine.advice compiles with every type."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.engine.checks.base import CheckFn, CheckType
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import LANGUAGES, Rule, RuleError, RuleSet


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


def compile_with(rule_set: RuleSet, types: Mapping[str, CheckType]) -> Advice:
    """Compile every rule that is not off with `types`; a rule that fails to compile (or whose
    type is not among them) is reported and skipped."""
    indexes = {lang: PhraseIndex(lang) for lang in LANGUAGES}
    compiled: list[CompiledRule] = []
    errors = list(rule_set.errors)
    for rule in rule_set.rules:
        if rule.status == "off":
            continue
        try:
            kind = types.get(rule.type)
            if kind is None:
                raise ValueError(f"check type {rule.type!r} is not available here")
            run = {lang: kind.compile(rule, lang, indexes[lang]) for lang in LANGUAGES}
        except Exception as exc:  # re2.error included: one rule that cannot compile never stops the others
            line = rule.lines.line(("check",)) if rule.lines else 1
            errors.append(RuleError(rule.path, line, "check", str(exc)))
            continue
        compiled.append(CompiledRule(rule, run))
    return Advice(rule_set.rules, errors, compiled, indexes)
