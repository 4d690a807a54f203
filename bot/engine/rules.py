"""Advice rule files: loading and validating the YAML admins edit, with every check type.

One rule per file. A broken file is reported as `file:line: key: problem` and
skipped; the other rules load. Validation is the JSON Schema in
advice/rule.schema.json plus what a schema cannot express: patterns that RE2
accepts, placeholders a message may use, and what each check type needs (its
module's `problems`, bot/engine/checks/). The work is in bot.engine.validate.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bot.engine import validate
from bot.engine.checks.registry import TYPES
from bot.engine.located import LocatedYaml
from bot.engine.rule import (  # noqa: F401  (the names callers read here too)
    LANGUAGES,
    PLACEHOLDERS,
    SEVERITIES,
    TOPICS,
    Problem,
    Rule,
    RuleError,
    RuleSet,
    Source,
    bundled_advice_dir,
    display_path,
    key_text,
    rule_files,
    schema,
    schema_problems,
)
from bot.engine.validate import MAX_LIST  # noqa: F401


def parse_rule(text: str, path: str) -> tuple[Rule | None, list[RuleError]]:
    """Parse and validate one rule file's text."""
    return validate.parse_rule(text, path, TYPES)


def rule_from_yaml(located: LocatedYaml, path: str) -> tuple[Rule | None, list[RuleError]]:
    """Validate an already parsed rule file (layers parse a file once to tell rules from overrides)."""
    return validate.rule_from_yaml(located, path, TYPES)


def rule_problems(data: dict[str, Any]) -> list[Problem]:
    """What is wrong with a rule's data, as (key path, problem): the schema first, then what a
    schema cannot say. Used for files and for rules merged from layers."""
    return validate.rule_problems(data, TYPES)


def load_rules(roots: Iterable[Path]) -> RuleSet:
    return validate.load_rules(roots, TYPES)
