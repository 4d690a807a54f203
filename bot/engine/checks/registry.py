"""Every check type, listed once (adding a type: its module, and its name in MODULES below).

Each module defines `TYPE = CheckType(...)` (bot/engine/checks/base.py says what it holds)
and is named as its type.
From them come the compiled checks, the validation of a rule's `check:` and language blocks
beyond the schema, and the `check` part of advice/rule.schema.json: a `oneOf`, one branch per
type (`python -m bot.engine.checks --write-schema` writes it; a test fails when it is stale).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any

from bot.engine.checks.base import DEFS, CheckFn, CheckType
from bot.engine.checks.gate import gated
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Rule

# One module of bot/engine/checks/ per type, named as the type. A module is imported the first
# time its type is asked for: `coach review` compiles post rules and never imports the plan types.
MODULES = (
    "lexicon", "substitute", "density", "metric", "require", "conditional", "order", "pattern", "signals",
    "history", "section", "counterfeit", "mix", "sequence",
)  # fmt: skip


class _Types(Mapping[str, CheckType]):
    """name -> CheckType, in MODULES order; each type's module imported on first use."""

    def __getitem__(self, name: str) -> CheckType:
        if name not in MODULES:
            raise KeyError(name)
        return importlib.import_module(f"bot.engine.checks.{name}").TYPE

    def __iter__(self) -> Iterator[str]:
        return iter(MODULES)

    def __len__(self) -> int:
        return len(MODULES)

    def __contains__(self, name: object) -> bool:
        return name in MODULES


TYPES: Mapping[str, CheckType] = _Types()


def compile_check(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    kind = TYPES.get(rule.type)
    if kind is None:
        raise ValueError(f"check type {rule.type!r} is not available here")
    return gated(kind, rule, language, index)


def check_schema() -> dict[str, Any]:
    """The JSON Schema of a rule's `check:` mapping: the type first, then one branch per type."""
    return {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"enum": list(TYPES)}},
        "oneOf": [kind.schema() for kind in TYPES.values()],
    }


def check_defs() -> dict[str, Any]:
    """The `$defs` of the rule schema the check part names (the gate's `when` and `unless`)."""
    return DEFS


def setting_schemas() -> dict[str, Any]:
    """Every key any type reads under `check:` (what an override may change), with its schema."""
    found: dict[str, Any] = {}
    for kind in TYPES.values():
        for key, schema in kind.schema()["properties"].items():
            if key != "type":
                found.setdefault(key, schema)
    return found
