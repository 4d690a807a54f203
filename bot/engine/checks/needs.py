"""What a rule needs in a draft before it can find anything, known from its own YAML at load.

Most rules find nothing in most drafts, and a call that says so still costs: ~50 rules on a
near-empty draft took half its review. A check type declares (`CheckType.needs`) what its check
cannot do without, as one or more `Clause`s: each holds when one of its phrase lists matched the
draft or one of its patterns matches it. The review then skips a rule (checks/gate.py: `needing`) one of whose clauses does
not hold, without calling it. A declaration only says what the check itself would find out (the
lexicon check returns nothing when its list has no match), so skipping changes no finding.

Every pattern a clause names is put in a few RE2 sets per language (`groups`): one pass over the draft says
which of them match at all, for every rule; the folded patterns RE2 knows a required literal of are asked
through its filter instead, alone and only on drafts holding one (checks/literals.py). Compiling that set costs more than a short draft's
whole review (~30 ms for ~160 patterns), so the first draft a language reviews is answered one
pattern at a time instead, for the patterns its rules ask about only: a one-draft `coach review`
never builds the set; a batch builds it at its second draft. Both answers are exact (whether the
pattern matches the draft at all), so the mode changes no finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from weakref import WeakKeyDictionary

import re2

from bot.engine.checks.literals import Literals, literals
from bot.engine.patterns import Pattern, utf8
from bot.engine.phrases import PhraseIndex
from bot.engine.prefilter import matches_first, rare_gate
from bot.engine.text import Doc


@dataclass(frozen=True)
class Clause:
    """Holds when one of these phrase lists matched, or one of these patterns matches the
    draft (at all: an empty match, or one between two quotations, counts too). A clause with
    neither never holds: the rule can find nothing (a lexicon without phrases in a language)."""

    lists: frozenset[int] = frozenset()
    patterns: tuple[Pattern, ...] = ()


def clause(lists: list[int | None] | tuple[int | None, ...] = (), patterns: tuple[Pattern | None, ...] = ()) -> Clause:
    """A clause from a check's list ids and patterns (None: a list or pattern it does not have)."""
    return Clause(frozenset(i for i in lists if i is not None), tuple(p for p in patterns if p is not None))


# RE2's DFA cache for a set (its default, 8 MB, is shared with the compiled program): the ~220 gate
# patterns of a language outgrew it in session 15 and every draft rebuilt states (~1 ms a draft in the
# set alone, against ~4 µs with room); memory grows only as far as the states the drafts need.
SET_MEMORY = 64 << 20
# The set's first pattern matches every text (at its start): a pass without it is a failed pass. `\A` rather than
# "" (session 35, speed52): "" matches at every byte, so every DFA state was a match state and each byte of the
# draft recorded it again (RE2's kManyMatch loop); `\A` is recorded once, and says the same (~20 % of a set's pass).
_ALWAYS = r"\A"


# A repeat of a class or a group ("[^.!?]{0,30}", "(?:\\w+ ){0,3}", "\\S*", "\\d{1,2}"): a pattern with one can
# stand at many places of the text at once, as a plain word list cannot.
_LOOP = re.compile(r"\{\d*,\d*\}|[\])][*+]|\\[SWDsw][*+]|\.[*+]")
ANCHORED_PER_SET = 42  # patterns anchored at the draft's start, a set
LOOPS_PER_SET = 9  # patterns with a loop, a set (28 before the literal filter took most patterns: speed30)


