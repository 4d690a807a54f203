"""`signals`: weak signals that add up, in the spirit of SpamAssassin's scored tests.

A rule names signals, each with a weight: phrase lists (per language), RE2
patterns, measures of the draft (prices, capitals, exclamation marks...) and
meta-signals that combine others (`all: [call-to-action, price]`). A signal
marked `context: true` (a web address, a mass mailing's footer, money talk) only
counts beside at least one signal that is not context: it says where a sell
happens, never that one does (a colleague's mail has a link and a price). The weights
of the signals present are summed over the draft (or per sentence) and compared
with `threshold`; no single signal decides unless its weight alone reaches it.
The finding quotes the strongest signals present, each on its own words.

Weights stay in the rule file, where admins read and edit them; `python -m
bench.fit_signals` fits them on labelled text (see docs/rules.md).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from bot.engine import clauses, measures
from bot.engine.checks.base import CheckFn, CheckType, Hit, Scope, phrase_list, whole
from bot.engine.checks.exception_patterns import carve_spans, uncarved
from bot.engine.checks.gate import compile_gate
from bot.engine.checks.needs import Patterns, Prepared, patterns_of
from bot.engine.checks.pattern_groups import group
from bot.engine.checks.prefilter import Prefilter
from bot.engine.checks.reach import Meta, Reach, exact_sum
from bot.engine.checks.signal_needs import cached as required_cached
from bot.engine.checks.signals_quote import Quoting, quoted
from bot.engine.checks.signals_reported import compile_frames, outside, reported
from bot.engine.checks.signals_schema import UNIT_METRICS, Settings, phrase_block, problems
from bot.engine.checks.signals_spec import (
    Signal,
    build_signal,
    compile_setting,
    paragraphs,
    sure_negative,
)
from bot.engine.patterns import regex_spans
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule

Span = tuple[int, int]
BOUNDS_SIZE = 2048  # bounds remembered per rule and language (about half a kilobyte each)

@dataclass(frozen=True)
class Unit:
    """What one sum is taken over (the draft, or one sentence), and the signals present in it."""

    span: Span
    fired: dict[str, list[Span]]  # signal -> where (empty list: present, nowhere in particular)
    score: float


class Scorer:
    """One signals rule compiled for one language."""

    def __init__(self, rule: Rule, language: str, index: PhraseIndex):
        settings = rule.check
        block = rule.lang(language)
        local = block.get("signals") or {}
        fold = bool(settings.get("fold", True))
        self.threshold = float(settings["threshold"])
        self.per_sentence = settings.get("per", "draft") == "sentence"
        self.paragraphs_from, self.paragraph_less = paragraphs(settings, self.per_sentence)
        self.quote = int(settings.get("quote", 3))
        self.blocker_at = float(settings["blocker_at"]) if settings.get("blocker_at") is not None else None
        # What the message calls each signal ("a prize", « un gain »): the language's labels.
        self.labels = {name: str(text) for name, text in (block.get("labels") or {}).items()}
        self.exceptions = phrase_list(index, block.get("exceptions"))
        self.frames = compile_frames(settings.get("reported_quotes"), index)  # reported quotations' frames
        self.carves = group(compile_setting(settings.get("exception_pattern"), fold), index)  # exceptions in context
        signals = [build_signal(name, spec, phrase_block(local.get(name)), settings, fold, index)
                   for name, spec in settings["signals"].items()]
        self.plain = [s for s in signals if not s.meta]
        self.metas = [s for s in signals if s.meta]
        self.meta_parts = [(s.name, frozenset(s.all or s.any), bool(s.all)) for s in self.metas]
        self.weights = {s.name: s.weight for s in signals}
        self.signals = {s.name: s for s in signals}
        self.context = frozenset(s.name for s in signals if s.context)
        self.register = frozenset(s.name for s in signals if s.register and not s.meta)
        self.selling = frozenset(s.name for s in signals if not s.context and s.weight > 0)
        self.prefilter = Prefilter([p for s in self.plain for p in s.patterns], patterns_of(index))  # the language's set
        self.measured = {s.name: s for s in self.plain if s.metric is not None}
        # Found by what is present, not by visiting every signal: most drafts have few.
        self.by_list: dict[int, list[Signal]] = {}
        for s in self.plain:
            if s.phrases is not None:
                self.by_list.setdefault(s.phrases, []).append(s)
        self.by_pattern = {id(p): (s, p) for s in self.plain for p in s.patterns}
        self.gate = compile_gate(rule, language, index)
        self.gate_names = any(c.signal for c in self.gate.when + self.gate.unless)
        # The gate's `unless` phrase lists: one of them in the draft refuses it whatever the sums (Gate._passes).
        self.unless_lists = frozenset(c.list_id for c in self.gate.unless if c.list_id is not None)
        # The most each sum can reach, from what is cheap to know first (the early exits, reach.py).
        self.reach = Reach.of(self.threshold, self.weights, (Meta(s.name, frozenset(s.all or s.any), bool(s.all))
                                                             for s in self.metas), self.context, self.selling)
        self.by_list_names = {list_id: {s.name for s in found} for list_id, found in self.by_list.items()}
        self.list_ids = frozenset(self.by_list_names)
        # From how many words a sum is not over the whole draft alone (0: per sentence, always; None: never).
        self.wide_from = 0 if self.per_sentence else self.paragraphs_from
        # Negative signals that locating never takes away from the draft's sum, by their list: found by the scan
        # alone (no own exceptions, no `at: start`, no pattern's say, no measure), never context (read only
        # beside a selling signal). Present, they lower every bound of a sum over the whole draft.
        self.sure_lists = {list_id: tuple(s.weight for s in found if sure_negative(s))
                           for list_id, found in self.by_list.items() if any(sure_negative(s) for s in found)}
        self.patterned = {s.name for s in self.plain if s.patterns}
        self.measured_names = frozenset(self.measured)
        self.unlisted = self.patterned | self.measured_names
        self.counted = [s for s in self.measured.values() if s.metric not in UNIT_METRICS]
        self.checked = [s for s in self.measured.values()
                        if s.metric in UNIT_METRICS or s.low != 1 or s.high is not None]
        self._prepare_bounds()

    def _needs(self) -> list[Prepared]:
        """What the rule needs in a draft (needs.py): when its measures alone cannot reach the
        threshold, one of its phrase lists or patterns (the sum only grows with what is present);
        and the signals it cannot reach the threshold without (signal_needs.py)."""
        found = [(c.lists, frozenset(self.registry.add(p) for p in c.patterns))
                 for c in required_cached(self.plain, self.reach)]
        if self.reach.short(set(self.measured_names)):
            every = (frozenset(self.by_list), frozenset(self.registry.add(p) for s in self.plain for p in s.patterns))
            if not any(lists <= every[0] and patterns <= every[1] for lists, patterns in found):  # else implied
                found.append(every)
        return sorted(found, key=lambda c: len(c[0]) + len(c[1]))  # the narrowest first: most drafts stop there

    def _prepare_bounds(self) -> None:
        """The measured signals the last bound counts: present whatever the draft (a measure of
        the unit, or a minimum of 0), or when their measure counts something; and the bounds
        remembered (`_reachable`)."""
        bound = {s.name for s in self.measured.values() if s.metric in UNIT_METRICS or s.high is not None}
        self.unit_bound = frozenset(bound | {n for n, parts, _ in self.meta_parts if parts & bound})  # in a part only
        self.always_measured = frozenset(s.name for s in self.measured.values()
                                         if s.metric in UNIT_METRICS or s.low <= 0)
        rest = [s for s in self.measured.values() if s.name not in self.always_measured]
        self.counting = [(s.metric, s.caps_words) for s in rest]
        self.counting_names = [s.name for s in rest]
        self._bounds: dict[object, Any] = {}  # drafts summed whole: the sure negatives count
        self._bounds_wide: dict[object, Any] = {}  # per sentence, or a draft long enough to be read by paragraph
        self._metas: dict[frozenset[str], tuple[str, ...]] = {}  # signals present -> metas they make
        self.quoting = Quoting(self.threshold, self.blocker_at, self.quote, self.weights, self.context, self.labels,
                               {name: k for k, name in enumerate(self.weights)})
        self.registry: Patterns = self.prefilter.shared  # type: ignore[assignment]
        self.needed = self._needs()
        self.need_bits = sum({self.registry.clauses.mask(one) for one in self.needed})  # distinct bits: their OR
        self.all_hold = self.registry.clauses.all_hold

    # -- where each signal is ------------------------------------------------------

    def _located(self, scope: Scope, matching: AbstractSet[int] | None) -> dict[str, list[Span]]:
        """Spans of every phrase, pattern and counted-measure signal present in the draft
        (`matching`: the patterns the rule's RE2 set finds somewhere; None: try them all)."""
        doc = scope.doc
        matches = scope.matches
        raw: dict[str, list[Span]] = {}
        for list_id in self.list_ids & scope.listed:
            spans = scope.spans(list_id)
            for signal in self.by_list[list_id]:
                raw[signal.name] = spans
        for pattern_id in self.by_pattern if matching is None else matching:
            signal, pattern = self.by_pattern[pattern_id]
            spans = regex_spans(pattern, doc)
            if spans:
                raw[signal.name] = raw.get(signal.name, []) + spans
        found: dict[str, list[Span]] = {}
        signals = self.signals
        for name, spans in raw.items():
            signal = signals[name]
            if signal.at_start:
                spans = [sp for sp in spans if scope.opens_clause(sp[0])]
            if signal.exceptions in matches:
                own = scope.spans(signal.exceptions)
                spans = [sp for sp in spans if not measures.overlaps(sp, own)]
            if len(spans) > 1:
                spans = sorted(spans)
            if spans:
                found[name] = spans
        for signal in self.counted:
            spans = scope.items(signal.metric, signal.caps_words)  # type: ignore[arg-type]
            if spans:
                found[signal.name] = spans
        if self.exceptions in matches and found:
            # An exception carves a selling match out of an innocent phrase; it never removes a signal
            # of ordinary text (a headline's whole line holds the quoted « payez plus tard » it names).
            skip = scope.spans(self.exceptions)
            weights = self.weights
            found = {n: spans if weights[n] < 0 else [sp for sp in spans if not measures.overlaps(sp, skip)]
                     for n, spans in found.items()}
            found = {n: spans for n, spans in found.items() if spans}
        if self.carves and found:  # exception_pattern: a match read in its context ("a charity shop now")
            found = self._positive(found, uncarved, carve_spans(scope.doc, self.carves))
        if self.frames and found:  # reported_quotes: a seller's words quoted by a customer are not the ask
            found = self._positive(found, outside, reported(scope.doc, self.frames))
        return found

    def _positive(self, found: dict[str, list[Span]], keep: Any, spans_out: list[Span]) -> dict[str, list[Span]]:
        """The positive signals' spans that `keep` leaves beside `spans_out` (the reported quotations or the
        carves); negative signals are kept as found."""
        if not spans_out:
            return found
        weights = self.weights
        kept = {n: (keep(spans, spans_out) if weights[n] > 0 else spans) for n, spans in found.items()}
        return {n: spans for n, spans in kept.items() if spans}

    def _measure(self, signal: Signal, scope: Scope, unit: Span, spans: list[Span] | None) -> bool:
        """Whether a measure signal is present in `unit` (`spans`: its items there, when counted)."""
        doc = scope.doc
        if signal.metric == "caps_ratio":
            value = measures.caps_ratio(doc, None if unit == whole(doc) else unit)
            if value is None:
                return False
        elif signal.metric == "words":
            starts = doc.tokens.starts
            value = doc.word_count if unit == whole(doc) else len(
                {s for s in starts[bisect_left(starts, unit[0]) : bisect_left(starts, unit[1])]})
        elif signal.metric == "length":
            value = unit[1] - unit[0]
        elif not spans:
            value = 0
        else:
            value = sum(e - s for s, e in spans) if signal.metric == "exclamations" else len(spans)
        return value >= signal.low and (signal.high is None or value <= signal.high)

    def units(self, scope: Scope, matching: AbstractSet[int] | None,
              located: dict[str, list[Span]] | None = None, blocks: list[Span] | None = None,
              carried: dict[str, list[Span]] | None = None) -> list[Unit]:
        """Each sum taken: the whole draft, or each sentence (or each of `blocks`), with the signals
        present and the score (`carried`: signals that count in every block, wherever they stand)."""
        if located is None:
            located = self._located(scope, matching)
        doc = scope.doc
        out = []
        within = blocks is not None or self.per_sentence
        if blocks is None:
            blocks = scope.sentences if self.per_sentence else [whole(doc)]
        for unit in blocks:
            if within:
                here = {name: [sp for sp in spans if unit[0] <= sp[0] < unit[1]] for name, spans in located.items()}
                here = {name: spans for name, spans in here.items() if spans}
                if carried:
                    here = {**carried, **here}
            else:
                here = located
            fired = dict(here)  # phrases, patterns, and measures that count at least one thing
            for signal in self.checked:  # measures with other limits than "at least one"
                spans = here.get(signal.name)
                if self._measure(signal, scope, unit, spans):
                    fired[signal.name] = spans or []
                else:
                    fired.pop(signal.name, None)
            for name in self._metas_of(fired.keys()):
                fired[name] = []  # located by its parts
            if self.context and self.selling.isdisjoint(fired):  # context alone says nothing
                fired = {name: spans for name, spans in fired.items() if name not in self.context}
            weights = self.weights
            out.append(Unit(unit, fired, exact_sum(map(weights.__getitem__, fired))))
        return out

    def _metas_of(self, present: AbstractSet[str]) -> tuple[str, ...]:
        """The meta-signals whose parts are present, in the rule's order (a meta may name an
        earlier one): remembered by the signals present, as drafts share a few dozen sets."""
        key = frozenset(present)
        found = self._metas.get(key)
        if found is None:
            if len(self._metas) > BOUNDS_SIZE:
                self._metas.clear()
            names = set(key)
            for name, parts, every in self.meta_parts:
                if parts <= names if every else not parts.isdisjoint(names):
                    names.add(name)
            found = self._metas[key] = tuple(name for name, _, _ in self.meta_parts if name in names)
        return found

    def fired(self, scope: Scope) -> set[str]:
        """The signals that count anywhere in the draft (what the fitting tool records: context
        signals only where a selling signal is present, so their weights are fitted that way)."""
        return {name for unit in self.units(scope, self.prefilter.matching(scope.doc)) for name in unit.fired}

    # -- the check -----------------------------------------------------------------

    def _reachable(self, scope: Scope) -> tuple[bool, AbstractSet[int] | None]:
        """Whether a sum may reach the threshold, whatever locating finds (reach.py), and the
        patterns that match somewhere (None: try them all). In turn: the
        phrase lists the scan found, with every pattern and measure at its best; then the patterns
        the rule's RE2 set finds; then the measures that count something. Each bound depends only
        on which lists, patterns and measures are present: it is remembered by them (drafts
        share a few dozen combinations), so most drafts pay set lookups, not the bound's sums.
        A sum over the whole draft (not per sentence, nor a draft long enough to be read by paragraph)
        also counts the negative signals the scan found that locating cannot take away."""
        wide_from = self.wide_from
        if wide_from is not None and scope.doc.word_count >= wide_from:
            memo, sure_lists = self._bounds_wide, None
        else:
            memo, sure_lists = self._bounds, self.sure_lists
        if len(memo) > BOUNDS_SIZE:  # bounded whatever the drafts: forgetting only costs a recount
            memo.clear()
        hit = self.list_ids & scope.listed
        first = memo.get(hit)
        if first is None:
            listed: set[str] = set()
            for list_id in hit:
                listed |= self.by_list_names[list_id]
            sure = tuple(w for list_id in sorted(hit & sure_lists.keys()) for w in sure_lists[list_id]) \
                if sure_lists else ()
            first = memo[hit] = (not self.reach.short(listed | self.unlisted, sure), frozenset(listed), sure)
        if not first[0]:
            return False, None
        matching = self.prefilter.matching(scope.doc)
        key = (hit, None if matching is None else matching if isinstance(matching, frozenset) else frozenset(matching))
        second = memo.get(key)
        if second is None:
            second = memo[key] = self._patterned_bound(first[1], matching, first[2])
        decided, listed_now = second
        if decided is not None:
            return decided, (matching if decided or not self.measured else None)
        present = tuple(bool(scope.items(metric, caps)) for metric, caps in self.counting)  # type: ignore[arg-type]
        third_key = (key, present)
        third = memo.get(third_key)
        if third is None:
            counted = {name for name, there in zip(self.counting_names, present, strict=True) if there}
            third = memo[third_key] = not self.reach.short(set(listed_now) | self.always_measured | counted, first[2])
        return third, matching

    def _patterned_bound(self, listed: frozenset[str], matching: AbstractSet[int] | None,
                         sure: tuple[float, ...] = ()) -> tuple[bool | None, frozenset[str]]:
        """The second and third bounds, as far as they go without the measures: (decided or
        None, the signals present so far)."""
        patterned = self.patterned if matching is None else {self.by_pattern[i][0].name for i in matching}
        present = set(listed) | patterned
        if not self.measured:
            return not self.reach.short(present, sure), frozenset()
        if self.reach.short(present | self.measured_names, sure):
            return False, frozenset()
        return None, frozenset(present)

    def run(self, scope: Scope) -> list[Hit]:
        if not self.all_hold(self.need_bits, self.needed, scope.matches, scope.doc):
            return []
        reachable, matching = self._reachable(scope)
        if not reachable:
            return []
        if self.unless_lists and not scope.matches.keys().isdisjoint(self.unless_lists):
            return []  # the gate refuses the draft: nothing located that it would throw away
        located = self._located(scope, matching)
        every = self.units(scope, matching, located)
        units = [unit for unit in every if unit.score >= self.threshold and unit.fired]
        if not units and self.paragraphs_from is not None and scope.doc.word_count >= self.paragraphs_from:
            units = self._paragraph(scope, located, every[0])
        if not units:  # most drafts: the gate (its patterns) is read only when a sum reaches the threshold
            return []
        if self.gate and not self.gate.passes(scope, lambda: {n for u in every for n in u.fired}):
            return []
        return sorted((self._quoted(unit, scope.doc.text) for unit in units), key=lambda h: h.start)

    def _paragraph(self, scope: Scope, located: dict[str, list[Span]], draft: Unit) -> list[Unit]:
        """A long draft (a mail, a newsletter) read paragraph by paragraph: the strongest paragraph whose
        own sum, less `paragraph_less`, reaches the threshold (none: []). Signals that meet in one
        paragraph count there without the whole draft's length; a paragraph's measures are its own (one
        of `paragraphs_from` words is long itself). A paragraph holds no signal the draft lacks, bar a
        measure its size may meet (a share, a range): when those cannot reach it, none is read. The
        draft's register signals (`register: true`: a school office's, a staff memo's marks) count in
        every paragraph: a newsletter's second paragraph is still the school's."""
        weights, need = self.weights, self.threshold + self.paragraph_less
        if exact_sum(weights[n] for n in draft.fired.keys() | self.unit_bound if weights[n] > 0) < need:
            return []
        blocks = clauses.paragraphs(scope.doc.text)
        if len(blocks) < 2:
            return []
        carried = {name: located[name] for name in self.register & draft.fired.keys() if name in located}
        best = max(self.units(scope, None, located, blocks, carried), key=lambda unit: unit.score)
        return [Unit(best.span, best.fired, best.score - self.paragraph_less)] if best.score >= need and best.fired else []

    def _quoted(self, unit: Unit, text: str) -> Hit:
        return quoted(unit.span, unit.fired, unit.score, text, self.quoting)


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """Weighted signals summed over the draft (or per sentence) against `threshold`."""
    return Scorer(rule, language, index).run


TYPE = CheckType(
    "signals", compile, Settings, __doc__, lists=("signals", "exceptions"), problems=problems, own_gate=True,
    template=("  threshold: 4          # the sum of weights that fires (docs/rules.md, signals)\n"
              "  signals:              # name: {weight: ...}, plus a metric, a pattern or all/any\n"
              "    ask: {weight: 2, at: start}  # e.g. verbs that ask, where they open a clause\n"))
