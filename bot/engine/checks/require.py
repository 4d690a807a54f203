"""`require`: something must be there (from `min_words` words on); the finding covers the whole draft."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.checks.base import (
    CheckFn,
    CheckType,
    Hit,
    Scope,
    phrase_list,
    setting,
    settings_of,
    whole,
)
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule


@dataclass(frozen=True)
class Settings:
    min_words: int = setting(0)
    min: int = setting(1)  # how many matches are needed


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    phrases = phrase_list(index, rule.lang(language).get("phrases"))
    imperative = phrase_list(index, rule.lang(language).get("imperative"))
    settings = settings_of(Settings, rule.check)
    min_words, need = int(settings.min_words), int(settings.min)

    def run(scope: Scope) -> list[Hit]:
        if scope.doc.word_count < min_words:
            return []
        found = len(scope.spans(phrases))
        if found < need and imperative is not None:
            found += len(scope.imperatives(imperative))
        if found >= need:
            return []
        return [Hit(*whole(scope.doc))]

    return run


TYPE = CheckType("require", compile, Settings, __doc__, lists=("phrases", "imperative"), required_lists=("phrases",))
