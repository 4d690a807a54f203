"""`pattern`: a regular expression on RE2 (linear time), by default on folded text; one finding per match."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.engine.checks.base import (
    CheckFn,
    CheckType,
    Hit,
    Scope,
    overlaps,
    phrase_list,
    setting,
    settings_of,
)
from bot.engine.checks.needs import Clause, clause
from bot.engine.patterns import Pattern, compile_regex, regex_spans
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Problem, Rule


@dataclass(frozen=True)
class Settings:
    pattern: str = setting("", {"type": "string", "minLength": 1})  # or one per language block
    fold: bool = setting(True)


def language_problems(data: dict[str, Any], language: str) -> list[Problem]:
    if "pattern" not in data["check"] and "pattern" not in data[language]:
        return [([language, "pattern"], "missing: give check.pattern or a pattern per language")]
    return []


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    block = rule.lang(language)
    regex = regex_of(rule, language)
    exceptions = phrase_list(index, block.get("exceptions"))

    def run(scope: Scope) -> list[Hit]:
        skip = scope.spans(exceptions)
        return [Hit(s, e) for s, e in regex_spans(regex, scope.doc) if not overlaps((s, e), skip)]

    return run


def regex_of(rule: Rule, language: str) -> Pattern:
    """The rule's pattern in that language, as its check runs it."""
    settings = settings_of(Settings, rule.check)
    return compile_regex(rule.lang(language).get("pattern") or settings.pattern, bool(settings.fold))


def needs(rule: Rule, language: str, index: PhraseIndex) -> list[Clause]:
    """A match of its pattern."""
    return [clause(patterns=(regex_of(rule, language),))]


TYPE = CheckType("pattern", compile, Settings, __doc__, lists=("pattern", "exceptions"),
                 language_problems=language_problems, needs=needs,
                 template='  pattern: ""           # an RE2 regular expression\n')
