"""Phrase matching over tokens: one pass over a draft serves every phrase list.

A phrase is a run of words, each compared by stem (so "achetez", "achète" and
"acheter" meet), with `*` standing for any one word. Phrase lists are
registered once at load time; `scan` walks a draft's tokens once and returns,
per list, the leftmost-longest non-overlapping matches.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from bot import diskcache
from bot.engine.text import Tokens, tokenize

WILDCARD = "*"
START_CACHE_SIZE = 20_000  # (key, alt) pairs that start a phrase: far fewer in practice
_KEY, _ALT = itemgetter(0), itemgetter(1)  # a word's stem pair: (key, alt)
AFTER_CACHE_SIZE = 200  # next words remembered per start (its own cache, dropped with it): memory stays small


class _Phrase:
    """One phrase of a list, compared by identity. A plain class: a language's first compile makes thousands,
    and a frozen dataclass's __init__ sets each field through object.__setattr__ (~30 % dearer, speed36)."""

    __slots__ = ("list_id", "words")

    def __init__(self, list_id: int, words: Words) -> None:
        self.list_id = list_id
        self.words = words  # (key, alt) per word; None = wildcard


@dataclass(slots=True, eq=False)  # slots, not a NamedTuple: the scan reads its fields at every word
class _Start:
    """The phrases that may start at a word: those of one word or a wildcard second word, and
    the others by their second word's stems (so a common first word tries only a few)."""

    singles: tuple[int, ...]  # lists with a one-word phrase starting here: they match at once
    always: tuple[_Phrase, ...]  # longer phrases whose second word is the wildcard
    by_next: dict[str, tuple[_Phrase, ...]]
    # The next word's (key, alt) -> the longer phrases whose first two words fit (_Next): filled as drafts
    # are scanned, bounded like the starts themselves.
    after: dict[tuple[str, str], _Next]
    longer: bool  # whether any longer phrase starts here (by_next or always): read at every word

    def following(self, pair: tuple[str, str]) -> _Next:
        """The longer phrases that may run on from here when the next word is `pair`: those of two words or
        a wildcard third, and the others by their third word's key and alt (most fail there: speed39)."""
        next_key, next_alt = pair
        found: _Next = ()
        if self.always or next_key in self.by_next or next_alt in self.by_next:  # (most next words: none)
            candidates = self.always + self.by_next.get(next_key, ())
            if next_alt != next_key:
                candidates += self.by_next.get(next_alt, ())
            now: list[_Candidate] = []
            by_key: dict[str, list[_Candidate]] = defaultdict(list)
            by_alt: dict[str, list[_Candidate]] = defaultdict(list)
            for p in dict.fromkeys(candidates):  # (one phrase may be listed under the next word's key and alt)
                words = p.words
                if words[1] is not None and next_key != words[1][0] and next_alt != words[1][1]:
                    continue
                third = words[2] if len(words) > 2 else None
                if third is None:
                    now.append((p.list_id, len(words), _checks(words, 2)))
                else:  # its third word is compared by the lookup: the checks start at the fourth
                    by_key[third[0]].append(entry := (p.list_id, len(words), _checks(words, 3)))
                    by_alt[third[1]].append(entry)
            if now or by_key:
                found = (tuple(now), {k: tuple(v) for k, v in by_key.items()},
                         {k: tuple(v) for k, v in by_alt.items()})
        if len(self.after) > AFTER_CACHE_SIZE:
            self.after.clear()
        self.after[pair] = found
        return found


_Check = tuple[int, str, str]  # (offset, key, alt) of a phrase word from the third on, wildcards left out
_Candidate = tuple[int, int, tuple[_Check, ...]]  # (list id, number of words, its words still to compare)
# The candidates once the next word is known: () for none, else (those compared from their third word on, those
# of a fixed third word by its key, the same by its alt). A draft's third word picks the latter in two look-ups.
_Next = tuple[()] | tuple[tuple[_Candidate, ...], dict[str, tuple[_Candidate, ...]], dict[str, tuple[_Candidate, ...]]]


def _checks(words: Words, first: int) -> tuple[_Check, ...]:
    """What a candidate still compares once its words before `first` fit: each later word but the
    wildcards, with its offset (one flat tuple per word: the scan reads no nested pair)."""
    return tuple((offset, word[0], word[1]) for offset, word in enumerate(words) if offset >= first and word is not None)


Word = Sequence[str]  # (key, alt) of a word
Words = tuple[Word | None, ...]  # a phrase's words; None is the wildcard
CACHE_SIZE = 50_000  # phrases remembered per language


def _words_of(phrase: str, language: str) -> Words:
    """A phrase as the index keeps it: (key, alt) per word, None for the wildcard, none at the end."""
    words: list[Word | None] = []
    for part in phrase.split():
        if part == WILDCARD:
            words.append(None)
        else:
            words.extend(tokenize(part, language).pairs)
    while words and words[-1] is None:
        words.pop()
    return tuple(words)


