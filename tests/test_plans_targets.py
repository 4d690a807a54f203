"""One set of content-mix targets (issue 12): advice/targets.yaml, used by /habits, the weekly
nudge, /plan and the history rule, validated like a rule file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.chat.commands.memory import habits_reply
from bot.engine.advice import load_advice
from bot.engine.targets import Target, Targets, bundled_targets, load_targets, targets_for
from bot.memory.habits import summary
from bot.memory.store import DEFAULT_SETTINGS
from bot.plans.review import review_plan
from tests.memory_helpers import open_store, post

START = datetime(2025, 3, 3, tzinfo=UTC).timestamp()
DAY = 86_400


def _calendar(asks: int, gives: int) -> str:
    rows = ["tip"] * gives + ["promo"] * asks
    return "date,channel,type\n" + "".join(f"2024-03-{i + 1:02d},Blog,{kind}\n" for i, kind in enumerate(rows))


def test_the_file_is_the_one_set_every_feature_reads():
    targets = bundled_targets()
    assert targets.path.endswith("targets.yaml") and targets.get("ask").keep == "at-most"
    assert DEFAULT_SETTINGS["target_mix"] == targets.shares()  # habits, nudges and the history rule
    assert targets.bounds() == {c: t.bound for c in ("give", "entertain", "ask") if (t := targets.get(c))}
    mix = {line.category: line for line in review_plan(_calendar(1, 9), load_advice()).mix}
    assert mix["ask"].target == (0.0, targets.get("ask").share)  # /plan
    assert mix["give"].target == (targets.get("give").share, 1.0)
    assert mix["converse"].target is None  # an aim is shown, never a finding


def test_habits_show_each_target_the_way_the_file_reads_it(tmp_path):
    store = open_store(tmp_path)
    store.log_posts([post(f"m{i}", START + i * DAY, "alice", (kind,)) for i, kind in enumerate(["give", "ask", "give"])])
    text = habits_reply(summary(store, store.find_workspace("slack", "W1"), now=START + 56 * DAY - 1), "en").text()
    ask = round(100 * bundled_targets().get("ask").share)
    give = round(100 * bundled_targets().get("give").share)
    assert f"(target ≤ {ask}%)" in text and f"(target ≥ {give}%)" in text


def test_a_team_sets_its_own_shares_read_the_same_way(tmp_path):
    store = open_store(tmp_path)
    store.log_posts([post("m1", START, "alice", ("give",))])
    ws = store.find_workspace("slack", "W1")
    assert targets_for(store, ws) == bundled_targets()  # nothing set: the file
    store.set_setting("target_mix", {"ask": 0.35, "give": "lots", "other": 0.1}, workspace_id=ws)
    team = targets_for(store, ws)
    assert team.get("ask") == Target("ask", 0.35, "at-most")  # the team's share, the file's reading
    assert team.get("give") == bundled_targets().get("give")  # not a number: ignored
    assert team.get("other") == Target("other", 0.1, "about")
    assert targets_for(None, ws) == targets_for(store, None) == bundled_targets()
    calendar = _calendar(3, 7)  # 30 % promotion: over the file's ceiling, under the team's
    assert "plan.content-mix" in {f.rule for f in review_plan(calendar, load_advice()).findings}
    assert "plan.content-mix" not in {f.rule for f in review_plan(calendar, load_advice(), targets=team).findings}


def test_a_wrong_targets_file_is_reported_as_file_line_key(tmp_path: Path):
    path = tmp_path / "targets.yaml"
    path.write_text("version: 1\ncontent_mix:\n  give: {share: 1.5}\n  promo: {share: 0.1}\n"
                    "  ask: {share: 0.2, keep: below}\n", encoding="utf-8")
    targets, errors = load_targets(path)
    assert targets == Targets(path=str(path)) and not targets.bounds()  # no targets rather than wrong ones
    shown = sorted(f"{e.line}:{e.key}" for e in errors)
    assert shown == ["3:content_mix.give.share", "4:content_mix.promo", "5:content_mix.ask.keep"]
    assert any("not a category" in e.message for e in errors)
    path.write_text("version: 1\ncontent_mix: [give\n", encoding="utf-8")
    assert "YAML syntax" in load_targets(path)[1][0].message
    path.write_text("version: 1\ncontent_mix:\n  give: {share: 0.7}\n  ask: {share: 0.4}\n", encoding="utf-8")
    (error,) = load_targets(path)[1]
    assert (error.line, error.key, error.message) == (2, "content_mix", "the shares add up to 1.1: 1 at most")
    missing, errors = load_targets(tmp_path / "nope.yaml")
    assert errors and "cannot read" in errors[0].message


@pytest.mark.parametrize("keep, share, bound", [("at-least", 0.5, (0.5, 1.0)), ("at-most", 0.2, (0.0, 0.2)),
                                                ("about", 0.2, None)])
def test_a_share_is_a_floor_a_ceiling_or_an_aim(keep, share, bound):
    assert Target("give", share, keep).bound == bound
