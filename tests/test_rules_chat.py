"""`/rules` in chat: admins list the rules in use and switch them per workspace or channel;
everyone else gets a polite refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build_coach
from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.engine.advice import load_advice
from bot.layers.source import AdviceSource
from tests.conftest import rule_yaml

DRAFT = "Our guide is out: buy now and follow us for the next one, it explains the process."


@pytest.fixture
def coach(tmp_path: Path) -> Coach:
    pack = tmp_path / "packs" / "core"
    pack.mkdir(parents=True)
    (pack / "t.urgency.yaml").write_text(rule_yaml(id="t.urgency", fr="phrases: [achetez maintenant]",
                                                   en="phrases: [buy now]"), encoding="utf-8")
    (pack / "t.follow.yaml").write_text(rule_yaml(id="t.follow", topic="self-promotion", severity="suggestion",
                                                  fr="phrases: [suivez-nous]", en="phrases: [follow us]"),
                                        encoding="utf-8")
    (pack / "t.quiet.yaml").write_text(rule_yaml(id="t.quiet", status="shadow", fr="phrases: [gratuit]",
                                                 en="phrases: [free]"), encoding="utf-8")
    return build_coach(advice=AdviceSource([pack], tmp_path / "local"))


def admin(channel: str = "C1", workspace: str = "T1", locale: str = "en") -> Context:
    return Context(platform="slack", workspace=workspace, channel=channel, user="UADMIN", locale=locale, is_admin=True)


def member(channel: str = "C1", workspace: str = "T1") -> Context:
    return Context(platform="slack", workspace=workspace, channel=channel, user="U2")


def fired(coach: Coach, ctx: Context) -> set[str]:
    return {f.rule for f in coach.review(DRAFT, ctx)[0].findings}


def test_an_admin_switches_a_rule_off_for_the_workspace(coach, tmp_path):
    assert fired(coach, member()) == {"t.urgency", "t.follow"}
    reply = coach.command("rules", "off t.follow", admin())
    assert reply.tone == "good" and "`t.follow` is now off for this workspace" in reply.text()
    switches = tmp_path / "local" / "T1" / "switches.yaml"
    assert "t.follow:\n  status: 'off'" in switches.read_text()
    assert fired(coach, member()) == {"t.urgency"}
    assert fired(coach, member(workspace="T2")) == {"t.urgency", "t.follow"}

    coach.command("rules", "on t.follow", admin())
    assert fired(coach, member()) == {"t.urgency", "t.follow"}


def test_an_admin_switches_a_rule_for_one_channel(coach, tmp_path):
    coach.command("rules", "off t.urgency here", admin("C9"))
    assert (tmp_path / "local" / "T1" / "channels" / "C9" / "switches.yaml").exists()
    assert fired(coach, member("C9")) == {"t.follow"}
    assert fired(coach, member("C1")) == {"t.urgency", "t.follow"}

    reply = coach.command("rules", "off t.follow <#C07LAUNCH|launch>", admin("C1"))
    assert "this channel" in reply.text()
    assert fired(coach, member("C07LAUNCH")) == {"t.urgency"}
    assert fired(coach, member("C1")) == {"t.urgency", "t.follow"}

    # A channel name (Slack turns <#C123|launch> into #launch in slash commands) cannot be told apart.
    reply = coach.command("rules", "off t.follow #launch", admin("C1"))
    assert reply.tone == "warning" and "`/coach rules off t.follow here`" in reply.text()
    assert not (tmp_path / "local" / "T1" / "channels" / "launch").exists()


def test_a_shadow_rule_can_be_switched_on(coach):
    draft = "Our free guide is out, it explains the whole process step by step."
    assert coach.review(draft, member())[0].findings == ()
    coach.command("rules", "on t.quiet", admin())
    assert [f.rule for f in coach.review(draft, member())[0].findings] == ["t.quiet"]
    coach.command("rules", "shadow t.quiet", admin())
    result = coach.review(draft, member())[0]
    assert result.findings == () and [f.rule for f in result.shadow] == ["t.quiet"]


def test_the_list_groups_active_rules_by_topic_with_dismissal_rates(coach):
    coach.command("rules", "off t.follow", admin())
    reply = coach.command("rules", "", admin())
    assert reply.title == "Active rules in this workspace"
    topics = {section.title: section.text.splitlines() for section in reply.sections}
    assert topics == {"hard selling": ["`t.urgency` · warning · dismissal rate —"]}
    assert "dismissal rate —" in reply.text()  # no team memory: unknown, not zero
    assert "1 in shadow" in reply.summary and "1 switched off" in reply.summary


def test_others_get_a_polite_refusal_and_nothing_changes(coach, tmp_path):
    reply = coach.command("rules", "off t.urgency", member())
    assert reply.tone == "warning" and "only workspace admins" in reply.text()
    assert not (tmp_path / "local" / "T1").exists()
    assert fired(coach, member()) == {"t.urgency", "t.follow"}
    french = coach.command("rules", "", Context(workspace="T1", locale="fr-FR"))
    assert "seuls les administrateurs" in french.text()
    assert "/coach rules" not in coach.command("help", "", member()).text()
    assert "/coach rules" in coach.command("help", "", admin()).text()


def test_unknown_rules_and_usage_are_answered_in_the_admins_language(coach, tmp_path):
    assert "There is no rule `t.nope` here" in coach.command("rules", "off t.nope", admin()).text()
    assert not (tmp_path / "local" / "T1").exists()
    assert "Il n'y a pas de règle `t.nope`" in coach.command("rules", "off t.nope", admin(locale="fr")).text()
    assert "`/coach rules off ID`" in coach.command("rules", "frobnicate", admin()).text()
    assert "désactivée pour ce canal" in coach.command("rules", "off t.urgency ici", admin("C3", locale="fr")).text()


def test_show_says_which_layer_set_each_key(coach):
    file = Path(coach.command("rules", "off t.urgency here", admin("C9")).meta["file"])
    line = file.read_text().splitlines().index("  status: 'off'") + 1
    text = coach.command("rules", "show t.urgency", admin("C9")).text()
    status = next(line for line in text.splitlines() if line.startswith("status:"))
    assert "'off'" in status and "channel C9" in status and f"switches.yaml:{line})" in status
    severity = next(line for line in text.splitlines() if line.startswith("severity:"))
    assert severity.endswith("# pack core")


def test_a_broken_switches_file_is_not_overwritten(coach, tmp_path):
    folder = tmp_path / "local" / "T1"
    folder.mkdir(parents=True)
    (folder / "switches.yaml").write_text("t.follow: [\n", encoding="utf-8")
    reply = coach.command("rules", "off t.follow", admin())
    assert "could not change `t.follow`" in reply.text() and reply.tone == "warning"
    assert (folder / "switches.yaml").read_text() == "t.follow: [\n"


def test_fixed_advice_cannot_be_switched(tmp_path):
    coach = build_coach(advice=load_advice())
    assert "fixed in this setup" in coach.command("rules", "off hard-sell.urgency", admin()).text()
    assert "hard selling" in coach.command("rules", "", admin()).text()
