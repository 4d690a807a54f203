"""The gate patterns RE2 knows a literal of, asked only on drafts that hold one (session 16, speed29).

Most gate patterns cannot match a draft without one of a few words in it ("wins", "scoops", "claims"...).
RE2's FilteredRE2 works those words ("atoms") out from each pattern itself, and one pass of a literal
set over the draft says which atoms it holds, hence which patterns may match (`potential`): about 5 of
~200 on a real post, which are then asked one by one (`matching_at_all`), exactly. The RE2 sets this
replaces rebuilt their DFA states on every post they had not met (~0.6 ms a ~150-character post, in
patterns with loops and anchored first-sentence patterns); a literal set's states stay few. A pattern
without a literal RE2 can require (short words, classes: `\\b(?:our|we)\\b`, `\\$[a-z]{2,}`) stays in
the sets (checks/needs.py), as a pattern the filter refuses does.
"""

from __future__ import annotations

from dataclasses import dataclass

import re2

from bot.engine.patterns import Pattern, matching_at_all, utf8
from bot.engine.text import Doc

# A literal appended to every draft the filter reads, and a pattern of its own: the filter's answer holds
# it unless RE2 gave up on the pass (its DFA out of memory), when every pattern is asked instead.
SENTINEL = "zqxjkvzqxjkv"
_TAIL = ("\n" + SENTINEL).encode()


@dataclass(frozen=True)
class Literals:
    """A FilteredRE2 over folded patterns: `found` maps its indexes to pattern ids (`ids`: those ids)."""

    filter: object  # re2._re2.Filter: Match(bytes, potential) -> the indexes that may match
    found: tuple[int, ...]  # pattern id by filter index (-1: the sentinel)
    sentinel: int
    ids: frozenset[int]

    def present(self, doc: Doc, patterns: list[Pattern]) -> list[int]:
        """The ids of this filter's patterns that match the folded draft at all: each one whose
        literals the draft holds, asked alone."""
        hits = self.filter.Match(utf8(doc, True) + _TAIL, True)  # type: ignore[attr-defined]
        found = self.found
        if self.sentinel not in hits:  # RE2 gave up: every pattern may match
            hits = range(len(found))
        return matching_at_all(patterns, [i for i in (found[k] for k in hits) if i >= 0], doc)


def _compiled(patterns: list[tuple[str, int]]) -> tuple[re2.Filter, list[int], int]:
    """A filter of the patterns (source, id) it takes and the sentinel: (filter, id by index, the sentinel's index)."""
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    built = re2.Filter()
    found: list[int] = []
    for source, i in patterns:
        try:
            built.Add(source, options)
        except re2.error:
            continue  # left to the sets, which refuse it or take it
        found.append(i)
    sentinel = built.Add(SENTINEL, options)
    found.append(-1)
    built.Compile()
    return built, found, sentinel


def literals(patterns: list[tuple[str, int]]) -> Literals | None:
    """The filter of the folded patterns (source, id) that RE2 can require a literal of (None: no such
    pattern, or a filter RE2 refuses). A pattern the filter passes on an empty text needs no literal: the
    filter is compiled again without those, which every pass would otherwise report (~45 on each draft)."""
    try:
        built, found, sentinel = _compiled(patterns)
        needless = set(built._filter.Match(b"", True))
        if sentinel in needless:
            return None
        if needless:
            kept = {i for k, i in enumerate(found) if k not in needless and i >= 0}
            built, found, sentinel = _compiled([(source, i) for source, i in patterns if i in kept])
            if built._filter.Match(b"", True):
                return None  # not what the first filter said: no filter rather than a doubt
    except re2.error:
        return None
    ids = frozenset(i for i in found if i >= 0)
    return Literals(built._filter, tuple(found), sentinel, ids) if ids else None
