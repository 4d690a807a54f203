"""One command specification for every platform: each of the core's commands exists on the
console, in Slack (`/coach <name>`) and on Discord (built from the same specs, help and rules
included), and Discord's typed options reach the core typed."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import COMMANDS, build_coach
from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.chat.reply import Reply
from bot.chat.spec import Args, read_line, write_line
from bot.config import Config
from bot.messages import t
from tests import discord_payloads as P
from tests.conftest import converse
from tests.discord_standin import APP_ID
from tests.slack_app import ADMIN, hook_reply, send_command

MEMBERS = [spec for spec in COMMANDS if not spec.admin_only]
ADMINS = [spec for spec in COMMANDS if spec.admin_only]
SPECS = {spec.name: spec for spec in COMMANDS}


# ---------------------------------------------------------------- the specification


def test_every_command_has_help_and_a_short_summary_in_both_languages():
    for spec in COMMANDS:
        for text in (spec.help, spec.summary):
            assert text["en"] and text["fr"] and text["en"] != text["fr"] or spec.name == "help", spec.name
        assert len(spec.summary["en"]) <= 100 and len(spec.summary["fr"]) <= 100  # Discord's limit
        for option in spec.options:
            assert option.help["en"] and option.help["fr"], (spec.name, option.name)
            assert len({option.name for option in spec.options}) == len(spec.options)


def test_a_command_line_is_read_into_typed_values():
    rules, habits, forget = SPECS["rules"], SPECS["habits"], SPECS["forget"]
    assert read_line(rules.options, "off hard-sell.urgency here") == {
        "action": "off", "rule": "hard-sell.urgency", "where": "here"}
    assert read_line(habits.options, "ici 4 texte") == {"here": True, "weeks": 4, "text": True}
    assert read_line(forget.options, "confirmer") == {"confirm": True}
    assert SPECS["review"].read("  Buy now!\n").values == {"text": "  Buy now!\n"}  # a draft exactly as written


def test_typed_values_stand_for_the_command_line_they_mean():
    settings = SPECS["settings"]
    args = settings.typed({"channel": "123456", "day": "monday", "time": "9h30", "timezone": " Europe/Paris ",
                           "language": None, "nudge": "on"})
    assert args.typed and args.values == {"channel": "123456", "day": "monday", "time": "9:30",
                                          "timezone": "Europe/Paris", "nudge": "on"}
    assert args.line == "channel=123456 day=monday time=9:30 timezone=Europe/Paris nudge=on"
    assert settings.typed({"silence": 10}).line == "silence=10"
    assert write_line(SPECS["forget"].options, {"confirm": True}) == "confirm"
    assert SPECS["forget"].typed({"confirm": False}).values == {}


# ---------------------------------------------------------------- the console


def test_every_command_answers_in_the_console():
    lines = [f"/{spec.name} {'x' if spec.editor else ''}".strip() for spec in COMMANDS]
    out = converse([*lines, "/quit"])
    for spec in COMMANDS:
        assert t("unknown.command", "en", command=spec.name) not in out


# ---------------------------------------------------------------- Slack


def test_every_command_answers_in_slack_under_coach(slack):
    for spec in COMMANDS:
        text = spec.name + (" Buy now!" if spec.editor else "")
        _, _, _, hook = send_command(slack, text, command="/coach", user=ADMIN)
        (reply,) = hook_reply(slack, hook)
        assert t("unknown.command", "en", command=spec.name) not in reply.body["text"], spec.name
        assert t("refused.admin", "en") not in reply.body["text"], spec.name


def test_slacks_manifest_offers_every_command():
    import yaml

    from adapters.slack.listeners import SLASH_COMMANDS

    manifest = yaml.safe_load((Path(__file__).resolve().parents[1] / "slack-manifest.yaml").read_text("utf-8"))
    [coach] = [c for c in manifest["features"]["slash_commands"] if c["command"] == "/coach"]
    for spec in COMMANDS:  # its own slash command, or named under /coach
        assert spec.name in SLASH_COMMANDS or spec.name in coach["description"], spec.name


# ---------------------------------------------------------------- Discord


@pytest.fixture
def config(tmp_path) -> Config:
    return Config(data_dir=tmp_path, discord_sync="off")


@contextlib.contextmanager
def recorded(coach: Coach, name: str) -> Iterator[list[Args]]:
    calls: list[Args] = []
    original = coach.commands[name]

    def recorder(coach: Coach, args: Args, ctx: Context) -> Reply:
        calls.append(args)
        return Reply(title="Coach", summary=f"{name}: noted", language=ctx.language)

    coach.commands[name] = dataclasses.replace(original, handler=recorder)
    try:
        yield calls
    finally:
        coach.commands[name] = original


@pytest.mark.asyncio
async def test_discord_has_every_command_with_its_typed_options(tmp_path, discord_harness):
    h = await discord_harness(build_coach(), Config(data_dir=tmp_path, discord_guild_id=P.GUILD_ID))
    [put] = h.stand_in.matching("PUT", rf"/applications/{APP_ID}/guilds/{P.GUILD_ID}/commands")
    by_name = {c["name"]: c for c in put.json}
    admin = {o["name"]: o for o in by_name["coach"]["options"]}
    assert {spec.name for spec in MEMBERS} <= set(by_name) and set(admin) == {spec.name for spec in ADMINS}
    for spec in COMMANDS:
        command = admin[spec.name] if spec.admin_only else by_name[spec.name]
        assert command["description"] == spec.summary["en"]
        assert command["description_localizations"] == {"fr": spec.summary["fr"]}
        options = {o["name"]: o for o in command.get("options", [])}
        assert set(options) == {o.name for o in spec.options}, spec.name
        for option in spec.options:
            assert options[option.name]["description_localizations"] == {"fr": option.help["fr"]}
            assert [c["value"] for c in options[option.name].get("choices", [])] == [c.value for c in option.choices]
    kinds = {o["name"]: o["type"] for o in by_name["habits"]["options"]}
    assert kinds == {"here": 5, "weeks": 4, "text": 5}  # boolean, integer, boolean


@pytest.mark.asyncio
async def test_discord_help_lists_the_commands_each_person_may_run(config, discord_harness):
    h = await discord_harness(build_coach(), config)
    member = await h.callback(P.slash("help", []))
    manager = await h.callback(P.slash("help", [], permissions=P.MANAGER_PERMISSIONS, locale="fr"))
    member, manager = member.json, manager.json
    [embed] = member["data"]["embeds"]
    assert embed["title"] == t("help.title", "en") and member["data"]["flags"] & 64
    shown = str(embed)
    assert all(spec.help["en"] in shown for spec in MEMBERS) and not any(spec.help["en"] in shown for spec in ADMINS)
    assert all(spec.help["fr"] in str(manager["data"]["embeds"]) for spec in COMMANDS)
    # usage as Discord's form takes it (`name:value`), not Slack's command line (`name=value`)
    managed = str(manager["data"]["embeds"])
    assert "/coach settings [channel:#channel]" in managed and "nudge_channel=" not in managed
    assert "/habits [here:True] [weeks:N] [text:True]" in shown and "/coach forget" not in shown


@pytest.mark.asyncio
async def test_discord_rules_answers_admins_and_refuses_members(config, discord_harness):
    listing = [{"name": "rules", "type": 1, "options": []}]
    show = [{"name": "rules", "type": 1, "options": [{"name": "action", "type": 3, "value": "show"},
                                                     {"name": "rule", "type": 3, "value": "hard-sell.urgency"}]}]

    h = await discord_harness(build_coach(), config)
    refused = await h.callback(P.slash("coach", listing))
    listed = await h.callback(P.slash("coach", listing, permissions=P.MANAGER_PERMISSIONS))
    shown = await h.callback(P.slash("coach", show, permissions=P.MANAGER_PERMISSIONS))
    refused, listed, shown = refused.json, listed.json, shown.json
    assert refused["data"]["embeds"][0]["description"] == t("refused.admin", "en")
    assert listed["data"]["embeds"][0]["title"].startswith(t("rules.title", "en", place="")[:5])
    assert "hard-sell.urgency" in str(listed["data"]["embeds"])
    assert shown["data"]["embeds"][0]["title"] == "`hard-sell.urgency`"


@pytest.mark.asyncio
async def test_discord_options_reach_the_core_typed(config, discord_harness):
    coach = build_coach()
    habits = [{"name": "weeks", "type": 4, "value": 4}, {"name": "here", "type": 5, "value": True}]

    h = await discord_harness(coach, config)
    with recorded(coach, "habits") as calls:
        await h.callback(P.slash("habits", habits))
        await h.stand_in.wait_for("PATCH", rf"/webhooks/{APP_ID}/.*/messages/@original")
    [args] = calls
    assert args.typed and args.values == {"here": True, "weeks": 4} and args.line == "here weeks=4"

