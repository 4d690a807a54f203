"""French-aware text: folding, tokens with offsets, stems.

Every check works on a `Doc`, built once per draft. Folding keeps one code point
per code point, so offsets in the folded text are offsets in the draft: case,
accents and the two apostrophes (’ and ') compare equal without a second mapping.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from itertools import compress
from typing import NamedTuple

import Stemmer

from bot.engine import chatspell as chat
from bot.engine.foldtable import FoldTable
from bot.engine.latin1 import shape
from bot.engine.links import URL_FOLDED, URL_RE, links, spans_at
from bot.engine.once import once
from bot.engine.spaced import join_spaced_contractions
from bot.engine.wordcut import cut

# French elided articles and pronouns: "l'offre" is matched as "offre".
ELISIONS = frozenset({"l", "d", "j", "s", "m", "t", "n", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})

MENTION_RE = re.compile(r"(?<![\w@])@[\w.\-]*\w")
HASHTAG_RE = re.compile(r"(?<![\w#&])#[^\W\d_][\w]*")
WORD_RE = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
# Emoji: pictographs, dingbats, flags, keycaps. Good enough to count them.
EMOJI_RE = re.compile(
    "[\U0001F000-\U0001FAFF\U00002600-\U000027BF\U0001F1E6-\U0001F1FF\u2B50\u2B55\u203C\u2049\u2122\u2139\u231A-\u23FF]"
    "[\uFE0F\u200D\U0001F3FB-\U0001F3FF\U0001F000-\U0001FAFF\u2640\u2642\u2695\u2696\u2708\u2764]*"
)


_DIGIT = re.compile(r"\d")
_NUMBER_RUN = re.compile(r"\d\d*(?:[.,]\d+)*")  # \d\d*, not \d+: see _WORD
_SHAPE_NUMBER_RUN = re.compile(rb"00*(?:[.,]00*)*")  # the same in a Latin-1 text's shape (latin1.py), found as a literal


_FOLD = FoldTable()
_APOSTROPHES = "’‘ʼ`´"
# The fold of the first 256 code points as a bytes table, when each folds within them (it does:
# "é" to "e", "«" to '"'): str.translate reads a dict per character once a text is not ASCII (a
# French draft), bytes.translate one table cell.
_LATIN1 = bytes(_FOLD[c] for c in range(256)) if all(_FOLD[c] < 256 for c in range(256)) else None
_WIDE = re.compile("([^\x00-\xff]+)")  # runs beyond Latin-1: ’ “ ” … œ €, emoji


def fold(text: str) -> str:
    """Lower-case, strip accents, normalise apostrophes, dashes and quotes; same length."""
    if text.isascii() or _LATIN1 is None:  # bytes.translate: str.translate reads its dict a character at a time (speed44)
        return text.encode("ascii").translate(_LATIN1).decode("ascii") if _LATIN1 else text.translate(_FOLD)
    try:
        return text.encode("latin-1").translate(_LATIN1).decode("latin-1")
    except UnicodeEncodeError:
        pass
    pieces = _WIDE.split(text)  # Latin-1 and wider runs in turn: a few curly apostrophes in a French draft
    if len(pieces) > 8 + len(text) // 32:  # mostly wider text (Cyrillic, Greek...): one pass is cheaper
        return text.translate(_FOLD)
    pieces[::2] = [p.encode("latin-1").translate(_LATIN1).decode("latin-1") for p in pieces[::2]]
    pieces[1::2] = [p.translate(_FOLD) for p in pieces[1::2]]
    return "".join(pieces)


def _straight_apostrophes(text: str) -> str:
    """Curly and other apostrophes as "'" (str.replace per kind present: faster than a translate
    table once the text is not ASCII)."""
    for mark in _APOSTROPHES:
        if mark in text:
            text = text.replace(mark, "'")
    return text


def strip_accents(text: str) -> str:
    if text.isascii():  # no accent to strip (NFD leaves ASCII as it is): most patterns and phrases
        return text
    decomposed = unicodedata.normalize("NFD", text)  # each kind of mark then taken out in one C pass (3x faster)
    marks = {c for c in set(decomposed) if unicodedata.combining(c)}
    return reduce(lambda kept, mark: kept.replace(mark, ""), marks, decomposed)


@lru_cache(maxsize=4)
def stemmer(language: str) -> Stemmer.Stemmer:
    # No PyStemmer cache (10,000 words by default): _STEMS below caches per word already,
    # and a second cache would only hold the words that one misses.
    return Stemmer.Stemmer({"fr": "french", "en": "english"}[language], 0)


class Token(NamedTuple):
    start: int
    end: int
    text: str  # folded surface form
    key: str  # stem of the accented word, accents then stripped
    alt: str  # stem of the folded word: catches drafts typed without accents


# French splits on apostrophes (elisions) and hyphens; English keeps contractions whole.
# X then X* rather than X+: a pattern that opens with a plain character set lets Python's re skip in C
# to where it can match, instead of trying the whole pattern at every position.
_WORD = {"fr": re.compile(r"[^\W_][^\W_]*"), "en": re.compile(r"[^\W_][^\W_]*(?:'[^\W_]+)*")}
# The same for ASCII text, where [^\W_] is [a-zA-Z0-9]: a plain set, no Unicode lookup per character.
_ASCII_WORD = {"fr": re.compile(r"[a-zA-Z0-9][a-zA-Z0-9]*"),
               "en": re.compile(r"[a-zA-Z0-9][a-zA-Z0-9]*(?:'[a-zA-Z0-9]+)*")}
_SPAN = re.Match.span  # below: the word patterns as one group for re.split (round 42; no match object a word)
_SPLIT = {language: re.compile(f"({regex.pattern})") for language, regex in _WORD.items()}
_ASCII_SPLIT = {language: re.compile(f"({regex.pattern})") for language, regex in _ASCII_WORD.items()}
NON_WORDS = re.compile("|".join(f"(?:{r.pattern})" for r in (URL_RE, MENTION_RE, HASHTAG_RE)), re.IGNORECASE)


class Tokens:
    """A draft's words as parallel lists (cheaper than one object per word):
    offsets, and per word its (key, alt) stem pair."""

    __slots__ = ("starts", "ends", "pairs", "folded", "extra", "_texts")

    def __init__(self, starts: list[int], ends: list[int], pairs: list[tuple[str, str]], folded: str,
                 extra: int = 0, texts: list[str] | None = None):
        self.starts, self.ends, self.pairs, self.folded = starts, ends, pairs, folded
        self.extra = extra  # tokens added by chat spellings of several words ("jsp": je sais pas)
        self._texts = texts  # the words' folded texts when tokenize had them already (else sliced when asked)

    @property
    def words(self) -> int:
        """How many words the draft has (a chat spelling read as several words counts once)."""
        return len(self.starts) - self.extra

    def letters(self) -> int:
        """Characters inside words."""
        if not self.extra:
            return sum(self.ends) - sum(self.starts)
        return sum(e - s for s, e in set(zip(self.starts, self.ends, strict=True)))

    @property
    def keys(self) -> list[str]:
        return [pair[0] for pair in self.pairs]

    @property
    def alts(self) -> list[str]:
        return [pair[1] for pair in self.pairs]

    @property
    def texts(self) -> list[str]:
        if self._texts is not None:
            return list(self._texts)
        return [self.folded[s:e] for s, e in zip(self.starts, self.ends, strict=True)]

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> Token:
        return Token(self.starts[i], self.ends[i], self.folded[self.starts[i] : self.ends[i]], *self.pairs[i])

    def __iter__(self):
        return (self[i] for i in range(len(self.starts)))


def non_word_spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Links, mentions and hashtags: what is not the draft's own words."""
    spans = spans_at(folded, ("http", "www."), URL_FOLDED)
    if "@" in text:
        spans += spans_at(text, ("@",), MENTION_RE)
    if "#" in text:
        spans += spans_at(text, ("#",), HASHTAG_RE)
    return sorted(spans)


