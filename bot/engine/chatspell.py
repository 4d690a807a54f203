"""Chat spellings ("u", "pls", "txt"; « slt », « stp », « bcp ») read as the words they stand for.

The table is data: advice/chat-spelling.yaml, one small mapping per language.
Folding happens on a draft's word list, after tokenizing and before stemming,
so phrase lists see "you", "please", "text", « s'il te plaît », while every
word keeps the offsets of the draft's own characters. A spelling of several
words ("jsp": je sais pas) becomes several words on the same span.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot import diskcache

NUMBER = "#number"
_GLUED = frozenset(".&-/'@_")  # "U.S.", "R&D", "u-turn", "w/", "@u": not a chat word


@dataclass(frozen=True)
class Spelling:
    """The words a chat spelling stands for, and when it does."""

    words: tuple[str, ...]  # lower-cased words it stands for
    before: frozenset[str] | None = None  # only when the next word is one of these
    number: bool = False  # ... or a number of 4 digits or more


@dataclass(frozen=True)
class ChatTable:
    """One language's chat spellings, and their keys for a quick look."""

    spellings: dict[str, Spelling]
    keys: frozenset[str]


def table_path() -> Path:
    from bot.engine.rule import bundled_advice_dir

    return bundled_advice_dir() / "chat-spelling.yaml"


def _parse(texts: list[str]) -> dict[str, dict[str, object]]:
    import yaml

    data = yaml.load(texts[0], Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    return {str(lang): {str(k): v for k, v in (entries or {}).items()} for lang, entries in data.items()}


@lru_cache(maxsize=1)
def _raw() -> dict[str, dict[str, object]]:
    """The table's data, read once per process (kept as JSON in the cache folder, bot.diskcache)."""
    return diskcache.derived("chat-spelling", [table_path()], _parse)


def build(entries: dict[str, object], split: Callable[[str], list[str]]) -> ChatTable:
    """A language's table; `split` turns the words a spelling stands for into draft words."""
    spellings: dict[str, Spelling] = {}
    for short, value in entries.items():
        if isinstance(value, dict):
            before = [str(w).lower() for w in value.get("before", ())]
            spellings[short.lower()] = Spelling(tuple(split(str(value["as"]))),
                                                frozenset(w for w in before if w != NUMBER) or None,
                                                NUMBER in before)
        else:
            spellings[short.lower()] = Spelling(tuple(split(str(value))))
    return ChatTable(spellings, frozenset(spellings))


def table(language: str, split: Callable[[str], list[str]]) -> ChatTable:
    return build(_raw().get(language, {}), split)


def _alone(draft: str, start: int, end: int) -> bool:
    """A word of its own: not glued to a dot, an ampersand or a hyphen ("U.S.", "R&D")."""
    before, after = draft[start - 1 : start] if start else "", draft[end : end + 1]
    if before == ".":  # "U.S": glued when a letter comes right before the dot
        if start >= 2 and draft[start - 2].isalnum():
            return False
    elif before in _GLUED:
        return False
    if after == ".":  # "u." ends a sentence; "U.S." does not
        return not draft[end + 1 : end + 2].isalnum()
    return after not in _GLUED


def fold(draft: str, starts: list[int], ends: list[int], surfaces: list[str],
         chat: ChatTable) -> tuple[list[int], list[int], list[str], int]:
    """The word list with chat spellings read as their words; returns it and how many words were added."""
    out_starts: list[int] = []
    out_ends: list[int] = []
    out_words: list[str] = []
    added = 0
    last = len(surfaces) - 1
    for i, word in enumerate(surfaces):
        spelling = chat.spellings.get(word)
        if spelling is not None and (not _alone(draft, starts[i], ends[i])
                                     or (ends[i] - starts[i] == 2 and draft[starts[i] : ends[i]].isupper())):
            spelling = None  # glued ("U.S.", "R&D"), or two capitals: an acronym ("PR", "CC")
        if spelling is not None and (spelling.before is not None or spelling.number):
            following = surfaces[i + 1] if i < last else ""
            if not ((spelling.before is not None and following in spelling.before)
                    or (spelling.number and following.isdigit() and len(following) >= 4)):
                spelling = None
        if spelling is None or not spelling.words:
            out_starts.append(starts[i])
            out_ends.append(ends[i])
            out_words.append(word)
            continue
        for replacement in spelling.words:
            out_starts.append(starts[i])
            out_ends.append(ends[i])
            out_words.append(replacement)
        added += len(spelling.words) - 1
    return out_starts, out_ends, out_words, added
