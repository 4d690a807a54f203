"""Compiled advice: each rule turned, per language, into a check; one phrase index per language,
so that a review walks a draft's words only once. `compile_with(rule_set, types)`;
bot.engine.advice compiles with every type.

Compiled eagerly (every language at load, the default) or lazily (`lazy=True`): a language
is then compiled the first time a draft of it is reviewed, so a one-draft `coach review`
compiles the draft's language only."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bot.engine.checks import signal_needs
from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope
from bot.engine.checks.gate import gated
from bot.engine.checks.needs import patterns_of
from bot.engine.phrases import PHRASE_WORDS, PhraseIndex
from bot.engine.prefilter import PIECES
from bot.engine.rule import LANGUAGES, Rule, RuleError, RuleSet


@dataclass
class CompiledRule:
    """A rule and its check, compiled per language (on first use when lazy)."""

    rule: Rule
    run: dict[str, CheckFn]  # language -> check


@dataclass
class Advice:
    """The loaded packs: their rules, errors, compiled checks and phrase indexes."""

    rules: list[Rule]
    errors: list[RuleError]
    compiled: list[CompiledRule] = field(default_factory=list)
    indexes: dict[str, PhraseIndex] = field(default_factory=dict)
    kinds: frozenset[str] | None = None  # the kinds compiled (post, plan, category); None: all

    def __post_init__(self) -> None:
        # Asked on every review: index once instead of scanning the rules each time.
        self._by_id = {rule.id: rule for rule in self.rules}
        self._by_kind: dict[str, list[CompiledRule]] = {}

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)

    def for_kind(self, kind: str) -> list[CompiledRule]:
        found = self._by_kind.get(kind)
        if found is None:
            if self.kinds is not None and kind not in self.kinds:
                raise ValueError(f"this advice was compiled for {', '.join(sorted(self.kinds))} only, not {kind}")
            found = self._by_kind[kind] = [c for c in self.compiled if kind in c.rule.applies_to]
        return found


def _nothing(scope: Scope) -> list[Hit]:
    return []


class _Languages:
    """Compiles every rule of a lazy Advice for one language, the first time it is asked for."""

    def __init__(self, compiled: list[CompiledRule], types: Mapping[str, CheckType], errors: list[RuleError]):
        self.compiled, self.types, self.errors = compiled, types, errors
        self.indexes: dict[str, PhraseIndex] = {}

    def index(self, language: str) -> PhraseIndex:
        found = self.indexes.get(language)
        if found is None:
            found = self.indexes[language] = PhraseIndex(language)
            for compiled in self.compiled:
                rule = compiled.rule
                try:
                    run = _compiled(self.types[rule.type], rule, found)
                except Exception as exc:  # the rule is left out of this language's reviews, and said
                    line = rule.lines.line(("check",)) if rule.lines else 1
                    self.errors.append(RuleError(rule.path, line, "check", f"{language}: {exc}"))
                    run = _nothing
                dict.__setitem__(compiled.run, language, run)
            PHRASE_WORDS.save()
            signal_needs.NEEDS.save()  # the signals rules' needs worked out for it (tables.py)
            # Its first draft asks the gate patterns one by one: those whose pieces it lacks need no compile.
            PIECES.prepare([pattern.source for pattern in patterns_of(found).patterns])
        return found


class _LazyIndexes(dict[str, PhraseIndex]):
    def __init__(self, languages: _Languages):
        super().__init__()
        self.languages = languages

    def __missing__(self, language: str) -> PhraseIndex:
        if language not in LANGUAGES:
            raise KeyError(language)
        found = self[language] = self.languages.index(language)
        return found


class _LazyRuns(dict[str, CheckFn]):
    def __init__(self, languages: _Languages):
        super().__init__()
        self.languages = languages

    def __missing__(self, language: str) -> CheckFn:
        if language not in LANGUAGES:
            raise KeyError(language)
        self.languages.index(language)
        return dict.__getitem__(self, language)


def _compiled(kind: CheckType, rule: Rule, index: PhraseIndex) -> CheckFn:
    """The rule's check in the index's language, the lists it reads noted under its kinds."""
    index.reading = frozenset(rule.applies_to)
    try:
        return gated(kind, rule, index.language, index)
    finally:
        index.reading = frozenset()


def compile_with(rule_set: RuleSet, types: Mapping[str, CheckType], kinds: Iterable[str] | None = None,
                 lazy: bool = False) -> Advice:
    """Compile every rule that is not off with `types`; a rule that fails to compile (or whose
    type is not among them) is reported and skipped. With `kinds`, only the rules that apply
    to one of them are compiled (`coach review` needs no plan or category rule). `lazy`: each
    language when first asked for (a rule failing in one language is then left out of that
    language only, and reported in `errors` when it is compiled)."""
    compiled: list[CompiledRule] = []
    errors = list(rule_set.errors)
    wanted = frozenset(kinds) if kinds is not None else None
    rules = [r for r in rule_set.rules
             if r.status != "off" and (wanted is None or not wanted.isdisjoint(r.applies_to))]
    if lazy:
        languages = _Languages(compiled, types, errors)
        for rule in rules:
            if rule.type not in types:
                line = rule.lines.line(("check",)) if rule.lines else 1
                errors.append(RuleError(rule.path, line, "check", f"check type {rule.type!r} is not available here"))
                continue
            compiled.append(CompiledRule(rule, _LazyRuns(languages)))
        return Advice(rule_set.rules, errors, compiled, _LazyIndexes(languages), wanted)
    indexes = {lang: PhraseIndex(lang) for lang in LANGUAGES}
    for rule in rules:
        try:
            kind = types.get(rule.type)
            if kind is None:
                raise ValueError(f"check type {rule.type!r} is not available here")
            run = {lang: _compiled(kind, rule, indexes[lang]) for lang in LANGUAGES}
        except Exception as exc:  # re2.error included: one rule that cannot compile never stops the others
            line = rule.lines.line(("check",)) if rule.lines else 1
            errors.append(RuleError(rule.path, line, "check", str(exc)))
            continue
        compiled.append(CompiledRule(rule, run))
    PHRASE_WORDS.save()  # the words met for the first time, for the next process
    signal_needs.NEEDS.save()
    return Advice(rule_set.rules, errors, compiled, indexes, wanted)
