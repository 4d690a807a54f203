"""Post categories: what a post does for its reader.

    give       tips, resources, how-tos, free help
    ask        buy, sign up, follow, click, donate
    converse   questions, replies
    entertain  fun, behind the scenes, games
    news       announcements, launches, updates

The lexicons are advice rules under advice/categories/ (`applies_to: [category]`,
`topic: category`, `check.category: <name>`), so admins tune them like any rule
and their examples are verified the same way. They never take part in a post
review: `Advice.for_kind("post")` leaves them out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from bot.engine import validate
from bot.engine.checks import (
    conditional,
    density,
    lexicon,
    metric,
    order,
    pattern,
    require,
    signals,
    substitute,
)
from bot.engine.checks.base import CheckType, Scope, overlaps, phrase_list
from bot.engine.checks.pattern import regex_of
from bot.engine.compiled import Advice, CompiledRule, compile_with
from bot.engine.language import detect
from bot.engine.patterns import Pattern, matches_at_all, regex_spans
from bot.engine.rule import Rule, RuleSet, pack_dirs
from bot.engine.targets import CATEGORIES
from bot.engine.text import Doc, fold

# The types a category rule may use: the ones that read the text alone (no plan, no history).
TEXT_TYPES: dict[str, CheckType] = {kind.name: kind for kind in (
    lexicon.TYPE, substitute.TYPE, density.TYPE, metric.TYPE, require.TYPE, conditional.TYPE, order.TYPE,
    pattern.TYPE, signals.TYPE)}


def category_of(rule: Rule) -> str:
    return str(rule.check.get("category") or rule.id.split(".")[1])


@dataclass
class Tagging:
    language: str
    categories: frozenset[str]
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # where each category was seen
    doc: Doc | None = None

    def first(self, category: str) -> tuple[int, int] | None:
        spans = self.spans.get(category)
        return min(spans) if spans else None


class Tagger:
    """Tags a text with categories, using the category rules of an Advice (or the bundled ones)."""

    def __init__(self, advice: Advice | None = None):
        every = advice.rules if advice is not None else validate.load_rules(pack_dirs(), TEXT_TYPES).rules
        rules = [r for r in every if "category" in r.applies_to and r.status == "active"]
        unknown = [r.id for r in rules if category_of(r) not in CATEGORIES]
        self.errors = [f"{rid}: category must be one of {', '.join(CATEGORIES)}" for rid in unknown]
        self.advice = compile_with(RuleSet([r for r in rules if r.id not in unknown], []), TEXT_TYPES)
        self._compiled: list[tuple[str, CompiledRule]] = [(category_of(c.rule), c) for c in self.advice.compiled]
        self._presence: dict[str, list[Test]] = {}  # per language: categories_of's tests

    @property
    def rules(self) -> list[Rule]:
        return [c.rule for _, c in self._compiled]

    def tag_doc(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        if not doc.text.strip():
            return {}
        scope = Scope(doc, self.advice.indexes[doc.language].scan(doc.tokens), {})
        spans: dict[str, list[tuple[int, int]]] = {}
        for category, compiled in self._compiled:
            for hit in compiled.run[doc.language](scope):
                spans.setdefault(category, []).append((hit.start, hit.end))
        return spans

    def categories_of(self, doc: Doc) -> set[str]:
        """The categories tag_doc finds (its keys) without their spans, what team memory keeps:
        once a category is found its other rules are not run; a lexicon rule says whether it
        matches from the phrase scan alone, and a pattern rule with no gate from one search of
        its pattern (an import tags every message: no Scope is made for them). The phrase scan
        is skipped when none of the draft's words starts a phrase; a Scope is made only for a
        category still open that another rule tests."""
        if not doc.text.strip():
            return set()
        tests = self._presence.get(doc.language)
        if tests is None:
            tests = self._presence[doc.language] = _tests(self._compiled, self.advice, doc.language)
        index = self.advice.indexes[doc.language]
        pairs = doc.tokens.pairs
        matches = index.scan(doc.tokens) if index.may_start(pairs) else defaultdict(list)
        found: set[str] = set()
        scope: Scope | None = None
        for category, how, first, exceptions in tests:
            if category in found:
                continue
            if how is _LEXICON:
                if first in matches and (exceptions not in matches or _clear(doc, matches, first, exceptions)):
                    found.add(category)
            elif how is _PATTERN:
                if _pattern_found(doc, matches, first, exceptions):  # type: ignore[arg-type]
                    found.add(category)
            else:
                if scope is None:
                    scope = Scope(doc, matches, {})
                if first(scope):  # type: ignore[operator]
                    found.add(category)
        return found

    def tag(self, text: str, language: str | None = None, fallback: str = "en", is_reply: bool = False,
            folded: str | None = None, spans: bool = True) -> Tagging:
        """Categories of a text; a reply in a thread is conversation whatever it says. `folded`
        is fold(text) when the caller has it already (an import folds once for detection too).
        `spans=False`: the categories alone (Tagging.spans left empty), found sooner."""
        folded = fold(text) if folded is None else folded  # once, for the language and the Doc
        if language in ("fr", "en"):
            lang = language
        else:
            lang = detect(text, fallback, folded=folded).language if text.strip() else fallback
        doc = Doc(text, lang, folded)
        where = self.tag_doc(doc) if spans else {}
        found = set(where) if spans else self.categories_of(doc)
        if is_reply:
            found.add("converse")
        return Tagging(lang, frozenset(found), where, doc)


Present = Callable[[Scope], bool]
_LEXICON, _PATTERN, _CHECK = "lexicon", "pattern", "check"
# (category, how it is tested, and: a lexicon's phrases and exceptions list ids | a pattern and its
# exceptions list id | the rule's check run on a Scope, and None)
Test = tuple[str, str, int | Pattern | Present | None, int | None]


def _tests(compiled: list[tuple[str, CompiledRule]], advice: Advice, language: str) -> list[Test]:
    """categories_of's tests, the lexicon rules' first (read from the phrase scan alone), then
    the pattern rules' with no gate (one search), then the others' (their checks run): the
    categories found are the same in any order."""
    lexicons: list[Test] = []
    patterns: list[Test] = []
    others: list[Test] = []
    for category, rule in compiled:
        lists = _lexicon_lists(rule, advice, language)
        if lists is not None:
            lexicons.append((category, _LEXICON, *lists))
        elif _ungated(rule.rule, language, "pattern"):
            index = advice.indexes[language]
            patterns.append((category, _PATTERN, regex_of(rule.rule, language),
                             phrase_list(index, rule.rule.lang(language).get("exceptions"))))
        else:
            others.append((category, _CHECK, _present(rule, language), None))
    return lexicons + patterns + others


def _present(compiled: CompiledRule, language: str) -> Present:
    """Whether the rule finds anything in a draft: its check run."""
    run = compiled.run[language]
    return lambda scope: bool(run(scope))


def _ungated(rule: Rule, language: str, kind: str) -> bool:
    """Whether the rule is of that type with no `when` or `unless` (its check alone decides)."""
    return rule.type == kind and not any(rule.check.get(key) or rule.lang(language).get(key) for key in ("when", "unless"))


def _lexicon_lists(compiled: CompiledRule, advice: Advice, language: str) -> tuple[int | None, int | None] | None:
    """(phrases, exceptions) list ids of a lexicon rule with no gate, whose presence is the
    lexicon's own test read from the phrase scan (a match that no exception overlaps); None for
    any other rule."""
    rule = compiled.rule
    if not _ungated(rule, language, "lexicon"):
        return None
    index = advice.indexes[language]
    return phrase_list(index, rule.lang(language).get("phrases")), phrase_list(index, rule.lang(language).get("exceptions"))


def _pattern_found(doc: Doc, matches: dict[int, list[tuple[int, int]]], pattern: Pattern,
                   exceptions: int | None) -> bool:
    """Whether a pattern rule with no gate finds anything: what its gate's clause (the pattern
    matches at all) and its check (a non-empty match outside quotations that no exception
    overlaps) say together, the pattern searched once when it cannot match."""
    if not matches_at_all(pattern, doc):
        return False
    spans = regex_spans(pattern, doc)
    if not spans or exceptions is None or exceptions not in matches:
        return bool(spans)
    skip = _characters(doc, matches[exceptions])
    return any(not overlaps(span, skip) for span in spans)


def _characters(doc: Doc, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans [i, j) of the phrase scan as character spans, as Scope.spans gives them."""
    starts, ends = doc.tokens.starts, doc.tokens.ends
    return [(starts[i], ends[j - 1]) for i, j in found]


def _clear(doc: Doc, matches: dict[int, list[tuple[int, int]]], phrases: int | None, exceptions: int | None) -> bool:
    """Whether a match of `phrases` overlaps no match of `exceptions` (both found in the scan),
    compared as characters as Scope.spans gives them."""
    skip = _characters(doc, matches[exceptions])  # type: ignore[index]
    return any(not overlaps(span, skip) for span in _characters(doc, matches[phrases]))  # type: ignore[index]


_TAGGERS: dict[int, tuple[Advice, Tagger]] = {}


def tagger_for(advice: Advice) -> Tagger:
    """One Tagger per loaded Advice (compiling the lexicons takes a few milliseconds)."""
    entry = _TAGGERS.get(id(advice))
    if entry is None or entry[0] is not advice:
        if len(_TAGGERS) > 8:
            _TAGGERS.clear()
        entry = _TAGGERS[id(advice)] = (advice, Tagger(advice))
    return entry[1]


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    return Tagger()
