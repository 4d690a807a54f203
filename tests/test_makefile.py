"""`make run` and `make test` take any Python 3.11 or newer found on the machine, and say
so plainly when there is none (checked with `make which-python`, which builds nothing)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAKE = shutil.which("make")
pytestmark = pytest.mark.skipif(MAKE is None, reason="make is not installed")


def which_python(bin_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([MAKE or "make", "-s", "-C", str(ROOT), "which-python"], env={"PATH": str(bin_dir)},
                          capture_output=True, text=True, timeout=60, check=False)


def test_a_newer_python_than_3_11_is_taken(tmp_path: Path):
    (tmp_path / "python3.12").symlink_to(sys.executable)  # the only Python on PATH
    done = which_python(tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == "python3.12"


def test_an_older_python3_is_passed_over_for_a_good_one(tmp_path: Path):
    old = tmp_path / "python3"
    old.write_text("#!/bin/sh\nexit 1\n")  # answers the version check as Python 3.10 would
    old.chmod(0o755)
    (tmp_path / "python3.13").symlink_to(sys.executable)
    done = which_python(tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == "python3.13"


def test_no_suitable_python_is_said_plainly(tmp_path: Path):
    old = tmp_path / "python3"
    old.write_text("#!/bin/sh\nexit 1\n")
    old.chmod(0o755)
    done = which_python(tmp_path)
    assert done.returncode != 0 and "Coach needs Python 3.11 or newer" in done.stderr
