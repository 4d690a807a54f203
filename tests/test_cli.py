"""The `coach` command: review a text, a file or stdin, as text or JSON, in batches; exit codes for CI."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner

from adapters.cli import main

HARD_SELL = "Achetez maintenant !!! Offre limitée, dernière chance"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_review_text_as_json():
    result = run("review", HARD_SELL, "--format", "json")
    data = json.loads(result.output)
    assert data["language"] == "fr" and data["version"] == 1
    assert any(f["topic"] == "hard-sell" for f in data["findings"])


def test_review_a_file_and_stdin_give_the_same_review(tmp_path: Path):
    draft = tmp_path / "draft.txt"
    draft.write_text(HARD_SELL, encoding="utf-8")
    from_file = json.loads(run("review", str(draft), "--format", "json").output)
    from_stdin = json.loads(run("review", "-", "--format", "json", input=HARD_SELL).output)
    assert from_file == from_stdin


def test_lang_forces_the_language():
    data = json.loads(run("review", HARD_SELL, "--format", "json", "--lang", "en").output)
    assert data["language"] == "en"


def test_text_output_names_the_findings():
    result = run("review", HARD_SELL)
    assert "hard-sell" in result.output and "Achetez maintenant" in result.output


def test_batch_keeps_order_and_reports_bad_lines():
    lines = [json.dumps({"id": 1, "text": HARD_SELL}), "not json", json.dumps({"id": "x", "text": "   "}),
             json.dumps({"id": 3, "text": "Thank you all for the questions this week, here are our answers for you."})]
    result = run("review", "--jsonl", "-", input="\n".join(lines) + "\n")
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in out] == [1, None, "x", 3]
    assert out[0]["findings"] and out[1]["error"]["code"] == "bad_line" and out[2]["error"]["code"] == "empty"
    assert "score" in out[3]


def test_exit_status_is_1_on_a_blocker_and_0_otherwise(pack):
    pack.rule(id="test.block", severity="blocker", fr="phrases: [interdit]", en="phrases: [forbidden]")
    pack.rule(id="test.warn", severity="warning", fr="phrases: [attention]", en="phrases: [careful]")
    blocked = CliRunner().invoke(main, ["review", "--pack", str(pack.path), "This word is forbidden here"])
    warned = CliRunner().invoke(main, ["review", "--pack", str(pack.path), "Be careful with this word"])
    clean = CliRunner().invoke(main, ["review", "--pack", str(pack.path), "Nothing to see in this sentence"])
    assert (blocked.exit_code, warned.exit_code, clean.exit_code) == (1, 0, 0)
    assert "test.block" in blocked.output


def test_odd_draft_exits_2_with_a_message():
    result = CliRunner().invoke(main, ["review", "   "])
    assert result.exit_code == 2 and "nothing to review" in result.output


def test_installed_command_finds_the_bundled_advice_from_anywhere(tmp_path: Path):
    coach = shutil.which("coach") or str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "coach")
    out = subprocess.run([coach, "review", HARD_SELL, "--format", "json"], cwd=tmp_path,
                         capture_output=True, text=True, check=False)
    assert out.returncode in (0, 1), out.stderr
    assert any(f["rule"].startswith("hard-sell.") for f in json.loads(out.stdout)["findings"])
