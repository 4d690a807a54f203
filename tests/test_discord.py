"""The Discord adapter, end to end and offline.

The real discord.py client logs in against a local stand-in for Discord's REST
API (tests/discord_standin.py); gateway INTERACTION_CREATE payloads shaped as
Discord documents them (tests/discord_payloads.py) go through the client's
connection state; the tests assert what Coach sent back: callback type,
ephemeral flag, embeds, files, components.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot.app import build_coach
from bot.chat.coach import Coach
from bot.chat.reply import Image, Reply
from bot.chat.spec import Args, CommandSpec
from bot.config import Config
from bot.messages import t
from tests import discord_payloads as P
from tests.discord_standin import APP_ID

HARD_SELL = "Buy now! Limited offer, act fast: only 3 left. Click here to order today!!!"
FRENCH_HARD_SELL = "Achetez maintenant ! Offre limitée, dépêchez-vous, plus que 3 !"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # enough of a PNG for an upload

# Interaction callback types and message flags (Discord "Receiving and Responding")
CHANNEL_MESSAGE_WITH_SOURCE = 4
DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5
MODAL = 9
EPHEMERAL = 1 << 6


@pytest.fixture(scope="module")
def coach() -> Coach:
    return build_coach()


@pytest.fixture
def config(tmp_path) -> Config:
    return Config(data_dir=tmp_path, discord_sync="off")


# ---------------------------------------------------------------- what the core receives


@contextlib.contextmanager
def recorded_action(coach: Coach, name: str) -> Iterator[list[tuple[str, Any, str]]]:
    """Register `name` as a core action that records what it receives."""
    calls: list[tuple[str, Any, str]] = []
    actions = coach.actions
    original = actions.get(name)

    def recorder(coach: Coach, value: str, ctx: Any, reason: str) -> Reply:
        calls.append((value, ctx, reason))
        return Reply(title="Coach", summary=f"{name}: noted", language=ctx.language)

    actions[name] = recorder
    try:
        yield calls
    finally:
        if original is None:
            actions.pop(name, None)
        else:
            actions[name] = original


@contextlib.contextmanager
def recorded_command(coach: Coach, name: str, admin_only: bool = False,
                     handler: Any = None) -> Iterator[list[tuple[str, Any]]]:
    """Put a recording handler behind core command `name`, keeping the real
    command's admin_only flag when the core already has that command."""
    calls: list[tuple[str, Any]] = []
    commands = coach.commands
    original = commands.get(name)

    def recorder(coach: Coach, args: Args, ctx: Any) -> Reply:
        calls.append((args.line, ctx))
        if handler is not None:
            return handler(coach, args, ctx)
        return Reply(title="Coach", summary=f"{name}: saved", language=ctx.language)

    if original is not None:
        commands[name] = dataclasses.replace(original, handler=recorder)
    else:
        commands[name] = CommandSpec(name, recorder, {"en": name, "fr": name}, admin_only=admin_only)
    try:
        yield calls
    finally:
        if original is None:
            commands.pop(name, None)
        else:
            commands[name] = original


# ---------------------------------------------------------------- helpers


def buttons(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in body["data"].get("components", []) for c in row["components"]]


def button(body: dict[str, Any], prefix: str) -> dict[str, Any]:
    return next(b for b in buttons(body) if b["custom_id"].startswith(prefix))


def dismiss_button(body: dict[str, Any], rule: str = "hard-sell.urgency") -> dict[str, Any]:
    return next(b for b in buttons(body) if b["custom_id"].startswith("coach:dismiss:")
                and b["custom_id"].endswith("|" + rule))


def without_review_ids(components: list[dict[str, Any]]) -> str:
    return re.sub(r"(coach:[a-z_]+:)[0-9a-f]{12}", r"\1<id>", repr(components))


def text_input(modal_body: dict[str, Any]) -> dict[str, Any]:
    [label] = modal_body["data"]["components"]
    assert label["type"] == 18  # a Label wrapping the text input
    return label["component"]


# ---------------------------------------------------------------- /review


