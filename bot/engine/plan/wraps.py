"""Line breaks in a plan's prose: which ones the writer typed (a note a line, a verse) and which ones are a wrap
(prose wrapped wide, by hand or at 120 columns), as `statements` reads them (split from statements.py, round 48)."""

from __future__ import annotations

import re

_UNWRAPPED = 90  # characters: nobody hard-wraps prose lines longer than this
_DANGLING = frozenset((  # words no sentence ends on: a long line ending on one goes on below (a wide wrap)
    "a", "an", "and", "the", "to", "of", "for", "with", "or", "but", "our", "your", "their", "its", "on", "in", "at",
    "by", "from", "et", "ou", "mais", "de", "des", "du", "la", "le", "les", "un", "une", "à", "au", "aux", "pour", "par",
    "sur", "dans", "avec", "nos", "vos", "leurs", "notre", "votre",
    # a relative pronoun or a verb of being waits for what follows (« …pour Samia qui » then « reprend le comptoir »)
    "qui", "que", "dont", "c'est", "est", "sont", "who", "which", "whose", "is", "are"))
_ENDS = ".!?…:;,"
# A short line ending on a word no sentence ends on goes on below whatever its length (a verse, an acrostic, a note
# wrapped by hand: « …il faudrait qu'on » then « Arrive enfin à… », round 48); a question word closing a title
# ("For who", « Pour qui ») may end a heading, so it is left out.
_WAITING = (_DANGLING - {"qui", "who", "which", "whose"}) | {"qu'on", "qu'il", "qu'elle", "qu'ils", "chaque", "every",
                                                                 "each", "we", "nous", "je", "j'", "i"}
# A line opened by a subordinate clause of wish or place with no comma and no closing mark waits for its main clause
# on the next line (a song's « Qu'on scrolle à Brest ou à Paris » then « Faut qu'on tombe sur nos baguettes »).
_SUBORDINATE = re.compile(r"(?i)^[ \t]*(?:qu'on|que l'on|que|wherever|whether|partout où|où qu'on|où que)\b[^,;:.!?…]*$")
# A column gap: three spaces or more between two words of a line (not its indentation): a table typed with spaces
_ALIGNED = re.compile(r"\S {3,}\S")
_RULE_LINE = re.compile(r"^[\s\-=_+:|*]+$")
_ARROWS = ("→", "->", "=>")  # a notebook's "this → that": two lines that both hold one are two points


def waits(last_line: str) -> bool:
    """Whether a short line with no closing mark waits for the next: it ends on a word no sentence ends on (« …qu'on », "…and
    every"), or it is a subordinate clause of wish or place alone (« Qu'on scrolle à Brest ou à Paris »)."""
    last = last_line.rstrip()
    if not last or last[-1] in _ENDS or len(last) > _UNWRAPPED:  # a long line's wrap is read by `broken_on_purpose`
        return False
    return last.rsplit(None, 1)[-1].lower() in _WAITING or _SUBORDINATE.match(last) is not None


def widths(text: str, start: int, end: int) -> dict[int, tuple[int, bool]]:
    """For each line start in text[start:end], the longest line of its paragraph, and whether the
    paragraph looks wrapped wide (two lines or more longer than anyone types a note's line)."""
    out: dict[int, tuple[int, bool]] = {}
    group: list[int] = []
    width = long = 0
    pos = start
    while pos <= end:
        newline = text.find("\n", pos, end)
        line_end = end if newline < 0 else newline
        if text[pos:line_end].strip():
            group.append(pos)
            width = max(width, line_end - pos)
            long += line_end - pos > _UNWRAPPED
        else:
            out.update((g, (width, long > 1)) for g in group)
            group, width, long = [], 0, 0
        if newline < 0:
            break
        pos = line_end + 1
    out.update((g, (width, long > 1)) for g in group)
    return out


def broken_on_purpose(last_line: str, line: str, width: int, wide: bool = False) -> bool:
    """A line break the writer typed, not a wrap: the last line has no closing punctuation, and
    either it is longer than anyone wraps, or the next line's first word would have fitted on it
    (Slack-style notes, one point a line). `wide`: the paragraph is prose wrapped wide (at 120
    columns), where a long line goes on in lower case; one long line among notes is still typed."""
    last = last_line.rstrip()
    if _ALIGNED.search(last) and _ALIGNED.search(line):
        return True  # rows of a table aligned with spaces (a bank statement, a printout): one row a line (round 48)
    if "\t" in last.strip() and "\t" in line.strip():
        return True  # rows pasted from a spreadsheet, their cells split by tabs: one row a line (round 50)
    if not last or last[-1] in _ENDS or not line.strip():
        return False
    if any(arrow in last and arrow in line for arrow in _ARROWS):
        return True  # "janvier → on passe à 1" then "likes ?? → on s'en fiche": notes, one arrow a line, one point each
    first_word = line.split()[0]
    fitted = len(last) + 1 + len(first_word) <= width
    if len(last) <= _UNWRAPPED and waits(last):
        return False  # a short line ending on a word that waits for the next: a verse, a hand wrap (round 48)
    if len(last) > _UNWRAPPED:  # long lines are typed, unless prose wrapped wide (at 120 columns): the sentence
        if goes_on(last, line, wide):
            return False  # wrapped by hand, ragged: the word might have fitted, the sentence still goes on
        # wrapped wide, or on a word no sentence ends on, or the line below closes the sentence ("…stuck in the first"
        # then "room and look stupid in front of our mates."): a note typed one a line closes none of them
        carries_on = wide or last.rsplit(None, 1)[-1].lower() in _DANGLING or line.rstrip()[-1:] in ".!?…"
        # goes on in lower case, a word with no room; in prose wrapped wide, or after a word no sentence ends on, in
        # capitals too ("…By the 2027 General" then "Meeting, no flat…", "…the lead item of" then "Tomasz's…": round 46)
        return not carries_on or fitted or not (line.lstrip()[:1].islower() or wide or last.rsplit(None, 1)[-1].lower() in _DANGLING)
    return fitted


