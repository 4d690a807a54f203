"""What the plan tests share: a plan's counterfeit findings and covered sections, and an admin's copy of
the plan vocabulary in force for a test to edit, and the bundled advice as a fixture."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from functools import lru_cache
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


# The plan counterparts of review_helpers.quiet()/fires(): one section or one counterfeit asked about, and a failure
# that says what the reader did see (each covered section with the sentence covering it, each counterfeit found).
SECTIONS = {"purpose": "purpose", "audience": "relevance", "measurement": "measurement", "channels": "multichannel",
            "content-mix": "content-mix", "cadence": "consistency", "owners": "sustainability", "answering": "reputation"}
KINDS = {"presence": PRESENCE, "vanity": VANITY, "tool": TOOL, "everyone": EVERYONE}


@lru_cache(maxsize=1)
def _bundled() -> Advice:
    return load_advice()


def _read(plan: str, language: str) -> tuple[dict[str, str], dict[str, list[str]], str]:
    """What the reader saw in `plan`: covered topic -> its sentence, counterfeit rule -> excerpts, and both said."""
    result = review_plan(TITLE + plan, _bundled(), language=language)
    covered = {c.topic: c.excerpt for c in result.checklist if c.status == "covered"}
    found: dict[str, list[str]] = {}
    for f in result.findings:
        if f.rule in COUNTERFEITS:
            found.setdefault(f.rule, []).append(f.excerpt)
    sections = "; ".join(f"{t} «{e}»" for t, e in covered.items()) or "no section"
    fakes = "; ".join(f"{r} «{' / '.join(e)}»" for r, e in found.items()) or "no counterfeit"
    return covered, found, f"covered: {sections} | counterfeits: {fakes}"


def covers(plan: str, section: str, language: str, expected: bool = True) -> None:
    """Fail unless the plan `plan` covers `section` (an issue-15 section: "audience", "cadence"…), or, with
    `expected=False`, unless it does not; the message names every section the reader saw and its sentence."""
    covered, _, seen = _read(plan, language)
    assert (SECTIONS[section] in covered) is expected, (
        f"{section} {'not ' if expected else ''}covered in the {language} plan {plan!r} ({seen})")


def counterfeit(plan: str, kind: str, language: str, expected: bool = True) -> None:
    """Fail unless the plan `plan` holds the counterfeit `kind` ("presence", "vanity", "tool", "everyone"), or,
    with `expected=False`, unless it does not; the message names what the reader saw."""
    _, found, seen = _read(plan, language)
    assert (KINDS[kind] in found) is expected, (
        f"{kind} counterfeit {'not ' if expected else ''}found in the {language} plan {plan!r} ({seen})")


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
