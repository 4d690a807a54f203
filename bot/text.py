"""French-aware text: folding, tokens with offsets, stems.

Every check works on a `Doc`, built once per draft. Folding keeps one code point
per code point, so offsets in the folded text are offsets in the draft: case,
accents and the two apostrophes (’ and ') compare equal without a second mapping.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

import Stemmer

# French elided articles and pronouns: "l'offre" is matched as "offre".
ELISIONS = frozenset({"l", "d", "j", "s", "m", "t", "n", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})

URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>()\"']+[^\s<>()\"'.,;:!?»]", re.IGNORECASE)
MENTION_RE = re.compile(r"(?<![\w@])@[\w.\-]*\w")
HASHTAG_RE = re.compile(r"(?<![\w#&])#[^\W\d_][\w]*")
WORD_RE = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
# Emoji: pictographs, dingbats, flags, keycaps. Good enough to count them.
EMOJI_RE = re.compile(
    "[\U0001F000-\U0001FAFF\U00002600-\U000027BF\U0001F1E6-\U0001F1FF\u2B50\u2B55\u203C\u2049\u2122\u2139\u231A-\u23FF]"
    "[\uFE0F\u200D\U0001F3FB-\U0001F3FF\U0001F000-\U0001FAFF\u2640\u2642\u2695\u2696\u2708\u2764]*"
)


class _FoldTable(dict):
    """str.translate table that folds one code point to one code point, computed on demand."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        if char in "’‘ʼ`´":
            folded = "'"
        elif char in "‐‑‒–—":
            folded = "-"
        elif char in "«»“”„":
            folded = '"'
        else:
            base = unicodedata.normalize("NFD", char)[0]
            lower = base.lower()
            folded = lower if len(lower) == 1 else char.lower()
            if len(folded) != 1:
                folded = char
        self[code] = ord(folded)
        return ord(folded)


_FOLD = _FoldTable()
_APOSTROPHES = {ord(c): "'" for c in "’‘ʼ`´"}


def fold(text: str) -> str:
    """Lower-case, strip accents, normalise apostrophes, dashes and quotes; same length."""
    return text.translate(_FOLD)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=4)
def stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer({"fr": "french", "en": "english"}[language])


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str  # folded surface form
    key: str  # stem of the accented word, accents then stripped
    alt: str  # stem of the folded word: catches drafts typed without accents


def _split_word(word: str, start: int, language: str) -> list[tuple[int, int]]:
    """Spans of a word's parts: split on hyphens, and on apostrophes in French (elisions).
    English contractions stay whole ("don't", "we're")."""
    separators = r"-" if language == "en" else r"['\-]"
    out: list[tuple[int, int]] = []
    pos = start
    for piece in re.split(f"({separators})", word):
        if piece and piece not in ("'", "-"):
            out.append((pos, pos + len(piece)))
        pos += len(piece)
    return out


def tokenize(draft: str, language: str) -> list[Token]:
    """Word tokens of a draft, with links, mentions and hashtags left out."""
    lowered = draft.lower()
    if len(lowered) != len(draft):  # a few characters lower-case to two code points
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in draft)
    lowered = lowered.translate(_APOSTROPHES)
    folded = fold(draft)
    masked = folded
    for regex in (URL_RE, MENTION_RE, HASHTAG_RE):
        masked = regex.sub(lambda m: " " * (m.end() - m.start()), masked)
    spans: list[tuple[int, int]] = []
    for match in WORD_RE.finditer(masked):
        word = masked[match.start() : match.end()]
        spans.extend(_split_word(word, match.start(), language))
    if language == "fr":
        spans = [
            (s, e)
            for i, (s, e) in enumerate(spans)
            if not (e < len(folded) and folded[e] == "'" and folded[s:e] in ELISIONS and i + 1 < len(spans))
        ]
    surfaces = [lowered[s:e] for s, e in spans]
    folded_words = [folded[s:e] for s, e in spans]
    stem = stemmer(language)
    keys = [strip_accents(k) for k in stem.stemWords(surfaces)]
    alts = stem.stemWords(folded_words)
    return [Token(s, e, f, k, a) for (s, e), f, k, a in zip(spans, folded_words, keys, alts, strict=True)]


def phrase_keys(phrase: str, language: str) -> list[Token]:
    """Tokens of a rule phrase, normalised exactly like a draft's."""
    return tokenize(phrase, language)


@dataclass
class Doc:
    """A draft prepared once for all the checks."""

    text: str
    language: str

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text, self.language)

    @cached_property
    def links(self) -> list[tuple[int, int]]:
        return [m.span() for m in URL_RE.finditer(self.text)]

    @cached_property
    def mentions(self) -> list[tuple[int, int]]:
        return [m.span() for m in MENTION_RE.finditer(self.text)]

    @cached_property
    def hashtags(self) -> list[tuple[int, int]]:
        return [m.span() for m in HASHTAG_RE.finditer(self.text)]

    @cached_property
    def emoji(self) -> list[tuple[int, int]]:
        return [m.span() for m in EMOJI_RE.finditer(self.text)]

    @property
    def word_count(self) -> int:
        return len(self.tokens)
