"""Reading a big JSON export one element at a time, with bounded memory whatever it holds.

    stream = JsonStream(handle)            # a binary file, a zip member...
    for key in stream.members():           # the top-level object, key by key
        if key == "messages":
            for message in stream.items(): ...
        else:
            header[key] = stream.value()

Each element is decoded by the standard library's C decoder (`raw_decode`) from a
window of the file, so an element costs what `json.loads` costs, the window never
grows past one element plus a chunk, and what a hostile file does stays local:

- an element over `max_element` characters (a 1 GB string in a zip bomb) raises
  ElementTooLarge after reading at most that much;
- nesting deeper than the interpreter's recursion limit raises MalformedJson at once
  (ijson built a prefix string per level: 80 KB of `[` took 4 GB);
- an integer of thousands of digits is kept as its text instead of raising, and a
  byte that is not UTF-8 becomes U+FFFD: validation of the element says no later.

After an error the rest of the stream cannot be found again (the element's end is
unknown): callers keep what they read and report the file.

An array's elements are first decoded a window at a time by orjson (several times
faster): the window is cut after the last `}` that is followed by `,` or `]`, and
decoded as one array. A cut inside a string or inside a nested element leaves that
array unbalanced, so orjson refuses it; anything orjson refuses or would read
differently from the standard decoder (a bare number of 19+ digits, which it turns
into a float) goes the element-at-a-time way above, with its exact error position.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

import numpy as np
import orjson
import re2

CHUNK = 1 << 20  # characters read at a time
MAX_ELEMENT = 8 << 20  # characters in one message: Slack's largest are a few hundred KB
_SPACE = re.compile(r"[ \t\n\r]*")
_SEPARATOR = re.compile(r"[ \t\n\r]*([,\]])")
_BIG_NUMBER = re2.compile(r"[\[:,][ \t\n\r]*-?[0-9]{19}")  # maybe past 64 bits, which orjson makes a float (RE2: a fast scan)
# _BIG_NUMBER's cheap necessary condition (round 45): 19 digits in a row right after one of _BEFORE (then
# RE2 says). Found in numpy, ~0.8 ns a character against RE2's ~2.2 (its DFA has no first byte to skip to: it was
# 17 % of a re-import's instructions); real exports' 19-digit ids are strings (a quote before them), so RE2 is
# asked on few windows.
_BEFORE = np.zeros(256, dtype=bool)
_BEFORE[list(b"[:, \t\n\r-")] = True
WINDOW = 1 << 16  # characters decoded at once by orjson: a few hundred messages, memory stays small
_FAST_TRIES = 3  # cuts tried, from the window's end, before the window is read element at a time


class MalformedJson(ValueError):
    """The stream is not the JSON it should be; `offset` is where, in characters."""

    def __init__(self, message: str, offset: int):
        super().__init__(f"{message} (at character {offset:,})")
        self.offset = offset


class ElementTooLarge(MalformedJson):
    pass


def _int(text: str) -> int | str:
    return int(text) if len(text) <= 4000 else text  # Python refuses to convert 4,300+ digits


_DECODER = json.JSONDecoder(parse_int=_int)


def maybe_big_number(text: str) -> bool:
    """_BIG_NUMBER.search(text) is not None: an integer of 19 digits or more after "[", ":" or ","
    (orjson would make it a float), asked of RE2 only where the cheap condition above holds."""
    raw = np.frombuffer(text.encode("utf-8", "surrogatepass"), dtype=np.uint8)
    digits = np.flatnonzero((raw >= 48) & (raw <= 57))  # "0" to "9"; a UTF-8 byte of another character is >= 128
    starts = digits[:-18][digits[18:] - digits[:-18] == 18]  # where 19 digits in a row start
    if not _BEFORE[raw[starts[starts > 0] - 1]].any():
        return False
    return _BIG_NUMBER.search(text) is not None


class JsonStream:
    def __init__(self, handle: BinaryIO, max_element: int = MAX_ELEMENT, chunk: int = CHUNK):
        self.handle, self.max_element, self.chunk = handle, max_element, chunk
        self._decode = codecs.getincrementaldecoder("utf-8")("replace").decode
        self.buffer = ""
        self.pos = 0
        self.consumed = 0  # characters before the buffer
        self.eof = False
        self._slow_until = -1  # offset up to which orjson refused the window: element at a time

    # -- the window ---------------------------------------------------------------

    def _fill(self) -> bool:
        """Read one more chunk; False at the end of the stream."""
        if self.eof:
            return False
        data = self.handle.read(self.chunk)
        if not data:
            self.eof = True
            self.buffer = self.buffer[self.pos:] + self._decode(b"", final=True)
        else:
            self.buffer = self.buffer[self.pos:] + self._decode(data)
        self.consumed += self.pos
        self.pos = 0
        return True

    def _peek(self) -> str:
        """The next character that is not white space ('' at the end)."""
        while True:
            self.pos = _SPACE.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self._fill():
                return ""

    def _expect(self, chars: str) -> str:
        found = self._peek()
        if not found or found not in chars:
            raise MalformedJson(f"expected {' or '.join(repr(c) for c in chars)}, found {found or 'the end'!r}",
                                self.offset)
        self.pos += 1
        return found

    @property
    def offset(self) -> int:
        return self.consumed + self.pos

    # -- elements -----------------------------------------------------------------

    def value(self) -> Any:
        """The next JSON value, whole."""
        if self.pos >= len(self.buffer) or self.buffer[self.pos] in " \t\n\r":
            self._peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except RecursionError:
                raise MalformedJson("nested too deep", self.offset) from None
            except ValueError as exc:  # incomplete in the window, or really broken
                if len(self.buffer) - self.pos > self.max_element:
                    raise ElementTooLarge(f"an element over {self.max_element:,} characters", self.offset) from None
                if not self._fill():
                    raise MalformedJson(f"not valid JSON: {getattr(exc, 'msg', exc)}", self.offset) from None
                continue
            if end == len(self.buffer) and not self.eof and self.buffer[self.pos] not in "[{\"":
                self._fill()  # a number cut by the window's end: read on and decode it again
                continue
            self.pos = end
            return value

    def items(self) -> Iterator[Any]:
        """The elements of the array that comes next, one at a time."""
        self._expect("[")
        if self._peek() == "]":
            self.pos += 1
            return
        between: str | None = None  # how the file writes `},{` between two elements, once seen
        while True:
            if between is not None and self.offset >= self._slow_until:
                batch = self._window(between)
                if batch is not None:
                    yield from batch
                    if self._after_element()[0]:
                        return
                    continue
            yield self.value()
            end, (last, seen) = self.pos, self._after_element()
            if last:
                return
            if between is None and seen and self.buffer[end - 1 : end] == "}":
                between = self.buffer[end - 1 : seen + 1]

    def _after_element(self) -> tuple[bool, int | None]:
        """Past the `,` after an element: (whether that was the array's closing `]` instead, and
        where the next element's `{` is when it is in the window already)."""
        found = _SEPARATOR.match(self.buffer, self.pos)  # the common case, without a refill: `, ` or `]`
        if found is None:
            return self._expect(",]") == "]", None
        self.pos = found.end()
        if found.group(1) == "]":
            return True, None
        nxt = _SPACE.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
        return False, nxt if self.buffer[nxt : nxt + 1] == "{" and nxt - found.start() < 64 else None

    def _window(self, between: str) -> list[Any] | None:
        """The array's elements up to the last one wholly in the window, decoded at once by orjson;
        None (and nothing consumed) when there is no such cut or orjson refuses each one tried.
        Cuts are where the file writes `between` (e.g. `},\n  {`): one inside an element (a list
        of objects written the same way) is refused by orjson, and the one before is tried."""
        if len(self.buffer) - self.pos < WINDOW and not self.eof:
            self._fill()
        self._peek()
        buffer, start = self.buffer, self.pos
        if buffer[start : start + 1] != "{":
            return None
        cut, first = min(len(buffer), start + WINDOW), -1
        for _ in range(_FAST_TRIES):
            cut = buffer.rfind(between, start, cut + len(between) - 1)
            if cut < 0:
                break
            first = max(first, cut)
            piece = buffer[start : cut + 1]
            if maybe_big_number(piece):
                break
            try:
                values = orjson.loads("[" + piece + "]")
            except orjson.JSONDecodeError:
                continue
            self.pos = cut + 1
            return values  # type: ignore[no-any-return]
        self._slow_until = self.consumed + max(first, start) + 1
        return None

    def members(self) -> Iterator[str]:
        """The keys of the object that comes next. After each key, read its value with
        `value()` or `items()` before asking for the next key."""
        self._expect("{")
        if self._peek() == "}":
            self.pos += 1
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise MalformedJson("an object key must be text", self.offset)
            self._expect(":")
            yield key
            if self._expect(",}") == "}":
                return
