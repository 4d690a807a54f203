"""`coach rules new`: a rule file with French and English blocks and example slots, that
`coach rules check` explains slot by slot until it is filled in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from adapters.cli import main
from bot.engine.checks.registry import TYPES
from bot.engine.rules import bundled_advice_dir

FILLED = {
    '  article: ""': '  article: "Our team guide"',
    '  section: ""': '  section: "Plain words"',
}
FILLED_FR = {
    'phrases: [""]': "phrases: [synergie]",
    'message: ""': 'message: "« {match} » : du jargon."',
    'why: ""': "why: Le jargon éloigne les lecteurs.",
    'how: ""': "how: Dites-le avec des mots simples.",
    "bad: []": 'bad: ["Notre [[synergie]] est unique."]',
    "good: []": 'good: ["Nous travaillons ensemble."]',
}
FILLED_EN = {
    'phrases: [""]': "phrases: [synergy]",
    'message: ""': 'message: "“{match}” is jargon."',
    'why: ""': "why: Jargon keeps readers out.",
    'how: ""': "how: Say it in plain words.",
    "bad: []": 'bad: ["Our [[synergy]] is unique."]',
    "good: []": 'good: ["We work together."]',
}


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def fill(text: str) -> str:
    head, fr, en = re.split(r"^(?:fr|en):\n", text, flags=re.M)
    for old, new in FILLED.items():
        head = head.replace(old, new)
    for old, new in FILLED_FR.items():
        fr = fr.replace(old, new)
    for old, new in FILLED_EN.items():
        en = en.replace(old, new)
    return head + "fr:\n" + fr + "en:\n" + en


def test_the_scaffold_parses_points_editors_at_the_schema_and_has_both_languages(tmp_path):
    result = run("rules", "new", "team.no-jargon", "--topic", "relevance", "--dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    file = tmp_path / "team.no-jargon.yaml"
    text = file.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    target = first.split("=", 1)[1]
    schema_file = (file.parent / target).resolve() if not Path(target).is_absolute() else Path(target)
    assert schema_file == (bundled_advice_dir() / "rule.schema.json").resolve()
    data = yaml.safe_load(text)
    assert (data["id"], data["status"], data["topic"], data["check"]) == (
        "team.no-jargon", "shadow", "relevance", {"type": "lexicon"})
    for lang in ("fr", "en"):
        assert set(data[lang]) >= {"phrases", "message", "why", "how", "examples"}
        assert data[lang]["examples"] == {"bad": [], "good": []}
    assert f"{file}:" in result.output and "fr.phrases" in result.output and "en.examples.bad" in result.output
    assert "fr.exceptions (optional)" in result.output


def test_rules_check_names_the_empty_slots_then_passes_once_filled(tmp_path):
    run("rules", "new", "team.no-jargon", "--topic", "relevance", "--dir", str(tmp_path))
    file = tmp_path / "team.no-jargon.yaml"
    text = file.read_text(encoding="utf-8")
    result = run("rules", "check", str(tmp_path))
    assert result.exit_code == 1
    lines = text.splitlines()

    def line_of(fragment: str, after: str = "") -> int:
        start = lines.index(after) if after else 0
        return next(n for n, line in enumerate(lines[start:], start + 1) if fragment in line)

    expected = [
        f":{line_of('article:')}: source.article: must not be empty",
        f":{line_of('phrases:', 'fr:')}: fr.phrases[0]: must not be empty",
        f":{line_of('message:', 'fr:')}: fr.message: must not be empty",
        f":{line_of('bad:', 'fr:')}: fr.examples.bad: must not be empty",
        f":{line_of('phrases:', 'en:')}: en.phrases[0]: must not be empty",
        f":{line_of('good:', 'en:')}: en.examples.good: must not be empty",
    ]
    for fragment in expected:
        assert fragment in result.output, (fragment, result.output)

    file.write_text(fill(text), encoding="utf-8")
    checked = run("rules", "check", str(tmp_path))
    assert checked.exit_code == 0, checked.output
    tested = run("rules", "test", str(tmp_path))
    assert tested.exit_code == 0, tested.output
    assert "0 failures" in tested.output


@pytest.mark.parametrize("kind", sorted(TYPES))
def test_every_check_type_scaffolds_to_a_file_check_can_explain(tmp_path, kind):
    result = run("rules", "new", f"team.{kind}", "--topic", "relevance", "--type", kind, "--dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    text = (tmp_path / f"team.{kind}.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["check"]["type"] == kind
    checked = run("rules", "check", str(tmp_path))
    assert checked.exit_code == 1
    problems = [line for line in checked.output.splitlines() if line.startswith(str(tmp_path.name)) or ".yaml:" in line]
    assert problems and all(re.search(r"\.yaml:\d+: [\w.\[\]]+: ", line) for line in problems), checked.output


def test_a_workspace_rule_goes_to_its_layer_and_existing_files_are_kept(tmp_path):
    env = {"COACH_ADVICE_LOCAL": str(tmp_path / "local"), "COACH_DATA_DIR": str(tmp_path / "data")}
    assert run("rules", "new", "team.x", "--topic", "bluff", "--workspace", "T1", env=env).exit_code == 0
    file = tmp_path / "local" / "T1" / "team.x.yaml"
    assert file.exists()
    again = run("rules", "new", "team.x", "--topic", "bluff", "--workspace", "T1", env=env)
    assert again.exit_code != 0 and "exists" in again.output
    assert run("rules", "new", "Not An Id", "--topic", "bluff", "--dir", str(tmp_path)).exit_code != 0
    assert run("rules", "new", "team.y", "--topic", "bluff").exit_code != 0  # where to? must be said
