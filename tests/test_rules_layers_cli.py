"""`coach rules check|test|list` understand admins' layer folders: `coach rules new`'s own
advice ("Then: coach rules check <layer> && coach rules test <layer>") works once the layer
also holds the README's override example, and `rules list` never cuts an id."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from adapters.cli import main
from adapters.cli.rules import rules_table
from bot.engine.advice import load_advice
from tests.test_rules_new import fill

README_OVERRIDE = """\
hard-sell.urgency:
  severity: blocker              # was warning
  en:
    phrases+: [flash sale, 48-hour sale]
hard-sell.exclamations:
  status: off
"""
CHANNEL_OVERRIDE = """\
hard-sell.urgency:
  fr:
    phrases+: [vente flash]
    exceptions+: [dernière chance de réserver l'atelier gratuit]
hard-sell.exclamations:
  status: active
  check:
    max: 1
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"COACH_DATA_DIR": str(tmp_path / "data"), "COACH_ADVICE_LOCAL": ""}


def run(env: dict[str, str], *args: str):
    return CliRunner().invoke(main, list(args), env=env)


def test_rules_new_then_its_own_check_and_test_commands_on_a_layer(tmp_path: Path, env):
    layer = tmp_path / "data" / "advice-local" / "T024"
    layer.mkdir(parents=True)
    (layer / "tuning.yaml").write_text(README_OVERRIDE, encoding="utf-8")
    (layer / "channels" / "C05ANNONCES").mkdir(parents=True)
    (layer / "channels" / "C05ANNONCES" / "annonces.yaml").write_text(CHANNEL_OVERRIDE, encoding="utf-8")
    made = run(env, "rules", "new", "team.no-jargon", "--topic", "relevance", "--workspace", "T024")
    then = re.search(r"Then: coach rules check (\S+) && coach rules test (\S+)", made.output)
    assert then and Path(then[1]) == layer

    checked = run(env, "rules", "check", then[1])
    assert checked.exit_code == 1
    problems = [line for line in checked.output.splitlines() if ".yaml:" in line]
    assert problems and all("team.no-jargon.yaml" in line for line in problems), checked.output  # slots only

    rule = layer / "team.no-jargon.yaml"
    rule.write_text(fill(rule.read_text(encoding="utf-8")), encoding="utf-8")
    checked = run(env, "rules", "check", then[1])
    assert checked.exit_code == 0, checked.output
    assert "5 rules added or changed by workspace T024, channel C05ANNONCES, 0 errors" in checked.output
    tested = run(env, "rules", "test", then[2])
    assert tested.exit_code == 0, tested.output
    assert re.search(r"^5 rules, \d+ examples, 0 failures, 0 file errors$", tested.output, re.M)
    # max: 1 in the channel: the pack's good example of a post that sells with two marks now fires,
    # and says so (a joyful "Thank you all!!" still does not: the rule speaks where a post sells)
    assert ("CHANGED hard-sell.exclamations [en] good example 'Our spring collection is in the shop!! "
            "Come and try it on.'") in tested.output
    assert "'Thank you all!! See you soon.'" not in tested.output
    channel = run(env, "rules", "check", str(layer / "channels" / "C05ANNONCES"))
    assert channel.exit_code == 0 and "2 rules added or changed by channel C05ANNONCES" in channel.output


def test_examples_a_layer_adds_must_hold(tmp_path: Path, env):
    layer = tmp_path / "data" / "advice-local" / "T024"
    layer.mkdir(parents=True)
    (layer / "tuning.yaml").write_text(README_OVERRIDE, encoding="utf-8")
    (layer / "tuning2.yaml").write_text("""\
hard-sell.urgency:
  en:
    examples:
      bad+: ["Our [[flash sale]] starts now", "Nothing to see [[here]]"]
""", encoding="utf-8")
    tested = run(env, "rules", "test", str(layer))
    assert tested.exit_code == 1
    assert "FAIL hard-sell.urgency [en] bad example 'Nothing to see [[here]]': fired at nothing" in tested.output
    assert "Our [[flash sale]]" not in tested.output


def test_a_broken_override_is_reported_at_its_line_in_a_layer_check(tmp_path: Path, env):
    layer = tmp_path / "elsewhere" / "T024"  # a layer kept outside the local root (a git checkout)
    layer.mkdir(parents=True)
    (layer / "tuning.yaml").write_text("hard-sell.urgency:\n  severity: critical\n", encoding="utf-8")
    checked = run(env, "rules", "check", str(layer))
    assert checked.exit_code == 1
    assert re.search(r"tuning\.yaml:2: hard-sell\.urgency\.severity: ", checked.output), checked.output
    assert "file error" not in checked.output.lower() or "24" not in checked.output


def test_packs_are_still_checked_as_rule_folders(env):
    advice = Path(__file__).resolve().parents[1] / "advice" / "core"
    checked = run(env, "rules", "check", str(advice))
    assert checked.exit_code == 0 and re.search(r"\d+ rules loaded, 0 errors", checked.output)


def test_rules_list_never_cuts_an_id_even_in_a_narrow_terminal(env):
    rules = load_advice().rules
    longest = max((r.id for r in rules), key=len)
    console = Console(width=60, record=True, color_system=None)
    with console.capture() as out:
        console.print(rules_table(rules))
    assert longest in out.get() and "…" not in out.get()
    piped = run(env, "rules", "list")
    assert all(rule.id in piped.output for rule in rules) and "…" not in piped.output


def test_rules_list_for_a_workspace_and_channel_shows_the_layers(tmp_path: Path, env):
    layer = tmp_path / "data" / "advice-local" / "T024"
    (layer / "channels" / "C05").mkdir(parents=True)
    (layer / "tuning.yaml").write_text(README_OVERRIDE, encoding="utf-8")
    (layer / "channels" / "C05" / "a.yaml").write_text(CHANNEL_OVERRIDE, encoding="utf-8")

    def row(output: str, rule_id: str) -> list[str]:
        line = next(line for line in output.splitlines() if f" {rule_id} " in line)
        return [cell.strip() for cell in line.strip("│ ").split("│")]

    packs, workspace = run(env, "rules", "list"), run(env, "rules", "list", "--workspace", "T024")
    channel = run(env, "rules", "list", "--workspace", "T024", "--channel", "C05")
    assert row(packs.output, "hard-sell.urgency")[2] == "warning"
    assert row(workspace.output, "hard-sell.urgency")[2:4] == ["blocker", "active"]
    assert row(workspace.output, "hard-sell.urgency")[-1] == "workspace T024"
    assert row(workspace.output, "hard-sell.exclamations")[3] == "off"
    assert row(channel.output, "hard-sell.exclamations")[3] == "active"
    assert row(channel.output, "hard-sell.exclamations")[-1] == "workspace T024, channel C05"
    assert run(env, "rules", "list", "--channel", "C05").exit_code == 2
