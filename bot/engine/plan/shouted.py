"""A plan typed in capitals (a telegram, a note with caps lock on, an SMS shouted), read in sentence case.

In capitals every word looks like a name, so the readings that need a name's capital ("Dora to answer…", a tool's
name) see names everywhere, and a telegram ends its sentences with the word STOP, not a full stop. A plan whose
letters are mostly capitals has each line typed wholly in capitals lowered, a capital put back where a sentence
opens, and the telegram's STOP read as a full stop (round 45). The text keeps its length, so every span found in it
is a span of the plan as sent. A plan with a few headings in capitals is left as it is.
"""

from __future__ import annotations

import re

_MOSTLY = 0.6  # share of the plan's letters in capitals over which the plan is shouted
_MIN_LETTERS = 40
_WORDS = re.compile(r"[^\W\d_]{2,}")
_STOP = re.compile(r"[ \t]+STOP(?=[ \t]|$)", re.MULTILINE)  # a telegram's STOP: « … MER STOP », "… WATER STOP"
_OPENS = re.compile(r"(?:^|[.!?]\s+)([^\W\d_])", re.MULTILINE)
_I = re.compile(r"(?<![\w'’-])i(?![\w-])")  # English "I" ("I left", "I'm") keeps its capital


def _shouted_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(_WORDS.findall(line)) >= 2 and not any(c.islower() for c in letters)


def unshouted(text: str) -> str:
    """`text` with its lines typed wholly in capitals in sentence case, when most of its letters are capitals."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < _MIN_LETTERS or sum(c.isupper() for c in letters) < _MOSTLY * len(letters):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _shouted_line(line):
            line = _STOP.sub(lambda m: "." + " " * (len(m.group()) - 1), line).lower()
            lines[i] = _I.sub("I", _OPENS.sub(lambda m: m.group()[:-1] + m.group(1).upper(), line))
    out = "\n".join(lines)
    return out if len(out) == len(text) else text  # a letter whose capital is longer (ß): leave the plan as sent
