"""The closed set of check types. Each is small: it compiles a rule's settings for
one language into a function from a prepared draft to hits (spans + values).

A type is registered with `@check("name")`; later features (history, plans)
add theirs the same way, and the schema lists them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from bot.engine import clauses, measures
from bot.engine.patterns import Pattern, compile_regex, regex_spans  # noqa: F401  (Pattern: plan checks import it from here)
from bot.engine.phrases import PhraseIndex
from bot.engine.rules import Rule
from bot.engine.text import ELISIONS, Doc, fold


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)
    fix: str | None = None


@dataclass
class Scope:
    """What a check sees: the draft, the phrase matches, and optional history."""

    doc: Doc
    matches: dict[int, list[tuple[int, int]]]
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. "history": a HistoryView

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return clauses.sentences(self.doc.text)

    @cached_property
    def _opening(self) -> dict[int, bool]:
        return {}

    def opens_clause(self, offset: int) -> bool:
        """Whether the word at `offset` opens a sentence or clause (where imperatives stand)."""
        found = self._opening.get(offset)
        if found is None:
            found = self._opening[offset] = clauses.opens_clause(self.doc, offset)
        return found

    @cached_property
    def _measured(self) -> dict[tuple[str, int], list[tuple[int, int]]]:
        return {}

    def items(self, metric: str, caps_words: int = 4) -> list[tuple[int, int]]:
        """What a counted measure counts (prices, shouting...), measured once per draft for every rule."""
        key = (metric, caps_words)
        found = self._measured.get(key)
        if found is None:
            prices = self.items("prices") if metric == "short_codes" else None
            found = self._measured[key] = measures.items(self.doc, metric, caps_words, prices)
        return found

    def imperatives(self, list_id: int | None) -> list[tuple[int, int]]:
        """Matches of a list of verbs where they open a sentence or clause: imperatives
        ("Join us", "pls share", « Abonnez-vous »), a way of talking to the reader."""
        return [sp for sp in self.spans(list_id) if self.opens_clause(sp[0])]

    def spans(self, list_id: int | None) -> list[tuple[int, int]]:
        """Character spans matched by a registered phrase list."""
        found = self.matches.get(list_id) if list_id is not None else None
        if not found:
            return []
        tokens = self.doc.tokens
        starts, ends = tokens.starts, tokens.ends
        return [(starts[i], ends[j - 1]) for i, j in found]


CheckFn = Callable[[Scope], list[Hit]]
Factory = Callable[[Rule, str, PhraseIndex], CheckFn]
CHECKS: dict[str, Factory] = {}


def check(name: str) -> Callable[[Factory], Factory]:
    def register(factory: Factory) -> Factory:
        CHECKS[name] = factory
        return factory

    return register


# Check types defined by feature modules, imported the first time a rule needs them.
PROVIDERS = {"history": "bot.memory.history", "signals": "bot.engine.checks.signals"}


def compile_check(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    factory = CHECKS.get(rule.type)
    if factory is None and rule.type in PROVIDERS:
        import importlib

        importlib.import_module(PROVIDERS[rule.type])
        factory = CHECKS.get(rule.type)
    if factory is None:
        raise ValueError(f"check type {rule.type!r} is not available here")
    return factory(rule, language, index)


# -- helpers ---------------------------------------------------------------


def _list(index: PhraseIndex, phrases: list[str] | None) -> int | None:
    return index.add(list(phrases)) if phrases else None


_overlaps = measures.overlaps


def whole(doc: Doc) -> tuple[int, int]:
    """The draft's span without surrounding white space."""
    text = doc.text
    start = len(text) - len(text.lstrip())
    return start, max(start, len(text.rstrip()))


# -- the types -------------------------------------------------------------


@check("lexicon")
def lexicon(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """A phrase from the list is present: one hit per match."""
    block = rule.lang(language)
    phrases, exceptions = _list(index, block.get("phrases")), _list(index, block.get("exceptions"))

    def run(scope: Scope) -> list[Hit]:
        skip = scope.spans(exceptions)
        return [Hit(s, e) for s, e in scope.spans(phrases) if not _overlaps((s, e), skip)]

    return run


def _match_case(replacement: str, original: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# A French elision glued before a match ("N'" of "N'hésitez"): tokens skip it.
_ELISION_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(ELISIONS, key=len, reverse=True)) + r")'$")


def _starts_elided(phrase: str, language: str) -> bool:
    head = fold(phrase.strip()).split(" ", 1)[0]
    return language == "fr" and "'" in head and head.split("'", 1)[0] in ELISIONS


