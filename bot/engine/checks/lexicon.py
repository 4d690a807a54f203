"""`lexicon`: a phrase from the list is present; one finding per match."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope, overlaps, phrase_list
from bot.engine.checks.needs import Clause, clause
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule


@dataclass(frozen=True)
class Settings:
    """No setting: the phrases are in the language blocks."""


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    block = rule.lang(language)
    phrases, exceptions = phrase_list(index, block.get("phrases")), phrase_list(index, block.get("exceptions"))

    def run(scope: Scope) -> list[Hit]:
        if phrases not in scope.matches:  # most drafts: none of the phrases
            return []
        skip = scope.spans(exceptions)
        return [Hit(s, e) for s, e in scope.spans(phrases) if not overlaps((s, e), skip)]

    return run


def needs(rule: Rule, language: str, index: PhraseIndex) -> list[Clause]:
    """A match of its phrases (the check returns at once without one)."""
    return [clause([phrase_list(index, rule.lang(language).get("phrases"))])]


TYPE = CheckType("lexicon", compile, Settings, __doc__, lists=("phrases", "exceptions"), required_lists=("phrases",), needs=needs)
