"""The gate patterns RE2 knows a literal of, asked only on drafts that hold one (session 16, speed29).

Most gate patterns cannot match a draft without one of a few words in it ("wins", "scoops", "claims"...).
RE2's FilteredRE2 works those words ("atoms") out from each pattern itself, and one pass of a literal
set over the draft says which atoms it holds, hence which patterns may match: about 5 of ~200 on a real
post. The RE2 sets this replaces rebuilt their DFA states on every post they had not met (~0.6 ms a
~150-character post); a literal set's states stay few. A pattern without a literal RE2 can require
(short words, classes: `\\b(?:our|we)\\b`, `\\$[a-z]{2,}`) stays in the sets (checks/needs.py), as a
pattern the filter refuses does.

Session 22, speed38: the candidates are searched by RE2 in the same call (`Filter.Match(text, False)`),
not one Python call each. The filter reads the draft with a tail (a byte no pattern can read, then a
sentinel word: see `_TAIL`), in a form whose answer there is its answer on the draft alone
(`searched_form`: an end anchor also holds where the tail begins). A pattern without such a form (1 of
~275 in each shipped language) is left to the sets.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import re2

from bot.engine.patterns import Pattern, matching_at_all, utf8
from bot.engine.text import Doc

# A literal appended to every draft the filter reads, and a pattern of its own: the filter's answer holds
# it unless RE2 gave up on the pass (its DFA out of memory), when every pattern is asked instead. Before
# it, the byte 0xFF: never part of UTF-8, so no pattern compiled for UTF-8 reads it (only `\C` would).
SENTINEL = "zqxjkvzqxjkv"
_TAIL = b"\xff" + SENTINEL.encode()


@dataclass(frozen=True)
class Literals:
    """A FilteredRE2 over the searched forms of folded patterns: `found` maps its indexes to pattern ids
    (-1: the sentinel; `ids`: those ids)."""

    filter: object  # re2._re2.Filter: Match(bytes, potential) -> indexes
    found: tuple[int, ...]
    sentinel: int
    ids: frozenset[int]
    left: frozenset[int] = frozenset()  # ids of forms the branch budget left out (`_within`): for a second filter

    def present(self, doc: Doc, patterns: list[Pattern]) -> list[int]:
        """The ids of this filter's patterns that match the folded draft at all, as `matches_at_all` says:
        RE2 searches the candidates in the same call; if it gave up on the literal pass, each is asked alone."""
        hits = self.filter.Match(utf8(doc, True) + _TAIL, False)  # type: ignore[attr-defined]
        found = self.found
        if self.sentinel not in hits:  # RE2 gave up: every pattern may match
            return matching_at_all(patterns, [i for i in found if i >= 0], doc)
        return [i for i in (found[k] for k in hits) if i >= 0]


def _options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    return options


# What an end-of-text assertion becomes in the searched form: the end of the draft is now the tail's 0xFF
# byte (only `\C` reads it) and the sentinel up to the subject's end, which holds exactly there.
_END = "(?:$|\\C" + SENTINEL + "\\z)"
_ZEND = "(?:\\z|\\C" + SENTINEL + "\\z)"


FORMS_KEPT = 8192  # patterns whose searched form a process remembers: every shipped one, twice over


@lru_cache(maxsize=FORMS_KEPT)
def searched_form(source: str) -> str | None:
    """The folded pattern as RE2 may search it on the draft with the tail and answer as on the draft alone
    (None: it cannot). An end-of-text assertion (`$`, `\\z`) also holds where the tail begins
    (`_END`); it must end its branch (then only `)` or `|`): after it the original reads the draft's end,
    the searched form the sentinel's. `\\C` (it reads the 0xFF byte), `\\Q` (not read through here) and a
    pattern matching inside the sentinel (after the 0xFF byte, as in the draft) cannot. Reads the source
    conservatively: a `$` it cannot place is taken for an anchor."""
    out: list[str] = []
    at, size, in_class = 0, len(source), False
    while at < size:
        char = source[at]
        if char == "\\":
            pair = source[at:at + 2]
            if pair in ("\\C", "\\Q") or (pair == "\\z" and (in_class or not _ends_branch(source, at + 2))):
                return None
            out.append(_ZEND if pair == "\\z" else pair)
            at += 2
            continue
        if in_class:
            if source.startswith("[:", at) and source.find(":]", at + 2) > 0:
                out.append(source[at:source.find(":]", at + 2) + 2])
                at = source.find(":]", at + 2) + 2
                continue
            in_class = char != "]"
        elif char == "[":
            step = 1 + source.startswith("^", at + 1)
            step += source.startswith("]", at + step)  # a "]" first in a class is itself
            out.append(source[at:at + step])
            in_class, at = True, at + step
            continue
        elif char == "$":
            if not _ends_branch(source, at + 1):
                return None
            char = _END
        out.append(char)
        at += 1
    found = "".join(out)
    try:
        return found if re2.compile(found.encode(), _options()).search(_TAIL, 1) is None else None
    except re2.error:
        return None


def _ends_branch(source: str, at: int) -> bool:
    """Whether only `)` and then `|` or the pattern's end follow `at`: nothing read after an end anchor."""
    rest = source[at:].lstrip(")")
    return not rest or rest.startswith("|")


