"""Session 27's hand reading (issue 11): a community manager's Discord server, in English and in French.

About 60 posts of our own were read (patch notes, AMA reminders, welcomes, contest results, moderation notices, an
outage apology, playtest calls, game chat, a group order's last call; and pushy twins: a merch drop, a boost drive,
a rival server's plug, an early-access pack). What was wrong, fixed in general form:
- "No question is too basic" in a newcomer's welcome drew conversation.closed ("No question"): a question said never
  to be too small, too basic or stupid (« pas de question trop simple », "no stupid questions") invites questions.
  "No questions, no exceptions" after a price list still shuts the conversation down.
Each case is a pair: the ordinary post stays quiet on the rule, its twin draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

CLOSED = "conversation.closed"

PAIRS = [
    ("en", CLOSED, "If you're new: read #rules, pick your roles, and ask anything in #help. No question is too basic.",
     "Here are the new membership fees. No questions, no exceptions."),
    ("en", CLOSED, "There are no stupid questions in this server, and no question too small for #help.",
     "The schedule is final. No questions, please."),
    ("fr", CLOSED, "Si vous êtes nouveau, demandez tout dans #aide : pas de question trop simple, aucune question n'est "
     "bête.",
     "Voici les nouveaux tarifs. Pas de questions, merci."),
]


@pytest.mark.parametrize("lang, rule, ordinary, pushy", PAIRS, ids=[f"{p[0]}-{p[1]}-{i}" for i, p in enumerate(PAIRS)])
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, pushy: str):
    quiet(ordinary, lang, rule)
    fires(pushy, lang, rule)