def tokenize(draft: str, language: str, folded: str | None = None) -> Tokens:
    """Word tokens of a draft, with links, mentions and hashtags left out."""
    folded = fold(draft) if folded is None else folded
    masked = folded
    hidden = non_word_spans(draft, folded)
    if hidden:
        pieces, last = [], 0
        for start, end in hidden:
            if start >= last:
                pieces += [folded[last:start], " " * (end - start)]
                last = end
        masked = "".join(pieces) + folded[last:]
    bounds, found = cut(masked, language, (_ASCII_SPLIT if masked.isascii() else _SPLIT)[language])  # wordcut.py
    starts, ends = bounds[0:-1:2], bounds[1::2]  # found: the words as matched
    spaced = " ' " in masked  # tokenised text: "don ' t", "I ' m", « j ' ai », « l ' offre »
    joined = spaced and language == "en"
    if joined:
        starts, ends = join_spaced_contractions(masked, starts, ends)
    if language == "fr" and "'" in masked:
        starts, ends, found = _drop_elisions(masked, spaced, starts, ends, found)
    if draft.isascii() and not joined:
        # An ASCII draft's words lower-cased are its folded words ("`" straightened both ways):
        # the matches' own text, without slicing the draft again.
        surfaces = found
    else:
        lowered = draft.lower()
        if len(lowered) != len(draft):  # a few characters lower-case to two code points
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in draft)
        if "'" in masked:
            lowered = _straight_apostrophes(lowered)
        surfaces = [lowered[s:e] for s, e in zip(starts, ends, strict=True)]
        if joined:
            surfaces = [w.replace(" ' ", "'") if " ' " in w else w for w in surfaces]
    extra = 0
    # An ASCII draft's surfaces are its folded words' texts (the matches' own text), until chat spellings change them.
    texts = surfaces if draft.isascii() and not joined else None
    spellings = chat_table(language)
    if not spellings.keys.isdisjoint(surfaces):
        starts, ends, surfaces, extra = chat.fold(draft, starts, ends, surfaces, spellings)
        texts = None
    pairs = list(map(_STEMS[language].get, surfaces))
    if None in pairs:
        pairs = _with_new_words(surfaces, pairs, language)
    return Tokens(starts, ends, pairs, folded, extra, texts)  # type: ignore[arg-type]