def _compiled(patterns: list[tuple[str, int]]) -> tuple[re2.Filter, list[int], int]:
    """A filter of the patterns (source, id) it takes and the sentinel: (filter, id by index, the sentinel's index)."""
    options = _options()
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


# Whether the filter passes a searched form on an empty text (it requires no literal): the filter works out each
# pattern's literals from that pattern alone, so the answer is the form's own. Remembered per process, it spares a
# second compilation of the filter (~0.2 s a language) each time a registry is built again from forms met before: a
# reload after an admin's edit, each new Coach of a test session.
_NEEDLESS: dict[str, bool] = {}


def literals(patterns: list[tuple[str, int]]) -> Literals | None:
    """The filter of the folded patterns (source, id) that RE2 can require a literal of and search with the
    tail (None: no such pattern, or a filter RE2 refuses); the others are left to the sets. A pattern the
    filter passes on an empty text needs no literal: the filter is compiled again without those, which
    every pass would otherwise report (~45 on each draft)."""
    forms = [(form, i) for form, i in ((searched_form(source), i) for source, i in patterns) if form is not None]
    for budget in (BRANCH_BUDGET, BRANCH_BUDGET * 9 // 10, BRANCH_BUDGET * 8 // 10, BRANCH_BUDGET // 2):
        try:
            kept = _within(forms, budget)
            built = _literals(kept)
            if built is not None and len(kept) < len(forms):
                ids = {i for _, i in kept}
                built = replace(built, left=frozenset(i for _, i in forms if i not in ids))
            return built
        except re2.error:
            continue  # RE2 refused the filter even so (an admin's layer added big forms): a smaller one, then none
    return None


# RE2 compiles the filter's atoms into one literal set under a fixed memory bound, which the shipped forms overflowed
# in session 38 (~24,000 branches in ~860 forms; ~22,700 compiled): the filter then refused to compile and every
# pattern went to the sets. Past this many branches, the forms with the most (hence the most atoms) go to the sets.
# Session 39's rounds moved RE2's bound to ~22,800 branches in French (the bound is on the atoms, which branches only
# approximate): 22,000 leaves a margin, and tests/test_filter_budget.py fails when the shipped packs need a smaller one.
# Session 40: recall62's forms whose alternations multiply into many atoms (« (?:réservez|prenez) (?:votre|ton) (?:créneau|
# rendez-vous) ») and recall63's English reply patterns each brought RE2's bound under 22,000 branches (21,000 fitted each
# alone); merged together with recall61, English no longer fitted 21,000: 20,000 compiles at the first try.
BRANCH_BUDGET = 20_000


def _within(forms: list[tuple[str, int]], budget: int) -> list[tuple[str, int]]:
    """`forms` without those with the most branches, until the rest hold no more than `budget` (14 of ~875 in session 39)."""
    total = sum(form.count("|") for form, _ in forms)
    dropped: set[int] = set()
    for form, i in sorted(forms, key=lambda item: item[0].count("|"), reverse=True):
        if total <= budget:
            break
        total -= form.count("|")
        dropped.add(i)
    return [(form, i) for form, i in forms if i not in dropped] if dropped else forms


def _literals(forms: list[tuple[str, int]]) -> Literals | None:
    """The filter of `forms`; raises re2.error when RE2 refuses it."""
    if any(form not in _NEEDLESS for form, _ in forms):
        built, found, sentinel = _compiled(forms)
        needless = set(built._filter.Match(b"", True))
        if sentinel in needless:
            return None
        by_id = {i: form for form, i in forms}
        if len(_NEEDLESS) > FORMS_KEPT:
            _NEEDLESS.clear()
        _NEEDLESS.update((by_id[i], k in needless) for k, i in enumerate(found) if i >= 0)
        if not needless:
            return _made(built, found, sentinel)
    built, found, sentinel = _compiled([(form, i) for form, i in forms if not _NEEDLESS.get(form, False)])
    if built._filter.Match(b"", True):
        return None  # not what the first filter said: no filter rather than a doubt
    return _made(built, found, sentinel)


def _made(built: re2.Filter, found: list[int], sentinel: int) -> Literals | None:
    ids = frozenset(i for i in found if i >= 0)
    return Literals(built._filter, tuple(found), sentinel, ids) if ids else None
