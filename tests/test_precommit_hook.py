"""`.pre-commit-hooks.yaml`: Coach as a pre-commit hook. The definition is validated by
pre-commit's own manifest schema, its file types by pre-commit's own file identification,
and the hook is run by pre-commit itself over a real git repository (as a `local` hook with
`language: system`, so that nothing is installed from the network)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from identify.identify import tags_from_filename
from pre_commit.clientlib import load_manifest

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
GIT = shutil.which("git")


def coach_hook() -> dict:
    (hook,) = load_manifest(str(MANIFEST))  # raises on anything pre-commit would refuse
    return hook


def test_the_manifest_is_valid_for_pre_commit():
    hook = coach_hook()
    assert hook["id"] == "coach" and hook["language"] == "python" and hook["pass_filenames"] is True
    command = shlex.split(hook["entry"])
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert command[0] in scripts and command[1:] == ["review"]


def test_the_hook_takes_markdown_and_text_files_only():
    types = set(coach_hook()["types_or"])
    for name in ("post.md", "launch.markdown", "tweet.txt"):
        assert types & tags_from_filename(name), name
    for name in ("app.py", "logo.png", "calendar.csv", "config.yaml"):
        assert not types & tags_from_filename(name), name


@pytest.mark.skipif(GIT is None, reason="git is not installed")
def test_pre_commit_runs_the_hook_on_a_content_repository(tmp_path: Path):
    coach = shutil.which("coach") or str(ROOT / ".venv" / "bin" / "coach")
    repo = tmp_path / "content"
    (repo / "posts").mkdir(parents=True)
    (repo / "posts" / "launch.md").write_text("LIMITED OFFER TODAY ONLY, BUY NOW AND SAVE BIG ON EVERYTHING\n",
                                              encoding="utf-8")
    (repo / "posts" / "tips.txt").write_text("Five ways to plan a week of posts: which one would you try?\n",
                                             encoding="utf-8")
    (repo / "build.py").write_text("print('BUY NOW AND SAVE BIG ON EVERYTHING TODAY')\n", encoding="utf-8")
    hook = {**yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))[0], "language": "system"}
    hook["entry"] = f"{coach} review"
    hook.pop("minimum_pre_commit_version")
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "COACH_ENV_FILE": str(tmp_path / "empty.env"),
           "COACH_DATA_DIR": str(tmp_path / "data"), "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    (tmp_path / "empty.env").write_text("", encoding="utf-8")
    for args in (["init", "-q"], ["add", "."]):
        subprocess.run([GIT or "git", *args], cwd=repo, env=env, check=True, capture_output=True, timeout=60)

    def pre_commit(*files: str) -> subprocess.CompletedProcess:
        selection = ["--files", *files] if files else ["--all-files"]
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "coach", *selection], cwd=repo,
                              env=env, capture_output=True, text=True, timeout=300, check=False)

    failed = pre_commit()
    passed = pre_commit("posts/tips.txt", "build.py")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "posts/launch.md:1:1: blocker:" in failed.stdout and "build.py" not in failed.stdout
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
