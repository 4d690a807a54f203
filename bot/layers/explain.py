"""A rule as it applies in a place, key by key, with the layer that set each key
(`coach rules show ID --workspace W --channel C`, `/coach rules show ID`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml

from bot.engine.rules import (
    LANGUAGES,
)

# -- the stack ------------------------------------------------------------------
from bot.layers.stack import Entry, Stack, norm


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
                origin = added.get(norm(item))
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
