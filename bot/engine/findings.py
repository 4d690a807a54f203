"""A review's findings: where a rule fired, what it says there, and how they are built fast
(the review makes one per finding, and building a frozen dataclass field by field is dear)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from bot.engine.checks.base import slot_setters


@dataclass(frozen=True, slots=True)
class Quote:
    """One place a finding points at: its span on the draft as sent, and the words there."""

    span: tuple[int, int]
    excerpt: str


@dataclass(frozen=True, slots=True)  # slots: made for every finding, twice as fast to build
class Finding:
    """One thing a rule found in a draft, with where and what to do about it."""

    rule: str
    topic: str
    severity: str
    span: tuple[int, int]
    excerpt: str
    message: str
    why: str
    how: str
    suggestions: tuple[str, ...]
    fix: str | None
    source: str
    count: int = 1  # how many matches merged into this finding
    quotes: tuple[Quote, ...] = ()  # every place it points at, in draft order (its span's among them)
    strength: float = 1.0  # a signals sum over its threshold (1: just reached); scales the penalty

    @property
    def places(self) -> tuple[Quote, ...]:
        """Every place the finding points at (its own span when it quotes nothing else)."""
        return self.quotes or (Quote(self.span, self.excerpt),)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span)
        data["suggestions"] = list(self.suggestions)
        data["quotes"] = [{"span": list(q.span), "excerpt": q.excerpt} for q in self.places]
        return data


_FINDING_SLOTS = slot_setters(Finding)


def _finding_init(self: Finding, rule: str, topic: str, severity: str, span: tuple[int, int], excerpt: str, message: str,
                  why: str, how: str, suggestions: tuple[str, ...], fix: str | None, source: str, count: int = 1,
                  quotes: tuple[Quote, ...] = (), strength: float = 1.0) -> None:
    """The dataclass's own __init__, its slots set directly (a frozen dataclass sets each field
    through object.__setattr__: about twice the cost, paid for every finding)."""
    (s_rule, s_topic, s_severity, s_span, s_excerpt, s_message, s_why, s_how, s_suggestions, s_fix, s_source, s_count,
     s_quotes, s_strength) = _FINDING_SLOTS
    s_rule(self, rule)
    s_topic(self, topic)
    s_severity(self, severity)
    s_span(self, span)
    s_excerpt(self, excerpt)
    s_message(self, message)
    s_why(self, why)
    s_how(self, how)
    s_suggestions(self, suggestions)
    s_fix(self, fix)
    s_source(self, source)
    s_count(self, count)
    s_quotes(self, quotes)
    s_strength(self, strength)


Finding.__init__ = _finding_init  # type: ignore[method-assign]


class UnfrozenFinding:
    """A Finding while the review builds it: the same slots in the same order, without the frozen
    class's __setattr__, so each field is one plain store (a third of the slot setters' cost, paid
    for every finding); the object then becomes a Finding (`__class__`: the layouts are the same)."""

    __slots__ = Finding.__slots__  # type: ignore[attr-defined]

    def __init__(self, rule: str, topic: str, severity: str, span: tuple[int, int], excerpt: str, message: str,
                 why: str, how: str, suggestions: tuple[str, ...], fix: str | None, source: str, count: int,
                 quotes: tuple[Quote, ...], strength: float) -> None:
        self.rule = rule
        self.topic = topic
        self.severity = severity
        self.span = span
        self.excerpt = excerpt
        self.message = message
        self.why = why
        self.how = how
        self.suggestions = suggestions
        self.fix = fix
        self.source = source
        self.count = count
        self.quotes = quotes
        self.strength = strength
        self.__class__ = Finding  # type: ignore[assignment]
