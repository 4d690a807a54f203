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
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from bot.engine import yamlfile
from bot.engine.advice import compile_rules
from bot.engine.checks.registry import setting_schemas
from bot.engine.rules import (
    LANGUAGES,
    Rule,
    RuleError,
    RuleSet,
    bundled_advice_dir,
    key_text,
    rule_from_yaml,
    rule_problems,
    schema,
    schema_problems,
)
from bot.layers.budget import Cost, budget_problem, pattern_cost

ID_RE = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
OVERRIDABLE = ("status", "severity", "weight", "applies_to", "check", "fr", "en")
SWITCHES = "switches.yaml"  # Coach's own file in a layer folder (/rules on|off); applied last
CHANNELS = "channels"
LAYER_SCHEMA_NAME = "layer.schema.json"


# -- where layers live -------------------------------------------------------


def local_root(config: Any) -> Path:
    """COACH_ADVICE_LOCAL when set, else `<data dir>/advice-local`."""
    return Path(config.advice_local) if getattr(config, "advice_local", None) else Path(config.data_dir) / "advice-local"


def safe_name(name: str) -> bool:
    """A workspace or channel id usable as a folder name."""
    return bool(name) and name not in (".", "..") and not any(c in name for c in "/\\\x00") and name != CHANNELS


def layer_dir(root: Path, workspace: str, channel: str | None = None) -> Path:
    if not safe_name(workspace) or (channel is not None and not safe_name(channel)):
        raise ValueError(f"not a usable workspace or channel name: {workspace!r} / {channel!r}")
    folder = root / workspace
    return folder / CHANNELS / channel if channel is not None else folder


def layer_name(workspace: str, channel: str | None = None) -> str:
    return f"channel {channel}" if channel is not None else f"workspace {workspace}"


def layer_files(folder: Path) -> list[Path]:
    """The YAML files of one layer folder (not its channel folders), switches.yaml last."""
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.glob("*.yaml") if p.is_file())
    return sorted(files, key=lambda p: (p.name == SWITCHES, p.name))


# -- the layer schema, derived from the rule schema ---------------------------


