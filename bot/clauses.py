"""Sentences and clause openings: where a draft's sentences run, and which words open a clause.

A verb that opens a clause is most often an imperative ("Call now", "Abonnez-vous",
"pls share"): rules use it to tell "Buy tickets here" (an ask) from "Apple agrees to
buy a startup" (news), and to count the imperatives that talk to the reader.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.text import Doc, stemmer

Span = tuple[int, int]

_SENTENCE_END = re.compile(r"[.!?…！？]+(?=[\s\"'»”)]|$)|\n+")
_BREAKS = frozenset(".!?…:;,\n•·|()[]{}\"«»“”„—–>*/~=+！？")
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


def _breaks(gap: str) -> bool:
    if gap in ("-", "'", "’"):  # inside a word: "inscrivez-vous", "l'offre"
        return False
    for char in gap:
        if char in _BREAKS or char == "-" or (not char.isspace() and unicodedata.category(char) == "So"):
            return True
    return False


def clause_starts(doc: Doc) -> frozenset[int]:
    """Offsets of the words that open a sentence or a clause (after . ! ? : ; , a line
    break, a bullet, a dash or an emoji), or that follow a leading "please", "and", "et"..."""
    tokens = doc.tokens
    text = doc.text
    leaders = _leader_stems(doc.language)
    found: set[int] = set()
    last_end = 0
    previous_opened = False
    previous_leader = False
    for start, end, (_key, alt) in zip(tokens.starts, tokens.ends, tokens.pairs, strict=True):
        if start < last_end:  # another word of the same chat spelling
            continue
        opens = last_end == 0 or _breaks(text[last_end:start]) or (previous_opened and previous_leader)
        if opens:
            found.add(start)
        previous_opened, previous_leader = opens, alt in leaders
        last_end = end
    return frozenset(found)