def _with_new_words(surfaces: list[str], pairs: list[tuple[str, str] | None], language: str) -> list[tuple[str, str]]:
    """`pairs` with the words never met (None) stemmed and remembered, filled from what was just
    stemmed (a word alone without lists): ~4.5 -> ~2 µs a new word, one in every other message
    of a bench import; before, a full cache was emptied and the draft's words stemmed again."""
    known = _STEMS[language]
    if pairs.count(None) == 1:  # the usual case: one new word
        at = pairs.index(None)
        pairs[at] = known[surfaces[at]] = _stem_pair(surfaces[at], language)
    else:
        missing = list(dict.fromkeys(word for word, pair in zip(surfaces, pairs, strict=True) if pair is None))
        made = dict(zip(missing, _stem_pairs(missing, language), strict=True))
        known.update(made)
        pairs = [made[word] if pair is None else pair for word, pair in zip(surfaces, pairs, strict=True)]
    if len(known) > STEM_CACHE_SIZE:  # a bounded cache: memory stays flat whatever the vocabulary
        known.clear()
    return pairs  # type: ignore[return-value]


def _drop_elisions(masked: str, spaced: bool, starts: list[int], ends: list[int],
                   found: list[str]) -> tuple[list[int], list[int], list[str]]:
    """A French draft's words without their elided articles (« l' », « d' », « qu' »): the few
    dropped are marked, not every word tested."""
    drop = set()
    p = masked.find("'")
    while p != -1:
        i = bisect_left(ends, p - 1 if spaced and masked[p - 1 : p] == " " else p)
        if i + 1 < len(ends) and ends[i] in (p, p - 1) and masked[starts[i] : ends[i]] in ELISIONS:
            drop.add(i)
        p = masked.find("'", p + 1)
    if not drop:
        return starts, ends, found
    kept = [True] * len(starts)
    for i in drop:
        kept[i] = False
    return list(compress(starts, kept)), list(compress(ends, kept)), list(compress(found, kept))


def split_words(text: str, language: str) -> list[str]:
    """Lower-cased words of a short text, as tokenize cuts them (French elisions left out)."""
    lowered = _straight_apostrophes(text.lower())
    words = []
    for match in _WORD[language].finditer(lowered):
        elided = language == "fr" and lowered[match.end() : match.end() + 1] == "'" and match.group() in ELISIONS
        if not elided:
            words.append(match.group())
    return words


@lru_cache(maxsize=4)
def chat_table(language: str) -> chat.ChatTable:
    """The chat spellings of a language (advice/chat-spelling.yaml)."""
    return chat.table(language, lambda words: split_words(words, language))


# Stems per lower-cased word and language. About 300 bytes a word: 20,000 words
# (~6 MB) hold a team's everyday vocabulary; rarer words (names, typos) are
# stemmed again after the cache is emptied, which is cheap.
STEM_CACHE_SIZE = 20_000
_STEMS: dict[str, dict[str, tuple[str, str]]] = {"fr": {}, "en": {}}


