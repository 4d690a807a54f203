"""Statements that are not what the plan says, though they stand in it: the assistant's lines in a pasted chat, an
option a meeting turned down or put off, a box left empty beside a ticked one under a question, a point crossed out,
what a spec says it does not aim at, a form's instruction to whoever fills it in. The rule checks (bot.engine.checks.plan) leave them out. Kept apart from
bot.engine.plan.statements, which cuts the prose into statements, because these grow with every shape a plan is
written in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.plan.statements import Statement

# A line of a pasted chat said by the assistant ("AI: You could count the enquiries…", « IA : Commencez par… »)
_MACHINE_SPEAKS = re.compile(r"[ \t]*(?:[-*•>][ \t]+)?(?:\*\*)?(?:AI|A\.I\.|IA|L['’]IA|Bot|Chatbot|ChatGPT|GPT(?:-\d\w*)?|Copilot|"
                             r"AI assistant|Assistant IA|Assistante IA)(?:\*\*)?[ \t]*:")


# The writer's side of it ("Me:", « Moi : », "You:", "Q:"): a chat, not a plan whose part is labelled "AI:"
_HUMAN_SPEAKS = re.compile(r"(?m)^[ \t]*(?:[-*•>][ \t]+)?(?:\*\*)?(?:Me|Moi|You|Vous|User|Utilisateur|Utilisatrice|Q|Human|"
                           r"Humain)(?:\*\*)?[ \t]*:")


@lru_cache(maxsize=4)
def _chat(text: str) -> bool:
    return _HUMAN_SPEAKS.search(text) is not None


def machine_said(text: str, statement: Statement) -> bool:
    """A statement on a line the assistant speaks in a pasted chat (both sides speak, each on its own lines): what
    it proposed, not what the plan says; the writer's own lines say what is kept. A plan's part labelled "AI:"
    with no one answering it is still the plan's."""
    return _MACHINE_SPEAKS.match(text, text.rfind("\n", 0, statement.span[0]) + 1) is not None and _chat(text)


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the blank-line paragraph around text[start:end]."""
    after = text.find("\n\n", end)
    return text.rfind("\n\n", 0, start) + 1, after if after >= 0 else len(text)


# An option's verdict that turns it down or puts it off ("DECISION: maybe later.", "Verdict: no", « Décision : on
# verra plus tard », « Arbitrage : non, pas cette année »): weighed at a meeting, not what the plan will do.
_PUT_OFF = re.compile(r"(?im)^[ \t]*(?:[-*•>+][ \t]+)?(?:\*\*|__)?(?:decision|decided|verdict|outcome|d[ée]cision|d[ée]cid[ée]|"
                      r"arbitrage|choix)(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(?:maybe[ \t]+|perhaps[ \t]+|peut-[êe]tre[ \t]+)?"
                      r"(?:(?:no|non|later|plus[ \t]+tard|on[ \t]+verra)(?=[ \t]*(?:[.,;:!?()—–-]|$))|"
                      r"not[ \t]+(?:now|yet|this[ \t]+(?:year|season|time))|rejected|dropped|shelved|parked|on[ \t]+hold|"
                      r"put[ \t]+off|postponed|pas[ \t]+(?:maintenant|encore|cette[ \t]+(?:ann[ée]e|saison|fois)|pour[ \t]+l'instant)|"
                      r"rejet[ée]e?|abandonn[ée]e?|[ée]cart[ée]e?|report[ée]e?|en[ \t]+attente|refus[ée]e?)"
                      # a motion quoted, then the vote that turned it down (« « Faire une vidéo virale. » Rejetée », "Defeated")
                      r"|[»”\"][ \t]*\(?(?:rejet[ée]e?|refus[ée]e?|non[ \t]+adopt[ée]e?|repouss[ée]e?|rejected|defeated|"
                      r"voted[ \t]+down|not[ \t]+(?:carried|adopted|passed)|turned[ \t]+down|lost)\b")


def put_off(text: str, statement: Statement) -> bool:
    """A statement of a paragraph whose own verdict turns the option down or puts it off (a meeting's pros and
    cons, each option closed by its decision): what was weighed, not what the plan does. An option decided
    "yes" is the plan's."""
    return _PUT_OFF.search(text, *_paragraph(text, statement.span[0], statement.span[1])) is not None


