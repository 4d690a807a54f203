"""`density`: terms per 100 words above `threshold` (from `min_words` words on); one finding at the first term."""

from __future__ import annotations

from dataclasses import dataclass

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
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule


@dataclass(frozen=True)
class Settings:
    threshold: float = setting()
    min_words: int = setting(20)


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    block = rule.lang(language)
    phrases, exceptions = phrase_list(index, block.get("phrases")), phrase_list(index, block.get("exceptions"))
    settings = settings_of(Settings, rule.check)
    threshold, min_words = float(settings.threshold), int(settings.min_words)

    def run(scope: Scope) -> list[Hit]:
        words = scope.doc.word_count
        if words < min_words or phrases not in scope.matches:
            return []
        skip = scope.spans(exceptions)
        spans = [sp for sp in scope.spans(phrases) if not overlaps(sp, skip)]
        per100 = 100 * len(spans) / words
        if not spans or per100 <= threshold:
            return []
        values = {"count": len(spans), "value": round(per100, 1), "threshold": threshold}
        return [Hit(spans[0][0], spans[0][1], values)]

    return run


def needs(rule: Rule, language: str, index: PhraseIndex) -> list[Clause]:
    """A match of its phrases (no term, no density)."""
    return [clause([phrase_list(index, rule.lang(language).get("phrases"))])]


TYPE = CheckType("density", compile, Settings, __doc__, lists=("phrases", "exceptions"), required_lists=("phrases",), needs=needs,
                 template="  threshold: 2          # how many matches before the advice shows\n")
