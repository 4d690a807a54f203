"""Admins' regular expressions: compiled on RE2 (linear time whatever the pattern), run on
the draft as typed or folded, and never taken between two quotations."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import re2

from bot.engine import quoting
from bot.engine.text import Doc, strip_accents


@dataclass(frozen=True)
class Pattern:
    """An admin's regular expression, compiled on RE2 (linear time whatever the pattern).

    Compiled twice: for str, and for bytes, which RE2 scans about four times
    faster; the bytes form is used when the text is ASCII, where byte offsets
    are code-point offsets. Folded patterns run on folded text. Each form is
    compiled the first time a draft needs it: the rules' patterns are first
    matched all at once in one RE2 set (checks/needs.py), so a cold `coach review`
    of one draft compiles only the few that matched. (`compile_regex(..., lazy=False)`
    compiles at once: what validation uses, RE2's error raised there.)
    """

    fold: bool
    source: str  # as compiled (accents stripped when folded)
    options: re2.Options = field(compare=False, repr=False)
    # Each form once compiled (None: not yet). Plain fields, which the interpreter reads fast at
    # every draft, rather than cached properties: read `regex(ascii)` to compile when needed.
    compiled: re2._Regexp | None = field(default=None, init=False, compare=False, repr=False)
    compiled_ascii: re2._Regexp | None = field(default=None, init=False, compare=False, repr=False)

    def regex(self, ascii_: bool) -> re2._Regexp:
        """The form for str (or, `ascii_`, for the bytes of an ASCII text), compiled on first use."""
        found = self.compiled_ascii if ascii_ else self.compiled
        if found is None:
            found = latin1_form(self.source, self.options) if ascii_ else re2.compile(self.source, self.options)
            object.__setattr__(self, "compiled_ascii" if ascii_ else "compiled", found)
        return found

    @property
    def text(self) -> re2._Regexp:
        return self.regex(False)

    @property
    def ascii(self) -> re2._Regexp:
        return self.regex(True)


def latin1_form(source: str, options: re2.Options) -> re2._Regexp:
    """The pattern for the bytes of an ASCII text, compiled as Latin-1: one byte a character, so
    RE2 builds about half the program it builds for UTF-8, and on ASCII text it finds the same
    spans (every character such a text holds is the same byte, and matches the same classes, in
    both). A pattern Latin-1 cannot hold (\\x{202f}, "ſ") compiles as UTF-8 bytes."""
    try:
        raw = source.encode("latin-1")
    except UnicodeEncodeError:
        return re2.compile(source.encode(), options)
    latin = re2.Options()
    latin.case_sensitive = options.case_sensitive
    latin.encoding = re2.Options.Encoding.LATIN1
    latin.log_errors = False  # a refusal here only means the UTF-8 form is used
    try:
        return re2.compile(raw, latin)
    except re2.error:
        return re2.compile(source.encode(), options)


def _options(fold: bool) -> re2.Options:
    options = re2.Options()
    options.case_sensitive = not fold
    return options


# One set of options per case mode, shared by every pattern (never changed once made): a language's
# compile made ~2,000 of them, each a call into RE2's binding (speed55).
_OPTIONS = {True: _options(True), False: _options(False)}


def compile_regex(pattern: str, fold: bool, lazy: bool = True) -> Pattern:
    """The pattern as a review runs it. Lazy by default: the rules' patterns were checked by
    validation (pattern_problem) when their file was read; `lazy=False` raises RE2's error now."""
    source = strip_accents(pattern) if fold else pattern
    found = Pattern(fold, source, _OPTIONS[fold])
    if not lazy:
        found.text  # noqa: B018 (compiled now: RE2's error, if any, raised here)
    return found


_UNANCHORED = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)


def utf8(doc: Doc, fold: bool) -> bytes:
    """The draft (or its folded form) in UTF-8, encoded once for every pattern."""
    key = ("utf-8", fold)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = (doc.folded if fold else doc.text).encode()
    return found


def _byte_spans(regex: re2._Regexp, subject: bytes, wide: bool, first: bool = False) -> list[tuple[int, int]]:
    """The spans re2's finditer yields on `subject`, empty ones left out, read from RE2 directly:
    no Match object per try, no new encoding of the draft per pattern. The same steps as
    re2's own loop: after an empty match, on to the next character (`wide`: the next
    character's first byte)."""
    match = regex._regexp.Match
    spans: list[tuple[int, int]] = []
    pos, end = 0, len(subject)
    while True:
        found = match(_UNANCHORED, subject, pos, end)[0]
        start, stop = found
        if start < 0:
            return spans
        if stop > start:
            spans.append(found)
            if first:
                return spans
        if pos == end:
            return spans
        if pos == stop:
            pos += 1
            while wide and pos < end and subject[pos] & 0xC0 == 0x80:
                pos += 1
        else:
            pos = stop


