"""A `signals` rule's entries, read once into `Signal` values (bot/engine/checks/signals.py sums
them): kept apart so that the scorer's module holds the scoring."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.engine import lists
from bot.engine.checks.base import phrase_list
from bot.engine.patterns import Pattern, compile_regex
from bot.engine.phrases import PhraseIndex


@dataclass(frozen=True)
class Signal:
    """One weighted clue of a signals check, as its rule states it."""

    name: str
    weight: float
    phrases: int | None = None  # phrase list id in the language's index
    exceptions: int | None = None
    patterns: tuple[Pattern, ...] = ()
    metric: str | None = None
    low: float = 1  # a measure fires from `min` ...
    high: float | None = None  # ... up to `max`
    caps_words: int = 4
    at_start: bool = False  # only matches that open a clause (imperatives)
    context: bool = False  # counts only beside a signal that is not context
    register: bool = False  # the draft's register: counts in every paragraph of a long draft
    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()

    @property
    def meta(self) -> bool:
        return bool(self.all or self.any)


def expanded(pattern: str) -> tuple[str, ...]:
    """A signal's pattern, or the patterns of the shared list it names ("@headline"): one reading
    of a kind of text kept in one place, for the gates and the signals that read it."""
    return lists.patterns_of(pattern) if lists.ref_name(pattern) is not None else (pattern,)


def compile_setting(setting: object, fold: bool = True) -> tuple[Pattern, ...]:
    """A pattern setting as a check runs it: one string or a list of them, each a pattern or a shared
    list's name ("@reported-quote", "@noun-call": that list's patterns)."""
    items = (setting,) if isinstance(setting, str) else tuple(setting) if isinstance(setting, list | tuple) else ()
    return tuple(compile_regex(p, fold) for item in items if item for p in expanded(str(item)))


def build_signal(name: str, spec: dict, own: dict, settings: dict, fold: bool, index: PhraseIndex) -> Signal:
    """One signal of a rule, from its shared settings and the language's own phrases and patterns."""
    patterns = [q for p in (spec.get("pattern"), own.get("pattern")) if p for q in expanded(p)]
    return Signal(
        name=name,
        weight=float(spec["weight"]),
        phrases=phrase_list(index, own.get("phrases")),
        exceptions=phrase_list(index, own.get("exceptions")),
        patterns=tuple(compile_regex(p, bool(spec.get("fold", fold))) for p in patterns),
        metric=spec.get("metric"),
        low=float(spec.get("min", 1)),
        high=float(spec["max"]) if "max" in spec else None,
        caps_words=int(spec.get("caps_words", settings.get("caps_words", 4))),
        at_start=spec.get("at") == "start",
        context=bool(spec.get("context", False)),
        register=bool(spec.get("register", False)),
        all=tuple(spec.get("all", ())),
        any=tuple(spec.get("any", ())),
    )


def sure_negative(signal: Signal) -> bool:
    """A negative signal read from its phrase list alone, which locating keeps wherever the scan found it."""
    return (signal.weight < 0 and signal.phrases is not None and signal.metric is None and not signal.at_start
            and signal.exceptions is None and not signal.context and not signal.meta)


def paragraphs(settings: dict[str, Any], per_sentence: bool) -> tuple[int | None, float]:
    """From how many words a draft is also read paragraph by paragraph (None: never), and what a
    paragraph's sum takes off (signals.py, `Scorer._paragraph`)."""
    return None if per_sentence else settings.get("paragraphs_from"), float(settings.get("paragraph_less", 0))
