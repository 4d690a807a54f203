"""`order`: A (`first`) must come before B (`then`); the finding is the first B with no A before it.

    check:
      type: order
      at: {then: start}        # only asks that open a sentence or clause (imperatives)
    en:
      first: [free, here is]
      then: [buy now, order]
      exceptions: [buy now pay later]   # a match inside one of these counts for neither list

`at: start` (both lists) or `at: {first: start, then: start}`: only matches where the word
opens a sentence or clause. « commandez » then no longer meets « commandant » in the middle
of a sentence, and a headline reporting a purchase ("agrees to buy") asks nothing.

`reported_quotes` (as for signals): an ask wholly inside a reported quotation ('the ad said
"Buy now!"', « « … », lance le vendeur ») is the quoted seller's, not the draft's; gifts count
wherever they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.engine import measures
from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope, phrase_list, setting
from bot.engine.checks.needs import Clause, clause
from bot.engine.checks.signals_reported import SCHEMA as REPORTED
from bot.engine.checks.signals_reported import compile_frames, outside, reported
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule

_AT = {"enum": ["start"]}
AT_SCHEMA = {
    "oneOf": [
        {"enum": ["start"]},
        {"type": "object", "additionalProperties": False, "minProperties": 1,
         "properties": {"first": _AT, "then": _AT}},
    ],
    "description": "order: start: only matches that open a sentence or clause, for both lists or {first, then}",
}


@dataclass(frozen=True)
class Settings:
    """Both lists are in the language blocks; `at` says where their matches count."""

    at: Any = setting(None, AT_SCHEMA)
    reported_quotes: Any = setting(None, REPORTED)


def _at_start(at: Any, key: str) -> bool:
    return at == "start" or (isinstance(at, dict) and at.get(key) == "start")


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    block = rule.lang(language)
    first, then = phrase_list(index, block["first"]), phrase_list(index, block["then"])
    exceptions = phrase_list(index, block.get("exceptions"))
    at = rule.check.get("at")
    first_start, then_start = _at_start(at, "first"), _at_start(at, "then")
    frames = compile_frames(rule.check.get("reported_quotes"), index)

    def kept(scope: Scope, list_id: int | None, at_start: bool) -> list[tuple[int, int]]:
        spans = scope.spans(list_id)
        if spans and at_start:
            spans = [sp for sp in spans if scope.opens_clause(sp[0])]
        if spans and exceptions in scope.matches:
            skip = scope.spans(exceptions)
            spans = [sp for sp in spans if not measures.overlaps(sp, skip)]
        return spans

    def run(scope: Scope) -> list[Hit]:
        asks = kept(scope, then, then_start)
        if asks and frames:  # a seller's ask quoted by a customer or a reporter (reported_quotes)
            asks = outside(asks, reported(scope.doc, frames))
        if not asks:
            return []
        gives = kept(scope, first, first_start)
        if gives and gives[0][0] < asks[0][0]:
            return []
        return [Hit(*asks[0])]

    return run


def needs(rule: Rule, language: str, index: PhraseIndex) -> list[Clause]:
    """A match of `then` (the finding is the first ask: none, nothing to find)."""
    return [clause([phrase_list(index, rule.lang(language)["then"])])]


TYPE = CheckType("order", compile, Settings, __doc__, lists=("first", "then", "exceptions"),
                 required_lists=("first", "then"), needs=needs)