def _char_spans(subject: bytes, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """UTF-8 byte spans (in order, not overlapping) as character spans."""
    out = []
    at = chars = 0
    for start, stop in spans:
        chars += len(subject[at:start].decode())
        first = chars
        chars += len(subject[start:stop].decode())
        at = stop
        out.append((first, chars))
    return out


def regex_found(pattern: Pattern, doc: Doc) -> bool:
    """Whether `regex_spans` finds anything (what a gate asks): its first match settles it,
    unless that one runs between two quotations (rare: then the whole search says). Asked once
    per draft and pattern: rules gated alike (the correspondence gate) share the answer."""
    key = (_FOUND, pattern.source, pattern.fold)
    memo = doc.memo
    found = memo.get(key)
    if found is None:
        found = memo[key] = _found(pattern, doc)
    return found


_FOUND = "regex-found"


def _found(pattern: Pattern, doc: Doc) -> bool:
    if _UNANCHORED is None:
        return bool(regex_spans(pattern, doc))
    ascii_ = (doc.folded if pattern.fold else doc.text).isascii()
    encoded = utf8(doc, pattern.fold)
    spans = _byte_spans((pattern.compiled_ascii if ascii_ else pattern.compiled) or pattern.regex(ascii_), encoded,
                        not ascii_, first=True)
    if not spans:
        return False
    start, end = spans[0] if ascii_ else _char_spans(encoded, spans)[0]
    return not quoting.between(doc.text, start, end) or bool(regex_spans(pattern, doc))


def matches_at_all(pattern: Pattern, doc: Doc) -> bool:
    """Whether the pattern matches the draft anywhere, an empty match or one between two
    quotations included: what an RE2 set says of it (checks/needs.py asks this instead of the
    set for a language's first draft). True when the pattern does not compile."""
    ascii_ = (doc.folded if pattern.fold else doc.text).isascii()
    try:
        regex = (pattern.compiled_ascii if ascii_ else pattern.compiled) or pattern.regex(ascii_)
    except re2.error:
        return True
    encoded = utf8(doc, pattern.fold)
    if _UNANCHORED is None:
        return regex.search(encoded if ascii_ else encoded.decode()) is not None
    return bool(regex._regexp.Match(_UNANCHORED, encoded, 0, len(encoded))[0][0] >= 0)


def matching_at_all(patterns: list[Pattern], ids: Iterable[int], doc: Doc) -> list[int]:
    """The ids (indexes in `patterns`) of those that match the draft at all, each asked as `matches_at_all` asks
    (the draft's UTF-8 form is encoded once, in the draft's memo, for all of them). The draft's side is read
    once for the batch, the patterns' compiled forms straight from their fields: ~15 candidates a bench
    draft, each one RE2 search and no Python call of its own."""
    if _UNANCHORED is None:
        return [i for i in ids if matches_at_all(patterns[i], doc)]
    found: list[int] = []
    by_mode: dict[bool, tuple[bytes, bool]] = {}
    for i in ids:
        pattern = patterns[i]
        mode = by_mode.get(pattern.fold)
        if mode is None:
            encoded = utf8(doc, pattern.fold)
            mode = by_mode[pattern.fold] = (encoded, (doc.folded if pattern.fold else doc.text).isascii())
        encoded, ascii_ = mode
        regex = pattern.compiled_ascii if ascii_ else pattern.compiled
        if regex is None:
            try:
                regex = pattern.regex(ascii_)
            except re2.error:
                found.append(i)  # as matches_at_all says of a pattern that does not compile
                continue
        if regex._regexp.Match(_UNANCHORED, encoded, 0, len(encoded))[0][0] >= 0:
            found.append(i)
    return found


def regex_spans(pattern: Pattern, doc: Doc) -> list[tuple[int, int]]:
    """Where a pattern matches (empty matches left out), as spans of the draft."""
    target = doc.folded if pattern.fold else doc.text
    ascii_ = target.isascii()
    regex = (pattern.compiled_ascii if ascii_ else pattern.compiled) or pattern.regex(ascii_)
    if _UNANCHORED is not None:
        encoded = utf8(doc, pattern.fold)
        spans = _byte_spans(regex, encoded, not ascii_)
        if spans and not ascii_:
            spans = _char_spans(encoded, spans)
    else:  # a google-re2 without the entry point read above: its public finditer
        subject = target.encode() if ascii_ else target
        spans = [m.span() for m in regex.finditer(subject) if m.end() > m.start()]
    text = doc.text
    if spans and any(quoting.between(text, s, e) for s, e in spans):
        spans = _paired(regex, target.encode() if ascii_ else target, text)
    return spans


def _paired(regex: re2._Regexp, subject: str | bytes, text: str) -> list[tuple[int, int]]:
    """Matches that never run from one quotation's closing mark to the next one's opening
    mark: such a match is dropped and the search goes on from its next character."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos <= len(subject):
        found = regex.search(subject, pos)
        if found is None:
            break
        start, end = found.span()
        if end == start or quoting.between(text, start, end):
            pos = start + 1
            continue
        spans.append((start, end))
        pos = end
    return spans


MAX_PROGRAM = 2_500  # RE2 program size of one pattern: ~2 ms on an 8,000-character draft; the packs' largest is 662


def pattern_problem(pattern: Any, fold: bool) -> str | None:
    """What is wrong with an admin's pattern, compiled exactly as a review will compile it
    (accents folded first when `fold`): not RE2, or too expensive to run on every draft."""
    if not isinstance(pattern, str):
        return "expected text"
    try:
        size = compile_regex(pattern, fold, lazy=False).text.programsize
    except Exception as exc:  # re2.error, and anything a hostile pattern may raise
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        if fold and pattern_problem(pattern, False) is None:
            return (f"not a valid RE2 pattern once accents are folded (reviews match without accents): {detail}; "
                    "write it without accents, or set check.fold: false")
        return f"not a valid RE2 pattern: {detail}"
    if size > MAX_PROGRAM:
        return (f"too expensive: an RE2 program of {size:,} steps, over the {MAX_PROGRAM:,} allowed per pattern "
                "(fewer or smaller counted repeats such as {0,1000} make it cheaper)")
    return None