class _PhraseWords:
    """Each phrase's words, tokenized once: the packs repeat their phrases ("you", "our",
    « vous ») over many lists, and layers compile them again. Kept in the cache folder too
    (bot.diskcache), one file per language, under a name that changes with Coach's engine, the
    chat spellings and the stemmer: a cold start stems no phrase it stemmed before, and reads
    only the words of the language it compiles (a review in English parses no French)."""

    def __init__(self) -> None:
        self.table: dict[str, dict[str, Words]] = {}
        self.key = ""
        self.added: set[str] = set()  # the languages met with new phrases since the last save

    def _name(self, language: str) -> str:
        if not self.key:
            import Stemmer

            from bot.engine.chatspell import table_path

            # (resolved: a venv reached through a symlink names the same stemmer, and the same file)
            self.key = diskcache.code_key(table_path(), Path(Stemmer.__file__).resolve())
        return f"{_WORDS_PREFIX}{language}-{self.key}.m"

    def _load(self, language: str) -> dict[str, Words]:
        found = diskcache.unpack(diskcache.read(self._name(language)))
        if found is not None and isinstance(found[0], dict):  # {phrase: ((key, alt) or None, ...)} as saved
            return found[0]
        return {}

    def known(self, language: str) -> dict[str, Words]:
        """The words of every phrase met in `language` (read from the cache folder on first ask)."""
        known = self.table.get(language)
        if known is None:
            known = self.table[language] = self._load(language)
        return known

    def words(self, phrase: str, language: str) -> Words:
        known = self.known(language)
        found = known.get(phrase)
        if found is None:
            if len(known) > CACHE_SIZE:
                known.clear()
            found = known[phrase] = _words_of(phrase, language)
            self.added.add(language)
        return found

    def save(self) -> None:
        """Write back the file of each language whose compile met new phrases."""
        for language in sorted(self.added):
            data = {phrase: tuple(None if w is None else tuple(w) for w in words)
                    for phrase, words in self.table[language].items()}
            packed = diskcache.pack(data)
            if packed is not None:
                diskcache.write(self._name(language), packed, stale_prefix=f"{_WORDS_PREFIX}{language}-")
        self.added.clear()


