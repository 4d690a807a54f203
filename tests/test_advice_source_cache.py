"""The running bot's advice source (a Slack or Discord start, a cron `coach nudge`, `coach rules`)
takes a pack file it validated before from the cache folder, as a cold `coach review` does: the
same rules, the same file:line:key errors, and an edited pack file is read again on reload.
Layer files, which admins edit, are parsed on every change."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import packcache
from bot.engine.rule import pack_dirs
from bot.layers.source import AdviceSource
from tests.conftest import count_parses, rule_yaml


@pytest.fixture
def parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The shown paths of the pack files the source validated (a fresh cache folder)."""
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path / "cache"))
    return count_parses(monkeypatch)


def test_a_second_start_validates_no_bundled_pack_file_and_has_the_same_rules(parsed: list[str], tmp_path: Path):
    first = AdviceSource(pack_dirs(), tmp_path / "local", quiet=True)
    assert len(parsed) == len(first.rules) + len(first.errors) > 50, "the first start validates every pack file"
    assert list((tmp_path / "cache").glob(packcache.PREFIX + "*"))
    parsed.clear()
    second = AdviceSource(pack_dirs(), tmp_path / "local", quiet=True)
    assert parsed == []
    assert second.rules == first.rules and second.errors == first.errors
    for a, b in zip(first.stack().rules(), second.stack().rules(), strict=True):
        assert a.lines == b.lines  # an override's error still names the line of the pack it changes


def test_an_edited_pack_file_is_read_again_and_a_broken_one_keeps_its_place(parsed: list[str], tmp_path: Path):
    packs = tmp_path / "packs"
    packs.mkdir()
    rule = packs / "t.urgency.yaml"
    rule.write_text(rule_yaml(id="t.urgency", en="phrases: [buy now]", fr="phrases: [achetez]"), encoding="utf-8")
    broken = packs / "t.broken.yaml"
    broken.write_text(rule_yaml(id="t.broken", severity="loud", en="phrases: [x]", fr="phrases: [x]"),
                      encoding="utf-8")
    first = AdviceSource([packs], None, quiet=True)
    cached = AdviceSource([packs], None, quiet=True)
    assert [str(e) for e in cached.errors] == [str(e) for e in first.errors]
    assert any("t.broken.yaml" in str(e) and "severity" in str(e) for e in cached.errors)

    rule.write_text(rule_yaml(id="t.urgency", en="phrases: [buy today]", fr="phrases: [achetez]"), encoding="utf-8")
    parsed.clear()
    cached.reload()
    assert [Path(p).name for p in parsed] == ["t.urgency.yaml"]
    assert cached.rule("t.urgency").lang("en")["phrases"] == ["buy today"]


def test_a_layer_file_is_parsed_on_every_change_never_served_from_the_cache(parsed: list[str], tmp_path: Path):
    local = tmp_path / "local"
    (local / "T1").mkdir(parents=True)
    layer = local / "T1" / "urgency.yaml"
    layer.write_text("hard-sell.urgency:\n  severity: blocker\n", encoding="utf-8")
    source = AdviceSource(pack_dirs(), local, quiet=True)
    assert source.rule("hard-sell.urgency", "T1").severity == "blocker"
    layer.write_text("hard-sell.urgency:\n  severity: tip    \n", encoding="utf-8")
    source.reload()
    assert source.rule("hard-sell.urgency", "T1").severity == "tip"