_BOX = re.compile(r"(?m)^[ \t]*(?:[-*•+][ \t]+)?\[([ xX✓]?)\][ \t]")
_ASKING = re.compile(r"(?m)\?[ \t]*$")


def unticked_answer(text: str, statement: Statement) -> bool:
    """A box left empty beside a ticked one under a question (a quiz's wrong answers, a form's options not chosen):
    not what the plan says. A to-do list's open boxes, with no question above them, are still the plan's tasks."""
    line = text.rfind("\n", 0, statement.span[0]) + 1
    box = _BOX.match(text, line)
    if box is None or box.group(1).strip():
        return False
    start, end = _paragraph(text, line, statement.span[1])
    group = text[start:end]
    asked = any(_ASKING.search(row) and not _BOX.match(row) for row in text[start:line].splitlines())
    return asked and any(m.group(1).strip() for m in _BOX.finditer(group))


# A point crossed out (markdown « ~~…~~ »), then nothing or a note on why ("→ drop it", « → laisse tomber »,
# "(no)"): an idea given up on the page, not what the plan does. "~~Tuesday~~ Wednesday: a post" still says Wednesday.
_STRUCK = re.compile(r"[ \t]*(?:[-*•+][ \t]+|\d+[.)][ \t]+)?~~[^~\n]+~~[ \t]*(?:$|\n|[-→>=—–(:,;.!?]|->)")


def struck_out(text: str, statement: Statement) -> bool:
    """A statement on a line that opens on a point crossed out, with at most a note on why after it."""
    return _STRUCK.match(text, text.rfind("\n", 0, statement.span[0]) + 1) is not None


# What a spec says it will not aim at ("Non-goal: growing our following", "Out of scope:", « Hors objectif : »,
# « Non-objectifs »), as a line's label or the heading it sits under: what the plan leaves out, no aim of it.
_NOT_AIMED = re.compile(r"(?i)[ \t#]*(?:[-*•+][ \t]+)?(?:\*\*|__)?(?:non[- ]?goals?|not (?:a )?goals?|out of scope|anti[- ]goals?|"
                        r"non[- ]objectifs?|hors[- ](?:objectifs?|p[ée]rim[èe]tre|sujet)|pas (?:un )?objectifs?|ce (?:qu'on|que nous) "
                        r"ne (?:visons|vise) pas)(?:\*\*|__)?[ \t]*(?::|$|\n)")


def not_aimed(text: str, statement: Statement) -> bool:
    """A statement labelled, or headed, as what the plan does not aim at (a PRD's non-goals, a brief's out of scope)."""
    if _NOT_AIMED.match(text, text.rfind("\n", 0, statement.span[0]) + 1):
        return True
    return statement.heading is not None and _NOT_AIMED.match(text, statement.heading[0]) is not None


# A form's instruction to whoever fills it in ("Tick one answer per question.", « Cochez une seule réponse par
# question. », "Circle the boxes that apply"): how to fill in the quiz, nothing the plan says (round 46: its « une
# seule … par question » was read as a share of the posts). "Tick the rota once you've posted" names no answer or box.
_FORM_INSTRUCTION = re.compile(r"(?i)[ \t]*(?:[-*•+][ \t]+)?(?:tick|circle|check|cross|choose|select|pick|cochez|cocher|entourez|"
                               r"entourer|choisissez|rayez)\b[^.!?\n]{0,40}?\b(?:answers?|box(?:es)?|options?|réponses?|reponses?|"
                               r"cases?|propositions?|mentions?)\b[^.!?\n]{0,40}[.!]?[ \t]*$")


def form_instruction(text: str, statement: Statement) -> bool:
    """A statement that only tells whoever fills in a form how to answer it."""
    return _FORM_INSTRUCTION.fullmatch(text, *statement.span) is not None
