"""Advice rules: loading, validating and describing the YAML files admins edit.

One rule per file. A broken file is reported as `file:line: key: problem` and
skipped; the other rules load. Validation is the JSON Schema in
advice/rule.schema.json plus the checks a schema cannot express (patterns that
RE2 accepts, placeholders a message may use, phrases a check type needs).
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from bot.engine import yamlfile

LANGUAGES = ("fr", "en")
SEVERITIES = ("tip", "suggestion", "warning", "blocker")
TOPICS = (
    "give-first", "hard-sell", "relevance", "originality", "credit-sources", "self-promotion",
    "vanity-metrics", "conversation", "bluff", "purpose", "measurement", "multichannel",
    "content-mix", "consistency", "sustainability", "reputation",
)  # fmt: skip

# Which language-block lists each check type reads, and which it requires.
TYPE_LISTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "lexicon": (("phrases", "exceptions"), ("phrases",)),
    "substitute": (("swap", "exceptions"), ("swap",)),
    "density": (("phrases", "exceptions"), ("phrases",)),
    "metric": (("reader", "self", "imperative", "exceptions"), ()),
    "require": (("phrases", "imperative"), ("phrases",)),
    "conditional": (("if", "then", "exceptions"), ()),
    "order": (("first", "then"), ("first", "then")),
    "pattern": (("pattern", "exceptions"), ()),
    "signals": (("signals", "exceptions"), ()),
    "history": (("phrases",), ()),
    "section": (("signals", "patterns", "cased", "exceptions"), ()),
    "counterfeit": (("signals", "patterns", "cased", "exceptions"), ()),
    "mix": ((), ()),
    "sequence": ((), ()),
}
PLACEHOLDERS = {"match", "replacement", "count", "threshold", "value", "max", "min", "days", "share", "target",
                "rows", "category", "signal"}
# Settings a check type cannot do without (plan checks; see bot/engine/checks/plan.py).
REQUIRED_SETTINGS = {"sequence": ("category", "after"), "section": ("needs",), "counterfeit": ("needs",)}


def bundled_advice_dir() -> Path:
    """The advice packs shipped with Coach, from a checkout or an installed wheel."""
    return Path(str(resources.files("advice")))


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads((bundled_advice_dir() / "rule.schema.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Source:
    article: str
    section: str
    seed: str = ""
    title_en: str = ""
    section_en: str = ""

    def __str__(self) -> str:
        return f"{self.article} — {self.section}"

    def cite(self, language: str) -> str:
        """The article and section in the reader's language: an English review names the
        article in English with the French title in brackets; a French review in French."""
        if language != "en" or not self.title_en or self.title_en == self.article:
            section = self.section_en if language == "en" and self.section_en else self.section
            return f"{self.article} — {section}"
        return f"{self.title_en} [{self.article}] — {self.section_en or self.section}"


@dataclass
class Rule:
    id: str
    version: int
    status: str
    severity: str
    topic: str
    applies_to: tuple[str, ...]
    weight: float
    source: Source
    check: dict[str, Any]
    langs: dict[str, dict[str, Any]]
    path: str = ""
    lines: yamlfile.LocatedYaml | None = field(default=None, repr=False, compare=False)

    @property
    def type(self) -> str:
        return self.check["type"]

    def lang(self, language: str) -> dict[str, Any]:
        return self.langs[language]

    @classmethod
    def from_data(cls, data: dict[str, Any], path: str = "", located: yamlfile.LocatedYaml | None = None) -> Rule:
        return cls(
            id=data["id"],
            version=data["version"],
            status=data["status"],
            severity=data["severity"],
            topic=data["topic"],
            applies_to=tuple(data["applies_to"]),
            weight=float(data["weight"]),
            source=Source(**data["source"]),
            check=dict(data["check"]),
            langs={lang: dict(data[lang]) for lang in LANGUAGES},
            path=path,
            lines=located,
        )


@dataclass(frozen=True)
class RuleError:
    path: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        key = f" {self.key}:" if self.key else ""
        return f"{self.path}:{self.line}:{key} {self.message}"


def _key(path: Iterable[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_TYPE_NAMES = {"number": "a number", "integer": "a whole number", "string": "text", "array": "a list",
               "object": "a mapping", "boolean": "true or false"}  # fmt: skip


def _schema_message(error: jsonschema.ValidationError) -> tuple[list[str | int], str]:
    if error.validator == "oneOf" and error.context:  # say what is wrong in the likeliest shape
        shaped = [e for e in error.context if e.validator != "type"] or list(error.context)
        return _schema_message(jsonschema.exceptions.best_match(shaped))
    path = list(error.absolute_path)
    if error.validator == "type":
        return path, f"expected {_TYPE_NAMES.get(str(error.validator_value), error.validator_value)}"
    if error.validator == "enum":
        return path, "expected one of: " + ", ".join(map(str, error.validator_value))
    if error.validator == "required":
        missing = error.message.split("'")[1]
        return path + [missing], "missing (required)"
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return path + extra[:1], "unknown key"
    if error.validator == "pattern":
        return path, f"does not match {error.validator_value}"
    if error.validator in ("minItems", "minLength"):
        return path, "must not be empty"
    return path, error.message


MAX_LIST = 2_000  # phrases (or exceptions, swaps...) in one list; the bundled rules use under 40
MAX_PROGRAM = 2_500  # RE2 program size of one pattern: ~2 ms on an 8,000-character draft; the packs' largest is 662


def pattern_problem(pattern: Any, fold: bool) -> str | None:
    """What is wrong with an admin's pattern, compiled exactly as a review will compile it
    (accents folded first when `fold`): not RE2, or too expensive to run on every draft."""
    from bot.engine.checks import compile_regex  # checks imports this module

    if not isinstance(pattern, str):
        return "expected text"
    try:
        size = compile_regex(pattern, fold).text.programsize
    except Exception as exc:  # re2.error, and anything a hostile pattern may raise
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        if fold and pattern_problem(pattern, False) is None:
            return (f"not a valid RE2 pattern once accents are folded (reviews match without accents): {detail}; "
                    "write it without accents, or set check.fold: false")
        return f"not a valid RE2 pattern: {detail}"
    if size > MAX_PROGRAM:
        return (f"too expensive: an RE2 program of {size:,} steps, over the {MAX_PROGRAM:,} allowed per pattern "
                "(fewer or smaller counted repeats such as {0,1000} make it cheaper)")
    return None


def _semantic_errors(data: dict[str, Any]) -> list[tuple[list[str | int], str]]:
    """What the schema cannot say."""
    errors: list[tuple[list[str | int], str]] = []
    check = data["check"]
    kind = check["type"]
    fold = bool(check.get("fold", True))
    for regex_key in ("pattern", "if_pattern", "exception_pattern"):
        if regex_key in check:
            problem = pattern_problem(check[regex_key], fold)
            if problem:
                errors.append((["check", regex_key], problem))
    if kind == "metric" and "metric" not in check:
        errors.append((["check", "metric"], "missing (required for type metric)"))
    if kind == "metric" and "max" not in check and "min" not in check and check.get("metric") != "reader_focus":
        errors.append((["check", "max"], "a metric needs max or min"))
    if kind == "signals":
        from bot.engine.checks.signals import (
            problems,  # the type's own module (it imports this one)
        )

        errors += problems(data)
    if kind == "density" and "threshold" not in check:
        errors.append((["check", "threshold"], "missing (required for type density)"))
    for setting in REQUIRED_SETTINGS.get(kind, ()):
        if setting not in check:
            errors.append((["check", setting], f"missing (required for type {kind})"))
    allowed, required = TYPE_LISTS.get(kind, ((), ()))
    for lang in LANGUAGES:
        block = data[lang]
        for req in required:
            if not block.get(req):
                errors.append(([lang, req], f"missing (required for type {kind})"))
        if kind == "pattern" and "pattern" not in check and "pattern" not in block:
            errors.append(([lang, "pattern"], "missing: give check.pattern or a pattern per language"))
        if kind == "conditional" and "if_pattern" not in check and not block.get("if"):
            errors.append(([lang, "if"], "missing: give check.if_pattern or `if` phrases"))
        if "pattern" in block:
            problem = pattern_problem(block["pattern"], fold)
            if problem:
                errors.append(([lang, "pattern"], problem))
        for list_key, items in block.items():
            if isinstance(items, list | dict) and len(items) > MAX_LIST:
                errors.append(([lang, list_key], f"{len(items):,} items: at most {MAX_LIST:,} per list"))
        for regex_key, folded in (("patterns", True), ("cased", False)):  # section, counterfeit: named patterns
            for name, regex in (block.get(regex_key) or {}).items():
                problem = pattern_problem(regex, folded)
                if problem:
                    errors.append(([lang, regex_key, name], problem))
        for list_key in ("phrases", "exceptions", "if", "then", "first", "reader", "self", "imperative"):
            for i, phrase in enumerate(block.get(list_key) or []):
                if phrase.strip().startswith("*"):
                    errors.append(([lang, list_key, i], "a phrase cannot start with the wildcard *"))
        for name, phrases in (block.get("signals") or {}).items():
            for i, phrase in enumerate(phrases if isinstance(phrases, list) else ()):
                if phrase.strip().startswith("*"):
                    errors.append(([lang, "signals", name, i], "a phrase cannot start with the wildcard *"))
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(block["message"]) if name}
        except ValueError as exc:
            errors.append(([lang, "message"], f"bad placeholder: {exc}"))
            continue
        for name in sorted(names - PLACEHOLDERS):
            errors.append(([lang, "message"], f"unknown placeholder {{{name}}} (use: {', '.join(sorted(PLACEHOLDERS))})"))
        if "\n" in block["message"].strip():
            errors.append(([lang, "message"], "must be one line"))
    return errors


def parse_rule(text: str, path: str) -> tuple[Rule | None, list[RuleError]]:
    """Parse and validate one rule file's text."""
    try:
        located = yamlfile.load(text)
    except yamlfile.YamlError as exc:
        return None, [RuleError(path, exc.line, "", exc.message)]
    return rule_from_yaml(located, path)


