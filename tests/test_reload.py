"""Hot reload: edits are picked up without a restart; a broken edit keeps the last good
rules and is reported with file, line and key; fixing it restores the new rules."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from bot.app import build_coach
from bot.chat.context import Context
from bot.layers.source import AdviceSource, ReloadReport
from bot.layers.watch import AdviceWatcher
from tests.conftest import rule_yaml

DEADLINE = 30.0  # generous: the watcher usually reacts in well under a second


def wait_for(condition, deadline: float = DEADLINE) -> bool:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture
def tree(tmp_path: Path):
    pack = tmp_path / "packs" / "core"
    pack.mkdir(parents=True)
    (pack / "t.urgency.yaml").write_text(rule_yaml(id="t.urgency", fr="phrases: [achetez maintenant]",
                                                   en="phrases: [buy now]"), encoding="utf-8")
    local = tmp_path / "local"
    (local / "T1").mkdir(parents=True)
    return pack, local


def severity(source: AdviceSource, workspace: str = "T1") -> str:
    (compiled,) = [c for c in source.advice_for(workspace, "general").compiled if c.rule.id == "t.urgency"]
    return compiled.rule.severity


def test_an_edit_is_picked_up_and_a_broken_edit_keeps_the_last_good_rules(tree):
    pack, local = tree
    source = AdviceSource([pack], local)
    reports: list[ReloadReport] = []
    broken_seen = threading.Event()

    def listener(report: ReloadReport) -> None:
        reports.append(report)
        if report.new_errors:
            broken_seen.set()

    source.listeners.append(listener)
    coach = build_coach(advice=source)
    ctx = Context(workspace="T1", channel="general")
    watcher = AdviceWatcher(source).start()
    try:
        assert watcher.wait_ready(DEADLINE)
        layer = local / "T1" / "tuning.yaml"
        layer.write_text("t.urgency:\n  severity: blocker\n", encoding="utf-8")
        assert wait_for(lambda: severity(source) == "blocker"), "the watcher did not pick up the edit"
        assert coach.review("Buy now, it is great.", ctx)[0].findings[0].severity == "blocker"

        # A broken edit: the last good version stays in use, the error names file, line and key.
        layer.write_text("t.urgency:\n  severity: blocker\n  weight: lots\n", encoding="utf-8")
        assert broken_seen.wait(DEADLINE), "no error reported for the broken edit"
        (error,) = [e for r in reports for e in r.new_errors]
        assert error.path.endswith("tuning.yaml") and error.line == 3 and error.key == "t.urgency.weight"
        assert "expected a number" in error.message
        assert str(error).endswith(":3: t.urgency.weight: expected a number")
        assert severity(source) == "blocker"
        assert coach.review("Buy now, it is great.", ctx)[0].findings[0].severity == "blocker"
        assert any("tuning.yaml" in kept for kept in source.last_report.kept)

        # Fixing it restores the new rules and clears the error.
        layer.write_text("t.urgency:\n  severity: tip\n  weight: 5\n", encoding="utf-8")
        assert wait_for(lambda: severity(source) == "tip")
        assert source.errors == []
        assert severity(source, "T2") == "warning"  # other workspaces never moved
    finally:
        watcher.stop()
    assert not watcher.alive
    assert watcher.reloads >= 3


def test_a_broken_pack_file_keeps_its_last_good_rule(tree):
    pack, local = tree
    source = AdviceSource([pack], local)
    file = pack / "t.urgency.yaml"
    file.write_text(file.read_text().replace("severity: warning", "severity: blocker"), encoding="utf-8")
    source.reload()
    assert severity(source, "T9") == "blocker"
    file.write_text(file.read_text().replace("topic: hard-sell", "topic: [hard-sell"), encoding="utf-8")
    report = source.reload()
    (error,) = report.new_errors
    assert error.path.endswith("t.urgency.yaml") and "YAML syntax" in error.message
    assert severity(source, "T9") == "blocker"
    assert report.kept and report.kept[0].endswith("t.urgency.yaml")


def test_a_file_that_never_loaded_is_left_out_and_reported(tree):
    pack, local = tree
    (local / "T1" / "tuning.yaml").write_text("t.urgency:\n  severity: [\n", encoding="utf-8")
    source = AdviceSource([pack], local)
    (error,) = source.errors
    assert error.path.endswith("tuning.yaml") and error.line >= 2
    assert severity(source) == "warning"


def test_an_override_that_stops_fitting_the_rule_below_keeps_its_last_good_version(tree):
    pack, local = tree
    (local / "T1" / "channels" / "C9").mkdir(parents=True)
    channel = local / "T1" / "channels" / "C9" / "x.yaml"
    channel.write_text("t.urgency:\n  en:\n    phrases+: [flash sale]\n", encoding="utf-8")
    source = AdviceSource([pack], local)
    assert source.rule("t.urgency", "T1", "C9").lang("en")["phrases"] == ["buy now", "flash sale"]
    channel.write_text("t.urgency:\n  en:\n    phrases-: [buy now]\n", encoding="utf-8")
    report = source.reload()
    (error,) = report.new_errors
    assert (error.line, error.key) == (3, "t.urgency.en.phrases-")
    assert source.rule("t.urgency", "T1", "C9").lang("en")["phrases"] == ["buy now", "flash sale"]


def test_deleting_a_layer_goes_back_to_the_packs(tree):
    pack, local = tree
    layer = local / "T1" / "tuning.yaml"
    layer.write_text("t.urgency:\n  severity: blocker\n", encoding="utf-8")
    source = AdviceSource([pack], local)
    assert severity(source) == "blocker"
    layer.unlink()
    report = source.reload()
    assert report.changed and severity(source) == "warning"
    assert source.reload().changed == ()  # nothing changed since: no rebuild


def test_admins_hear_of_a_broken_file_in_chat_once_and_others_never(tree):
    pack, local = tree
    source = AdviceSource([pack], local)
    coach = build_coach(advice=source)
    (local / "T1" / "tuning.yaml").write_text("t.urgency:\n  severity: fatal\n", encoding="utf-8")
    source.reload()
    member = Context(workspace="T1", is_admin=False)
    admin = Context(workspace="T1", is_admin=True)
    other_admin = Context(workspace="T2", is_admin=True)
    assert "tuning.yaml:2: t.urgency.severity" not in coach.command("review", "Buy now, it is a great guide.", member).text()
    assert "tuning.yaml:2: t.urgency.severity" not in coach.command("help", "", other_admin).text()
    told = coach.command("review", "Buy now, it is a great guide.", admin).text()
    assert "tuning.yaml:2: t.urgency.severity: expected one of" in told
    assert "tuning.yaml" not in coach.command("help", "", admin).text()  # said once
    reloaded = coach.command("rules", "reload", admin).text()
    assert "tuning.yaml:2: t.urgency.severity" in reloaded  # asked for: said again
