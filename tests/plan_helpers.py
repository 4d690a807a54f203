"""What the plan tests share: a plan's counterfeit findings and covered sections, and an admin's copy of
the plan vocabulary in force for a test to edit, and the bundled advice as a fixture."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.engine.advice import Advice, load_advice
from bot.engine.plan import vocabulary
from bot.plans.review import review_plan

TITLE = "Atelier Test\n\n"
COUNTERFEITS = ("plan.presence-as-goal", "plan.vanity-metrics", "plan.tool-as-plan", "plan.everyone-audience")


PRESENCE, VANITY, TOOL, EVERYONE = COUNTERFEITS[0], COUNTERFEITS[1], COUNTERFEITS[2], COUNTERFEITS[3]


def fired(advice: Advice, text: str) -> set[str]:
    """The counterfeit rules with a finding on the plan `text`."""
    return counterfeits_and_covered(advice, text)[0]


def covered(advice: Advice, text: str) -> set[str]:
    """The checklist topics the plan `text` covers."""
    return counterfeits_and_covered(advice, text)[1]


def counterfeits_and_covered(advice: Advice, text: str) -> tuple[set[str], set[str]]:
    """The counterfeit rules with a finding on the plan `text`, and the sections its checklist covers."""
    result = review_plan(TITLE + text, advice)
    fired = {f.rule for f in result.findings if f.rule in COUNTERFEITS}
    covered = {c.topic for c in result.checklist if c.status == "covered"}
    return fired, covered


@pytest.fixture(scope="module")
def advice() -> Advice:
    """The bundled advice, loaded once per test module: every plans round file asked for it the same way."""
    return load_advice()


def edit(path: Path, text: str) -> None:
    """Write `text` and move the mtime on, whatever the file system's resolution."""
    later = path.stat().st_mtime_ns + 5_000_000_000
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(later, later))


@pytest.fixture
def admin_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped vocabulary in force, for a test to edit; the shipped one again afterwards."""
    copy = tmp_path / "readings.yaml"
    shutil.copy(vocabulary._path(), copy)
    monkeypatch.setattr(vocabulary, "_path", lambda: copy)
    vocabulary.refresh()
    yield copy
    monkeypatch.undo()
    vocabulary.refresh()
