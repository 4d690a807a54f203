"""Plan patterns that hold admin-written words run on RE2: linear time whatever an admin writes in
advice/plans/vocabulary, where Python's backtracking `re` could take exponential time on a nested
repeat ("\\w*" as a filler inside a repeated group).

    linear(pattern) -> Regex                      a pattern on RE2 (RE2 has no look-around)
    parts(patterns) -> (Regex, …)                 an alternation, split when RE2's DFA would run out of memory
    subject(text) -> str                          the text as RE2 reads Python's spaces, same offsets
    search(regex, text, pos, endpos) -> Hit       re's search and match, on RE2, in characters
    match(regex, text, pos, endpos) -> Hit
    found(forms, text, pos) -> (form, Hit)…       an alternation of forms, each with its own check

RE2 has no look-around: what a look-around asked becomes a check on the characters around a match
(`Form.check`), and a form refused by its check is tried again one character on, as Python's engine
moves on when a look-around fails. Patterns made only of our own constants stay on `re`.

re2's own Match converts the whole text between characters and UTF-8 bytes at each search; here a
text is encoded once (and a search bounded by `endpos` reads only its window), so that many
searches in one long plan stay linear.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import re2

Regex = re2._Regexp
_log = logging.getLogger(__name__)
_NEVER = r"[^\s\S]"  # matches nowhere
_UNANCHORED, _START = re2._Anchor.UNANCHORED, re2._Anchor.ANCHOR_START

# Python's \s knows these; RE2's \s is [\t\n\f\r ]: they are read as plain spaces (no-break spaces in
# « 20 000 », « objectif : », line separators of pasted text).
_ODD_SPACES = {n: " " for n in range(0x3001) if chr(n).isspace() and chr(n) not in "\t\n\f\r "}
_ODD_ASCII = frozenset(chr(n) for n in _ODD_SPACES if n < 128)


def linear(pattern: str) -> Regex:
    """`pattern` on RE2. The validation keeps out what RE2 refuses and entries too big, but many big
    entries together can still make a pattern RE2 will not compile (pattern too large): that pattern
    then matches nowhere, logged, rather than the review failing."""
    try:
        return re2.compile(pattern)
    except re2.error as exc:
        _log.warning("plan vocabulary: a pattern of %s characters left out: %s", f"{len(pattern):,}", exc)
        return re2.compile(_NEVER)


# RE2 program steps in one alternation of readings.yaml: a reading past ~16,000 (French being-seen, round 28)
# ran RE2's DFA out of memory on a plan ("DFA out of memory", then the slow NFA), so a bigger one is split.
MAX_ALTERNATION = 12_000


def parts(alternatives: tuple[str, ...], budget: int = MAX_ALTERNATION) -> tuple[Regex, ...]:
    """A reading's patterns as one RE2 alternation, or as several when one would be over `budget` steps
    (each part under it, the patterns kept in their order): run them with `found`, as one alternation."""
    whole = linear("|".join(f"(?:{a})" for a in alternatives))
    if whole.programsize <= budget or len(alternatives) < 2:
        return (whole,)
    groups: list[list[str]] = [[]]
    size = 0
    for pattern in alternatives:
        cost = linear(pattern).programsize
        if groups[-1] and size + cost > budget:
            groups.append([])
            size = 0
        groups[-1].append(pattern)
        size += cost
    return tuple(linear("|".join(f"(?:{a})" for a in part)) for part in groups)


@lru_cache(maxsize=8)
def subject(text: str) -> str:
    """`text` with the spaces RE2's \\s does not know made plain spaces (same offsets): kept for the
    few readings of one review that run on it."""
    if text.isascii() and _ODD_ASCII.isdisjoint(text):
        return text
    return text.translate(_ODD_SPACES)


@lru_cache(maxsize=256)
def _groups(regex: Regex) -> dict[str, int]:
    return dict(regex.groupindex)


class Hit:
    """A match of RE2 in a str, its spans in characters (re.Match's ways: span, start, end, group,
    groupdict, by number or by name; -1 for a group that took no part)."""

    __slots__ = ("regex", "string", "_spans")

    def __init__(self, regex: Regex, string: str, spans: list[tuple[int, int]]) -> None:
        self.regex, self.string, self._spans = regex, string, spans

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._spans[_groups(self.regex)[group] if isinstance(group, str) else group]

    def start(self, group: int | str = 0) -> int:
        return self.span(group)[0]

    def end(self, group: int | str = 0) -> int:
        return self.span(group)[1]

    def group(self, group: int | str = 0) -> str | None:
        start, end = self.span(group)
        return None if start < 0 else self.string[start:end]

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(index) for name, index in _groups(self.regex).items()}


Match = Hit | re.Match[str]
Check = Callable[[str, Match], bool]  # (the text searched, a match): whether a look-around would let it be


def _encoded(text: str) -> tuple[bytes, list[int] | None, list[int] | None]:
    """The text in UTF-8 and the offsets between its characters and its bytes: a long text encoded
    once for its many searches, a short one (an aim's sentence) each time, so that short ones never
    push the long ones out."""
    return _encode(text) if len(text) < 1024 else _encode_kept(text)


@lru_cache(maxsize=4)
def _encode_kept(text: str) -> tuple[bytes, list[int] | None, list[int] | None]:
    return _encode(text)


def _encode(text: str) -> tuple[bytes, list[int] | None, list[int] | None]:
    """The text in UTF-8 (a lone surrogate kept as its three bytes), and the offsets between its
    characters and its bytes (None when it is ASCII: the same)."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data) == len(text):
        return data, None, None
    to_byte, to_char = [], []
    at = 0
    for i, c in enumerate(text):
        to_byte.append(at)
        size = 1 if c < "\x80" else 2 if c < "\u0800" else 3 if c < "\U00010000" else 4
        to_char += [i] * size
        at += size
    return data, to_byte + [at], to_char + [len(text)]


def _run(regex: Regex, anchor: object, text: str, pos: int, endpos: int | None) -> Hit | None:
    if endpos is not None and endpos < len(text):  # as Python's endpos: the text ends there, for $ and \b too
        low = max(0, pos - 1)  # one character before, for a \b at pos
        found = _run(regex, anchor, text[low:endpos], pos - low, None)
        if found is None:
            return None
        return Hit(regex, text, [(s + low, e + low) if s >= 0 else (s, e) for s, e in found._spans])
    data, to_byte, to_char = _encoded(text)
    pos = min(max(pos, 0), len(text))
    start = pos if to_byte is None else to_byte[pos]
    spans = regex._regexp.Match(anchor, data, start, len(data))
    if spans[0][0] < 0:
        return None
    if to_char is not None:
        spans = [(to_char[s], to_char[e]) if s >= 0 else (s, e) for s, e in spans]
    return Hit(regex, text, list(spans))


def search(regex: Regex, text: str, pos: int = 0, endpos: int | None = None) -> Hit | None:
    """The first match from `pos` (and before `endpos`, where the text is read as ending)."""
    return _run(regex, _UNANCHORED, text, pos, endpos)


def match(regex: Regex, text: str, pos: int = 0, endpos: int | None = None) -> Hit | None:
    """A match starting at `pos` (and ending by `endpos`, where the text is read as ending)."""
    return _run(regex, _START, text, pos, endpos)


@dataclass(frozen=True)
class Form:
    """One alternative of an alternation, on RE2 or on Python's re. `check`: what a look-around asked,
    read on the match's surroundings. `keep`: the group that is the match, when the pattern consumes a
    character a look-ahead only looked at; the next search starts at its end. `retreat`: a match the
    check refuses is tried shorter at the same place (a few times: the text read as ending one
    character before), as backtracking into an optional part would ("all of New York who rent" is
    "all of New")."""

    regex: Regex | re.Pattern[str]
    check: Check | None = None
    keep: str = ""
    retreat: bool = False

    def end(self, found: Match) -> int:
        return found.end(self.keep) if self.keep else found.end()

    def search(self, text: str, pos: int) -> Match | None:
        return self.regex.search(text, pos) if isinstance(self.regex, re.Pattern) else search(self.regex, text, pos)


_RETREATS = 4  # shorter tries at one place, at most
# Refused matches per form in one text, at most: a plan's text has had 2 at most (bench/plans and 3,000
# corpus texts), while an entry that reads anything (".*") is refused at every place of a long line, each
# refusal a search to its end: past this many, the form finds nothing more, so the review stays linear.
_REFUSALS = 100


def _first(form: Form, text: str, pos: int, refusals: list[int]) -> Match | None:
    """The form's first match from `pos` that its check accepts (a refused one: tried again one character
    on); `refusals`: how many more it may refuse in this text (one box, counted down)."""
    while pos <= len(text) and refusals[0] > 0:
        found = form.search(text, pos)
        if found is None or form.check is None or form.check(text, found):
            return found
        refusals[0] -= 1
        if form.retreat and isinstance(form.regex, Regex):
            shorter: Match | None = found
            for _ in range(_RETREATS):
                if shorter is None or shorter.end() <= found.start() + 1:
                    break
                shorter = match(form.regex, text, found.start(), shorter.end() - 1)
                if shorter is not None and form.check(text, shorter):
                    return shorter
        pos = found.start() + 1
    return None


def found(forms: tuple[Form, ...], text: str, pos: int = 0) -> Iterator[tuple[int, Match]]:
    """The matches of `A|B|…` from `pos` as Python's finditer finds them (one by one, as asked): from
    left to right, not overlapping, the first form winning where two start at the same place, empty
    matches left out. Each form runs on its own, so that a check refusing one form at a place leaves
    the next forms their chance there."""
    refusals = [[_REFUSALS] for _ in forms]
    nexts: list[Match | None] = [_first(form, text, pos, refusals[i]) for i, form in enumerate(forms)]
    while True:
        starts = [(m.start(), i) for i, m in enumerate(nexts) if m is not None]
        if not starts:
            return
        best = min(starts)[1]
        hit = nexts[best]
        assert hit is not None
        end = forms[best].end(hit)
        pos = end if end > hit.start() else hit.start() + 1
        if end > hit.start():
            yield best, hit
        nexts = [m if m is None or m.start() >= pos else _first(forms[i], text, pos, refusals[i]) for i, m in enumerate(nexts)]
