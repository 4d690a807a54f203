"""One advice rule as Coach holds it, and how a rule file's problems are named.

    Rule.from_data(data, path)      a validated rule (bot.engine.rules loads and validates files)
    RuleError(path, line, key, msg) printed as `file:line: key: problem`
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.engine.located import LocatedYaml

if TYPE_CHECKING:  # jsonschema is imported when a file is validated, not to review with cached rules
    import jsonschema

LANGUAGES = ("fr", "en")
SEVERITIES = ("tip", "suggestion", "warning", "blocker")


TOPICS = (
    "give-first", "hard-sell", "relevance", "originality", "credit-sources", "self-promotion",
    "vanity-metrics", "conversation", "bluff", "purpose", "measurement", "multichannel",
    "content-mix", "consistency", "sustainability", "reputation",
)  # fmt: skip


PLACEHOLDERS = {"match", "replacement", "count", "threshold", "value", "signals", "max", "min", "days", "share", "target",
                "rows", "category", "signal"}


def bundled_advice_dir() -> Path:
    """The advice packs shipped with Coach, from a checkout or an installed wheel."""
    import advice  # a package on disk (a checkout or a wheel); importlib.resources would cost ~9 ms a start

    return Path(advice.__file__).resolve().parent


def pack_dirs(root: Path | None = None) -> list[Path]:
    """The bundled packs: every folder of advice/ but `local` (admins' overrides) and `lists`
    (the shared phrase lists rules name as "@name", bot/engine/lists.py)."""
    root = root or bundled_advice_dir()
    return sorted(p for p in root.iterdir() if p.is_dir() and p.name not in ("local", "lists", "__pycache__"))


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads((bundled_advice_dir() / "rule.schema.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Source:
    """Where a rule's advice comes from: the article and section it cites."""

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
    """One advice rule as its YAML file states it, checked but not compiled."""

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
    lines: LocatedYaml | None = field(default=None, repr=False, compare=False)

    @property
    def type(self) -> str:
        return self.check["type"]

    def lang(self, language: str) -> dict[str, Any]:
        return self.langs[language]

    @classmethod
    def from_data(cls, data: dict[str, Any], path: str = "", located: LocatedYaml | None = None) -> Rule:
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
    """A problem in a rule file, with the line and key it is about."""

    path: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        key = f" {self.key}:" if self.key else ""
        return f"{self.path}:{self.line}:{key} {self.message}"


def key_text(path: Iterable[str | int]) -> str:
    """A key path as an error names it: `check.signals.ask`, `fr.phrases[2]`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_TYPE_NAMES = {"number": "a number", "integer": "a whole number", "string": "text", "array": "a list",
               "object": "a mapping", "boolean": "true or false"}  # fmt: skip


Problem = tuple[list[str | int], str]  # (key path, what is wrong)


def _branch(error: jsonschema.ValidationError) -> list[jsonschema.ValidationError] | None:
    """A `oneOf` of check types (each branch names its `type` with a const): the errors of the
    branch of the instance's type; [] when the type is unknown (its enum says so); None when
    the `oneOf` is not one of check types."""
    consts = [(branch.get("properties") or {}).get("type", {}).get("const") for branch in error.validator_value]
    if not isinstance(error.instance, dict) or None in consts:
        return None
    if error.instance.get("type") not in consts:
        return []
    index = consts.index(error.instance["type"])
    return [e for e in error.context or () if e.relative_schema_path and e.relative_schema_path[0] == index]


def schema_problems(error: jsonschema.ValidationError) -> list[Problem]:
    """A JSON Schema error in words: the key it is about, and what is wrong."""
    if error.validator == "oneOf" and error.context:
        branch = _branch(error)
        if branch is not None:
            return [p for e in branch for p in schema_problems(e)]
        shaped = [e for e in error.context if e.validator != "type"] or list(error.context)
        from jsonschema.exceptions import best_match

        return schema_problems(best_match(shaped))  # the likeliest shape
    return [_schema_message(error)]


def _schema_message(error: jsonschema.ValidationError) -> Problem:
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


EXAMPLES_FOLDER = "examples"  # a rule's further examples: examples/<its file name> beside it (bot.engine.examplefile)
# Folders of a pack holding data, not rules (advice/plans/vocabulary: bot.engine.plan.vocabulary; examples files)
DATA_FOLDERS = ("vocabulary", EXAMPLES_FOLDER)


def rule_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.yaml") if p.is_file() and not _data_file(p, root))


def _data_file(path: Path, root: Path) -> bool:
    return any(part in DATA_FOLDERS for part in path.relative_to(root).parts[:-1])


def display_path(path: Path, cwd: Path | None = None) -> str:
    """`path` relative to the current folder when it is under it. `cwd`: that folder, resolved
    (a caller showing many files resolves it once: a getcwd and a walk of its parts per file)."""
    try:
        return str(path.resolve().relative_to(cwd or Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass
class RuleSet:
    """Rules as loaded from disk, with the errors of the files that did not load."""

    rules: list[Rule]
    errors: list[RuleError]

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)
