"""Every check type, listed once (adding a type: its module, and one line in TYPES below).

Each module defines `TYPE = CheckType(...)` (bot/engine/checks/base.py says what it holds).
From them come the compiled checks, the validation of a rule's `check:` and language blocks
beyond the schema, and the `check` part of advice/rule.schema.json: a `oneOf`, one branch per
type (`python -m bot.engine.checks --write-schema` writes it; a test fails when it is stale).
"""

from __future__ import annotations

from typing import Any

from bot.engine.checks import (
    conditional,
    counterfeit,
    density,
    history,
    lexicon,
    metric,
    mix,
    order,
    pattern,
    require,
    section,
    sequence,
    signals,
    substitute,
)
from bot.engine.checks.base import CheckFn, CheckType
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule

TYPES: dict[str, CheckType] = {kind.name: kind for kind in (
    lexicon.TYPE,
    substitute.TYPE,
    density.TYPE,
    metric.TYPE,
    require.TYPE,
    conditional.TYPE,
    order.TYPE,
    pattern.TYPE,
    signals.TYPE,
    history.TYPE,
    section.TYPE,
    counterfeit.TYPE,
    mix.TYPE,
    sequence.TYPE,
)}


def compile_check(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    kind = TYPES.get(rule.type)
    if kind is None:
        raise ValueError(f"check type {rule.type!r} is not available here")
    return kind.compile(rule, language, index)


def check_schema() -> dict[str, Any]:
    """The JSON Schema of a rule's `check:` mapping: the type first, then one branch per type."""
    return {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"enum": list(TYPES)}},
        "oneOf": [kind.schema() for kind in TYPES.values()],
    }


def setting_schemas() -> dict[str, Any]:
    """Every key any type reads under `check:` (what an override may change), with its schema."""
    found: dict[str, Any] = {}
    for kind in TYPES.values():
        for key, schema in kind.schema()["properties"].items():
            if key != "type":
                found.setdefault(key, schema)
    return found
