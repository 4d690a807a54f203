"""A broken rule file is reported as file:line: key: problem, and never takes the others down."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml
from click.testing import CliRunner

from adapters.cli import main
from bot.engine.rules import bundled_advice_dir, schema
from tests.conftest import rule_yaml


def errors_of(pack) -> list[str]:
    return [str(e) for e in pack.load(allow_errors=True).errors]


def test_a_wrong_type_names_file_line_and_key(pack):
    good = pack.rule(id="test.good", fr="phrases: [a]", en="phrases: [a]")
    bad = pack.write("test.bad.yaml", rule_yaml(id="test.bad", check="type: density\nthreshold: lots",
                                                fr="phrases: [a]", en="phrases: [a]"))
    advice = pack.load(allow_errors=True)
    assert [r.id for r in advice.rules] == ["test.good"]
    (error,) = advice.errors
    line = bad.read_text().splitlines().index("  threshold: lots") + 1
    assert str(error) == f"{error.path}:{line}: check.threshold: expected a number"
    assert error.path.endswith("test.bad.yaml") and good.exists()


def test_unknown_keys_enums_and_missing_keys_are_named(pack):
    text = rule_yaml(id="test.bad", severity="fatal", fr="phrases: [a]", en="phrases: [a]").replace("weight:", "wieght:")
    pack.write("test.bad.yaml", text)
    found = errors_of(pack)
    assert any(": severity: expected one of: tip, suggestion, warning, blocker" in e for e in found)
    assert any(": wieght: unknown key" in e for e in found)
    assert any(": weight: missing (required)" in e for e in found)


def test_semantic_errors_patterns_placeholders_phrases(pack):
    pack.write("a.yaml", rule_yaml(id="test.a", check="type: pattern\npattern: '(unclosed'"))
    pack.write("b.yaml", rule_yaml(id="test.b", fr="phrases: [a]", en="phrases: [a]").replace("en {match}", "en {matched}"))
    pack.write("c.yaml", rule_yaml(id="test.c", fr="phrases: [a]"))
    found = "\n".join(errors_of(pack))
    assert "check.pattern: not a valid RE2 pattern" in found
    assert "en.message: unknown placeholder {matched}" in found
    assert "en.phrases: missing (required for type lexicon)" in found


def test_yaml_syntax_error_reports_its_line(pack):
    pack.write("broken.yaml", "id: test.x\ncheck: [unclosed\nfr: {}\n")
    (error,) = errors_of(pack)
    assert "broken.yaml:" in error and "YAML syntax" in error


def test_duplicate_ids_are_reported_and_the_first_kept(pack):
    pack.write("one.yaml", rule_yaml(id="test.same", fr="phrases: [a]", en="phrases: [a]"))
    pack.write("two.yaml", rule_yaml(id="test.same", fr="phrases: [b]", en="phrases: [b]"))
    advice = pack.load(allow_errors=True)
    assert len(advice.rules) == 1 and "duplicate id 'test.same'" in str(advice.errors[0])


def test_rules_check_lists_every_error_and_exits_non_zero(pack):
    pack.rule(id="test.good", fr="phrases: [a]", en="phrases: [a]")
    pack.write("test.bad.yaml", rule_yaml(id="test.bad", check="type: metric\nmetric: loudness\nmax: 1"))
    out = CliRunner().invoke(main, ["rules", "check", str(pack.path)])  # `python -m adapters.cli`: test_startup_round38
    assert out.exit_code == 1
    assert "test.bad.yaml:" in out.stdout and "check.metric: expected one of" in out.stdout
    assert "1 rule loaded, 1 error" in out.stderr


def test_bundled_rules_validate_against_the_published_schema():
    """One validator for every file: jsonschema.validate() checks and compiles the schema again per
    call (~0.1 s each, ~30 s for the pack); libyaml reads the same data ~10x faster than PyYAML."""
    rule_schema = schema()
    jsonschema.Draft202012Validator.check_schema(rule_schema)
    validator = jsonschema.validators.validator_for(rule_schema)(rule_schema)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    files = [p for p in bundled_advice_dir().rglob("*.yaml") if "local" not in p.parts]
    assert files
    for file in files:
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=loader)
        if isinstance(data, dict) and "check" in data:
            validator.validate(data)


def test_schema_file_is_valid_json():
    assert json.loads((bundled_advice_dir() / "rule.schema.json").read_text())["title"]
    assert Path(bundled_advice_dir(), "__init__.py").exists()
