"""Coaches built without advice of their own share one compilation of the bundled packs per process
(both adapters in one process, the console beside the nudge ticker, a test session): compiling the
packs costs ~0.4 s a time. A bundled file that changes is read again; advice handed to a Coach is its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.app import build_coach
from bot.chat.context import Context
from bot.engine import advice as advice_module
from bot.engine.advice import load_advice, shared_advice
from bot.engine.rule import pack_dirs
from bot.layers.source import AdviceSource


def test_two_coaches_without_advice_share_one_compilation_and_review_alike() -> None:
    first, second = build_coach(), build_coach()
    assert first.advice is second.advice is shared_advice()
    draft = "Buy now! Only 3 left, limited offer, DM me."
    said = [[(item.title, item.quote) for section in coach.command("review", draft, Context()).sections
             for item in section.items] for coach in (first, second)]
    assert said[0] == said[1] and said[0]


def test_advice_handed_to_a_coach_is_its_own() -> None:
    own = load_advice(kinds=("post",))
    assert build_coach(advice=own).advice is own
    assert build_coach().advice is not own


@pytest.fixture
def one_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled categories pack copied to a folder of its own, standing for the bundled packs."""
    copy = tmp_path / "categories"
    shutil.copytree(next(d for d in pack_dirs() if d.name == "categories"), copy)
    monkeypatch.setattr(advice_module, "pack_dirs", lambda: [copy])
    return copy


def test_a_bundled_file_that_changes_is_compiled_again(one_pack: Path) -> None:
    before = shared_advice()
    assert shared_advice() is before
    assert {rule.id for rule in before.rules} >= {"category.give", "category.ask"}
    (one_pack / "give.yaml").unlink()
    after = shared_advice()
    assert after is not before
    assert "category.give" not in {rule.id for rule in after.rules}
    assert "category.ask" in {rule.id for rule in after.rules}


def test_a_file_rewritten_in_place_with_other_bytes_is_compiled_again(one_pack: Path) -> None:
    before = shared_advice()
    file = one_pack / "ask.yaml"
    file.write_text(file.read_text(encoding="utf-8").replace("status: active", "status: off", 1) + "\n", encoding="utf-8")
    after = shared_advice()
    assert after is not before
    assert [r.status for r in after.rules if r.id == "category.ask"] == ["off"]


def test_the_running_bots_source_takes_the_shared_compilation_for_the_packs_alone(tmp_path: Path) -> None:
    source = AdviceSource(local_root=tmp_path / "local", quiet=True)
    assert source.advice_for() is shared_advice()
    assert source.advice_for("T1", "general") is shared_advice()  # no layer there: the packs as shipped
    layer = tmp_path / "local" / "T1" / "tuning.yaml"
    layer.parent.mkdir(parents=True)
    layer.write_text("hard-sell.urgency:\n  status: off\n", encoding="utf-8")
    source.reload()
    tuned = source.advice_for("T1", "general")
    assert tuned is not shared_advice()
    assert "hard-sell.urgency" in {c.rule.id for c in shared_advice().compiled}
    assert "hard-sell.urgency" not in {c.rule.id for c in tuned.compiled}
    assert source.advice_for() is shared_advice()  # a layer edited: the packs are not compiled again


def test_a_source_over_other_packs_compiles_its_own(tmp_path: Path) -> None:
    copy = tmp_path / "categories"
    shutil.copytree(next(d for d in pack_dirs() if d.name == "categories"), copy)
    source = AdviceSource([copy], tmp_path / "local", quiet=True)
    assert source.advice_for() is not shared_advice()
    assert {rule.id for rule in source.advice_for().rules} == {rule.id for rule in load_advice([copy]).rules}


def test_a_source_that_compiles_the_packs_first_reads_them_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(advice_module, "_SHARED", {})  # a process that has not compiled the packs yet
    read: list[object] = []
    monkeypatch.setattr(advice_module, "load_rules", lambda roots: read.append(roots) or pytest.fail("read again"))
    source = AdviceSource(local_root=tmp_path / "local", quiet=True)
    assert source.advice_for() is shared_advice()  # compiled from the rules the source read, then shared
    assert read == []
