"""docs/rules.md, "Adding a check type": its worked example is real. The module it shows is
registered as a check type the way the page says (one file, its name in MODULES), and the
rule it shows loads, passes its own examples and reviews drafts."""

from __future__ import annotations

import re
import sys
import textwrap
import types
from pathlib import Path

import pytest

from bot.engine import validate
from bot.engine.checks import registry
from bot.engine.examples import verify_rule
from bot.engine.review import ReviewContext, review
from bot.engine.rule import schema

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def section() -> str:
    text = DOCS.read_text(encoding="utf-8")
    start = text.index("### Adding a check type")
    return text[start:text.index("\n## ", start)]


def block(language: str) -> str:
    found = re.search(rf"```{language}\n(.*?)```", section(), re.S)
    assert found, f"no {language} block in 'Adding a check type'"
    return textwrap.dedent(found.group(1))


@pytest.fixture
def link_to(monkeypatch):
    """The page's module, as bot/engine/checks/link_to.py with "link_to" in MODULES."""
    module = types.ModuleType("bot.engine.checks.link_to")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compile(block("python"), "docs/rules.md", "exec"), module.__dict__)
    monkeypatch.setattr(registry, "MODULES", (*registry.MODULES, "link_to"))
    published = schema()
    published["properties"]["check"] = registry.check_schema()  # what --write-schema would write
    monkeypatch.setattr(validate, "schema", lambda: published)
    validate._validator.cache_clear()
    yield module
    validate._validator.cache_clear()


def test_the_page_says_one_file_and_one_registry_line():
    text = section()
    assert "bot/engine/checks/<name>.py" in text and "`MODULES`" in text
    assert "python -m bot.engine.checks --write-schema" in text


def test_the_worked_example_is_a_check_type_whose_rule_loads_and_reviews(link_to, pack):
    assert link_to.TYPE.name == "link_to" and link_to.TYPE.required == ("domains",)
    assert {"properties": {"type": {"const": "link_to"}}} | link_to.TYPE.schema() in registry.check_schema()["oneOf"]
    pack.write("relevance.shortened-link.yaml", block("yaml"))
    advice = pack.load()
    [rule] = advice.rules
    assert rule.type == "link_to" and verify_rule(rule) == []  # its bad and good examples hold
    found = review("Sign up for the workshop: https://www.bit.ly/spring-workshop (free).", ReviewContext(advice))
    assert [(f.rule, f.excerpt) for f in found.findings] == [
        ("relevance.shortened-link", "https://www.bit.ly/spring-workshop")]
    assert review("Write to hello@bit.ly or read tinyurl.company.example", ReviewContext(advice)).findings == ()


def test_the_worked_examples_settings_are_validated(link_to, pack):
    text = block("yaml")
    pack.write("no-domains.yaml", text.replace("  domains: [bit.ly, tinyurl.com]\n", "").replace(
        "relevance.shortened-link", "relevance.no-domains"))
    pack.write("a-link.yaml", text.replace("[bit.ly, tinyurl.com]", "[https://bit.ly]").replace(
        "relevance.shortened-link", "relevance.a-link"))
    pack.write("other-key.yaml", text.replace("  domains:", "  bounds: {give: [0.5, 1]}\n  domains:").replace(
        "relevance.shortened-link", "relevance.other-key"))
    errors = sorted(str(e) for e in pack.load(allow_errors=True).errors)
    assert len(errors) == 3
    assert "check.domains[0]: a domain, without https:// or a path (bit.ly)" in errors[0]  # a-link.yaml
    assert "check.domains: missing (required for type link_to)" in errors[1]  # no-domains.yaml
    assert "check.bounds: unknown key" in errors[2]  # other-key.yaml
