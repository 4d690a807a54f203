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
from bot.engine.patterns import Pattern, matching_at_all, utf8
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
        self.refused: set[int] = set()  # patterns the set did not take: always taken as present
        self.gates: list[bytes | None] = []  # by set: the characters a draft needs for it to be asked (`gate`)
        self.key = (_PRESENT, id(self))  # where a draft's memo keeps what the sets found
        self.maybe_key = (_POSSIBLE, id(self))  # ... what may match (`possible`)
        self.unsure_key = (_UNSURE, id(self))  # ... the filter's candidates and those searched (`Unsure`)
        self.one_by_one = one_by_one  # drafts still to answer pattern by pattern, while no set is built
        self.clauses = ClauseBits(self)  # every clause of this registry's rules, one bit each

    def add(self, pattern: Pattern) -> int:
        key = (pattern.source, pattern.fold)
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = len(self.ids)
            self.patterns.append(pattern)
            self.sets = self.filter = None  # built again, with this one, when next asked
        return found

    def _build(self) -> list[tuple[bool, re2.Set, list[int]]]:
        """The sets of each case mode (`groups`): small enough that their DFA states stay few on
        text they have not met (measured in session 16, below `groups`)."""
        sets: list[tuple[bool, re2.Set, list[int]]] = []
        gates: list[bytes | None] = []
        refused: set[int] = set()
        self.filter = literals([(source, i) for (source, f), i in self.ids.items() if f])
        skip = self.filter.ids if self.filter is not None else frozenset()
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
        maybe = self.possible(doc)
        if not isinstance(maybe, frozenset):
            memo[key] = maybe
            return maybe
        unsure: Unsure | None = memo.get(self.unsure_key)  # type: ignore[assignment]
        found = maybe
        if unsure is not None:  # the candidates no rule asked about yet: each searched now
            if not unsure.answers and unsure.passed and self.filter is not None:
                hits = self.filter.present(doc, self.patterns)  # none asked yet: RE2 searches them in one call
                unsure.answers.update((i, False) for i in unsure.candidates)
                unsure.answers.update((i, True) for i in hits)
            else:
                unsure.settle(unsure.left, self.patterns, doc)
            found = maybe - {i for i, there in unsure.answers.items() if not there}
        result = memo[key] = found
        return result

    def possible(self, doc: Doc) -> Present:
        """The ids of the patterns that may match the draft: those the sets found and the literal filter's
        candidates (its atom pass alone: each searched only when asked, `matches`); None and a OneByOne as
        `present`. A superset of `present`: enough for a caller that searches the pattern itself anyway."""
        memo = doc.memo
        key = self.maybe_key
        if key in memo:
            return memo[key]  # type: ignore[no-any-return]
        if self.key in memo:  # answered before (a OneByOne, a failed set, or every candidate searched)
            found = memo[key] = memo[self.key]
            return found  # type: ignore[no-any-return]
        if self.sets is None and self.one_by_one > 0:
            self.one_by_one -= 1
            one = memo[key] = memo[self.key] = OneByOne(self.patterns, doc)
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
        if found is None:
            result = memo[key] = memo[self.key] = None
            return result
        if self.filter is not None:
            candidates, passed = self.filter.candidates(doc)
            if candidates:
                memo[self.unsure_key] = Unsure(candidates, passed)
                found.update(candidates)
        result = memo[key] = frozenset(found)
        if self.unsure_key not in memo:
            memo[self.key] = result  # no candidate: the sets' answer is the exact one
        return result

    def matches(self, pattern_id: int, doc: Doc) -> bool:
        """Whether one pattern matches the draft at all (as `present` says), a filter candidate searched alone."""
        maybe = self.possible(doc)
        if maybe is None:
            return True
        if pattern_id not in maybe:
            return False
        unsure: Unsure | None = doc.memo.get(self.unsure_key)  # type: ignore[assignment]
        if unsure is None or pattern_id not in unsure.candidates:
            return True
        found = unsure.answers.get(pattern_id)
        if found is None:
            unsure.settle((pattern_id,), self.patterns, doc)
            found = unsure.answers[pattern_id]
        return found


class Unsure:
    """A draft's literal-filter candidates (`passed`: the atom pass said so; else RE2 gave up and every
    filter pattern is one) and the answers of those searched so far."""

    __slots__ = ("answers", "candidates", "passed")

    def __init__(self, candidates: frozenset[int], passed: bool) -> None:
        self.candidates, self.passed = candidates, passed
        self.answers: dict[int, bool] = {}

    @property
    def left(self) -> list[int]:
        return [i for i in self.candidates if i not in self.answers]

    def settle(self, ids: Iterable[int], patterns: list[Pattern], doc: Doc) -> None:
        """Each of `ids` searched alone (`matching_at_all`: whether it matches at all, as the filter's own search)."""
        ids = [i for i in ids if i not in self.answers]
        hits = set(matching_at_all(patterns, ids, doc))
        self.answers.update((i, i in hits) for i in ids)


