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


# A phone's chat export dates each message on its own line ("[12/11/2026, 21:03] Nadia: …", or "12/11/2026, 21:03 -
# Nadia: …"): when the message was sent, neither a figure nor a horizon; its statement starts at who speaks (round 53).
DATED_STAMP = re.compile(r"[ \t]*\[?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?"
                         r"(?:[ \t]+[-–—])?[ \t]+")
_SPEAKS = re.compile(rf"{_CHAT_NAME}[ \t]*:[ \t]*")
_STAMPED_MESSAGE = 25  # words: a dated message that opens on a short question and gives its reason is still asking


def undated(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A statement opening on a dated chat stamp, started at who speaks."""
    m = DATED_STAMP.match(text, span[0])
    return (m.end(), span[1]) if m and m.end() < span[1] else span


_STAMPED_LINE = re.compile(rf"(?m)^{DATED_STAMP.pattern}")


def unstamped(text: str) -> str:
    """`text` with every dated chat stamp opening a line blanked (the same length): what the readings read."""
    return _STAMPED_LINE.sub(lambda m: " " * len(m.group(0)), text)


def stamped_question(text: str, span: tuple[int, int]) -> bool:
    """Whether a dated chat message is a short question, perhaps with its reason ("who does the DMs? people keep
    asking…"), which the next message answers."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    stamp = DATED_STAMP.match(text, line_start)
    if stamp is None or stamp.end() != span[0]:
        return False
    said = text[span[0] : span[1]]
    said = said[m.end() :] if (m := _SPEAKS.match(said)) else said
    question = said.split("?", 1)[0]
    return "?" in said and len(question.split()) <= _CHAT_QUESTION and len(said.split()) <= _STAMPED_MESSAGE


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


# An e-mail answered inline: the question quoted from the earlier message ("> Ben wrote: Who deals with questions on the
# page?") is answered by the unquoted paragraph below it ("Rachel, she's on the page most evenings") (round 54).
_QUOTED_LINE = re.compile(r"[ \t]*>")


def quoted(text: str, span: tuple[int, int]) -> bool:
    """Whether a statement sits on a line quoted from an earlier e-mail (opened by ">")."""
    return _QUOTED_LINE.match(text, text.rfind("\n", 0, span[0]) + 1) is not None
