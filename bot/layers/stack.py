"""Admins' layers: the built-in advice, tuned per workspace and per channel.

Layout, under the local root (COACH_ADVICE_LOCAL, else <data dir>/advice-local):

    <root>/<workspace>/*.yaml                      the workspace (or Discord server) layer
    <root>/<workspace>/channels/<channel>/*.yaml   a channel layer

The stack is: the built-in packs, then the workspace layer, then the channel
layer. In a layer folder, a file with an `id:` key is a whole new rule (same
format as the packs, advice/rule.schema.json). Any other file is an override
file (advice/layer.schema.json): rule ids at the top, then only the keys to
change, merged key by key onto the rule below:

    hard-sell.urgency:
      severity: blocker            # replace a value
      check: {threshold: 3}        # mappings merge key by key
      fr:
        phrases+: [promo flash]    # add to a list
        exceptions-: [dernière chance de s'inscrire gratuitement]   # remove from it
    vanity.followers:
      status: off

Files of a layer apply in name order, new rules first, then overrides; the
file `switches.yaml` (written by `/coach rules on|off`) always applies last. Every
merged rule is validated again like a rule file; an error names the override
file, its line and key. Each key remembers which layer set it (`coach rules
show ID --workspace W --channel C`).
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.engine import yamlfile
from bot.engine.advice import compile_rules
from bot.engine.rules import (
    Rule,
    RuleError,
    RuleSet,
    key_text,
    rule_problems,
)
from bot.layers.budget import Cost, budget_problem, pattern_cost
from bot.layers.files import SWITCHES, LayerFile, dotted, layer_schema_path, schema_comment

# -- the stack ------------------------------------------------------------------


@dataclass(frozen=True)
class Origin:
    """Who set a key: a layer, its file and line, and how (= set, + added, - removed)."""

    layer: str
    path: str
    line: int
    op: str = "="

    def __str__(self) -> str:
        sign = {"=": "", "+": "+", "-": "-"}[self.op]
        return f"{sign}{self.layer} ({self.path}:{self.line})"


@dataclass
class Entry:
    """One rule as the stack has it so far, with who changed what."""

    data: dict[str, Any]
    layer: str  # where the rule was written
    path: str
    located: yamlfile.LocatedYaml | None
    origins: dict[tuple[str, ...], list[Origin]] = field(default_factory=dict)
    items: dict[tuple[str, ...], dict[str, Origin]] = field(default_factory=dict)  # items added by layers

    def rule(self) -> Rule:
        return Rule.from_data(self.data, self.path, self.located)

    def set_by(self, path: tuple[str, ...]) -> str:
        """The layer that last changed `path` (or an ancestor), else the rule's own layer."""
        for n in range(len(path), 0, -1):
            found = self.origins.get(path[:n])
            if found:
                return found[-1].layer
        return self.layer


def norm(item: Any) -> str:
    if isinstance(item, str):
        return " ".join(item.split()).casefold()
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


@dataclass
class _Change:
    path: tuple[str, ...]  # in the merged rule
    src: tuple[str, ...]  # in the override file (after the rule id)
    op: str
    items: tuple[Any, ...] = ()


def merge_override(data: dict[str, Any], override: dict[str, Any]) -> tuple[dict[str, Any], list[_Change], list[tuple[tuple[str, ...], str]]]:
    """`data` with `override` applied key by key (data is not modified).
    Returns the merged data, the changes made and warnings as (override key path, text)."""
    merged = copy.deepcopy(data)
    changes: list[_Change] = []
    warnings: list[tuple[tuple[str, ...], str]] = []
    _merge_into(merged, override, (), (), changes, warnings)
    return merged, changes, warnings


