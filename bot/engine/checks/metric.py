"""`metric`: a measure of the draft against `max` or `min` (docs/rules.md lists each metric).

Counted measures (prices, shouting, exclamation marks...) point at the item where the count
goes over `max`; `caps_ratio` at the capitals; `length` and `words` at what runs past `max`;
`reader_focus` at the first "we" when the draft talks about itself more than to the reader."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.engine import measures
from bot.engine.checks.base import (
    CheckFn,
    CheckType,
    Hit,
    Scope,
    overlaps,
    phrase_list,
    setting,
    settings_of,
    whole,
)
from bot.engine.checks.indicators import SOURCES, indicator
from bot.engine.checks.needs import Clause, clause
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Problem, Rule

METRICS = ("caps_ratio", "shouting", "exclamations", "links", "distinct_links", "hashtags", "mentions", "emoji", "prices",
           "percentages", "phone_numbers", "short_codes", "length", "words", "questions", "reader_focus")


@dataclass(frozen=True)
class Settings:
    metric: str = setting(schema={"enum": list(METRICS)})
    max: float | None = setting(None)
    min: float | None = setting(None)
    min_words: int = setting(0)
    caps_words: int = setting(4)
    ratio: float = setting(1.0, {"type": "number", "minimum": 0})  # reader_focus: "we" per "you" allowed


@dataclass(frozen=True)
class _Measure:
    """A metric rule compiled for one language."""

    name: str
    high: float | None
    low: float | None
    caps_words: int
    ratio: float
    reader: int | None
    self_: int | None
    imperative: int | None
    exceptions: int | None

    @property
    def limits(self) -> dict[str, Any]:
        return {"max": self.high, "min": self.low}


def _over(items: list[tuple[int, int]], limit: int, by_char: bool) -> tuple[int, int] | None:
    """The item in which the count first goes over `limit`."""
    count = 0
    for s, e in items:
        count += (e - s) if by_char else 1
        if count > limit:
            return s, e
    return None


def _counted(scope: Scope, m: _Measure) -> list[Hit]:
    items = scope.items(m.name, m.caps_words)
    if m.exceptions is not None and items:
        items = _outside(items, scope.spans(m.exceptions), scope.doc.text)
    by_char = m.name == "exclamations"
    count = sum(e - s for s, e in items) if by_char else len(items)
    if m.high is not None and count > m.high:
        s, e = _over(items, int(m.high), by_char)  # type: ignore[misc]
        return [Hit(s, e, {"count": count, **m.limits})]
    if m.low is not None and count < m.low:
        return [Hit(*whole(scope.doc), {"count": count, **m.limits})]
    return []


def _outside(items: list[tuple[int, int]], skip: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The items that are not part of an exception: inside one, or a mark right after it (a name
    written with its own mark, "Yahoo!", "Jeopardy!", even tokenised "yahoo !"), is no count."""
    if not skip:
        return items
    widened = [(s, e + 1 + (e < len(text) and text[e] == " ")) for s, e in skip]
    return [item for item in items if not overlaps(item, widened)]


def _caps_ratio(scope: Scope, m: _Measure) -> list[Hit]:
    ratio = measures.caps_ratio(scope.doc)
    if ratio is not None and m.high is not None and ratio > m.high:
        span = measures.caps_span(scope.doc) or whole(scope.doc)
        return [Hit(*span, {"value": round(100 * ratio), **m.limits})]
    return []


def _size(scope: Scope, m: _Measure) -> list[Hit]:
    doc = scope.doc
    size = len(doc.text.strip()) if m.name == "length" else doc.word_count
    if m.high is not None and size > m.high:
        starts = doc.tokens.starts if not doc.tokens.extra else sorted(set(doc.tokens.starts))
        start = whole(doc)[0] + int(m.high) if m.name == "length" else starts[int(m.high)]
        return [Hit(start, whole(doc)[1], {"count": size, **m.limits})]
    if m.low is not None and size < m.low:
        return [Hit(*whole(doc), {"count": size, **m.limits})]
    return []


def _reader_focus(scope: Scope, m: _Measure) -> list[Hit]:
    skip = scope.spans(m.exceptions)
    ours = [sp for sp in scope.spans(m.self_) if not overlaps(sp, skip)]
    yours = [sp for sp in scope.spans(m.reader) + scope.imperatives(m.imperative) if not overlaps(sp, skip)]
    floor = int(m.low if m.low is not None else 2)
    if len(ours) >= floor and len(ours) > m.ratio * len(yours):
        return [Hit(*ours[0], {"count": len(ours), "value": len(yours)})]
    return []


MEASURES: dict[str, Callable[[Scope, _Measure], list[Hit]]] = {
    **{name: _counted for name in measures.COUNTED},
    "caps_ratio": _caps_ratio, "length": _size, "words": _size, "reader_focus": _reader_focus,
}


def problems(data: dict[str, Any]) -> list[Problem]:
    check = data["check"]
    if "max" not in check and "min" not in check and check.get("metric") != "reader_focus":
        return [(["check", "max"], "a metric needs max or min")]
    return []


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    settings = settings_of(Settings, rule.check)
    measure = MEASURES.get(settings.metric)
    if measure is None:
        raise ValueError(f"unknown metric {settings.metric}")
    block = rule.lang(language)
    m = _Measure(settings.metric, settings.max, settings.min, int(settings.caps_words), float(settings.ratio),
                 phrase_list(index, block.get("reader")), phrase_list(index, block.get("self")),
                 phrase_list(index, block.get("imperative")), phrase_list(index, block.get("exceptions")))
    min_words = int(settings.min_words)

    def run(scope: Scope) -> list[Hit]:
        if scope.doc.word_count < min_words:
            return []
        return measure(scope, m)

    return run


# The character every item of these measures holds (checks/indicators.py says it for every counted measure).
MARKED = {name: SOURCES[name][0] for name in ("exclamations", "questions", "mentions", "hashtags")}


def needs(rule: Rule, language: str, index: PhraseIndex) -> list[Clause]:
    """reader_focus: a match of `self` (it fires on at least one "we", whatever `min`); a
    counted measure with a `max` and no `min`: what each of its items holds (over a max is one
    item at least: checks/indicators.py). The other measures declare nothing."""
    settings = settings_of(Settings, rule.check)
    if settings.metric == "reader_focus":
        return [clause([phrase_list(index, rule.lang(language).get("self"))])]
    needed = indicator(settings.metric)
    if needed is not None and settings.max is not None and settings.min is None:
        return [clause(patterns=(needed,))]
    return []


TYPE = CheckType("metric", compile, Settings, __doc__, lists=("reader", "self", "imperative", "exceptions"),
                 problems=problems, needs=needs,
                 template='  metric: ""            # one of: ' + ", ".join(METRICS) + "\n  max: 0\n")
