"""`/settings`: admins set a channel's weekly nudge from any platform, with polite errors."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from bot.app import build_coach
from bot.chat.coach import Coach
from bot.chat.commands.settings import apply, parse_settings
from bot.chat.context import Context
from bot.engine.advice import load_advice
from bot.memory.store import Store

ADVICE = load_advice()
NOW = datetime(2026, 3, 25, 12, 0, tzinfo=UTC)  # a Wednesday


@pytest.fixture
def coach(memory_at: str) -> Coach:
    return build_coach(advice=ADVICE, store=Store(memory_at))


def admin(platform="discord", locale="en", channel="111111111111111111") -> Context:
    return Context(platform=platform, workspace="G1", channel=channel, user="U-admin", locale=locale, is_admin=True)


def test_discord_options_set_a_schedule(coach):
    # What the Discord adapter sends for /coach settings with every option.
    text = "channel=222222222222222222 day=monday time=09:00 timezone=Europe/Paris language=fr"
    reply = apply(coach, admin(), text, NOW)
    saved = coach.store.nudges.schedule("discord", "G1", "222222222222222222")
    assert (saved.weekday, saved.at, saved.tz, saved.language, saved.enabled) == (0, time(9), "Europe/Paris", "fr", True)
    assert "<#222222222222222222>" in reply.summary
    assert "Next one: Monday 30 March 2026 at 09:00 (Europe/Paris)" in reply.summary  # CEST by then
    assert reply.tone == "good"


def test_slack_style_text_in_french_with_aliases(coach):
    ctx = admin("slack", "fr-FR", channel="C0MARKET1")
    reply = apply(coach, ctx, "nudge_day=jeudi nudge_time=17h30 nudge_tz=america/montreal nudge_lang=en nudge=on", NOW)
    saved = coach.store.nudges.schedule("slack", "G1", "C0MARKET1")
    assert (saved.weekday, saved.at, saved.tz, saved.language) == (3, time(17, 30), "America/Montreal", "en")
    assert reply.summary.startswith("C'est noté. Le rappel hebdomadaire de <#C0MARKET1> : chaque jeudi à 17:30")
    assert "Prochain rappel : jeudi 26 mars 2026 à 17:30 (America/Montreal)" in reply.summary


def test_partial_changes_keep_the_rest_and_off_is_reported(coach):
    ctx = admin()
    apply(coach, ctx, "day=tuesday time=08:15 tz=Europe/Paris lang=fr", NOW)
    reply = apply(coach, ctx, "nudge=off", NOW)
    saved = coach.store.nudges.schedule("discord", "G1", ctx.channel)
    assert (saved.weekday, saved.at, saved.tz, saved.enabled) == (1, time(8, 15), "Europe/Paris", False)
    assert "nudge=on" in reply.text() and "Next one" not in reply.summary


def test_a_new_schedule_without_a_time_zone_warns_about_utc(coach):
    reply = apply(coach, admin(), "day=friday", NOW)
    assert "UTC" in reply.text() and "nudge_tz=" in reply.text()


def test_every_problem_is_reported_and_nothing_is_saved(coach):
    reply = apply(coach, admin(), "day=someday time=25:00 tz=Mars/Olympus lang=de colour=blue nudge=maybe", NOW)
    text = reply.text()
    assert reply.tone == "warning" and text.count("\n- ") == 6
    for expected in ("“someday” is not a day", "“25:00” is not a time", "“Mars/Olympus” is not a time zone",
                     "“de” is not a language", "I don't know the setting “colour”", "“maybe” should be on or off"):
        assert expected in text
    assert coach.store.nudges.schedules() == []


def test_a_channel_name_instead_of_an_id_gets_a_helpful_error(coach):
    # Slack turns <#C123|general> into "#general" before the core sees it.
    reply = apply(coach, admin("slack"), "nudge_channel=#general day=monday", NOW)
    assert "run the command in that channel, or give its ID" in reply.text()
    changes, problems = parse_settings("nudge_channel=<#C0123ABCD|general>")
    assert changes.channel == "C0123ABCD" and problems == []


def test_no_arguments_lists_the_workspace_nudges(coach):
    ctx = admin(locale="fr")
    assert "Aucun rappel hebdomadaire" in apply(coach, ctx, "", NOW).summary
    apply(coach, ctx, "day=monday time=09:00 tz=Europe/Paris", NOW)
    apply(coach, ctx, "channel=333333333333333333 day=friday time=16:00 tz=Europe/Paris nudge_silence_days=10", NOW)
    text = apply(coach, ctx, "", NOW).text()
    assert "<#111111111111111111> : chaque lundi à 09:00 (Europe/Paris)" in text
    assert "<#333333333333333333> : chaque vendredi à 16:00 (Europe/Paris)" in text
    assert "Alerte de silence après 10 jours" in text
    ws = coach.store.find_workspace("discord", "G1")
    assert coach.store.get_setting("nudge_silence_days", ws) == 10


def test_the_command_is_for_admins_only(coach):
    member = Context(platform="discord", workspace="G1", channel="1", user="U2", is_admin=False)
    reply = coach.command("settings", "day=monday", member)
    assert "only workspace admins" in reply.summary
    assert coach.store.nudges.schedules() == []
    reply = coach.command("settings", "day=monday tz=UTC", admin())
    assert len(coach.store.nudges.schedules()) == 1 and reply.tone == "good"


def test_without_team_memory_the_command_explains(tmp_path):
    reply = apply(build_coach(advice=ADVICE), admin(), "day=monday", NOW)
    assert "team memory" in reply.summary


def test_the_console_sets_its_own_nudge_with_slash_settings(coach):
    from rich.console import Console

    from adapters.console import chat

    lines = iter(["/settings nudge_day=vendredi nudge_time=16:00 nudge_tz=Europe/Paris nudge_lang=fr", "/quit"])
    console = Console(record=True, width=120)
    chat(coach, console, read=lambda prompt: next(lines))
    saved = coach.store.nudges.schedule("console", "local", "console")
    assert (saved.weekday, saved.at, saved.tz, saved.language) == (4, time(16), "Europe/Paris", "fr")
    assert "Saved. The weekly nudge for #console" in console.export_text()
