"""Reported quotations: a seller's words in quote marks, told by someone who does not sell them.

A customer, a reader or a reporter quotes an advert ('the ad said "Buy now!"', « il raconte que le
« achetez maintenant, payez plus tard » … »): the words inside the marks are the seller's, and they
are not this draft's ask. A `signals` rule's `reported_quotes` patterns describe the frame that marks
a quotation as reported: a verb of saying, reading or seeing in the third person or the past tense,
or a source, standing before the quotation's opening mark ("said", « m'a dit », "a sign reading")
or right after its closing mark (', said the seller', « », promettait la pub »). The positive
signals found wholly inside such a quotation do not add to the sum. With no frame a quotation
stays the writer's own: 'Use code "SAVE20"' and « "Offre limitée" ! » still count.
"""

from __future__ import annotations

import re

from bot.engine import quoting
from bot.engine.checks.pattern_groups import Group, group, spans_found
from bot.engine.checks.signals_spec import compile_setting
from bot.engine.phrases import PhraseIndex
from bot.engine.text import Doc

Span = tuple[int, int]
MARKS = frozenset('«»“”„"‘’\'')
_CLOSER = {"«": "»", "“": "”", "„": "“", '"': '"', "‘": "’", "'": "'"}
_OPENER = {"»": "«", "”": "“", '"': '"', "’": "‘", "'": "'"}
LONGEST = 400  # a quotation longer than this (characters) is not one a frame marks
SCHEMA = {  # the `reported_quotes` setting, as the signals and lexicon types declare it
    "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
    "description": ("RE2 patterns (folded text) or \"@list\" names of the frames that mark a quotation as reported "
                    "(a verb of saying before its opening mark, a source after its closing mark): the matches wholly "
                    "inside a reported quotation are the quoted seller's words and do not count"),
}


def compile_frames(setting: object, index: PhraseIndex | None = None) -> Group:
    """The frames' patterns as the check runs them (folded text; "@list" names a shared list's patterns),
    grouped with the other read-in-full patterns of the language of `index` (pattern_groups.py)."""
    return group(compile_setting(setting, True), index)


def _single(text: str, i: int) -> bool:
    """A single mark at `i` is a quote mark, not an apostrophe: no letter on both sides."""
    before = text[i - 1].isalpha() if i > 0 else False
    after = text[i + 1].isalpha() if i + 1 < len(text) else False
    return not (before and after)


def closing(text: str, i: int) -> int | None:
    """Where the quotation opened at `i` closes (None: not within LONGEST characters, or a paragraph ends)."""
    want = _CLOSER.get(text[i])
    if want is None:
        return None
    end = min(len(text), i + LONGEST)
    j = i + 1
    while j < end:
        char = text[j]
        if char == "\n" and text[j - 1] == "\n":
            return None
        if (char == want or (want == "’" and char == "'") or (want == "'" and char == "’")) and (
                want not in "'’" or _single(text, j)):
            return j
        j += 1
    return None


def opening(text: str, j: int) -> int | None:
    """Where the quotation closed at `j` opened (None: not within LONGEST characters)."""
    want = _OPENER.get(text[j])
    if want is None:
        return None
    i = j - 1
    stop = max(-1, j - LONGEST)
    while i > stop:
        char = text[i]
        if char == "\n" and i > 0 and text[i - 1] == "\n":
            return None
        if (char == want or (want == "‘" and char == "'") or (want == "'" and char == "‘")) and (
                want not in "'‘" or _single(text, i)):
            return i
        i -= 1
    return None


def _opens(text: str, i: int) -> bool:
    """The mark at `i` opens a quotation (a straight mark by the count before it; a single one is no
    apostrophe, and a straight single one right after a word or its punctuation closes: "…gone', shop
    owners say")."""
    char = text[i]
    if char == '"':
        return quoting.opens(text, i)
    if char == "'" and i > 0 and not text[i - 1].isspace() and text[i - 1] not in "([{:":
        return False
    return char in _CLOSER and (char not in "'‘" or _single(text, i))


def _framed(text: str, start: int, end: int) -> list[Span]:
    """The quotations one frame's match marks: the one it opens (a frame before: the match ends one or
    two characters past the opening mark) and the one it closes (a frame after: the match starts one or
    two characters before the closing mark, then the verb and its source)."""
    found: list[Span] = []
    for k in range(max(start, end - 3), end):
        if text[k] in MARKS and _opens(text, k):
            close = closing(text, k)
            if close is not None:
                found.append((k + 1, close))
            break
    for k in range(start + 1, min(end, start + 3)):
        if text[k] in _OPENER and not _opens(text, k):
            open_ = opening(text, k)
            if open_ is not None:
                found.append((open_ + 1, k))
            break
    return found


def mail_quoted(text: str) -> list[Span]:
    """The lines a mail reply quotes ("> Hurry, only 3 left!" above the writer's "is this legit?"): the
    previous writer's words. Only in a reply, with a line of its own that quotes nothing; a draft made
    only of such lines is the writer's own text."""
    if ">" not in text:
        return []
    spans: list[Span] = []
    own = False
    start = 0
    for line in text.split("\n"):
        body = line.lstrip()
        if body.startswith(">"):
            spans.append((start, start + len(line)))
        elif body:
            own = True
        start += len(line) + 1
    return spans if own else []


_JOINED = re.compile(r"\s*(?:,\s*(?:and|or|et|ou)\b|,|/|&|\band\b|\bor\b|\bet\b|\bou\b)\s*")


def chained(text: str, spans: set[Span]) -> set[Span]:
    """The quotations joined to a reported one by "and", "or", a comma or « et » ("all 'final hours' and 'last
    chance'", « tous « dernières heures » et « dernière chance » »): one frame reports the whole list (prec59)."""
    out = set(spans)
    todo = sorted(spans)
    while todo:
        _, close = todo.pop()
        joint = _JOINED.match(text, close + 1)
        if joint is None:
            continue
        k = joint.end()
        if k < len(text) and text[k] in MARKS and _opens(text, k):
            end = closing(text, k)
            if end is not None and (k + 1, end) not in out:
                out.add((k + 1, end))
                todo.append((k + 1, end))
    return out


def reported(doc: Doc, frames: Group) -> list[Span]:
    """The draft's reported quotations (the characters between their marks, and a reply's quoted lines),
    in order. Read once per draft and set of frames (the rules that read `@reported-quote` share it:
    five rules, one reading)."""
    text = doc.text
    if not frames:
        return []
    key = ("reported", frames)
    memo = doc.memo
    if key not in memo:
        found = set(mail_quoted(text))
        if not MARKS.isdisjoint(text):
            found |= {span for spans in spans_found(frames, doc) for s, e in spans for span in _framed(text, s, e)}
            found = chained(text, found)
        memo[key] = sorted(found)
    return memo[key]  # type: ignore[no-any-return]


def outside(spans: list[Span], quotations: list[Span]) -> list[Span]:
    """The spans that are not wholly inside one of the quotations."""
    return [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b in quotations)]
