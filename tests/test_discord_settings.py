"""The Discord adapter's settings and permissions, locale and slow work, end to end and offline:
the real discord.py client against a local stand-in for Discord's REST API, gateway payloads shaped
as Discord documents them (tests/discord_payloads.py)."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest

from bot.app import build_coach
from bot.chat.coach import Coach
from bot.chat.reply import Image, Reply
from bot.chat.spec import Args
from bot.messages import t
from tests import discord_payloads as P
from tests.discord_helpers import (
    CHANNEL_MESSAGE_WITH_SOURCE,
    DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
    EPHEMERAL,
    FRENCH_HARD_SELL,
    PNG,
    buttons,
    recorded_command,
)
from tests.discord_standin import APP_ID

# ---------------------------------------------------------------- /coach settings and permissions


def settings_options() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    options = [{"name": "settings", "type": 1, "options": [
        {"name": "channel", "type": 7, "value": P.NUDGE_CHANNEL_ID},
        {"name": "day", "type": 3, "value": "monday"},
        {"name": "time", "type": 3, "value": "9h30"},
        {"name": "timezone", "type": 3, "value": "Europe/Paris"},
        {"name": "language", "type": 3, "value": "fr"},
        {"name": "nudge", "type": 3, "value": "on"},
    ]}]
    resolved = {"channels": {P.NUDGE_CHANNEL_ID: P.channel(P.NUDGE_CHANNEL_ID, "announcements")}}
    return options, resolved


@pytest.mark.asyncio
async def test_coach_settings_needs_manage_server_and_others_get_a_polite_refusal(coach, config, discord_harness):
    options, resolved = settings_options()
    assert not P.MEMBER_PERMISSIONS & (P.MANAGE_GUILD | P.ADMINISTRATOR)

    h = await discord_harness(coach, config)
    with recorded_command(coach, "settings", admin_only=True) as calls:
        member = await h.callback(P.slash("coach", options, resolved=resolved))
        member_fr = await h.callback(P.slash("coach", options, resolved=resolved, locale="fr"))
        refused = list(calls)
        manager = await h.callback(P.slash("coach", options, resolved=resolved,
                                           permissions=P.MANAGER_PERMISSIONS))
    member, member_fr, refused, manager, calls = member.json, member_fr.json, refused, manager.json, calls
    assert coach.commands.get("settings") is None or coach.commands["settings"].admin_only
    assert refused == []  # the core never ran the handler
    for body, lang in ((member, "en"), (member_fr, "fr")):
        assert body["type"] == CHANNEL_MESSAGE_WITH_SOURCE and body["data"]["flags"] & EPHEMERAL
        assert body["data"]["embeds"][0]["description"] == t("refused.admin", lang)
    [(text, ctx)] = calls
    assert text == f"channel={P.NUDGE_CHANNEL_ID} day=monday time=9:30 timezone=Europe/Paris language=fr nudge=on"
    assert ctx.is_admin and ctx.workspace == P.GUILD_ID
    assert manager["type"] == CHANNEL_MESSAGE_WITH_SOURCE
    assert manager["data"]["embeds"][0]["description"] == "settings: saved"


@pytest.mark.asyncio
async def test_coach_observe_acts_on_the_chosen_channel_and_warns_about_the_intent(coach, config, discord_harness):
    here = [{"name": "observe", "type": 1, "options": [{"name": "state", "type": 3, "value": "on"}]}]
    there = [{"name": "observe", "type": 1, "options": [{"name": "state", "type": 3, "value": "off"},
                                                        {"name": "channel", "type": 7, "value": P.NUDGE_CHANNEL_ID}]}]
    resolved = {"channels": {P.NUDGE_CHANNEL_ID: P.channel(P.NUDGE_CHANNEL_ID, "announcements")}}

    h = await discord_harness(coach, config)
    with recorded_command(coach, "observe", admin_only=True) as calls:
        on = await h.callback(P.slash("coach", here, permissions=P.MANAGER_PERMISSIONS))
        off = await h.callback(P.slash("coach", there, resolved=resolved, permissions=P.MANAGER_PERMISSIONS))
    on, off, calls = on.json, off.json, calls
    assert [(text, ctx.channel, ctx.is_admin) for text, ctx in calls] == [
        ("on", P.CHANNEL_ID, True), ("off", P.NUDGE_CHANNEL_ID, True)]
    assert "Message Content" in on["data"]["content"]  # the bot was started without the intent
    assert not off["data"].get("content")


@pytest.mark.asyncio
async def test_timezone_option_autocompletes(coach, config, discord_harness):
    options = [{"name": "settings", "type": 1, "options": [
        {"name": "timezone", "type": 3, "value": "paris", "focused": True}]}]

    h = await discord_harness(coach, config)
    payload = P.slash("coach", options, permissions=P.MANAGER_PERMISSIONS)
    payload["type"] = 4  # APPLICATION_COMMAND_AUTOCOMPLETE
    body = (await h.callback(payload)).json
    assert body["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    assert {"name": "Europe/Paris", "value": "Europe/Paris"} in body["data"]["choices"]


# ---------------------------------------------------------------- locale


@pytest.mark.asyncio
async def test_french_users_get_french(coach, config, discord_harness):
    h = await discord_harness(coach, config)
    modal = await h.callback(P.review(None, locale="fr"))
    review = await h.callback(P.review(FRENCH_HARD_SELL, locale="fr"))
    modal, review = modal.json, review.json
    assert modal["data"]["title"] == "Relire un brouillon avec Coach"
    [embed] = review["data"]["embeds"]
    assert embed["title"].startswith("Avis de Coach")
    assert "Pas pour ce message" in " ".join(b["label"] for b in buttons(review))


# ---------------------------------------------------------------- slow work and failures


@pytest.mark.asyncio
async def test_a_slow_core_is_deferred_within_discords_three_seconds(coach, config, discord_harness):
    def slow_plan(coach: Coach, args: Args, ctx: Any) -> Reply:
        time.sleep(0.4)
        return Reply(title="Coach plan review", summary="A plan", language=ctx.language)

    h = await discord_harness(coach, config, defer_after=0.05)
    with recorded_command(coach, "plan", handler=slow_plan):
        started = time.monotonic()
        payload = P.slash("plan", [{"name": "text", "type": 3, "value": "Our Q1 plan: one post a day"}])
        first = await h.callback(payload)
        deferred_after = first.at - started
        [edit] = await h.stand_in.wait_for(
            "PATCH", rf"/webhooks/{APP_ID}/{re.escape(payload['token'])}/messages/@original")
    first, deferred_after, edit = first.json, deferred_after, edit.json
    assert first["type"] == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    assert first["data"]["flags"] & EPHEMERAL
    assert deferred_after < 0.4  # deferred before the core had finished
    assert edit["embeds"][0]["title"] == "Coach plan review"


@pytest.mark.asyncio
async def test_habits_defers_then_sends_the_embed_with_the_chart_attached(coach, config, discord_harness):
    def habits(coach: Coach, args: Args, ctx: Any) -> Reply:
        return Reply(title="Team habits", summary="3 posts this week", language=ctx.language,
                     image=Image("chart.png", PNG, "Posts per week"))

    h = await discord_harness(coach, config)
    with recorded_command(coach, "habits", handler=habits):
        payload = P.slash("habits", [])
        first = await h.callback(payload)
        [edit] = await h.stand_in.wait_for(
            "PATCH", rf"/webhooks/{APP_ID}/{re.escape(payload['token'])}/messages/@original")
    first, edit = first.json, edit
    assert first["type"] == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE and first["data"]["flags"] & EPHEMERAL
    assert edit.json["embeds"][0]["image"]["url"] == "attachment://chart.png"
    assert [(f.filename, f.data) for f in edit.files] == [("chart.png", PNG)]


@pytest.mark.asyncio
async def test_a_failing_core_gets_a_polite_answer_not_an_interaction_failure(coach, config, discord_harness):
    def broken(coach: Coach, args: Args, ctx: Any) -> Reply:
        raise RuntimeError("database is locked")

    h = await discord_harness(coach, config)
    with recorded_command(coach, "plan", handler=broken):
        body = (await h.callback(P.slash("plan", [{"name": "text", "type": 3, "value": "x"}]))).json
    assert body["type"] == CHANNEL_MESSAGE_WITH_SOURCE and body["data"]["flags"] & EPHEMERAL
    assert "something went wrong" in body["data"]["embeds"][0]["description"]


@pytest.mark.asyncio
async def test_a_command_the_core_does_not_have_gets_the_cores_polite_reply(coach, config, monkeypatch, discord_harness):
    monkeypatch.delitem(coach.commands, "plan", raising=False)  # as before plan review landed

    h = await discord_harness(coach, config)
    body = (await h.callback(P.slash("plan", [{"name": "text", "type": 3, "value": "x"}]))).json
    assert body["type"] == CHANNEL_MESSAGE_WITH_SOURCE and body["data"]["flags"] & EPHEMERAL
    assert body["data"]["embeds"][0]["description"] == t("unknown.command", "en", command="plan")


@pytest.mark.asyncio
async def test_any_member_can_forget_what_coach_keeps_about_them(tmp_path, config, discord_harness):
    from bot.chat.context import Context
    from bot.memory.store import Store

    store = Store(tmp_path / "coach.db")
    coach = build_coach(store=store)
    me = Context(platform="discord", workspace=P.GUILD_ID, channel=P.CHANNEL_ID, user=P.USER_ID)
    _, review_id = coach.review("Our free guide to newsletters, for you.", me)
    coach.act("posted", review_id, me)

    h = await discord_harness(coach, config)
    ask = await h.callback(P.slash("forget", []))
    confirm = await h.callback(P.slash("forget", [{"name": "confirm", "type": 5, "value": True}]))
    ask, confirm = ask.json, confirm.json
    assert ask["data"]["flags"] & EPHEMERAL and "/forget confirm: True" in str(ask)  # members, no Manage Server
    assert "deleted" in str(confirm)
    members = "SELECT id FROM members WHERE platform_id = ?"
    assert store.conn.execute(f"SELECT COUNT(*) FROM posts WHERE member_id IN ({members})", [P.USER_ID]).fetchone()[0] == 0