@check("substitute")
def substitute(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """A phrase with a better one to use instead; the fix replaces the span."""
    block = rule.lang(language)
    swaps = [(index.add([phrase]), better, _starts_elided(phrase, language)) for phrase, better in block["swap"].items()]
    exceptions = _list(index, block.get("exceptions"))

    def run(scope: Scope) -> list[Hit]:
        skip = scope.spans(exceptions)
        hits = []
        for list_id, better, elided in swaps:
            for s, e in scope.spans(list_id):
                if elided:  # the phrase starts with "n'", "l'"...: replace the draft's elision too
                    glued = _ELISION_BEFORE.search(scope.doc.folded[max(0, s - 9) : s])
                    s -= len(glued.group()) if glued else 0
                if not _overlaps((s, e), skip):
                    fixed = _match_case(better, scope.doc.text[s:e])
                    hits.append(Hit(s, e, {"replacement": fixed}, fix=fixed))
        return sorted(hits, key=lambda h: h.start)

    return run


@check("density")
def density(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """Terms per 100 words above `threshold` (from `min_words` words on): one hit at the first term."""
    block = rule.lang(language)
    phrases, exceptions = _list(index, block.get("phrases")), _list(index, block.get("exceptions"))
    threshold = float(rule.check["threshold"])
    min_words = int(rule.check.get("min_words", 20))

    def run(scope: Scope) -> list[Hit]:
        words = scope.doc.word_count
        if words < min_words:
            return []
        skip = scope.spans(exceptions)
        spans = [sp for sp in scope.spans(phrases) if not _overlaps(sp, skip)]
        per100 = 100 * len(spans) / words
        if not spans or per100 <= threshold:
            return []
        values = {"count": len(spans), "value": round(per100, 1), "threshold": threshold}
        return [Hit(spans[0][0], spans[0][1], values)]

    return run


def _over(items: list[tuple[int, int]], limit: int, by_char: bool) -> tuple[int, int] | None:
    """The item in which the count first goes over `limit`."""
    count = 0
    for s, e in items:
        count += (e - s) if by_char else 1
        if count > limit:
            return s, e
    return None


@check("metric")
def metric(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """A measure of the draft against `max` or `min` (see docs/rules.md for each metric)."""
    name = rule.check["metric"]
    high, low = rule.check.get("max"), rule.check.get("min")
    min_words = int(rule.check.get("min_words", 0))
    caps_words = int(rule.check.get("caps_words", 4))
    block = rule.lang(language)
    reader, self_ = _list(index, block.get("reader")), _list(index, block.get("self"))
    imperative = _list(index, block.get("imperative"))
    exceptions = _list(index, block.get("exceptions"))

    def run(scope: Scope) -> list[Hit]:
        doc = scope.doc
        if doc.word_count < min_words:
            return []
        limits = {"max": high, "min": low}
        if name in measures.COUNTED:
            items = scope.items(name, caps_words)
            count = sum(e - s for s, e in items) if name == "exclamations" else len(items)
            if high is not None and count > high:
                s, e = _over(items, int(high), by_char=name == "exclamations")
                return [Hit(s, e, {"count": count, **limits})]
            if low is not None and count < low:
                return [Hit(*whole(doc), {"count": count, **limits})]
            return []
        if name == "caps_ratio":
            ratio = measures.caps_ratio(doc)
            if ratio is not None and high is not None and ratio > high:
                span = measures.caps_span(doc) or whole(doc)
                return [Hit(*span, {"value": round(100 * ratio), **limits})]
            return []
        if name in ("length", "words"):
            size = len(doc.text.strip()) if name == "length" else doc.word_count
            if high is not None and size > high:
                starts = doc.tokens.starts if not doc.tokens.extra else sorted(set(doc.tokens.starts))
                start = whole(doc)[0] + int(high) if name == "length" else starts[int(high)]
                return [Hit(start, whole(doc)[1], {"count": size, **limits})]
            if low is not None and size < low:
                return [Hit(*whole(doc), {"count": size, **limits})]
            return []
        if name == "reader_focus":
            skip = scope.spans(exceptions)
            ours = [sp for sp in scope.spans(self_) if not _overlaps(sp, skip)]
            yours = [sp for sp in scope.spans(reader) + scope.imperatives(imperative) if not _overlaps(sp, skip)]
            ratio = float(rule.check.get("ratio", 1.0))
            floor = int(low if low is not None else 2)
            if len(ours) >= floor and len(ours) > ratio * len(yours):
                return [Hit(*ours[0], {"count": len(ours), "value": len(yours)})]
            return []
        raise ValueError(f"unknown metric {name}")

    return run


@check("require")
def require(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """Something must be there (from `min_words` words on); the hit covers the whole draft."""
    phrases = _list(index, rule.lang(language).get("phrases"))
    min_words = int(rule.check.get("min_words", 0))
    need = int(rule.check.get("min", 1))

    imperative = _list(index, rule.lang(language).get("imperative"))

    def run(scope: Scope) -> list[Hit]:
        if scope.doc.word_count < min_words:
            return []
        found = len(scope.spans(phrases))
        if found < need and imperative is not None:
            found += len(scope.imperatives(imperative))
        if found >= need:
            return []
        return [Hit(*whole(scope.doc))]

    return run


_QUOTE = re.compile(r"[«\"“][^«»\"“”]{8,}[»\"”]")
_QUOTATION = re.compile(r'"[^"\n]{8,}"')  # on folded text, where « » “ ” are "
# After a closing quotation mark: punctuation, an optional dash or bracket, then words.
_AFTER_QUOTE = re.compile(r"[\s,.;:]*([-–—―~(]+)?\s*((?:[^\W\d_][\w.'’-]*[ \t]*){0,5})(\S?)")
_NAME_JOINERS = frozenset({"de", "du", "da", "di", "del", "van", "von", "der", "le", "la", "ibn", "bin"})
_ANONYMOUS = frozenset({"proverb", "proverbe", "unknown", "anonymous", "anonyme", "dicton", "saying", "inconnu"})


def _names_author(text: str, end: int) -> bool:
    """The words right after a quotation name who said it: “…” — Name, “…” Name Surname,
    « … » Oscar Wilde, “…” (Chinese proverb). A lone capitalised word followed by more
    lower-case words ("C'est bien connu") is the next sentence, not an author."""
    m = _AFTER_QUOTE.match(text, end)
    if not m or not m.group(2):
        return False
    words = m.group(2).split()
    if any(fold(w).strip(".,") in _ANONYMOUS for w in words[:3]):
        return True
    capitals = 0
    for word in words:
        if word[:1].isupper() and word != "I":
            capitals += 1
        elif capitals and fold(word) in _NAME_JOINERS:
            continue
        else:
            break
    if m.group(1):  # “…” — Name
        return capitals >= 1
    followed_by_text = capitals < len(words)
    return capitals >= 2 or (capitals == 1 and not followed_by_text)


def attributed_quotes(doc: Doc) -> list[tuple[int, int]]:
    """Quotations whose author is named right after them."""
    if '"' not in doc.folded:
        return []
    return [m.span() for m in _QUOTATION.finditer(doc.folded) if _names_author(doc.text, m.end())]


@check("conditional")
def conditional(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """If A is there (phrases `if` or `if_pattern`), B must be too (`then`, or `satisfied_by`).

    `exceptions` and `exception_pattern` drop the triggers they overlap."""
    block = rule.lang(language)
    fold = bool(rule.check.get("fold", True))
    when = _list(index, block.get("if"))
    then = _list(index, block.get("then"))
    exceptions = _list(index, block.get("exceptions"))
    regex = compile_regex(rule.check["if_pattern"], fold) if "if_pattern" in rule.check else None
    unless = compile_regex(rule.check["exception_pattern"], fold) if "exception_pattern" in rule.check else None
    satisfied_by = set(rule.check.get("satisfied_by", ()))

    def run(scope: Scope) -> list[Hit]:
        doc = scope.doc
        skip = scope.spans(exceptions)
        if unless:
            skip += regex_spans(unless, doc)
        if "attribution" in satisfied_by:  # a quotation credited to its author credits what it says
            skip += attributed_quotes(doc)
        triggers = scope.spans(when) + (regex_spans(regex, doc) if regex else [])
        triggers = sorted(sp for sp in triggers if not _overlaps(sp, skip))
        if not triggers or scope.spans(then):
            return []
        if ("link" in satisfied_by and doc.links) or ("mention" in satisfied_by and doc.mentions):
            return []
        if "quote" in satisfied_by and _QUOTE.search(doc.text):
            return []
        return [Hit(*triggers[0])]

    return run


@check("order")
def order(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """A (`first`) must come before B (`then`): the hit is the first B with no A before it."""
    block = rule.lang(language)
    first, then = _list(index, block["first"]), _list(index, block["then"])

    def run(scope: Scope) -> list[Hit]:
        asks = scope.spans(then)
        if not asks:
            return []
        gives = scope.spans(first)
        if gives and gives[0][0] < asks[0][0]:
            return []
        return [Hit(*asks[0])]

    return run


@check("pattern")
def pattern(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """A regular expression on RE2 (linear time); by default on folded text."""
    block = rule.lang(language)
    fold = bool(rule.check.get("fold", True))
    regex = compile_regex(block.get("pattern") or rule.check["pattern"], fold)
    exceptions = _list(index, block.get("exceptions"))

    def run(scope: Scope) -> list[Hit]:
        skip = scope.spans(exceptions)
        return [Hit(s, e) for s, e in regex_spans(regex, scope.doc) if not _overlaps((s, e), skip)]

    return run
