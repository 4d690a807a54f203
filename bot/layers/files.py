"""Layer files: where a workspace's and a channel's files live, the schema of override files
(derived from the rule schema), and reading one file as new rules or overrides."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema

from bot.engine import yamlfile
from bot.engine.checks.registry import setting_schemas
from bot.engine.rules import (
    Rule,
    RuleError,
    bundled_advice_dir,
    key_text,
    rule_from_yaml,
    schema,
    schema_problems,
)

if TYPE_CHECKING:
    from bot.config import Config

ID_RE = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
SWITCHES = "switches.yaml"  # Coach's own file in a layer folder (/rules on|off); applied last
CHANNELS = "channels"
LAYER_SCHEMA_NAME = "layer.schema.json"


# -- where layers live -------------------------------------------------------


def local_root(config: Config) -> Path:
    """COACH_ADVICE_LOCAL when set, else `<data dir>/advice-local`."""
    return Path(config.advice_local) if config.advice_local else Path(config.data_dir) / "advice-local"


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
        errors.append(RuleError(shown, located.line(tuple(key_path)), dotted(key_path), message))
    if errors:
        return None, errors
    return LayerFile(shown, overrides=valid, located=located, text=text), []


def dotted(path: Iterable[str | int]) -> str:
    parts = list(path)
    if parts and isinstance(parts[0], str) and ID_RE.match(parts[0]):
        rest = key_text(parts[1:])
        return parts[0] + ("." + rest if rest and not rest.startswith("[") else rest)
    return key_text(parts)