@pytest.mark.asyncio
async def test_review_slash_command_answers_with_an_ephemeral_embed_naming_the_hard_sell(coach, config, discord_harness):
    h = await discord_harness(coach, config)
    answer = await h.callback(P.review(HARD_SELL))
    assert answer.query.get("with_response") in ("1", "true", "True")
    body = answer.json
    assert body["type"] == CHANNEL_MESSAGE_WITH_SOURCE
    assert body["data"]["flags"] & EPHEMERAL
    [embed] = body["data"]["embeds"]
    expected = coach.command("review", HARD_SELL, P_context())
    assert embed["title"] == expected.title  # "Coach review: NN/100, band"
    assert re.search(r"\d+/100", embed["title"])
    names = " ".join(f["name"] for f in embed["fields"])
    values = "\n".join(f["value"] for f in embed["fields"])
    assert "“Buy now”" in names and "“Limited offer”" in values  # the matched words, quoted (one entry per rule)
    assert "hard-sell.urgency" in values and "Source" in values  # rule and source
    assert "Next step:" in values  # why and how
    assert "**__Buy now__**" in embed["description"]  # highlighted in the draft
    labels = [b["label"] for b in buttons(body)]
    assert "I posted it" in labels and "Review again" in labels
    assert any(label.startswith("Not for this post") for label in labels)
    dismiss = dismiss_button(body)
    assert re.fullmatch(r"coach:dismiss:[0-9a-f]{12}\|hard-sell\.urgency", dismiss["custom_id"])
    assert body["data"]["allowed_mentions"] == {"parse": []}


def P_context(locale: str = "en-US"):
    from bot.chat.context import Context

    return Context(platform="discord", workspace=P.GUILD_ID, channel=P.CHANNEL_ID, user=P.USER_ID, locale=locale)


@pytest.mark.asyncio
async def test_review_without_text_opens_a_modal_and_its_submission_gives_the_same_review(coach, config, discord_harness):
    h = await discord_harness(coach, config)
    direct = await h.callback(P.review(HARD_SELL))
    modal = await h.callback(P.review(None))
    submitted = await h.callback(P.submit(modal.json["data"]["custom_id"], {"text": HARD_SELL}))
    menu = await h.callback(P.message_command(HARD_SELL))
    direct, modal, submitted, menu = direct.json, modal.json, submitted.json, menu.json
    assert modal["type"] == MODAL
    assert modal["data"]["custom_id"] == "coach-modal:review:"
    field = text_input(modal)
    assert field["type"] == 4 and field["custom_id"] == "text" and field["style"] == 2  # paragraph
    assert field["max_length"] == 4000
    for other in (submitted, menu):
        assert other["type"] == CHANNEL_MESSAGE_WITH_SOURCE
        assert other["data"]["flags"] & EPHEMERAL
        assert other["data"]["embeds"] == direct["data"]["embeds"]  # same score, band, findings
        assert without_review_ids(other["data"]["components"]) == without_review_ids(direct["data"]["components"])


@pytest.mark.asyncio
async def test_message_context_menu_reviews_any_message(coach, config, discord_harness):
    h = await discord_harness(coach, config)
    body = (await h.callback(P.message_command(FRENCH_HARD_SELL))).json
    assert body["type"] == CHANNEL_MESSAGE_WITH_SOURCE and body["data"]["flags"] & EPHEMERAL
    [embed] = body["data"]["embeds"]
    assert "Achetez maintenant" in " ".join(f["name"] for f in embed["fields"])


# ---------------------------------------------------------------- buttons


@pytest.fixture
def store(coach, tmp_path, monkeypatch):
    """Team memory's real SQLite store behind the Coach."""
    from bot.memory.store import Store

    store = Store(tmp_path / "coach.db")
    monkeypatch.setattr(coach, "store", store)
    yield store
    store.close()


@pytest.mark.asyncio
async def test_not_for_this_post_opens_a_modal_then_the_dismissal_is_stored(coach, config, store, discord_harness):
    h = await discord_harness(coach, config)
    review = await h.callback(P.review(HARD_SELL))
    dismiss = dismiss_button(review.json)
    modal = await h.callback(P.click(dismiss["custom_id"], review.json["data"]["components"]))
    done = await h.callback(P.submit(modal.json["data"]["custom_id"],
                                     {"reason": "The deadline is real: doors close Friday"}))
    dismiss, modal, done = dismiss, modal.json, done.json
    review_id = dismiss["custom_id"].split(":")[2].split("|")[0]
    assert modal["type"] == MODAL
    assert modal["data"]["custom_id"] == f"coach-modal:dismiss:{review_id}|hard-sell.urgency"
    [label] = modal["data"]["components"]
    finding = next(f for f in coach.drafts.get(review_id).review.findings if f.rule == "hard-sell.urgency")
    assert label["description"] == finding.message  # which finding is set aside
    reason = label["component"]
    assert reason["custom_id"] == "reason" and reason["required"] is False
    rows = store.conn.execute(
        "SELECT d.review_id, d.rule_id, d.reason, w.platform, w.platform_id, c.platform_id, m.platform_id "
        "FROM dismissals d JOIN workspaces w ON w.id = d.workspace_id "
        "JOIN channels c ON c.id = d.channel_id JOIN members m ON m.id = d.member_id").fetchall()
    assert rows == [(review_id, "hard-sell.urgency", "The deadline is real: doors close Friday",
                     "discord", P.GUILD_ID, P.CHANNEL_ID, P.USER_ID)]
    assert done["type"] == CHANNEL_MESSAGE_WITH_SOURCE and done["data"]["flags"] & EPHEMERAL
    assert "hard-sell.urgency" in done["data"]["embeds"][0]["description"]  # the core's thanks


