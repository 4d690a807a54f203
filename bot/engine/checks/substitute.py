"""`substitute`: a phrase with a better one to use instead; the fix replaces the span."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope, overlaps, phrase_list
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule
from bot.engine.text import ELISIONS, fold
from bot.lazyre import lazy


@dataclass(frozen=True)
class Settings:
    """No setting: the swaps are in the language blocks."""


def _match_case(replacement: str, original: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# A French elision glued before a match ("N'" of "N'hésitez"): tokens skip it.
_ELISION_BEFORE = lazy(r"(?<!\w)(?:" + "|".join(sorted(ELISIONS, key=len, reverse=True)) + r")'$")


def _starts_elided(phrase: str, language: str) -> bool:
    head = fold(phrase.strip()).split(" ", 1)[0]
    return language == "fr" and "'" in head and head.split("'", 1)[0] in ELISIONS


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    block = rule.lang(language)
    swaps = [(index.add([phrase]), better, _starts_elided(phrase, language)) for phrase, better in block["swap"].items()]
    exceptions = phrase_list(index, block.get("exceptions"))

    def run(scope: Scope) -> list[Hit]:
        present = [swap for swap in swaps if swap[0] in scope.matches]  # most drafts: none
        if not present:
            return []
        skip = scope.spans(exceptions)
        hits = []
        for list_id, better, elided in present:
            for s, e in scope.spans(list_id):
                if elided:  # the phrase starts with "n'", "l'"...: replace the draft's elision too
                    glued = _ELISION_BEFORE.search(scope.doc.folded[max(0, s - 9) : s])
                    s -= len(glued.group()) if glued else 0
                if not overlaps((s, e), skip):
                    fixed = _match_case(better, scope.doc.text[s:e])
                    hits.append(Hit(s, e, {"replacement": fixed}, fix=fixed))
        return sorted(hits, key=lambda h: h.start)

    return run


TYPE = CheckType("substitute", compile, Settings, __doc__, lists=("swap", "exceptions"), required_lists=("swap",))
