"""One module per check type: its contract, the schema generated from it, and its docs."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest

from bot.engine.checks.base import KEYS
from bot.engine.checks.registry import TYPES, check_schema
from bot.engine.rule import bundled_advice_dir
from bot.engine.rules import rule_problems
from tests.conftest import rule_yaml

ROOT = Path(__file__).resolve().parents[1]


def test_the_published_rule_schema_has_the_check_types_of_the_code():
    published = json.loads((bundled_advice_dir() / "rule.schema.json").read_text(encoding="utf-8"))
    assert published["properties"]["check"] == check_schema(), "run `python -m bot.engine.checks --write-schema`"


@pytest.mark.parametrize("name", sorted(TYPES))
def test_each_type_declares_its_settings_and_documents_itself(name):
    kind = TYPES[name]
    assert kind.name == name and kind.doc.startswith(f"`{name}`")
    branch = kind.schema()["properties"]
    assert branch["type"] == {"const": name}
    assert all(f.metadata.get("schema") or f.name in KEYS for f in fields(kind.settings))
    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") + (ROOT / "docs" / "plans.md").read_text(encoding="utf-8")
    assert f"### `{name}`" in docs


def test_a_setting_of_another_type_is_refused():
    import yaml

    data = yaml.safe_load(rule_yaml(check="type: lexicon\nbounds: {give: [0.5, 1]}", fr="phrases: [a]",
                                    en="phrases: [a]"))
    assert rule_problems(data) == [(["check", "bounds"], "unknown key")]
    data["check"] = {"type": "lexiconn"}
    assert rule_problems(data)[0][1].startswith("expected one of: lexicon, substitute")
