"""What an AdviceSource keeps between reloads: each file's state, each place's stack of layers
(packs, workspace, channel), and how one layer file is applied to a stack."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from bot.engine import lists
from bot.engine.advice import Advice, compile_rules
from bot.engine.rules import Rule, RuleError, RuleSet
from bot.layers.files import LayerFile
from bot.layers.stack import Stack

log = logging.getLogger("coach.advice")


@dataclass
class FileState:
    text: str
    parsed: LayerFile | Rule | None
    errors: list[RuleError]
    last_good: LayerFile | Rule | None = None  # the last version that applied cleanly


@dataclass
class Place:
    stack: Stack
    errors: list[RuleError] = field(default_factory=list)
    warnings: list[RuleError] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


Key = tuple[str | None, str | None]  # (workspace, channel); (None, None) is the packs alone


@dataclass
class Tables:
    """One generation of what reviews read: the places built from the files, compiled."""

    files: dict[Path, FileState] = field(default_factory=dict)
    places: dict[Key, Place] = field(default_factory=dict)
    compiled: dict[Key, Advice] = field(default_factory=dict)
    on_disk: frozenset[Key] = frozenset({(None, None)})


def place_key(tables: Tables, workspace: str | None, channel: str | None) -> Key:
    """The nearest place with a layer on disk: channel, else workspace, else packs."""
    if (workspace, channel) in tables.on_disk:
        return (workspace, channel)
    return (workspace, None) if (workspace, None) in tables.on_disk else (None, None)


def compile_place(place: Place) -> Advice:
    return compile_rules(RuleSet(place.stack.rules(), list(place.errors)))


def is_rule_file(state: FileState) -> bool:
    parsed = state.parsed if state.parsed is not None else state.last_good
    return isinstance(parsed, LayerFile) and parsed.kind == "rule"


def apply_file(stack: Stack, file: LayerFile, layer: str) -> tuple[list[RuleError], list[RuleError]]:
    """Apply one layer file to the stack: (errors, warnings). Any failure is that file's error."""
    try:
        if file.kind == "rule":
            return stack.try_rule_file(file, layer), []
        return stack.try_override_file(file, layer)
    except Exception as exc:
        log.debug("advice file %s could not be applied", file.shown, exc_info=True)
        return [RuleError(file.shown, 1, "", f"cannot be applied: {type(exc).__name__}: {exc}")], []


def collect(tables: Tables) -> tuple[list[RuleError], list[RuleError], list[str]]:
    errors: dict[str, RuleError] = {}
    warnings: dict[str, RuleError] = {}
    kept: set[str] = set()
    for state in tables.files.values():
        for e in state.errors:
            errors.setdefault(str(e), e)
    for place in tables.places.values():
        for e in place.errors:
            errors.setdefault(str(e), e)
        for w in place.warnings:
            warnings.setdefault(str(w), w)
        kept.update(place.kept)
    for e in lists.bundled().errors:  # a shared list's pattern that does not load (too costly for RE2): `rules check` says so
        errors.setdefault(str(e), e)
    return list(errors.values()), list(warnings.values()), sorted(kept)
