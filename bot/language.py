"""Which language a draft is in: French or English.

py3langid (its model ships in the wheel, ~15 µs a call) restricted to fr/en,
with two guards it lacks: drafts with too few letters to tell fall back to the
caller's language, and a draft mixing both languages is flagged.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache

from bot.text import fold

SUPPORTED = ("fr", "en")
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Function words only: content words say too little about the language.
_FR = frozenset(["le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "pour", "avec", "dans", "sur", "vous", "nous", "notre", "votre", "vos", "nos", "ce", "cette", "qui", "que", "pas", "ne", "plus", "tres", "aussi", "mais", "ou", "au", "aux", "je", "tu", "il", "elle", "on", "ils", "leur", "sans", "chez"])
_EN = frozenset(["the", "a", "an", "and", "is", "are", "for", "with", "in", "on", "you", "we", "our", "your", "this", "that", "which", "who", "not", "no", "more", "very", "also", "but", "or", "to", "of", "it", "they", "their", "my", "without", "at", "be"])


@dataclass(frozen=True)
class Detection:
    language: str
    confidence: float
    mixed: bool = False
    guessed: bool = False  # too little text to tell: the fallback was used


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED))
    # The identifier keeps the full 142-language weight matrix (28 MB) to allow
    # set_languages(None) later; Coach never widens the set again, so drop it.
    with suppress(AttributeError):  # another py3langid layout: keep it as it is
        identifier._full_model = (identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes)
    return identifier


def warm_up() -> None:
    """Load the model now (half a second, ~70 MB resident) rather than on the first review."""
    _identifier()


SAMPLE = 400  # characters: enough to tell, and detection cost grows with length


def detect(text: str, fallback: str = "en", folded: str | None = None) -> Detection:
    text = text[:SAMPLE]
    words = _WORDS.findall(folded[:SAMPLE] if folded is not None else fold(text))
    if sum(map(len, words)) < 8:
        return Detection(fallback if fallback in SUPPORTED else "en", 0.0, guessed=True)
    fr = sum(map(_FR.__contains__, words))
    en = sum(map(_EN.__contains__, words))
    mixed = min(fr, en) >= 3 and min(fr, en) >= 0.3 * max(fr, en)
    # Function words settle most drafts at once; the model decides the rest.
    if max(fr, en) >= 4 and min(fr, en) * 5 <= max(fr, en):
        return Detection("fr" if fr > en else "en", 1.0, mixed=mixed)
    language, confidence = _identifier().classify(text)
    if confidence < 0.7 and fr != en:
        language = "fr" if fr > en else "en"
    return Detection(language, float(confidence), mixed=mixed)