def _merge_into(target: dict[str, Any], over: dict[str, Any], at: tuple[str, ...], src: tuple[str, ...],
                changes: list[_Change], warnings: list[tuple[tuple[str, ...], str]]) -> None:
    for key, value in over.items():
        name, op = (key[:-1], key[-1]) if key.endswith(("+", "-")) else (key, "=")
        path, spath = at + (name,), src + (key,)
        current = target.get(name)
        if op == "=" and isinstance(value, dict) and isinstance(current, dict):
            _merge_into(current, value, path, spath, changes, warnings)
        elif op == "=":
            target[name] = copy.deepcopy(value)
            changes.append(_Change(path, spath, "="))
        elif op == "+":
            added: list[Any] = []
            if isinstance(current, dict) and not isinstance(value, dict):
                warnings.append((spath, f"{name} is a mapping: add keys to it, not a list (nothing added)"))
                continue
            if isinstance(current, dict):
                for k, v in value.items():
                    current[k] = copy.deepcopy(v)
                    added.append(k)
            elif isinstance(current, list):
                known = {norm(x) for x in current}
                for item in value:
                    if norm(item) in known:
                        warnings.append((spath, f"{item!r} is already there"))
                        continue
                    current.append(copy.deepcopy(item))
                    known.add(norm(item))
                    added.append(item)
            else:
                target[name] = copy.deepcopy(value)
                added = list(value)
            changes.append(_Change(path, spath, "+", tuple(added)))
        else:
            removed: list[Any] = []
            for item in value:
                if isinstance(current, dict) and item in current:
                    del current[item]
                    removed.append(item)
                elif isinstance(current, list) and any(norm(x) == norm(item) for x in current):
                    current[:] = [x for x in current if norm(x) != norm(item)]
                    removed.append(item)
                else:
                    warnings.append((spath, f"{item!r} is not there, nothing to remove"))
            changes.append(_Change(path, spath, "-", tuple(removed)))


def _compile_error(rule: Rule) -> str | None:
    try:
        errors = compile_rules(RuleSet([Rule(**{**rule.__dict__, "status": "active"})], [])).errors
    except Exception as exc:  # whatever a merged rule does to a check, the file is refused, not the reload
        return f"cannot be compiled: {type(exc).__name__}: {exc}"
    return str(errors[0].message) if errors else None


@dataclass
class Stack:
    """The rules of one place (packs, a workspace, a channel), as plain data with provenance."""

    entries: dict[str, Entry] = field(default_factory=dict)
    layers: list[tuple[str, str]] = field(default_factory=list)  # (layer name, folder)
    errors: list[RuleError] = field(default_factory=list)
    warnings: list[RuleError] = field(default_factory=list)
    base_cost: Cost = field(default_factory=dict)  # the packs' patterns: outside the layers' budget

    @classmethod
    def from_rules(cls, rules: Iterable[Rule], layer: str = "packs", folder: str = "",
                   layer_of: Callable[[Rule], str] | None = None) -> Stack:
        """The bottom of a stack: rules as loaded from the packs (`layer_of` names each one's pack)."""
        entries = {}
        for rule in rules:
            data = rule.lines.data if rule.lines is not None else None
            if not isinstance(data, dict):
                raise ValueError(f"rule {rule.id} has no source data")
            entries[rule.id] = Entry(data, layer_of(rule) if layer_of else layer, rule.path, rule.lines)
        return cls(entries, [(layer, folder)], base_cost=pattern_cost(entries.values()))

    def copy(self) -> Stack:
        """A stack to build the next layer on (entries are replaced, never changed in place)."""
        return Stack(dict(self.entries), list(self.layers), list(self.errors), list(self.warnings), self.base_cost)

    def _over_budget(self, changed: dict[str, Entry]) -> str | None:
        if not self.base_cost:
            return None
        return budget_problem(pattern_cost({**self.entries, **changed}.values()), self.base_cost)

    def rules(self) -> list[Rule]:
        return [entry.rule() for entry in self.entries.values()]

    def get(self, rule_id: str) -> Entry | None:
        return self.entries.get(rule_id)

    # -- applying a layer's files ---------------------------------------------

    def try_rule_file(self, file: LayerFile, layer: str) -> list[RuleError]:
        assert file.rule is not None
        rule = file.rule
        if rule.id in self.entries:
            below = self.entries[rule.id]
            line = rule.lines.line(("id",)) if rule.lines else 1
            return [RuleError(file.shown, line, "id", f"rule {rule.id} already exists ({below.path}); to change it, "
                                                       f"write an override: `{rule.id}:` then the keys to change")]
        entry = Entry(rule.lines.data if rule.lines else {}, layer, file.shown, rule.lines)
        problem = self._over_budget({rule.id: entry})
        if problem:
            located = rule.lines
            key = next((k for k in ("check.pattern", "check.if_pattern", "fr.pattern", "en.pattern")
                        if located and tuple(k.split(".")) in located.lines), "check")
            return [RuleError(file.shown, located.line(tuple(key.split("."))) if located else 1, key, problem)]
        self.entries[rule.id] = entry
        return []

    def try_override_file(self, file: LayerFile, layer: str) -> tuple[list[RuleError], list[RuleError]]:
        """Apply an override file, all or nothing. Returns (errors, warnings); on errors
        the stack is unchanged."""
        located = file.located
        assert located is not None
        errors: list[RuleError] = []
        warnings: list[RuleError] = []
        updated: dict[str, Entry] = {}

        def where(rule_id: str, src: Iterable[str | int]) -> tuple[int, str]:
            path = (rule_id, *src)
            return located.line(path), dotted(path)

        for rule_id, override in file.overrides.items():
            entry = updated.get(rule_id) or self.entries.get(rule_id)
            if entry is None:
                line, _ = where(rule_id, ())
                warnings.append(RuleError(file.shown, line, rule_id, "no such rule below this layer; ignored"))
                continue
            merged, changes, merge_warnings = merge_override(entry.data, override)
            for src, text in merge_warnings:
                line, key = where(rule_id, src)
                warnings.append(RuleError(file.shown, line, key, text))
            problems = rule_problems(merged)
            for key_path, message in problems:
                line, key, exact = _locate(located, rule_id, key_path)
                detail = message if exact else f"{key_text(key_path)}: {message}"
                errors.append(RuleError(file.shown, line, key, f"{detail} (once this layer applies)"))
            if problems:
                continue
            new = Entry(merged, entry.layer, entry.path, entry.located,
                        {k: list(v) for k, v in entry.origins.items()}, {k: dict(v) for k, v in entry.items.items()})
            problem = _compile_error(new.rule())
            if problem and problem != _compile_error(entry.rule()):
                line, key = where(rule_id, ("check",) if "check" in override else ())
                errors.append(RuleError(file.shown, line, key, problem))
                continue
            for change in changes:
                line = located.line((rule_id, *change.src))
                origin = Origin(layer, file.shown, line, change.op)
                new.origins.setdefault(change.path, []).append(origin)
                added = new.items.setdefault(change.path, {})
                if change.op == "=":
                    added.clear()
                for item in change.items:
                    if change.op == "+":
                        added[norm(item)] = origin
                    else:
                        added.pop(norm(item), None)
            updated[rule_id] = new
        if errors:
            return errors, warnings
        problem = self._over_budget(updated)
        if problem:
            first = next(iter(updated), "")
            return [RuleError(file.shown, located.line((first,)) if first else 1, first, problem)], warnings
        self.entries.update(updated)
        return [], warnings