def rule_from_yaml(located: yamlfile.LocatedYaml, path: str) -> tuple[Rule | None, list[RuleError]]:
    """Validate an already parsed rule file (layers parse a file once to tell rules from overrides)."""
    data = located.data
    if not isinstance(data, dict):
        return None, [RuleError(path, 1, "", "expected a mapping of rule keys (id, check, fr, en, ...)")]
    found = [RuleError(path, located.line(tuple(key_path)), _key(key_path), message)
             for key_path, message in rule_problems(data)]
    if found:
        return None, found
    return Rule.from_data(data, path, located), []


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema())


def rule_problems(data: dict[str, Any]) -> list[tuple[list[str | int], str]]:
    """What is wrong with a rule's data, as (key path, problem): the schema first, then
    what a schema cannot say. Used for files and for rules merged from layers."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    found = [_schema_message(error) for error in errors]
    return found or _semantic_errors(data)


def rule_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.yaml") if p.is_file())


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass
class RuleSet:
    """Rules as loaded from disk, with the errors of the files that did not load."""

    rules: list[Rule]
    errors: list[RuleError]

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def load_rules(roots: Iterable[Path]) -> RuleSet:
    rules: list[Rule] = []
    errors: list[RuleError] = []
    seen: dict[str, str] = {}
    for root in roots:
        for file in rule_files(Path(root)):
            shown = display_path(file)
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                errors.append(RuleError(shown, 1, "", f"cannot read: {exc}"))
                continue
            rule, problems = parse_rule(text, shown)
            errors.extend(problems)
            if rule is None:
                continue
            if rule.id in seen:
                line = rule.lines.line(("id",)) if rule.lines else 1
                errors.append(RuleError(shown, line, "id", f"duplicate id {rule.id!r} (also in {seen[rule.id]})"))
                continue
            seen[rule.id] = shown
            rules.append(rule)
    return RuleSet(rules, errors)
