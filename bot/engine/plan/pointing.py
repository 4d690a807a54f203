"""A sentence that only points back at the one before it as the aim ("That's really the whole point of it.",
« C'est ça, l'objectif. »), or as taking everyone in ("Nobody left out.", « Personne de laissé. »): it says what
was just said is the aim, or whom it leaves out, so it is read with that sentence, as if the
writer had put a comma between them ("Be on every app…, that's the whole point"; « Voilà notre cap. », "That's our course.": round 46). Alone it says nothing; a rule
that reads one statement at a time would otherwise see the presence in one and the aim in the other (round 45).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar


class _Said(Protocol):  # a statement (bot.engine.plan.statements.Statement, which calls this module)
    span: tuple[int, int]
    block: int


Said = TypeVar("Said", bound=_Said)

_EN = (r"(?:and\s+)?(?:that|this)(?:['’]s|\s+is|\s+was|\s+will\s+be|\s+would\s+be)\s+"
       r"(?:really\s+|honestly\s+|basically\s+|just\s+|simply\s+|all\s+)?"
       r"(?:(?:the|our|my)\s+(?:whole\s+|entire\s+|main\s+|only\s+|real\s+|one\s+)?"
       r"(?:point|goal|aim|idea|objective|target|ambition|priority|mission|course|heading)"
       r"(?:\s+of\s+(?:it|the plan|the exercise|the whole thing)(?:\s+all)?)?"
       r"|what\s+(?:we|i)(?:['’]re|['’]m|\s+are|\s+am)?\s+(?:want|need|after|aiming for|going for))")
_FR = (r"(?:et\s+)?(?:c['’]est|voilà|voila|ça\s*,?\s*c['’]est|ca\s*,?\s*c['’]est)\s+(?:ça\s*,?\s*|ca\s*,?\s*)?"
       r"(?:vraiment\s+|bien\s+|tout\s+simplement\s+|franchement\s+)?"
       r"(?:tout\s+l['’]intérêt|(?:l['’]|le\s+|la\s+|notre\s+|mon\s+|ma\s+)"
       r"(?:seul\s+|seule\s+|vrai\s+|vraie\s+|grand\s+|grande\s+)?(?:objectif|but|idée|ambition|priorité|mission|enjeu|cap)"
       r"|ce\s+qu['’]\s*(?:on|nous|je)\s+(?:veut|voulons|veux|cherche|cherchons|vise|visons))"
       r"(?:\s+(?:de\s+(?:l['’]opération|tout\s+ça|l['’]exercice)|du\s+plan))?")
# a clipped verdict on whom the sentence before takes in ("Boaters, swimmers, dog walkers. Nobody left out.")
_ALL_IN = (r"(?:and\s+)?(?:no\s+one|nobody|no-one)\s+(?:left\s+out|excluded|turned\s+away|left\s+behind)|no\s+exceptions?"
           r"|(?:et\s+)?personne\s+(?:de\s+laissée?|laissée?\s+de\s+côté|mise?\s+de\s+côté|exclue?)|sans\s+exception|pas\s+d['’]exception")
_POINTS_BACK = re.compile(rf"(?i)[\s\"«“*_]*(?:{_EN}|{_FR}|{_ALL_IN})[\s.!…\"»”*_]*$")


def pointed_back(text: str, found: list[Said]) -> list[Said]:
    """The statements, each one that only names the aim of the one before it (in its block) joined to it."""
    out: list[Said] = []
    for statement in found:
        last = out[-1] if out else None
        if last is not None and last.block == statement.block and _POINTS_BACK.match(text, *statement.span):
            out[-1] = replace(last, span=(last.span[0], statement.span[1]))
            continue
        out.append(statement)
    return out