# French determiners the stemmer folds into others: « les » is not « le », « des » not « de »,
# and « dès » (from: « dès 30 € ») is not « des » (some). Each is its own word, accent kept.
_WHOLE = {"fr": frozenset({"les", "des", "dès", "ces", "ses", "mes", "tes", "aux"}), "en": frozenset()}


# English stems that Snowball takes down to another word's: "-ful" goes ("handful" is "hand", "useful" is "use",
# "wonderful" is "wonder"), so a list's "a handful" met "a hand-written card" and "use" met "useful" (session 21, the
# lead's hand reading). The suffix is kept on the stem: "helpful" and "helpfully" still meet each other, not "help".
# "business" and "busy" share "busi": the noun keeps its own; "thankful" still thanks.
_FUL = ("ful", "fuls", "fully", "fulness")
_OWN_STEM = {"en": {"business": "business", "businesses": "business", "thankful": "thank"}, "fr": {}}


def _suffix_kept(word: str, stem: str, language: str) -> str:
    """The stem, with what Snowball took away that changes the word's meaning (English only)."""
    if language != "en":
        return stem
    own = _OWN_STEM["en"].get(word)
    if own is not None:
        return own
    if word.endswith(_FUL) and not stem.endswith("ful"):
        return stem + "ful"
    return stem


def _stem_pair(word: str, language: str) -> tuple[str, str]:
    """_stem_pairs([word], language)[0] without the lists."""
    if word in _WHOLE[language]:
        return word, word
    stem = stemmer(language)
    key, alt = fold(stem.stemWord(word)), stem.stemWord(fold(word))
    if language == "en" and (word.endswith(_FUL) or word in _OWN_STEM["en"]):
        return _suffix_kept(word, key, language), _suffix_kept(word, alt, language)
    return key, alt


def _stem_pairs(words: list[str], language: str) -> list[tuple[str, str]]:
    """(key, alt) per lower-cased word: the stem of the word with its accents then
    stripped, and the stem of the word folded first."""
    stem = stemmer(language)
    stems = stem.stemWords(words)
    keys = fold("\x00".join(stems)).split("\x00") if len(stems) > 1 else [fold(stems[0])]  # fold: per character
    alts = stem.stemWords(list(map(fold, words)))
    pairs = list(zip(keys, alts, strict=True))
    whole = _WHOLE[language]
    if whole and not whole.isdisjoint(words):
        pairs = [(w, w) if w in whole else pair for w, pair in zip(words, pairs, strict=True)]
    if language == "en":
        pairs = [
            (_suffix_kept(w, k, "en"), _suffix_kept(w, a, "en")) if w.endswith(_FUL) or w in _OWN_STEM["en"] else (k, a)
            for w, (k, a) in zip(words, pairs, strict=True)
        ]
    return pairs


def phrase_keys(phrase: str, language: str) -> list[Token]:
    """Tokens of a rule phrase, normalised exactly like a draft's."""
    return list(tokenize(phrase, language))


@dataclass
class Doc:
    """A draft prepared once for all the checks."""

    text: str
    language: str
    folded: str = field(default="")
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # measures computed once per draft

    def __post_init__(self) -> None:
        if not self.folded:
            self.folded = fold(self.text)

    @once
    def tokens(self) -> Tokens:
        return tokenize(self.text, self.language, self.folded)

    @once
    def links(self) -> list[tuple[int, int]]:
        return links(self.folded)

    @once
    def mentions(self) -> list[tuple[int, int]]:
        return spans_at(self.text, ("@",), MENTION_RE)

    @once
    def hashtags(self) -> list[tuple[int, int]]:
        return spans_at(self.text, ("#",), HASHTAG_RE)

    @once
    def shape(self) -> bytes | None:
        """The draft's capitals, figures and other characters, one byte each (None: not Latin-1; latin1.py)."""
        return shape(self.text)

    @once
    def emoji(self) -> list[tuple[int, int]]:  # every emoji lies beyond Latin-1
        return [] if self.shape is not None else [m.span() for m in EMOJI_RE.finditer(self.text)]

    @once
    def numbers(self) -> list[tuple[int, int]]:
        """Runs of figures ("0800", "19,90", "80082"): where number measures look."""
        text = self.text
        if self.shape is not None:  # Latin-1: figures are b"0" in the shape, "." and "," themselves
            return list(map(_SPAN, _SHAPE_NUMBER_RUN.finditer(self.shape)))
        if not _DIGIT.search(text):
            return []
        return list(map(_SPAN, _NUMBER_RUN.finditer(text)))

    @property
    def word_count(self) -> int:
        return self.tokens.words
