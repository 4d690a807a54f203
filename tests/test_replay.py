"""Shadow rules and replay: a shadow rule records its matches without showing them, and
`coach rules replay` lists the logged posts it would have flagged."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.cli import main
from bot.app import build_coach
from bot.chat.context import Context
from bot.layers.source import AdviceSource
from bot.memory.replay import LoggedText, records_from_store, replay
from bot.memory.store import PostRecord, Store
from tests.conftest import rule_yaml

NOW = time.time()
DAY = 86_400


def post(message_id: str, text: str, days_ago: float, workspace: str = "T1", channel: str = "C1",
         kind: str = "team") -> PostRecord:
    return PostRecord(platform="slack", workspace=workspace, channel=channel, member="U1", message_id=message_id,
                      posted_at=NOW - days_ago * DAY, text=text, kind=kind, channel_name="marketing")


@pytest.fixture
def store(tmp_path: Path):
    store = Store.open(tmp_path / "coach.db")
    store.log_posts([
        post("m1", "Our spring guide is out: buy now before it is gone, it explains the whole process.", 2),
        post("m2", "Achetez maintenant notre nouveau guide, il explique toute la démarche pas à pas.", 5),
        post("m3", "We asked ten members how they plan their week; here is what they told us.", 7),
        post("m4", "Buy now: the old catalogue is still available for our members this month.", 45),  # too old
        post("m5", "Buy now, people, this is what the community says about our prices.", 3, kind="community"),
        post("m6", "Buy now, our other workspace has a sale going on for every member.", 1, workspace="T2"),
    ])
    yield store
    store.close()


@pytest.fixture
def shadow_source(tmp_path: Path) -> AdviceSource:
    pack = tmp_path / "packs" / "core"
    pack.mkdir(parents=True)
    (pack / "t.urgency.yaml").write_text(rule_yaml(
        id="t.urgency", status="shadow", fr="phrases: [achetez maintenant]", en="phrases: [buy now]"), encoding="utf-8")
    return AdviceSource([pack], tmp_path / "local")


def test_a_shadow_rule_records_its_matches_without_showing_them(shadow_source):
    coach = build_coach(advice=shadow_source)
    result, _ = coach.review("Our guide is out: buy now, it explains the whole process.", Context(workspace="T1"))
    assert result.findings == ()
    assert [(f.rule, f.excerpt) for f in result.shadow] == [("t.urgency", "buy now")]
    reply = coach.command("review", "Our guide is out: buy now, it explains the whole process.", Context(workspace="T1"))
    assert reply.highlights == () and not any(section.items for section in reply.sections)
    assert reply.meta["score"] == "100"


def test_replay_lists_the_logged_posts_a_shadow_rule_would_have_flagged(store, shadow_source):
    records = records_from_store(store, days=30, workspace="T1", now=NOW)
    assert sorted(r.ref for r in records) == ["m1", "m2", "m3"]  # team posts of T1, last 30 days
    rule = shadow_source.rule("t.urgency")
    assert rule.status == "shadow"
    result = replay(rule, records)
    assert result.replayed == 3 and result.without_text == 0
    assert [(h.record.ref, h.record.channel, h.language, h.findings[0].excerpt) for h in result.hits] == [
        ("m2", "marketing", "fr", "Achetez maintenant"),
        ("m1", "marketing", "en", "buy now"),
    ]
    assert "[[buy now]]" in result.hits[1].excerpt()


def test_reviews_without_text_are_counted_not_guessed(store, shadow_source, tmp_path):
    coach = build_coach(advice=shadow_source)
    ctx = Context(platform="slack", workspace="T1", channel="C1", user="U1")
    for n, draft in enumerate(["Draft one: buy now, our guide explains the whole process.",
                               "Draft two: a calm post about what our members told us."]):
        result, _ = coach.review(draft, ctx)
        store.log_review(f"r{n}", ctx, result, draft, at=NOW - DAY)
    records = records_from_store(store, days=30, workspace="T1", now=NOW)
    reviews = [r for r in records if r.source == "review"]
    assert len(reviews) == 2 and all(r.text is None for r in reviews)  # fingerprints only, by default
    result = replay(shadow_source.rule("t.urgency"), records)
    assert result.without_text == 2 and result.replayed == 3

    workspace_id = store.find_workspace("slack", "T1")
    store.set_setting("store_text", "all", workspace_id)
    draft = "Draft three: buy now, it is the last guide of the season for you."
    result, _ = coach.review(draft, ctx)
    store.log_review("r2", ctx, result, draft, at=NOW - DAY)
    result = replay(shadow_source.rule("t.urgency"), records_from_store(store, 30, "T1", now=NOW))
    assert [h.record.ref for h in result.hits if h.record.source == "review"] == ["r2"]


def test_coach_rules_replay_cli_uses_the_workspace_layer_and_team_memory(store, tmp_path, monkeypatch):
    local = tmp_path / "local"
    (local / "T1").mkdir(parents=True)
    # The admin puts the bundled urgency rule in shadow for T1 and adds a phrase, then replays it.
    (local / "T1" / "trial.yaml").write_text(
        "hard-sell.urgency:\n  status: shadow\n  en:\n    phrases+: [still available]\n", encoding="utf-8")
    monkeypatch.setenv("COACH_DB", store.path)
    monkeypatch.setenv("COACH_ADVICE_LOCAL", str(local))
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    result = CliRunner().invoke(main, ["rules", "replay", "hard-sell.urgency", "--days", "60", "--workspace", "T1"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "(shadow here" in out
    assert "[[buy now]]" in out.lower() and "#marketing" in out
    assert "[[still available]]" in out  # m4, 45 days ago, found by the workspace's own phrase
    assert "would have flagged 3 of 4" in out
    assert "community says" not in out and "other workspace" not in out


def test_replay_over_an_export(tmp_path, monkeypatch):
    export = tmp_path / "posts.jsonl"
    rows = [{"at": NOW - DAY, "channel": "news", "text": "Last chance: buy now, the offer ends tonight for all."},
            {"at": NOW - 2 * DAY, "channel": "news", "text": "Here is what we learned from ten member interviews."}]
    export.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_ADVICE_LOCAL", str(tmp_path / "local"))
    result = CliRunner().invoke(main, ["rules", "replay", "hard-sell.urgency", "--posts", str(export)])
    assert result.exit_code == 0, result.output
    assert "would have flagged 1 of 2" in result.output and "#news" in result.output


def test_rules_lists_each_rules_dismissal_rate_from_team_memory(store, shadow_source, tmp_path):
    pack = tmp_path / "packs" / "core"
    (pack / "t.urgency.yaml").write_text((pack / "t.urgency.yaml").read_text().replace("status: shadow",
                                                                                      "status: active"))
    shadow_source.reload()
    coach = build_coach(advice=shadow_source)
    ctx = Context(platform="slack", workspace="T1", channel="C1", user="U1")
    for n in range(4):
        result, _ = coach.review(f"Post {n}: buy now, our guide explains the whole process.", ctx)
        store.log_review(f"d{n}", ctx, result, "x")
    store.dismiss("d0", "t.urgency", ctx)
    store.dismiss("d0", "t.urgency", Context(platform="slack", workspace="T1", channel="C1", user="U2"))
    store.dismiss("d1", "t.urgency", ctx)
    coach.store = store
    listed = coach.command("rules", "", Context(platform="slack", workspace="T1", is_admin=True)).text()
    assert "dismissed 50% of the time (2/4)" in listed  # two reviews dismissed (once by two people) of four
    elsewhere = coach.command("rules", "", Context(platform="slack", workspace="T2", is_admin=True)).text()
    assert "dismissal rate —" in elsewhere and "2/4" not in elsewhere


def test_replay_runs_off_rules_too_and_reports_a_rule_that_cannot_run(shadow_source):
    rule = shadow_source.rule("t.urgency")
    off = type(rule)(**{**rule.__dict__, "status": "off"})
    records = [LoggedText(NOW, "c", "Please buy now, the guide explains it all."), LoggedText(NOW, "c", None, "review")]
    result = replay(off, records)
    assert result.flagged == 1 and result.without_text == 1
    broken = type(rule)(**{**rule.__dict__, "check": {"type": "no-such-type"}})
    assert "no-such-type" in replay(broken, records).error


def test_a_history_rule_replays_against_the_history_as_it_was_then(tmp_path, monkeypatch):
    from bot.memory.history import default_tagger
    from bot.memory.records import record

    tagger = default_tagger()
    store = Store.open(tmp_path / "coach.db")
    texts = [(9, "Our free guide to planning a content calendar: https://example.com/guide"),
             (6, "A new chapter of the calendar guide is online: https://example.com/guide"),
             (2, "What did you learn this week? Tell us in the thread, we read everything.")]
    store.log_posts([record(tagger, text, platform="slack", workspace="T1", channel="C1", member="U1",
                                   message_id=f"h{n}", posted_at=NOW - days * DAY, names=("", "news", ""))
                     for n, (days, text) in enumerate(texts)])
    store.close()
    monkeypatch.setenv("COACH_DB", str(tmp_path / "coach.db"))
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_ADVICE_LOCAL", str(tmp_path / "local"))
    result = CliRunner().invoke(main, ["rules", "replay", "originality.repeat-link", "--workspace", "T1"])
    assert result.exit_code == 0, result.output
    # Only the second post repeats a link shared earlier (3 days before it); the first had no past yet.
    assert "would have flagged 1 of 3" in result.output, result.output
    assert "guide is online: [[https://example.com/guide]]" in result.output
    assert "planning a content calendar" not in result.output


def test_replay_says_why_a_plan_rule_has_nothing_to_replay(tmp_path, monkeypatch):
    from bot.layers.source import AdviceSource as Source

    plan_rule = next((r for r in Source(quiet=True).base.rules if "post" not in r.applies_to
                      and "plan" in r.applies_to), None)
    if plan_rule is None:
        pytest.skip("no plan-only rule in the bundled packs")
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    result = CliRunner().invoke(main, ["rules", "replay", plan_rule.id])
    assert result.exit_code == 2 and "not posts" in result.output