def _resolve(prop: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    ref = prop.get("$ref", "")
    return _resolve(defs[ref.rsplit("/", 1)[1]], defs) if ref.startswith("#/$defs/") else prop


def _without(prop: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in prop.items() if k not in keys}


def _layer_values(prop: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """A mapping of named values (a rule's signals): each value as an override may write it,
    a list as is or a mapping key by key (`phrases+: [...]`)."""
    values = prop.get("additionalProperties")
    if not isinstance(values, dict) or "oneOf" not in values:
        return prop
    variants = [{**v, "properties": _layer_props(v["properties"], defs)} if "properties" in v else v
                for v in values["oneOf"]]
    return {**prop, "additionalProperties": {**values, "oneOf": variants}}


def _layer_props(props: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """Every key of a rule mapping as an override may write it: lists take `key+` / `key-`,
    mappings merge key by key and take `key-` (the keys to drop)."""
    out: dict[str, Any] = {}
    for name, raw in props.items():
        prop = _resolve(raw, defs)
        if prop.get("type") == "array":
            items = _without(prop, "minItems")
            out[name] = prop
            out[f"{name}+"] = {**items, "description": f"Add to {name}"}
            out[f"{name}-"] = {**items, "description": f"Remove from {name}"}
        elif prop.get("type") == "object" and "properties" in prop:
            out[name] = {"type": "object", "additionalProperties": False,
                         "properties": _layer_props(prop["properties"], defs)}
        elif prop.get("type") == "object":
            prop = _layer_values(prop, defs)
            out[name] = prop
            out[f"{name}+"] = {**prop, "description": f"Add to {name}"}
            out[f"{name}-"] = {"type": "array", "items": {"type": "string"}, "description": f"Keys to remove from {name}"}
        else:
            out[name] = prop
    return out


def build_layer_schema() -> dict[str, Any]:
    """The JSON Schema of override files, derived from advice/rule.schema.json."""
    rule_schema = schema()
    defs = rule_schema["$defs"]
    props = rule_schema["properties"]
    check = _layer_props(setting_schemas(), defs)
    language = _layer_props(defs["language"]["properties"], defs)
    override = {
        "type": "object",
        "additionalProperties": False,
        "minProperties": 1,
        "description": "The keys to change in this rule; anything not named stays as below.",
        "properties": {
            "status": {**props["status"], "description": "active, shadow (recorded, not shown) or off"},
            "severity": props["severity"],
            "weight": props["weight"],
            **_layer_props({"applies_to": props["applies_to"]}, defs),
            "check": {"type": "object", "additionalProperties": False, "properties": check,
                      "description": "Thresholds and settings; the check type cannot change"},
            "fr": {"$ref": "#/$defs/language"},
            "en": {"$ref": "#/$defs/language"},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://coach.invalid/advice/layer.schema.json",
        "title": "Coach advice layer (overrides)",
        "description": ("Changes to rules for one workspace or channel, by rule id, key by key. "
                        "`key+` adds to a list, `key-` removes from it. Generated from rule.schema.json "
                        "by bot.layers.build_layer_schema; see README, Editing the advice."),
        "type": ["object", "null"],
        "propertyNames": {"pattern": ID_RE.pattern},
        "additionalProperties": {"$ref": "#/$defs/override"},
        "$defs": {"override": override, "language": {
            "type": "object", "additionalProperties": False, "properties": language}},
    }


def layer_schema_path() -> Path:
    return bundled_advice_dir() / LAYER_SCHEMA_NAME


@lru_cache(maxsize=1)
def layer_schema() -> dict[str, Any]:
    return build_layer_schema()


def schema_comment(file: Path, schema_file: Path) -> str:
    """The first line that lets YAML-aware editors validate a file as the admin types."""
    schema_at, folder = schema_file.resolve(), file.parent.resolve()
    try:
        shared = Path(os.path.commonpath([schema_at, folder]))
        rel = os.path.relpath(schema_at, folder) if shared != Path(shared.anchor) else ""
    except ValueError:  # another drive
        rel = ""
    target = rel if rel and rel.count("..") <= 3 else str(schema_at)
    return f"# yaml-language-server: $schema={target}\n"


# -- reading a layer file -----------------------------------------------------


@dataclass
class LayerFile:
    """One parsed file of a layer folder: a new rule, or overrides by rule id."""

    shown: str
    rule: Rule | None = None
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    located: yamlfile.LocatedYaml | None = None
    text: str = ""

    @property
    def kind(self) -> str:
        return "rule" if self.rule is not None else "override"


def is_rule_text(data: Any) -> bool:
    return isinstance(data, dict) and "id" in data


def parse_layer_file(text: str, shown: str) -> tuple[LayerFile | None, list[RuleError]]:
    """Parse one file of a layer folder. Errors name file, line and key."""
    try:
        located = yamlfile.load(text)
    except yamlfile.YamlError as exc:
        return None, [RuleError(shown, exc.line, "", exc.message)]
    data = located.data
    if is_rule_text(data):
        rule, errors = rule_from_yaml(located, shown)
        return (LayerFile(shown, rule=rule, located=located, text=text) if rule else None), errors
    if data is None:
        return LayerFile(shown, located=located, text=text), []
    if not isinstance(data, dict):
        return None, [RuleError(shown, 1, "", "expected rule ids, each with the keys to change "
                                             "(e.g. `hard-sell.urgency:` then `severity: blocker`)")]
    errors: list[RuleError] = []
    rule_keys = set(schema()["properties"])
    for key in data:
        if not isinstance(key, str) or not ID_RE.match(key):
            hint = ("a new rule needs `id:`; to change a rule, write its id first, then the keys"
                    if key in rule_keys else "not a rule id (ids look like hard-sell.urgency)")
            errors.append(RuleError(shown, located.line((key,)), str(key), hint))
    validator = jsonschema.Draft202012Validator(layer_schema())
    valid = {k: v for k, v in data.items() if isinstance(k, str) and ID_RE.match(k)}
    for error in sorted(validator.iter_errors(valid), key=lambda e: list(map(str, e.absolute_path))):
        key_path, message = schema_problems(error)[0]
        if error.validator == "minProperties":
            message = "says nothing to change"
        errors.append(RuleError(shown, located.line(tuple(key_path)), _dotted(key_path), message))
    if errors:
        return None, errors
    return LayerFile(shown, overrides=valid, located=located, text=text), []


def _dotted(path: Iterable[str | int]) -> str:
    parts = list(path)
    if parts and isinstance(parts[0], str) and ID_RE.match(parts[0]):
        rest = key_text(parts[1:])
        return parts[0] + ("." + rest if rest and not rest.startswith("[") else rest)
    return key_text(parts)


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


def _norm(item: Any) -> str:
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
                known = {_norm(x) for x in current}
                for item in value:
                    if _norm(item) in known:
                        warnings.append((spath, f"{item!r} is already there"))
                        continue
                    current.append(copy.deepcopy(item))
                    known.add(_norm(item))
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
                elif isinstance(current, list) and any(_norm(x) == _norm(item) for x in current):
                    current[:] = [x for x in current if _norm(x) != _norm(item)]
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
            return located.line(path), _dotted(path)

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
                        added[_norm(item)] = origin
                    else:
                        added.pop(_norm(item), None)
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
    return located.line(src), _dotted(src), exact


# -- showing a rule as it applies ------------------------------------------------


def _scalar(value: Any) -> str:
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10**6).strip()
    return text[:-4].rstrip() if text.endswith("\n...") else text


def _origin_note(entry: Entry, path: tuple[str, ...]) -> str:
    changes = entry.origins.get(path)
    if not changes:
        return entry.set_by(path) if len(path) > 1 else entry.layer
    notes = [] if changes[0].op == "=" else [entry.layer]
    notes += [str(origin) for origin in changes]
    return ", ".join(notes)


def explain(stack: Stack, rule_id: str, languages: Iterable[str] = LANGUAGES, title: str = "") -> str:
    """The rule as it applies in this stack, as YAML, each value annotated with the layer that set it."""
    entry = stack.get(rule_id)
    if entry is None:
        raise KeyError(rule_id)
    lines: list[tuple[str, str]] = []
    keep = set(languages)

    def emit(value: Any, path: tuple[str, ...], indent: int, key: str) -> None:
        pad = "  " * indent
        if isinstance(value, dict) and value:
            lines.append((f"{pad}{key}:", _origin_note(entry, path) if path in entry.origins else ""))
            for k, v in value.items():
                emit(v, path + (k,), indent + 1, str(k))
        elif isinstance(value, list) and value and all(isinstance(x, str) for x in value):
            lines.append((f"{pad}{key}:", _origin_note(entry, path)))
            added = entry.items.get(path, {})
            for item in value:
                origin = added.get(_norm(item))
                lines.append((f"{pad}  - {_scalar(item)}", f"+{origin.layer} ({origin.path}:{origin.line})" if origin else ""))
        else:
            lines.append((f"{pad}{key}: {_scalar(value)}", _origin_note(entry, path)))

    for key, value in entry.data.items():
        if key in LANGUAGES and key not in keep:
            continue
        emit(value, (key,), 0, key)
    width = min(max(len(text) for text, _ in lines), 58)
    out = [f"# {title or rule_id}",
           "# layers: " + " -> ".join(f"{name} ({folder})" if folder else name for name, folder in stack.layers),
           f"# written in {entry.path} ({entry.layer})"]
    for text, note in lines:
        out.append(f"{text.ljust(width)}  # {note}" if note else text)
    return "\n".join(out) + "\n"


def provenance(stack: Stack, rule_id: str) -> dict[str, str]:
    """Which layer last set each leaf key of a rule, as {"fr.phrases": "workspace T1", ...}."""
    entry = stack.entries[rule_id]
    out: dict[str, str] = {}

    def walk(value: Any, path: tuple[str, ...]) -> None:
        if isinstance(value, dict) and value and path not in entry.origins:
            for k, v in value.items():
                walk(v, path + (k,))
        else:
            out[".".join(path)] = entry.set_by(path)

    for key, value in entry.data.items():
        walk(value, (key,))
    return out


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