def groups(patterns: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """How one case mode's patterns (source, id) are split into sets. A set's DFA state is where each
    of its patterns may stand in the text at once, so patterns that stand in many places multiply one
    another's states: one set of ~180 gate patterns met new text (the shared corpora) at ~2 ms a
    ~280-character draft, and again at ~1.9 ms on text it had met (its states outgrew their memory and
    were rebuilt), against ~0.26 and ~0.04 ms split this way (session 16, load ~10). Each set is one
    more pass over the draft (~20,000 instructions on a warm DFA): sets of 8 were ~0.09 ms on new text
    but cost the bench's drafts ~0.4 M instructions more, so the sets stay few. Word lists without a
    loop share one set (their states stay few, as a dictionary's); patterns anchored at the start go
    in sets of ANCHORED_PER_SET, the other patterns with a loop in sets of LOOPS_PER_SET, dealt in
    turn so that the sets are of even size. Once the literal filter took most patterns (speed29), ~33 looping
    ones a language were left in 2 sets costing ~85 µs a new post; in 4 sets ~35 µs (speed30: a real post
    read once 4.24 -> 3.54 M instructions, a warm generated draft +0.05 M)."""
    anchored = [p for p in patterns if p[0].startswith("^")]
    looping = [p for p in patterns if not p[0].startswith("^") and _LOOP.search(p[0])]
    plain = [p for p in patterns if not p[0].startswith("^") and not _LOOP.search(p[0])]
    gates = {p: rare_gate(p[0]) for p in looping}
    gated = sorted((p for p in looping if gates[p] is not None), key=lambda p: (sorted(gates[p] or ()), p[1]))
    looping = [p for p in looping if gates[p] is None]
    found = [plain] if plain else []
    for group, size in ((anchored, ANCHORED_PER_SET), (looping, LOOPS_PER_SET)):
        count = -(-len(group) // size)  # sets needed, rounded up
        found += [group[i::count] for i in range(count)]
    # Looping patterns that need a rare character ("@", "#", "_", "$"...: prefilter.rare_gate) in sets of their
    # own, alike gates together: such a set is passed over on a draft without any of its characters (`gate`).
    return found + [gated[i : i + LOOPS_PER_SET] for i in range(0, len(gated), LOOPS_PER_SET)]


def gate(group: list[tuple[str, int]]) -> bytes | None:
    """The rare characters one of which a draft must hold for any pattern of the set to match (None: the
    set is asked on every draft), as the bytes RE2 reads (ASCII: one byte each)."""
    chars: set[str] = set()
    for source, _ in group:
        needed = rare_gate(source)
        if needed is None:
            return None
        chars |= needed
    return "".join(sorted(chars)).encode() if chars else None


ONE_BY_ONE = 1  # drafts of a language answered pattern by pattern before its set is built (patterns_of)


class OneByOne:
    """What a draft's patterns match, found one pattern at a time as rules ask (`in`,
    `isdisjoint`, as the set's frozenset answers): a language's first draft, with no set compiled."""

    __slots__ = ("answers", "doc", "patterns")

    def __init__(self, patterns: list[Pattern], doc: Doc):
        self.patterns, self.doc = patterns, doc
        self.answers: dict[int, bool] = {}

    def __contains__(self, pattern_id: object) -> bool:
        found = self.answers.get(pattern_id)  # type: ignore[call-overload]
        if found is None:
            found = self.answers[pattern_id] = matches_first(self.patterns[pattern_id], self.doc)  # type: ignore[index]
        return found

    def isdisjoint(self, pattern_ids: Iterable[int]) -> bool:
        return not any(i in self for i in pattern_ids)


Present = frozenset[int] | OneByOne | None  # what the draft's patterns match (None: all may)


class Patterns:
    """The patterns the clauses of one language name, matched in one RE2 set per case mode; the
    first `one_by_one` drafts (patterns_of: ONE_BY_ONE) are answered pattern by pattern instead."""

    def __init__(self, one_by_one: int = 0) -> None:
        self.ids: dict[tuple[str, bool], int] = {}
        self.patterns: list[Pattern] = []  # by id: the first pattern added under its key
        self.sets: list[tuple[bool, re2.Set, list[int]]] | None = None  # (case folded?, set, pattern id by index)
        self.filter: Literals | None = None  # the folded patterns RE2 knows literals of: asked one by one (`Literals`)
        self.overflow: Literals | None = None  # those the filter's branch budget left out, in a filter of their own
        self.refused: set[int] = set()  # patterns the set did not take: always taken as present
        self.gates: list[bytes | None] = []  # by set: the characters a draft needs for it to be asked (`gate`)
        self.key = (_PRESENT, id(self))  # where a draft's memo keeps what the sets found
        self.one_by_one = one_by_one  # drafts still to answer pattern by pattern, while no set is built
        self.clauses = ClauseBits(self)  # every clause of this registry's rules, one bit each

    def add(self, pattern: Pattern) -> int:
        key = (pattern.source, pattern.fold)
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = len(self.ids)
            self.patterns.append(pattern)
            self.sets = self.filter = self.overflow = None  # built again, with this one, when next asked
        return found

    def _build(self) -> list[tuple[bool, re2.Set, list[int]]]:
        """The sets of each case mode (`groups`): small enough that their DFA states stay few on
        text they have not met (measured in session 16, below `groups`)."""
        sets: list[tuple[bool, re2.Set, list[int]]] = []
        gates: list[bytes | None] = []
        refused: set[int] = set()
        self.filter = literals([(source, i) for (source, f), i in self.ids.items() if f])
        skip = self.filter.ids if self.filter is not None else frozenset()
        # The forms the filter's branch budget left out (the biggest alternations: ~70 a language in session 40) get a
        # filter of their own rather than the sets, whose DFA states cost ~2x on text RE2 has not met (bench.re2_time).
        left = self.filter.left if self.filter is not None else frozenset()
        self.overflow = literals([(source, i) for (source, f), i in self.ids.items() if f and i in left]) if left else None
        if self.overflow is not None:
            skip = skip | self.overflow.ids
        for fold in (True, False):
            for group in groups([(source, i) for (source, f), i in self.ids.items() if f == fold and i not in skip]):
                options = re2.Options()
                options.case_sensitive = not fold
                options.max_mem = SET_MEMORY
                found = re2.Set.SearchSet(options)
                found.Add(_ALWAYS)
                ids = [-1]
                for source, i in group:
                    try:
                        found.Add(source)
                        ids.append(i)
                    except re2.error:
                        refused.add(i)
                found.Compile()
                # The binding's own set when it has one: its Python wrapper is a frame per pass for nothing
                # (our text is bytes, and the set's first pattern always matches).
                sets.append((fold, getattr(found, "_set", found), ids))
                gates.append(gate(group))
        self.refused = refused
        self.gates = gates
        self.sets = sets
        return sets

    def present(self, doc: Doc) -> Present:
        """The ids of the patterns that match the draft at all (None: all may; a set failed), or
        for a first draft (`one_by_one`) a OneByOne that finds each as it is asked."""
        key = self.key
        memo = doc.memo
        if key in memo:
            return memo[key]  # type: ignore[no-any-return]
        if self.sets is None and self.one_by_one > 0:
            self.one_by_one -= 1
            one = memo[key] = OneByOne(self.patterns, doc)
            return one
        sets = self.sets if self.sets is not None else self._build()
        found: set[int] | None = set(self.refused)
        texts = (utf8(doc, False), utf8(doc, True))  # by case mode: encoded once for every set
        for (fold, patterns, ids), needed in zip(sets, self.gates, strict=True):
            if needed is not None and not _holds_any(texts[fold], needed):
                continue  # none of the rare characters its patterns need: none can match
            hits = patterns.Match(texts[fold])
            if len(hits) == 1 and hits[0] == 0:  # (most sets, most drafts: only the pattern matching everything)
                continue
            if 0 not in hits:  # the pattern that matches everything did not: RE2 gave up (memory)
                found = None
                break
            found.update(ids[i] for i in hits if i)  # type: ignore[union-attr]
        if found is not None and self.filter is not None:
            found.update(self.filter.present(doc, self.patterns))
            if self.overflow is not None:
                found.update(self.overflow.present(doc, self.patterns))
        result = memo[key] = frozenset(found) if found is not None else None
        return result


_PRESENT = "needs-present"


def _holds_any(text: bytes, chars: bytes) -> bool:
    """Whether the text holds one of these bytes (each a C scan of the draft, no Python loop: a gate is a few bytes)."""
    return any(map(text.__contains__, chars))


class ClauseBits:
    """Every prepared clause of a registry as one bit (session 18, speed31): a draft's phrase lists and
    present patterns are read once into the bits of the clauses they satisfy (`held`), and each rule's
    gate is then one integer test instead of a loop over its clauses. Exact: a clause's bit is set when
    one of its lists matched or one of its patterns is present, which is what `holds` asks."""

    def __init__(self, registry: Patterns) -> None:
        self.registry = registry
        self.by_list: dict[int, int] = {}
        self.by_pattern: dict[int, int] = {}
        self.bits: dict[Prepared, int] = {}
        self.key = (_HELD, id(self))

    def mask(self, prepared: Prepared) -> int:
        """The bit of a clause (equal clauses share one)."""
        bit = self.bits.get(prepared)
        if bit is None:
            bit = self.bits[prepared] = 1 << len(self.bits)
            lists, patterns = prepared
            for i in lists:
                self.by_list[i] = self.by_list.get(i, 0) | bit
            for i in patterns:
                self.by_pattern[i] = self.by_pattern.get(i, 0) | bit
        return bit

    def held(self, matches: dict[int, object], doc: Doc) -> int | None:
        """The bits of the clauses that hold on the draft (None: the registry answers pattern by pattern or
        not at all on this draft, where each clause is asked as `holds` asks)."""
        memo = doc.memo
        key = self.key
        if key in memo:
            return memo[key]  # type: ignore[no-any-return]
        present = self.registry.present(doc)
        bits: int | None = None
        if isinstance(present, frozenset):
            bits = 0
            by_list, by_pattern = self.by_list, self.by_pattern
            for i in matches:
                bits |= by_list.get(i, 0)
            for i in present:
                bits |= by_pattern.get(i, 0)
        memo[key] = bits
        return bits

    def all_hold(self, need: int, prepared: list[Prepared], matches: dict[int, object], doc: Doc) -> bool:
        """Whether every clause of `prepared` (their bits: `need`) holds on the draft."""
        held = doc.memo.get(self.key, False)
        if held is False:
            held = self.held(matches, doc)
        if held is None:
            return all(holds(one, matches, self.registry, doc) for one in prepared)
        return not need & ~held


_HELD = "needs-held"
_REGISTRIES: WeakKeyDictionary[PhraseIndex, Patterns] = WeakKeyDictionary()


def patterns_of(index: PhraseIndex) -> Patterns:
    """The pattern registry of a language's index (one per index, as its phrase lists)."""
    found = _REGISTRIES.get(index)
    if found is None:
        found = _REGISTRIES[index] = Patterns(one_by_one=ONE_BY_ONE)
    return found


Prepared = tuple[frozenset[int], frozenset[int]]  # (list ids, pattern ids) of one clause


def holds(prepared: Prepared, matches: dict[int, object], registry: Patterns, doc: Doc) -> bool:
    """Whether a prepared clause holds on a draft (`matches`: the phrase scan's)."""
    lists, patterns = prepared
    if not matches.keys().isdisjoint(lists):
        return True
    if not patterns:
        return False
    present = registry.present(doc)
    return present is None or not present.isdisjoint(patterns)

