"""A chat export's lines, as `statements` reads them: a message's header (who speaks and when) is no statement,
and a short question message is answered by the next message (split from statements.py, round 48)."""

from __future__ import annotations

import re

# A chat export's message header, alone on its line ("Priya  10:13", "Tom 9:05 AM", "Priya — Today at 10:13",
# "[10:13] Priya", a phone's SMS export "Camille, 22:47"): who speaks and when, no statement;
# a short question message is answered by the next message, whoever sends it ("and what about people messaging?"
# then "whoever's not driving answers, same day"): the two are one block, as a question and its answer on one line.
_CHAT_NAME = r"[A-ZÀ-ÖØ-Ý][\w'.-]{0,20}(?: [A-ZÀ-ÖØ-Ý][\w'.-]{0,20})?"
_CHAT_TIME = r"\[?\d{1,2}[:h]\d{2}(?:[ \t]?[AaPp][Mm])?\]?"
_CHAT_DAY = r"[—–-][ \t]+(?:(?:Today|Yesterday|Aujourd'hui|Hier)[ \t]+(?:at|à)[ \t]+|\d{1,2}/\d{1,2}/\d{2,4}[ \t]+)?"
CHAT_HEADER = re.compile(rf"^[ \t]*(?:{_CHAT_NAME},?[ \t]+(?:{_CHAT_DAY})?{_CHAT_TIME}|{_CHAT_TIME}[ \t]+{_CHAT_NAME})[ \t]*$")
_CHAT_QUESTION = 12  # words
# a chat question typed without its mark, ending on its question word ("and the dms who", « et les msg insta c qui »)
_UNMARKED = re.compile(r"(?i)\b(?:qui|who)$")


def asking(said: str) -> bool:
    """Whether a chat message is a short question, which the next message answers ("and the dms who" too)."""
    said = said.rstrip()
    return (said.endswith("?") or _UNMARKED.search(said) is not None) and len(said.split()) <= _CHAT_QUESTION


# A story's or a play's dialogue: a question in quotes closing its paragraph ('"Who will you make your videos for?"
# asked the owl.', « « Pour qui fais-tu tes vidéos ? » demanda la chouette. ») is answered by the next paragraph's
# quoted reply ('"For everybody!" said the little toy shop.'): the two are read as one statement (round 50).
_QUOTED_QUESTION = re.compile(r"\?[ \t]*[\"”»][ \t]*[a-zà-ÿ]|(?m:^)[ \t]*—[^\n]*\?[ \t]+[a-zà-ÿ]")  # then who asks it
_QUOTED_REPLY = re.compile(r"^[ \t]*[\"“«—–]")


def asked_in_dialogue(said: str) -> bool:
    """Whether a statement holds a question in quotes followed by who asks it, or on a line of dialogue (a quoted
    question alone, a list's item, is asked and left open: "Who replies to messages??")."""
    return _QUOTED_QUESTION.search(said) is not None


def replies_in_dialogue(said: str) -> bool:
    """Whether a statement opens on a quote or a dialogue dash: a character's reply."""
    return _QUOTED_REPLY.match(said) is not None
