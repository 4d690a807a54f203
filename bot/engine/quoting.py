"""Quotation marks around the draft's own words.

Two rules a reader expects: an excerpt shown inside quotation marks never nests
the same marks (“He said ‘now’”, « Il a dit “maintenant” »), and a match never
runs from one quotation's closing mark to the next one's opening mark
(`"Hi" and then "` is not a quotation).
"""

from __future__ import annotations

QUOTES = frozenset('«»“”„"')
_OPENING = frozenset("«“„")
_CLOSING = frozenset("»”")
# The marks an excerpt's own quotation marks become inside the message's marks.
_INNER = {"en": ("‘", "’"), "fr": ("“", "”")}


def opens(text: str, i: int) -> bool:
    """Whether the mark at `i` opens a quotation (straight marks alternate from the start)."""
    char = text[i]
    if char in _OPENING:
        return True
    if char in _CLOSING:
        return False
    return text.count('"', 0, i) % 2 == 0


def between(text: str, start: int, end: int) -> bool:
    """A span that starts on a closing mark or ends on an opening one runs between two quotations."""
    if end <= start:
        return False
    if text[start] in QUOTES and not opens(text, start):
        return True
    last = end - 1
    return last > start and text[last] in QUOTES and opens(text, last)


def inner(excerpt: str, language: str) -> str:
    """The excerpt as it should sit inside the message's own quotation marks: its enclosing
    marks dropped, the marks inside it changed to the inner kind."""
    text = excerpt.strip()
    if len(text) >= 2 and text[0] in QUOTES and text[-1] in QUOTES:
        text = text[1:-1].strip()
    if QUOTES.isdisjoint(text):
        return text
    left, right = _INNER.get(language, _INNER["en"])
    out = []
    for i, char in enumerate(text):
        if char in QUOTES:
            out.append(left if opens(text, i) else right)
        else:
            out.append(char)
    return "".join(out)


def _inside(text: str, i: int) -> bool:
    """Whether a boundary at `i` falls inside a word or a number: between two letters or digits, or
    in a number's separator ("$2|,500", "£9|.99")."""
    if i <= 0 or i >= len(text):
        return False
    before, after = text[i - 1], text[i]
    if before.isalnum() and after.isalnum():
        return True
    if after in ".," and before.isdigit():
        return i + 1 < len(text) and text[i + 1].isdigit()
    if before in ".," and after.isdigit():
        return i >= 2 and text[i - 2].isdigit()
    return False


def whole(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to whole words and numbers: a stem's match ("reflnanc" in "reflnanced") or a
    pattern that stops on a number's first digit ("earn $1" of "earn $1,000") quotes the draft's
    whole word, so an excerpt never reads "only £7" for "only £795", nor « à dimanche » for « jusqu'à dimanche »."""
    while _inside(text, start):
        start -= 1
    while start >= 2 and text[start - 1] in "'’" and text[start - 2].isalpha():  # a French elision: « jusqu'à », « l'offre »
        start -= 2
        while _inside(text, start):
            start -= 1
    while _inside(text, end):
        end += 1
    return start, end