def goes_on(last: str, line: str, wide: bool) -> bool:
    """Prose wrapped wide by hand, its right edge ragged: a long line with no closing punctuation goes on below
    when it ends on a word no sentence ends on and the next line opens in lower case or on a figure (« …et qui »
    then « bloquent sur les patrons : … »), even where that word would have fitted on it, or when the next line
    opens on a bracket ("…on Instagram" then "(mostly stock questions)"). Notes typed one point a line in lower
    case end on a word of their own (« …entretenir une plante » then « insta + les flyers »)."""
    if not wide or len(last) <= _UNWRAPPED or last[-1:] in _ENDS:
        return False
    opening = line.lstrip()[:1]
    dangling = last.rsplit(None, 1)[-1].lower() in _DANGLING
    return (dangling and (opening.islower() or opening.isdigit())) or opening in "(«"


def no_room(last: str, line: str, wrap: tuple[int, bool]) -> bool:
    """A long line of prose wrapped wide, with no closing mark, and a next line going on in lower case with a word
    that would not have fitted on it: the wrap, whatever that word is (round 45)."""
    width, wide = wrap
    if not wide or len(last) <= _UNWRAPPED or last[-1:] in _ENDS or not line.lstrip()[:1].islower():
        return False
    return len(last) + 1 + len(line.split()[0]) > width


# A list broken by the wrap: the line ends a word or two after its last comma, with no closing mark ("…families, office
# workers, dog" then "walkers: we don't want to narrow it down"): the lower-case word before the colon below is the
# list's last item going on, no label of a point (round 50).
_LIST_LINE = 60  # characters: a line this long, ending in a list, was wrapped, not typed as a note
_LIST_TAIL = re.compile(r",[ \t]+[\w'-]+(?:[ \t]+[\w'-]+)?[ \t]*$")
_LOWER_KEY = re.compile(r"^[ \t]*[a-zà-ÿ][\w'-]*[ \t]*:[ \t]+\S")


def list_goes_on(last: str, line: str) -> bool:
    """Whether a lower-case word and a colon opening `line` end the list that `last` left open (round 50)."""
    return len(last) > _LIST_LINE and bool(_LIST_TAIL.search(last)) and bool(_LOWER_KEY.match(line))


# What closes a line that no wrap goes on from: a sentence's end or a label's colon; and the lines a statement holds that
# are no wrap: a chat message's header, an answer labelled as such under its clue (round 48).
_CLOSED = ".!?…:;"
_NOT_GOING_ON = re.compile(r"(?i)^[ \t]*(?:(?:\*\*|__)?(?:answers?|réponses?|reponses?|solutions?)[ \t]*(?:\*\*|__)?[ \t]*:|"
                           r"[A-ZÀ-ÖØ-Ý][\w'.-]{0,20}(?: [A-ZÀ-ÖØ-Ý][\w'.-]{0,20})?,?[ \t]+\[?\d{1,2}[:h]\d{2})")


def _goes_on_below(line: str, after: str) -> bool:
    """Whether a statement's line goes on a sentence on the line below: not a chat header nor an answer's label, and
    no table's lines (a header over its rule, columns a structure reads line by line)."""
    if _NOT_GOING_ON.match(after) or _NOT_GOING_ON.match(line) or "|" in line or "|" in after:
        return False
    if "\t" in line.strip() and "\t" in after.strip():
        return False  # rows pasted from a spreadsheet, their cells split by tabs: one row a line (round 50)
    return not _RULE_LINE.match(after) and not (_ALIGNED.search(line) and _ALIGNED.search(after))


def said_as_one(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each line break inside a statement that goes on a sentence (a verse, a hand wrap: « Qu'on scrolle à
    Brest ou à Paris » then « Faut qu'on tombe sur nos baguettes ») read as a space, so that a reading bounded by the
    line (`[^.;\\n]`) reads the sentence whole (round 48). The text keeps its length: every span stays the plan's."""
    chars: list[str] | None = None
    for start, end in spans:
        at = text.find("\n", start, end)
        while at >= 0:
            before = text[start:at].rstrip(" \t\r*_")
            after = text[at + 1 : text.find("\n", at + 1) if "\n" in text[at + 1 : end] else end]
            if before and before[-1] not in _CLOSED and _goes_on_below(before.rsplit("\n", 1)[-1], after):
                chars = chars if chars is not None else list(text)
                chars[at] = " "
            at = text.find("\n", at + 1, end)
    return text if chars is None else "".join(chars)
