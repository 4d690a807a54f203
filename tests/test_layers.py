"""Workspace and channel layers: overrides key by key, provenance, errors with file:line:key."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.cli import main
from bot.app import build_coach
from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.layers.explain import explain, provenance
from bot.layers.files import build_layer_schema, layer_schema_path
from bot.layers.source import AdviceSource
from tests.conftest import rule_yaml

DRAFT = "Flash sale this weekend: buy now and follow us for more!"


@pytest.fixture
def setup(tmp_path: Path):
    """A pack with two rules and an empty local root."""
    packs = tmp_path / "advice"
    (packs / "core").mkdir(parents=True)
    (packs / "core" / "t.urgency.yaml").write_text(rule_yaml(
        id="t.urgency", fr="phrases: [achetez maintenant]\nexceptions: [achetez maintenant gratuitement]",
        en="phrases: [buy now]\nexceptions: [buy now for free]"), encoding="utf-8")
    (packs / "core" / "t.follow.yaml").write_text(rule_yaml(
        id="t.follow", topic="self-promotion", severity="suggestion",
        fr="phrases: [suivez-nous]", en="phrases: [follow us]"), encoding="utf-8")
    local = tmp_path / "local"
    local.mkdir()

    class Setup:
        root = local

        def write(self, rel: str, text: str) -> Path:
            file = local / rel
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(textwrap.dedent(text), encoding="utf-8")
            return file

        def source(self) -> AdviceSource:
            return AdviceSource([packs / "core"], local)

    return Setup()


def findings(coach: Coach, workspace: str, channel: str = "general", draft: str = DRAFT) -> dict[str, list]:
    result, _ = coach.review(draft, Context(workspace=workspace, channel=channel))
    out: dict[str, list] = {}
    for f in result.findings:
        out.setdefault(f.rule, []).append((f.excerpt.lower(), f.severity))
    return out


WORKSPACE_LAYER = """\
    t.urgency:
      severity: blocker
      en:
        phrases+: [flash sale]
    t.follow:
      status: off
