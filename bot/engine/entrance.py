"""A draft at the entrance: what the checks read, and how their spans come back to the draft.

Every finding points at the draft's own characters (`draft[start:end] == excerpt`),
whatever was done for matching:

- what UTF-8 cannot carry (a lone surrogate, which JSON allows as "\\ud800") becomes
  U+FFFD, one character for one, so that no pattern engine ever sees it;
- control and zero-width characters are blanked, one for one (review.prepare);
- decomposed accents (e + U+0301, as macOS and some keyboards send them) are composed
  (NFC) so that words stay whole; one composed character may then stand for several
  of the draft's, and spans are mapped back.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from bot.lazyre import lazy

_SURROGATES = lazy("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def encodable(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (same length, same offsets). Whether it holds one is
    asked of UTF-8, which refuses exactly the surrogates, in one C pass (the regex's search read the draft at
    ~50 instructions a character; an ASCII text holds none: session 27, speed44)."""
    if text.isascii():
        return text
    try:
        text.encode()
    except UnicodeEncodeError:
        return _SURROGATES.sub(REPLACEMENT, text)
    return text


@dataclass(frozen=True)
class Composed:
    """The text the checks read, and where each of its characters came from."""

    text: str
    starts: tuple[int, ...] = ()  # per character: its first offset in the draft (empty: the same text)
    ends: tuple[int, ...] = ()  # per character: the offset after its last character in the draft

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the composed text as a span of the draft."""
        if not self.starts:
            return start, end
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


def compose(text: str) -> Composed:
    """`text` in composed form (NFC) for matching, with the way back to its offsets.
    Each base character and the combining marks after it are composed together."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):  # (ASCII is composed)
        return Composed(text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j]) if j - i > 1 else text[i]
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return Composed("".join(out), tuple(starts), tuple(ends))