def _locate(located: yamlfile.LocatedYaml, rule_id: str, key_path: list[str | int]) -> tuple[int, str, bool]:
    """Where, in an override file, a problem of the merged rule at `key_path` was written:
    (line, key as written, whether the whole path was found)."""
    src: tuple[str | int, ...] = (rule_id,)
    exact = True
    for part in key_path:
        if isinstance(part, int):
            break
        for candidate in (part, f"{part}+", f"{part}-"):
            if src + (candidate,) in located.lines:
                src = src + (candidate,)
                break
        else:
            exact = False
            break
    return located.line(src), dotted(src), exact


# -- writing switches -------------------------------------------------------------


SWITCHES_HEADER = ("# Written by Coach when an admin types `/coach rules on|off`. You may edit it;\n"
                   "# it applies after the other files of this folder.\n")


def write_switch(folder: Path, rule_id: str, status: str) -> Path:
    """Set `status` for `rule_id` in the folder's switches.yaml, keeping the other entries."""
    file = folder / SWITCHES
    data: dict[str, Any] = {}
    if file.exists():
        located = yamlfile.load(file.read_text(encoding="utf-8"))  # raises YamlError on a broken file
        if isinstance(located.data, dict):
            data = located.data
        elif located.data is not None:
            raise yamlfile.YamlError(1, "expected rule ids at the top level")
    entry = data.setdefault(rule_id, {})
    if not isinstance(entry, dict):
        entry = data[rule_id] = {}
    entry["status"] = status
    folder.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=True, default_flow_style=False)
    tmp = file.with_name(f".{SWITCHES}.tmp")
    tmp.write_text(schema_comment(file, layer_schema_path()) + SWITCHES_HEADER + body, encoding="utf-8")
    os.replace(tmp, file)
    return file
