"""The data directory is resolved once, absolute, from the nearest .env (relative paths in
it are relative to the file), and printed: an import run from one folder is found from
any other."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.config import load_config

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CLEARED = ("COACH_DATA_DIR", "COACH_DB", "COACH_ADVICE_LOCAL", "COACH_ENV_FILE", "XDG_DATA_HOME", "SLACK_BOT_TOKEN",
           "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN", "DISCORD_GUILD_ID", "COACH_PLATFORM")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "team-project"
    (folder / "drafts" / "2026").mkdir(parents=True)
    (folder / ".env").write_text("COACH_DATA_DIR=./data\n", encoding="utf-8")
    return folder


def coach(cwd: Path, *args: str, home: Path, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    env.update(HOME=str(home), **extra)
    exe = shutil.which("coach") or str(ROOT / ".venv" / "bin" / "coach")
    return subprocess.run([exe, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_where_prints_the_same_absolute_data_dir_from_any_subfolder(project: Path, tmp_path: Path):
    top = coach(project, "where", home=tmp_path)
    deep = coach(project / "drafts" / "2026", "where", home=tmp_path)
    assert top.returncode == 0, top.stderr
    expected = f"data directory:  {(project / 'data').resolve()}"
    assert expected in top.stdout and expected in deep.stdout
    assert f"settings (.env): {(project / '.env').resolve()}" in deep.stdout


def test_an_import_made_from_a_subfolder_is_found_from_the_top(project: Path, tmp_path: Path):
    imported = coach(project / "drafts", "import", "slack", str(FIXTURES / "slack_export"), home=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert str((project / "data" / "coach.db").resolve()) in imported.stdout  # says where it went
    habits = coach(project, "habits", "--until", "2024-10-13", home=tmp_path)
    assert habits.returncode == 0, habits.stderr
    assert "posts a week on average" in habits.stdout


def test_the_environment_wins_and_is_relative_to_where_coach_runs(project: Path, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(project / "drafts")
    monkeypatch.setenv("COACH_DATA_DIR", "here")
    monkeypatch.delenv("COACH_ENV_FILE", raising=False)
    assert load_config().data_dir == (project / "drafts" / "here").resolve()
    monkeypatch.delenv("COACH_DATA_DIR")
    assert load_config().data_dir == (project / "data").resolve()
    assert load_config().data_dir.is_absolute()


def test_coach_env_file_names_the_settings_from_anywhere(project: Path, tmp_path: Path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = coach(elsewhere, "where", home=tmp_path, COACH_ENV_FILE=str(project / ".env"))
    assert f"data directory:  {(project / 'data').resolve()}" in done.stdout
    missing = coach(elsewhere, "where", home=tmp_path, COACH_ENV_FILE=str(project / "nope.env"))
    assert missing.returncode == 2 and "COACH_ENV_FILE names" in missing.stderr
