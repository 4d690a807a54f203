"""`order`: A (`first`) must come before B (`then`); the finding is the first B with no A before it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope, phrase_list
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule


@dataclass(frozen=True)
class Settings:
    """No setting: both lists are in the language blocks."""


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    block = rule.lang(language)
    first, then = phrase_list(index, block["first"]), phrase_list(index, block["then"])

    def run(scope: Scope) -> list[Hit]:
        asks = scope.spans(then)
        if not asks:
            return []
        gives = scope.spans(first)
        if gives and gives[0][0] < asks[0][0]:
            return []
        return [Hit(*asks[0])]

    return run


TYPE = CheckType("order", compile, Settings, __doc__, lists=("first", "then"), required_lists=("first", "then"))
