"""`lexicon`: a phrase from the list is present; one finding per match."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope, overlaps, phrase_list, setting
from bot.engine.checks.exception_patterns import SCHEMA as CARVE
from bot.engine.checks.exception_patterns import carve_spans
from bot.engine.checks.needs import Clause, clause
from bot.engine.checks.pattern_groups import group
from bot.engine.checks.signals_reported import SCHEMA as REPORTED
from bot.engine.checks.signals_reported import compile_frames, outside, reported
from bot.engine.checks.signals_spec import compile_setting
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule


@dataclass(frozen=True)
class Settings:
    """The phrases are in the language blocks; `reported_quotes` and `exception_pattern` as for signals."""

    reported_quotes: Any = setting(None, REPORTED)
    exception_pattern: Any = setting(None, CARVE)


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    block = rule.lang(language)
    phrases, exceptions = phrase_list(index, block.get("phrases")), phrase_list(index, block.get("exceptions"))
    frames = compile_frames(rule.check.get("reported_quotes"), index)
    carves = group(compile_setting(rule.check.get("exception_pattern"), bool(rule.check.get("fold", True))), index)

    def run(scope: Scope) -> list[Hit]:
        if phrases not in scope.matches:  # most drafts: none of the phrases
            return []
        skip = scope.spans(exceptions) + (carve_spans(scope.doc, carves) if carves else [])
        found = [(s, e) for s, e in scope.spans(phrases) if not overlaps((s, e), skip)]
        if frames and found:  # a seller's words quoted by a customer or a reporter (reported_quotes)
            found = outside(found, reported(scope.doc, frames))
        return [Hit(s, e) for s, e in found]

    return run


def needs(rule: Rule, language: str, index: PhraseIndex) -> list[Clause]:
    """A match of its phrases (the check returns at once without one)."""
    return [clause([phrase_list(index, rule.lang(language).get("phrases"))])]


TYPE = CheckType("lexicon", compile, Settings, __doc__, lists=("phrases", "exceptions"), required_lists=("phrases",), needs=needs)
