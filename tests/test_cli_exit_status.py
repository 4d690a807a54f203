"""One meaning per exit status, for every command: 0 done, 1 a problem found (a blocker,
a rule-file error, a failing example), 2 bad input or usage, or Coach could not run;
never a traceback. Plus what any command-line tool has: --version, shell completion."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner

from adapters.cli import main

ROOT = Path(__file__).resolve().parents[1]


def coach_bin() -> str:
    return shutil.which("coach") or str(ROOT / ".venv" / "bin" / "coach")


def test_a_crash_is_one_line_and_status_2(tmp_path: Path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "coach.db").write_bytes(b"this is not a SQLite database" * 100)
    monkeypatch.setenv("COACH_DATA_DIR", str(data))
    result = CliRunner().invoke(main, ["habits"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert "not a database" in result.output and "COACH_DEBUG=1" in result.output


def test_debug_shows_the_traceback(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "coach.db").write_bytes(b"this is not a SQLite database" * 100)
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_DEBUG": "1"}
    done = subprocess.run([coach_bin(), "habits"], cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert "Traceback" in done.stderr and done.returncode == 1  # Python's own, when asked for


def test_refusals_exit_2_and_usage_errors_too(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    unknown_rule = CliRunner().invoke(main, ["rules", "show", "no.such-rule"])
    usage = CliRunner().invoke(main, ["review", "--format", "yaml", "x"])
    assert (unknown_rule.exit_code, usage.exit_code) == (2, 2)


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("coach ") and result.output.strip()[-1].isdigit()


def test_shell_completion_script_is_available(tmp_path: Path):
    env = {**os.environ, "_COACH_COMPLETE": "bash_source"}
    done = subprocess.run([coach_bin()], env=env, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "_coach_completion" in done.stdout


def test_the_installed_command_exits_2_on_a_missing_file(tmp_path: Path):
    done = subprocess.run([coach_bin(), "review", "nosuchfile.txt"], cwd=tmp_path, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 2 and "no such file" in done.stderr and "Traceback" not in done.stderr


def test_an_importer_refusal_is_one_line_and_status_2(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    not_a_zip = tmp_path / "export.zip"
    not_a_zip.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    result = CliRunner().invoke(main, ["import", "slack", str(not_a_zip)])
    assert result.exit_code == 2 and "not a zip file" in result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