@pytest.mark.asyncio
async def test_i_posted_it_reaches_the_core_with_the_review_id(coach, config, discord_harness):
    h = await discord_harness(coach, config)
    review = await h.callback(P.review(HARD_SELL))
    posted = button(review.json, "coach:posted:")
    with recorded_action(coach, "posted") as calls:
        done = await h.callback(P.click(posted["custom_id"]))
    posted, done, calls = posted, done.json, calls
    [(value, ctx, _reason)] = calls
    assert posted["custom_id"] == f"coach:posted:{value}"
    assert done["type"] == CHANNEL_MESSAGE_WITH_SOURCE and done["data"]["flags"] & EPHEMERAL


@pytest.mark.asyncio
async def test_i_posted_it_is_logged_in_team_memory_and_habits_shows_the_chart(coach, config, store, discord_harness):
    """On the real store: the post is logged as the team's, then /habits defers
    (drawing the chart takes about a second) and edits in the embed with the PNG."""
    draft = "Our seed guide is out: what to sow in March, and why late frosts matter."

    h = await discord_harness(coach, config)
    review = await h.callback(P.review(draft))
    posted = button(review.json, "coach:posted:")
    done = await h.callback(P.click(posted["custom_id"]))
    habits = P.slash("habits", [])
    first = await h.callback(habits)
    [edit] = await h.stand_in.wait_for(
        "PATCH", rf"/webhooks/{APP_ID}/{re.escape(habits['token'])}/messages/@original", timeout=30)
    posted, done, first, edit = posted, done.json, first.json, edit
    review_id = posted["custom_id"].rsplit(":", 1)[1]
    rows = store.conn.execute(
        "SELECT p.kind, p.message_id, m.platform_id FROM posts p JOIN members m ON m.id = p.member_id").fetchall()
    assert rows == [("team", f"coach:{review_id}", P.USER_ID)]
    assert done["type"] == CHANNEL_MESSAGE_WITH_SOURCE and done["data"]["flags"] & EPHEMERAL
    assert first["type"] == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE and first["data"]["flags"] & EPHEMERAL
    [embed] = edit.json["embeds"]
    [chart] = edit.files
    assert embed["image"] == {"url": f"attachment://{chart.filename}"}
    assert chart.data.startswith(b"\x89PNG") and len(chart.data) > 1000


@pytest.mark.asyncio
async def test_review_again_opens_the_modal_prefilled_with_the_draft(coach, config, discord_harness):
    h = await discord_harness(coach, config)
    review = await h.callback(P.review(HARD_SELL))
    again = button(review.json, "coach:review_again:")
    modal = await h.callback(P.click(again["custom_id"]))
    forgotten = await h.callback(P.click("coach:review_again:000000000000"))
    modal, forgotten = modal.json, forgotten.json
    assert modal["type"] == MODAL and modal["data"]["custom_id"] == "coach-modal:review:"
    assert text_input(modal)["value"] == HARD_SELL
    # a draft Coach no longer remembers: the core's polite answer, not a failure
    assert forgotten["type"] == CHANNEL_MESSAGE_WITH_SOURCE
    assert forgotten["data"]["embeds"][0]["description"] == t("draft.forgotten", "en")


@pytest.mark.asyncio
async def test_buttons_work_without_any_state_from_before_a_restart(coach, config, discord_harness):
    """A click on a message sent by a previous process: the custom_id is enough."""
    h = await discord_harness(coach, config)
    with recorded_action(coach, "dismiss") as calls:
        modal = await h.callback(P.click("coach:dismiss:abcdef012345|hard-sell.urgency"))
        await h.callback(P.submit(modal.json["data"]["custom_id"], {"reason": ""}))
    expired = await h.callback(P.click("coach:posted:~0123456789abcdef01"))
    calls, expired = calls, expired.json
    assert [(value, reason) for value, _ctx, reason in calls] == [("abcdef012345|hard-sell.urgency", "")]
    assert expired["type"] == CHANNEL_MESSAGE_WITH_SOURCE
    assert "expired" in expired["data"]["embeds"][0]["description"]


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