_PRESENT = "needs-present"
_POSSIBLE = "needs-possible"
_UNSURE = "needs-unsure"


def _holds_any(text: bytes, chars: bytes) -> bool:
    """Whether the text holds one of these bytes (each a C scan of the draft, no Python loop: a gate is a few bytes)."""
    return any(map(text.__contains__, chars))


class ClauseBits:
    """Every prepared clause of a registry as one bit (session 18, speed31): a draft's phrase lists and
    present patterns are read once into the bits of the clauses they satisfy (`held`), and each rule's
    gate is then one integer test instead of a loop over its clauses. Exact: a clause's bit is set when
    one of its lists matched or one of its patterns is present, which is what `holds` asks.

    Session 37 (speed54): the literal filter's candidates are searched only for the clauses a rule's test
    could turn on. Each test's bits are registered (`need`); a draft's bits are first what surely holds
    (lists, the sets' patterns) and what may (the candidates): a test short of a bit that not even a
    candidate gives fails whatever the searches say, so only the unsure bits of the tests that may pass are
    settled, by searching the candidates that give them. The bits a test reads are then exact."""

    def __init__(self, registry: Patterns) -> None:
        self.registry = registry
        self.by_list: dict[int, int] = {}
        self.by_pattern: dict[int, int] = {}
        self.bits: dict[Prepared, int] = {}
        self.needs: dict[int, None] = {}  # every registered test's bits (`need`), in order
        self.settling: dict[tuple[int, int], int] = {}  # (sure bits, may bits) -> the bits to settle
        self.key = (_HELD, id(self), 0)  # a new key with each registered test: a draft's bits read again

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

    def need(self, bits: int) -> None:
        """Register a test of these bits: `held` reads them exactly (a test never registered is only sure
        of the bits `held` gives it; `all_hold` registers its own)."""
        if bits not in self.needs:
            self.needs[bits] = None
            self.settling.clear()
            self.key = (_HELD, id(self), len(self.needs))

    def held(self, matches: dict[int, object], doc: Doc) -> int | None:
        """The bits of the clauses that hold on the draft, exact for every registered test's bits (None: the
        registry answers pattern by pattern or not at all on this draft, where each clause is asked as `holds`
        asks)."""
        memo = doc.memo
        key = self.key
        if key in memo:
            return memo[key]  # type: ignore[no-any-return]
        registry = self.registry
        present = memo.get(registry.key)
        if present is None:
            present = registry.possible(doc)
        bits: int | None = None
        if isinstance(present, frozenset):
            bits = 0
            by_list, by_pattern = self.by_list, self.by_pattern
            for i in matches:
                bits |= by_list.get(i, 0)
            unsure: Unsure | None = memo.get(registry.unsure_key)  # type: ignore[assignment]
            if unsure is None or registry.key in memo:  # every pattern's answer known
                for i in present:
                    bits |= by_pattern.get(i, 0)
            else:
                bits = self._settled(bits, present, unsure, doc)
        memo[key] = bits
        return bits

    def _settled(self, bits: int, possible: frozenset[int], unsure: Unsure, doc: Doc) -> int:
        """The bits that hold, from `bits` (the lists') and the patterns that may match: the candidates
        searched for the unsure bits of the tests that may pass."""
        by_pattern = self.by_pattern
        candidates = unsure.candidates
        maybe = 0
        for i in possible:
            bit = by_pattern.get(i)
            if bit:
                if i in candidates:
                    maybe |= bit
                else:
                    bits |= bit
        maybe &= ~bits
        if not maybe:
            return bits
        pending = self.settling.get((bits, maybe))
        if pending is None:
            if len(self.settling) > SETTLING_SIZE:
                self.settling.clear()
            pending = 0
            reach = bits | maybe
            for need in self.needs:
                if not need & ~reach:
                    pending |= need & maybe
            self.settling[(bits, maybe)] = pending
        registry = self.registry
        for i in sorted(candidates):  # (an order of their own: the same searches whatever the set's order)
            bit = by_pattern.get(i, 0)
            if bit & pending and registry.matches(i, doc):
                bits |= bit
                pending &= ~bit
                if not pending:
                    break
        return bits

    def all_hold(self, need: int, prepared: list[Prepared], matches: dict[int, object], doc: Doc) -> bool:
        """Whether every clause of `prepared` (their bits: `need`) holds on the draft."""
        if need not in self.needs:
            self.need(need)
        held = doc.memo.get(self.key, False)
        if held is False:
            held = self.held(matches, doc)
        if held is None:
            return all(holds(one, matches, self.registry, doc) for one in prepared)
        return not need & ~held


SETTLING_SIZE = 4096  # (sure, may) pairs whose bits to settle a table remembers: memory stays bounded
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

