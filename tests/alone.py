"""The plain specification every pattern registry is held to: each pattern asked alone on the draft
(`matches_at_all`). Five speed rounds hold the shipped registries to it over many of the same drafts, so
a worker answers it once per list of patterns and draft (the list read by its sources and folding)."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from bot.engine.advice import Advice, load_advice
from bot.engine.checks import needs
from bot.engine.patterns import Pattern, matches_at_all
from bot.engine.text import Doc, fold

DEVSETS = Path(__file__).resolve().parent.parent / "bench" / "devsets"

_LISTS: dict[tuple[tuple[str, bool], ...], int] = {}
_ANSWERS: dict[tuple[int, str, str, str], frozenset[int]] = {}


def alone(patterns: Sequence[Pattern], doc: Doc) -> frozenset[int]:
    """The indexes of the patterns that match the draft at all, each asked on its own."""
    which = _LISTS.setdefault(tuple((p.source, p.fold) for p in patterns), len(_LISTS))
    key = (which, doc.language, doc.text, doc.folded)
    found = _ANSWERS.get(key)
    if found is None:
        found = _ANSWERS[key] = frozenset(i for i, pattern in enumerate(patterns) if matches_at_all(pattern, doc))
    return found


@cache
def _rows() -> tuple[str, ...]:
    rows: list[str] = []
    for path in sorted(p for p in DEVSETS.glob("*.jsonl") if "blind" not in p.name):  # held-out sets stay unread
        with path.open(encoding="utf-8") as stream:
            rows += [text for line in stream if line.strip() and (text := json.loads(line).get("text", "")).strip()]
    random.Random(28).shuffle(rows)
    return tuple(rows)


def dev_rows(count: int) -> list[str]:
    """`count` rows of our dev sets, always the same sample in the same order: the rounds that hold
    the shipped registries to `alone` share their answers."""
    return list(_rows()[:count])


@cache
def shipped_advice() -> Advice:
    """The bundled packs compiled once a worker for the rounds that only read their gate patterns (never
    reviewed with, never changed): their patterns compiled once, whichever file asks first."""
    return load_advice()


@cache
def shipped_patterns(language: str) -> tuple[Pattern, ...]:
    """Every gate pattern of the shipped packs in one language (the registry a review reads)."""
    return tuple(needs.patterns_of(shipped_advice().indexes[language]).patterns)


@cache
def shipped_registry(language: str) -> needs.Patterns:
    """A registry of every shipped gate pattern of a language, its sets and filter built, shared by the
    tests that only ask it (`present` keeps its answers in each draft's memo, never in the registry)."""
    registry = needs.Patterns()
    for pattern in shipped_patterns(language):
        registry.add(pattern)
    registry.present(Doc("warm", language, fold("warm")))
    assert registry.sets is not None
    return registry
