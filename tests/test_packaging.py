"""The installed `coach` finds its bundled advice from a wheel, not only from a checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_the_advice_and_coach_runs_from_it(tmp_path: Path):
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path)],
        capture_output=True, text=True, check=False,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = tmp_path.glob("coach-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(site)
    bundled = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "advice").rglob("*") if p.suffix in (".yaml", ".json"))
    assert bundled and set(bundled) <= set(names)
    script = "import bot, json, sys; from adapters.cli import main; print(bot.__file__, file=sys.stderr); main()"
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run([sys.executable, "-c", script, "review", "Buy now!!! Limited offer, last chance", "--format", "json"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert str(site) in out.stderr, out.stderr  # the code ran from the unpacked wheel, not the checkout
    assert any(f["topic"] == "hard-sell" for f in json.loads(out.stdout)["findings"])
