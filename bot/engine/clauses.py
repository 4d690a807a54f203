"""Sentences and clause openings: where a draft's sentences run, and which words open a clause.

A verb that opens a clause is most often an imperative ("Call now", "Abonnez-vous",
"pls share"): rules use it to tell "Buy tickets here" (an ask) from "Apple agrees to
buy a startup" (news), and to count the imperatives that talk to the reader.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from bot.engine.text import Doc, stemmer
from bot.lazyre import lazy

Span = tuple[int, int]

# Each branch opens with one character of a set, not a repeat: Python's re then skips ahead in C to
# the next such character instead of trying the whole pattern at every position (2x on long drafts).
_SENTENCE_END = lazy(r"[.!?…！？][.!?…！？]*(?=[\s\"'»”)]|$)|\n\n*")
# What ends a clause: punctuation, a line break, a bullet, a dash, an emoji.
_BREAK = lazy("[.!?…:;,\n•·|()\\[\\]{}\"«»“”„—–>*/~=+！？\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]")
# Words that may come before an imperative without taking its place ("Please call", "Et abonnez-vous").
_LEADERS = {
    "en": ("please", "pls", "plz", "just", "so", "now", "then", "and", "also", "or", "hey", "guys", "oh"),
    "fr": ("et", "alors", "donc", "puis", "aussi", "svp", "stp", "ou", "hop", "bon", "allez", "vite"),
}


def sentences(text: str) -> list[Span]:
    """Sentence spans (without surrounding blanks): a sentence ends at . ! ? … or a line break."""
    found: list[Span] = []
    start = 0
    for mark in _SENTENCE_END.finditer(text):
        _add(text, start, mark.end(), found)
        start = mark.end()
    _add(text, start, len(text), found)
    return found


_BLANK_LINE = lazy(r"\n[ \t\r]*\n\s*")


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans (without surrounding blanks): blocks of text between blank lines, as a
    mail or a newsletter sets its parts apart."""
    found: list[Span] = []
    start = 0
    for gap in _BLANK_LINE.finditer(text):
        _add(text, start, gap.start(), found)
        start = gap.end()
    _add(text, start, len(text), found)
    return found


def _add(text: str, start: int, end: int, found: list[Span]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        found.append((start + lead, start + lead + len(stripped)))


@lru_cache(maxsize=4)
def _leader_stems(language: str) -> frozenset[str]:
    stem = stemmer(language)
    return frozenset(stem.stemWord(word) for word in _LEADERS.get(language, ()))


# _BREAK's ASCII characters: an ASCII gap (" ", ", ") is asked with a set, not a regex call.
_ASCII_BREAKS = frozenset(".!?:;,\n|()[]{}\">*/~=+")


def _breaks(gap: str) -> bool:
    """Whether the characters between two words end a clause."""
    if gap.isascii():
        return not _ASCII_BREAKS.isdisjoint(gap) or ("-" in gap and gap != "-")
    return bool(_BREAK.search(gap)) or ("-" in gap and gap != "-")


def opens_clause(doc: Doc, offset: int) -> bool:
    """Whether the word at `offset` opens a sentence or a clause: it comes first, or after
    . ! ? : ; , a line break, a bullet, a dash or an emoji, or after a leading "please",
    "and", "et"... that itself opens one ("please call", "et abonnez-vous")."""
    tokens = doc.tokens
    starts, ends, pairs = tokens.starts, tokens.ends, tokens.pairs
    leaders = _leader_stems(doc.language)
    i = bisect_left(starts, offset)
    while i > 0:
        if _breaks(doc.text[ends[i - 1] : starts[i]]):
            return True
        if pairs[i - 1][1] not in leaders:
            return False
        i = bisect_left(starts, starts[i - 1])  # the leader: does it open a clause?
    return True
