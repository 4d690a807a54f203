"""The instruction count reads a cache folder of its own (session 26, speed43).

`bench.instructions` counts a review's instructions under valgrind, and the lead compares trees by that
count. Its counted process loaded the packs through the user's cache folder (bot.diskcache), which every
tree's processes on the machine read and write: the same tree read 3.71 M or 4.18 M instructions a real
post depending on what other runs had left there, and a "regression" between two sessions was that. What
must hold:

- a counted run's environment names the given folder as the cache folder and fixes the hash seed, and
  keeps the rest of the caller's environment (PATH, the interpreter's own settings);
- that folder is never the user's cache folder;
- the unmeasured fill run, in that environment, writes the rule and phrase files the counted run then reads
  into that folder, and nothing into a folder it was not given.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import instructions
from bot import diskcache


def test_a_counted_run_names_its_own_cache_folder_and_seed(tmp_path: Path) -> None:
    env = instructions.counting_env(str(tmp_path))
    assert env["COACH_CACHE_DIR"] == str(tmp_path)
    assert env["PYTHONHASHSEED"] == "0"


def test_a_counted_run_keeps_the_rest_of_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_SPEED43_PROBE", "kept")
    monkeypatch.setenv("COACH_CACHE_DIR", "/somewhere/shared")
    env = instructions.counting_env(str(tmp_path))
    assert env["COACH_SPEED43_PROBE"] == "kept"
    assert env["PATH"] == os.environ["PATH"]
    assert env["COACH_CACHE_DIR"] == str(tmp_path)  # the caller's folder is not the one counted with


def test_the_counted_folder_is_not_the_users(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COACH_CACHE_DIR", raising=False)
    users = diskcache.cache_dir()
    monkeypatch.setenv("COACH_CACHE_DIR", instructions.counting_env(str(tmp_path))["COACH_CACHE_DIR"])
    assert diskcache.cache_dir() == tmp_path
    assert diskcache.cache_dir() != users


def test_the_fill_run_writes_what_the_counted_run_reads_into_its_folder(tmp_path: Path) -> None:
    cache, elsewhere = tmp_path / "cache", tmp_path / "elsewhere"
    cache.mkdir()
    elsewhere.mkdir()
    done = subprocess.run([sys.executable, "-c", instructions._FILL], capture_output=True, text=True,
                          cwd=instructions.ROOT, env=instructions.counting_env(str(cache)), check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    names = sorted(p.name for p in cache.iterdir())
    assert any(name.startswith("rules-") for name in names), names
    assert any(name.startswith("phrase-words-en-") for name in names), names
    assert any(name.startswith("phrase-words-fr-") for name in names), names
    assert not any(elsewhere.iterdir())
