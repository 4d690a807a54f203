"""Phrase matching over tokens: one pass over a draft serves every phrase list.

A phrase is a run of words, each compared by stem (so "achetez", "achète" and
"acheter" meet), with `*` standing for any one word. Phrase lists are
registered once at load time; `scan` walks a draft's tokens once and returns,
per list, the leftmost-longest non-overlapping matches.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bot.text import Tokens, tokenize

WILDCARD = "*"
START_CACHE_SIZE = 20_000  # (key, alt) pairs that start a phrase: far fewer in practice


@dataclass(frozen=True, slots=True)
class _Phrase:
    list_id: int
    words: tuple[tuple[str, str] | None, ...]  # (key, alt) per word; None = wildcard


class PhraseIndex:
    """All the phrase lists of one language."""

    def __init__(self, language: str):
        self.language = language
        self._lists = 0
        self._by_key: dict[str, list[_Phrase]] = defaultdict(list)
        self._by_alt: dict[str, list[_Phrase]] = defaultdict(list)
        # (key, alt) of a draft word -> the phrases that may start there. Only words that
        # start some phrase are cached: the cache is bounded by the lexicons, not by the
        # vocabulary of what is scanned (an import of a million messages keeps it small).
        self._starts: dict[tuple[str, str], tuple[_Phrase, ...]] = {}

    def add(self, phrases: list[str]) -> int:
        """Register a list of phrases; returns its id for `scan` results."""
        list_id = self._lists
        self._lists += 1
        for phrase in phrases:
            words: list[tuple[str, str] | None] = []
            for part in phrase.split():
                if part == WILDCARD:
                    words.append(None)
                else:
                    parsed = tokenize(part, self.language)
                    words.extend(parsed.pairs)
            while words and words[-1] is None:
                words.pop()
            if not words or words[0] is None:
                continue
            entry = _Phrase(list_id, tuple(words))
            key, alt = words[0]
            self._by_key[key].append(entry)
            # Always indexed by its folded stem too: a draft word whose own key
            # differs (accents, curly apostrophe) still meets the phrase by alt.
            self._by_alt[alt].append(entry)
        self._starts.clear()
        return list_id

    def _starting(self, key: str, alt: str) -> tuple[_Phrase, ...]:
        found = self._starts.get((key, alt))
        if found is None:
            merged = self._by_key.get(key, []) + self._by_alt.get(alt, [])
            found = tuple(dict.fromkeys(merged))  # a phrase indexed under both is tried once
            if not found:
                return found
            if len(self._starts) > START_CACHE_SIZE:
                self._starts.clear()
            self._starts[(key, alt)] = found
        return found

    def scan(self, tokens: Tokens) -> dict[int, list[tuple[int, int]]]:
        """Token spans [i, j) per list id, leftmost-longest, non-overlapping within a list."""
        found: dict[int, list[tuple[int, int]]] = defaultdict(list)
        reach: dict[int, int] = {}  # list id -> token index up to which it is already matched
        starts, starting, by_key, by_alt = self._starts, self._starting, self._by_key, self._by_alt
        pairs = tokens.pairs
        n = len(pairs)
        for i in range(n):
            candidates = starts.get(pairs[i])
            if candidates is None:
                key, alt = pairs[i]
                if key not in by_key and alt not in by_alt:
                    continue  # most words start no phrase
                candidates = starting(key, alt)
            best: dict[int, int] = {}
            for entry in candidates:
                list_id = entry.list_id
                if reach.get(list_id, 0) > i:
                    continue
                words = entry.words
                end = i + len(words)
                if end > n or end <= best.get(list_id, 0):
                    continue
                for offset in range(1, len(words)):
                    word = words[offset]
                    if word is not None:
                        key, alt = pairs[i + offset]
                        if key != word[0] and alt != word[1]:
                            break
                else:
                    best[list_id] = end
            for list_id, end in best.items():
                found[list_id].append((i, end))
                reach[list_id] = end
        return found