_WORDS_PREFIX = "phrase-words-"
PHRASE_WORDS = _PhraseWords()


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
        self._starts: dict[tuple[str, str], _Start] = {}
        # Which kinds of rule (post, plan...) read each list, so that a review of one kind scans
        # only its own lists: the plan rules' hundreds of one-phrase lists are no post's business.
        self.reading: frozenset[str] = frozenset()  # the kinds of the rule being compiled (set by the compiler)
        self._kinds: dict[int, frozenset[str] | None] = {}  # list id -> its readers' kinds; None: every kind
        self._views: dict[str, tuple[frozenset[int] | None, dict[tuple[str, str], _Start]]] = {}

    def used(self, list_id: int) -> None:
        """Note that the rule being compiled reads this list. A list asked for outside a rule's
        compile (no `reading`) may be read by anything: every kind's scan keeps it."""
        had = self._kinds.get(list_id, frozenset())
        if had is None:
            return
        now = had | self.reading if self.reading else None
        if now != had:
            self._kinds[list_id] = now
            self._views.clear()

    def _view(self, kind: str) -> tuple[frozenset[int] | None, dict[tuple[str, str], _Start]]:
        """The lists a review of `kind` reads (None: all of them) and the starts cache kept for it."""
        found = self._views.get(kind)
        if found is None:
            kinds = self._kinds
            wanted = frozenset(i for i in range(self._lists) if (read := kinds.get(i)) is None or kind in read)
            found = self._views[kind] = (None, self._starts) if len(wanted) == self._lists else (wanted, {})
        return found

    def add(self, phrases: list[str]) -> int:
        """Register a list of phrases; returns its id for `scan` results."""
        list_id = self._lists
        self._lists += 1
        by_key, by_alt, words_of, language = self._by_key, self._by_alt, PHRASE_WORDS.words, self.language
        known = PHRASE_WORDS.known(language)  # (looked up here: a method call per phrase was a third of a compile's adds)
        for phrase in phrases:
            words = known.get(phrase)
            if words is None:
                words = words_of(phrase, language)
            if not words or words[0] is None:
                continue
            entry = _Phrase(list_id, words)
            key, alt = words[0]
            by_key[key].append(entry)
            # Always indexed by its folded stem too: a draft word whose own key
            # differs (accents, curly apostrophe) still meets the phrase by alt.
            by_alt[alt].append(entry)
        self._starts.clear()
        self._views.clear()
        self.used(list_id)
        return list_id

    def _starting(self, key: str, alt: str, wanted: frozenset[int] | None = None,
                  starts: dict[tuple[str, str], _Start] | None = None) -> _Start | None:
        """What may start at a word, among the `wanted` lists (None: all), cached in `starts`."""
        starts = self._starts if starts is None else starts
        found = starts.get((key, alt))
        if found is None:
            # A phrase indexed under both its key and its alt is tried once.
            merged = tuple(dict.fromkeys(self._by_key.get(key, []) + self._by_alt.get(alt, [])))
            if wanted is not None:
                merged = tuple(p for p in merged if p.list_id in wanted)
                if not merged:  # it starts only other kinds' phrases: remembered as starting nothing
                    found = starts[(key, alt)] = _Start((), (), {}, {}, False)
                    return found
            if not merged:
                return None
            singles = tuple(dict.fromkeys(p.list_id for p in merged if len(p.words) == 1))
            always = tuple(p for p in merged if len(p.words) > 1 and p.words[1] is None)
            by_next: dict[str, list[_Phrase]] = defaultdict(list)
            for phrase in merged:
                second = phrase.words[1] if len(phrase.words) > 1 else None
                if second is not None:
                    by_next[second[0]].append(phrase)
                    if second[1] != second[0]:
                        by_next[second[1]].append(phrase)
            found = _Start(singles, always, {k: tuple(v) for k, v in by_next.items()}, {},
                           bool(always or by_next))
            if len(starts) > START_CACHE_SIZE:
                starts.clear()
            starts[(key, alt)] = found
        return found

    def _start_of(self, pair: tuple[str, str]) -> _Start | None:
        """What may start at a word not met before (None: most words, which start no phrase)."""
        key, alt = pair
        if key not in self._by_key and alt not in self._by_alt:
            return None
        return self._starting(key, alt)

    def may_start(self, pairs: list[tuple[str, str]]) -> bool:
        """Whether any of these words (stem pairs) starts a phrase of some list; False: `scan` finds
        nothing in them. Asked of the words' keys, then of their alts, each in one pass in C."""
        return not (self._by_key.keys().isdisjoint(map(_KEY, pairs))
                    and self._by_alt.keys().isdisjoint(map(_ALT, pairs)))

    def scan(self, tokens: Tokens, kind: str | None = None) -> dict[int, list[tuple[int, int]]]:
        """Token spans [i, j) per list id, leftmost-longest, non-overlapping within a list; with `kind`, only the
        lists its rules read. Words' starts are looked up in one C loop, new words after it."""
        wanted, starts = (None, self._starts) if kind is None else self._view(kind)
        found: dict[int, list[tuple[int, int]]] = defaultdict(list)
        reach: dict[int, int] = {}  # list id -> token index up to which it is already matched
        pairs = tokens.pairs
        n, far = len(pairs), 0  # far: the furthest token index any list's match reaches
        known = list(map(starts.get, pairs))
        by_key, by_alt, last = self._by_key, self._by_alt, n - 1
        for i, start in enumerate(known):
            if start is None:
                key, alt = pairs[i]  # (most words met for the first time start nothing)
                if key not in by_key and alt not in by_alt or (start := self._starting(key, alt, wanted, starts)) is None:
                    continue
            candidates: tuple[_Candidate, ...] = ()
            if start.longer and i < last:  # only the phrases the next word fits
                after = start.after.get(following := pairs[i + 1])
                if after is None:
                    after = start.following(following)
                if after:  # then those the third word fits (a phrase of a fixed third word listed by both)
                    candidates, third_key, third_alt = after
                    if i + 2 < n and third_key:
                        key, alt = pairs[i + 2]
                        candidates = candidates + third_key.get(key, ()) + third_alt.get(alt, ())
            if not candidates:  # one-word phrases only (most starts): they match here and now
                if not (singles := start.singles):
                    continue
                word = (i, i + 1)  # (a one-word match never runs past the next word: no reach to keep)
                if i >= far:  # no list has a match running past here: nothing to skip
                    for list_id in singles:
                        found[list_id].append(word)
                else:
                    for list_id in singles:
                        if reach.get(list_id, 0) <= i:
                            found[list_id].append(word)
                continue
            best = dict.fromkeys(start.singles, i + 1) if i >= far else {
                list_id: i + 1 for list_id in start.singles if reach.get(list_id, 0) <= i}
            for list_id, length, checks in candidates:  # their first two (or three) words fit already
                if i < far and reach.get(list_id, 0) > i:
                    continue
                end = i + length
                if end > n or end <= best.get(list_id, 0):
                    continue
                for offset, word_key, word_alt in checks:
                    key, alt = pairs[i + offset]
                    if key != word_key and alt != word_alt:
                        break
                else:  # the words fit (most candidates do not): only then is the sentence end looked for
                    if not _crosses_sentence(tokens, i, end):
                        best[list_id] = end
            for list_id, end in best.items():
                found[list_id].append((i, end))
                reach[list_id] = end
                if end > far:
                    far = end
        return found


_SENTENCE_END = re.compile(r"[.!…]+[\"'”»]*\s")


def _crosses_sentence(tokens: Tokens, start: int, end: int) -> bool:
    """Whether a sentence ends between the words [start, end): "last winter. Sales were down" holds no "winter sale"
    (session 21, the lead's hand reading). A full stop inside a figure or an abbreviation ("4.99", "a.m.") ends none,
    nor does an aside's "(sigh!)"; a question runs on into its answer ("Questions? Reply to this email")."""
    folded, starts, ends = tokens.folded, tokens.starts, tokens.ends
    gaps = folded[ends[start] : starts[end - 1]]
    return ("." in gaps or "!" in gaps or "…" in gaps) and any(
        _SENTENCE_END.search(folded, ends[k], starts[k + 1]) for k in range(start, end - 1))
