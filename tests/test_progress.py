"""Long operations show a progress line on a terminal's stderr, and nothing when stderr
is a pipe (CI logs, cron mail). The terminal is a real pseudo-terminal."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DISCORD = ROOT / "tests" / "fixtures" / "discord" / "acme-general.json"


def run(args: list[str], cwd: Path, terminal: bool) -> tuple[int, str, str]:
    exe = shutil.which("coach") or str(ROOT / ".venv" / "bin" / "coach")
    env = {**os.environ, "COACH_DATA_DIR": str(cwd / "data"), "COACH_ENV_FILE": os.devnull, "COLUMNS": "120"}
    if not terminal:
        done = subprocess.run([exe, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)
        return done.returncode, done.stdout, done.stderr
    leader, follower = pty.openpty()
    stdout = (cwd / "stdout.txt").open("w+b")  # a file, not a pipe: nothing can block while the pty is read
    try:
        proc = subprocess.Popen([exe, *args], cwd=cwd, env=env, stdout=stdout, stderr=follower,
                                stdin=subprocess.DEVNULL)
        os.close(follower)
        chunks = []
        while True:
            try:
                data = os.read(leader, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=120)
        stdout.seek(0)
        return proc.returncode, stdout.read().decode(), b"".join(chunks).decode("utf-8", "replace")
    finally:
        os.close(leader)
        stdout.close()


@pytest.fixture
def big_batch(tmp_path: Path) -> Path:
    file = tmp_path / "drafts.jsonl"
    lines = [json.dumps({"id": n, "text": f"Our guide number {n} to repairing your bike, step by step."})
             for n in range(300)]
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return file


def test_an_import_shows_its_progress_on_a_terminal_only(tmp_path: Path):
    code, out, err = run(["import", "discord", str(DISCORD)], tmp_path, terminal=True)
    assert code == 0 and "added" in out
    assert "Discord export acme-general.json" in err and "kB" in err
    code, out, err = run(["import", "discord", str(DISCORD)], tmp_path, terminal=False)
    assert code == 0 and "already known" in out and err == ""


def test_a_batch_review_shows_progress_on_stderr_while_stdout_stays_json(tmp_path: Path, big_batch: Path):
    code, out, err = run(["review", "--jsonl", str(big_batch)], tmp_path, terminal=True)
    assert code == 0 and len(out.splitlines()) == 300 and all(json.loads(line)["id"] == n
                                                            for n, line in enumerate(out.splitlines()))
    assert "Reviewing drafts.jsonl" in err
    _, _, quiet = run(["review", "--jsonl", str(big_batch)], tmp_path, terminal=False)
    assert quiet == ""