"""


def test_a_workspace_layer_changes_the_next_review_in_that_workspace_only(setup):
    coach = build_coach(advice=setup.source())
    before = findings(coach, "T1")
    assert before == {"t.urgency": [("buy now", "warning")], "t.follow": [("follow us", "suggestion")]}

    setup.write("T1/tuning.yaml", WORKSPACE_LAYER)
    coach.advice.reload()

    assert findings(coach, "T1") == {"t.urgency": [("flash sale", "blocker"), ("buy now", "blocker")]}
    assert findings(coach, "T2") == before  # another workspace: unchanged
    assert not coach.advice.errors


def test_a_channel_layer_applies_over_the_workspace_layer(setup):
    setup.write("T1/tuning.yaml", WORKSPACE_LAYER)
    setup.write("T1/channels/C9/launch.yaml", """\
        t.urgency:
          severity: tip
          en:
            phrases-: [buy now]
        t.follow:
          status: active
    """)
    coach = build_coach(advice=setup.source())
    assert findings(coach, "T1", "C9") == {"t.urgency": [("flash sale", "tip")],
                                           "t.follow": [("follow us", "suggestion")]}
    assert findings(coach, "T1", "C1") == {"t.urgency": [("flash sale", "blocker"), ("buy now", "blocker")]}
    # Channels without a layer share the workspace's compiled advice.
    source = coach.advice
    assert source.advice_for("T1", "C1") is source.advice_for("T1", "C2")
    assert source.advice_for("T1", "C9") is not source.advice_for("T1", "C1")
    assert source.advice_for("T3", "C9") is source.advice_for(None, None)


def test_exceptions_and_removals_merge_key_by_key(setup):
    setup.write("T1/a.yaml", """\
        t.urgency:
          en:
            exceptions-: [buy now for free]
            exceptions+: [buy now and save]
          fr:
            message: "« {match} » : trop pressant."
    """)
    source = setup.source()
    rule = source.rule("t.urgency", "T1")
    assert rule.lang("en")["exceptions"] == ["buy now and save"]
    assert rule.lang("en")["phrases"] == ["buy now"]  # untouched keys stay as in the pack
    assert rule.lang("fr")["message"] == "« {match} » : trop pressant."
    assert rule.lang("fr")["why"] == "pourquoi"
    coach = build_coach(advice=source)
    assert "t.urgency" in findings(coach, "T1", draft="Buy now for free, our guide is out.")
    assert "t.urgency" not in findings(coach, "T1", draft="Buy now and save on the guide.")
    assert "t.urgency" not in findings(coach, "T2", draft="Buy now for free, our guide is out.")


def test_check_thresholds_merge_into_the_check_mapping(setup, tmp_path):
    pack = tmp_path / "advice" / "core"
    (pack / "t.dense.yaml").write_text(rule_yaml(
        id="t.dense", check="type: density\nthreshold: 3", fr="phrases: [nous]", en="phrases: [we]"), encoding="utf-8")
    setup.write("T1/a.yaml", "t.dense:\n  check: {threshold: 1}\n  weight: 40\n")
    source = setup.source()
    assert source.rule("t.dense", "T1").check == {"type": "density", "threshold": 1}
    assert source.rule("t.dense", "T1").weight == 40
    assert source.rule("t.dense", "T2").check == {"type": "density", "threshold": 3}


def test_provenance_says_which_layer_set_each_key(setup):
    ws = setup.write("T1/tuning.yaml", WORKSPACE_LAYER)
    ch = setup.write("T1/channels/C9/x.yaml", "t.urgency:\n  status: shadow\n")
    source = setup.source()
    stack = source.stack("T1", "C9")
    keys = provenance(stack, "t.urgency")
    assert keys["severity"] == "workspace T1"
    assert keys["en.phrases"] == "workspace T1"
    assert keys["status"] == "channel C9"
    assert keys["weight"] == "pack core" and keys["fr.phrases"] == "pack core"
    text = explain(stack, "t.urgency")
    severity_line = next(line for line in text.splitlines() if line.startswith("severity:"))
    assert "workspace T1" in severity_line and f"{ws.name}:2" in severity_line
    assert any(line.strip().startswith("- flash sale") and "+workspace T1" in line for line in text.splitlines())
    status_line = next(line for line in text.splitlines() if line.startswith("status:"))
    assert "channel C9" in status_line and f"{ch.name}:2" in status_line


def test_rules_show_cli_prints_the_rule_as_it_applies_there(setup, tmp_path, monkeypatch):
    setup.write("T1/tuning.yaml", WORKSPACE_LAYER)
    monkeypatch.setenv("COACH_ADVICE_LOCAL", str(setup.root))
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    result = CliRunner().invoke(main, ["rules", "show", "hard-sell.urgency", "--workspace", "T1", "--channel", "C1"])
    # The bundled packs are used by the CLI; T1's layer names rules of the test pack only: warnings, no error.
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# hard-sell.urgency in workspace T1, channel C1")
    assert "# pack core" in result.output


def test_a_workspace_may_add_rules_of_its_own_and_tune_them(setup):
    setup.write("T1/t.jargon.yaml", rule_yaml(id="t.jargon", topic="relevance", en="phrases: [synergy]",
                                              fr="phrases: [synergie]"))
    setup.write("T1/tuning.yaml", "t.jargon:\n  severity: blocker\n")
    coach = build_coach(advice=setup.source())
    assert findings(coach, "T1", draft="Our synergy is great, read the guide.")["t.jargon"] == [("synergy", "blocker")]
    assert "t.jargon" not in findings(coach, "T2", draft="Our synergy is great, read the guide.")
    assert provenance(coach.advice.stack("T1"), "t.jargon")["topic"] == "workspace T1"


def test_a_layer_rule_cannot_reuse_a_pack_id(setup):
    bad = setup.write("T1/dupe.yaml", rule_yaml(id="t.urgency", en="phrases: [x]", fr="phrases: [x]"))
    source = setup.source()
    (error,) = source.errors
    assert error.path.endswith(bad.name) and error.key == "id" and error.line == 1
    assert "already exists" in error.message and "override" in error.message


@pytest.mark.parametrize(("text", "line", "key", "words"), [
    ("t.urgency:\n  severity: fatal\n", 2, "t.urgency.severity", "expected one of"),
    ("t.urgency:\n  wieght: 3\n", 2, "t.urgency.wieght", "unknown key"),
    ("t.urgency:\n  en:\n    phrase+: [x]\n", 3, "t.urgency.en.phrase+", "unknown key"),
    ("t.urgency:\n  check: {type: density}\n", 2, "t.urgency.check.type", "unknown key"),
    ("severity: blocker\n", 1, "severity", "needs `id:`"),
    ("Hard Sell:\n  status: off\n", 1, "Hard Sell", "not a rule id"),
    ("t.urgency:\n  status: off\n  status: active\n", 3, "", "duplicate key"),
    ("t.urgency:\n  en:\n    phrases-: [buy now]\n", 3, "t.urgency.en.phrases-", "missing (required for type lexicon)"),
    ("t.urgency:\n  en:\n    message: 'hurry {matches}'\n", 3, "t.urgency.en.message", "unknown placeholder"),
    ("t.urgency: {}\n", 1, "t.urgency", "nothing to change"),
])  # fmt: skip
def test_a_broken_override_names_file_line_and_key(setup, text, line, key, words):
    file = setup.write("T1/tuning.yaml", text)
    source = setup.source()
    errors = source.errors_for("T1")
    assert errors, "expected an error"
    error = errors[0]
    assert (error.path.endswith(file.name), error.line, error.key) == (True, line, key), str(error)
    assert words in error.message
    assert source.errors_for("T2") == []
    # The broken file is left out: T1 reviews with the packs' rules.
    assert source.rule("t.urgency", "T1").severity == "warning"
    assert source.rule("t.urgency", "T1").lang("en")["phrases"] == ["buy now"]


def test_errors_are_told_to_the_workspace_they_concern(setup):
    setup.write("T1/tuning.yaml", "t.urgency:\n  severity: fatal\n")
    source = setup.source()
    assert len(source.errors_for("T1")) == 1
    assert source.errors_for("T2") == []


def test_unknown_rules_and_missing_phrases_are_warnings_and_the_rest_applies(setup):
    file = setup.write("T1/tuning.yaml", """\
        t.gone:
          status: off
        t.urgency:
          severity: blocker
          en:
            phrases-: [never there]
    """)
    source = setup.source()
    assert source.errors == []
    warnings = {(w.line, w.key): w.message for w in source.last_report.warnings}
    assert "no such rule" in warnings[(1, "t.gone")]
    assert "nothing to remove" in warnings[(6, "t.urgency.en.phrases-")]
    assert all(w.path.endswith(file.name) for w in source.last_report.warnings)
    assert source.rule("t.urgency", "T1").severity == "blocker"


def test_switches_file_applies_last(setup):
    setup.write("T1/zz-tuning.yaml", "t.follow:\n  status: active\n  severity: warning\n")
    source = setup.source()
    file = source.set_status("t.follow", "off", "T1")
    assert file.name == "switches.yaml" and file.read_text().startswith("# yaml-language-server: $schema=")
    rule = source.rule("t.follow", "T1")
    assert (rule.status, rule.severity) == ("off", "warning")
    source.set_status("t.follow", "active", "T1", "C9")
    assert source.rule("t.follow", "T1", "C9").status == "active"
    assert source.rule("t.follow", "T1", "C1").status == "off"


def test_the_published_layer_schema_is_the_one_coach_validates_with():
    published = json.loads(layer_schema_path().read_text(encoding="utf-8"))
    assert published == build_layer_schema(), "run `coach rules layer-schema --write`"
    language = published["$defs"]["language"]["properties"]
    assert {"phrases+", "phrases-", "exceptions+", "exceptions-"} <= set(language)
    assert "type" not in published["$defs"]["override"]["properties"]["check"]["properties"]
