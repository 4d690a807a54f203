"""Discord: nudge delivery, rate limits, command sync, intents, observed channels.
Same offline set-up as test_discord.py: the real client against a local stand-in."""

from __future__ import annotations

import asyncio
from typing import Any

import discord
import pytest

from adapters.discord import deliver, intents_for, nudge_ready
from bot.chat.coach import Coach
from bot.chat.reply import Action, Image, Reply
from bot.config import Config
from tests import discord_payloads as P
from tests.discord_standin import APP_ID, BOT_ID, snowflake

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def nudge() -> Reply:
    return Reply(title="Your week on social media", summary="3 posts, 2 of them giving first. Keep it up!",
                 visibility="public", tone="good", image=Image("chart.png", PNG, "Posts per week"),
                 actions=(Action("review_again", "Review a draft", "0123456789ab"),))


# ---------------------------------------------------------------- nudges


@pytest.mark.asyncio
async def test_deliver_posts_the_embed_and_the_chart_to_the_channel(coach, config, discord_harness):
    h = await discord_harness(coach, config)
    sent = await deliver(h.client, P.NUDGE_CHANNEL_ID, nudge())
    sent, [request] = sent, h.stand_in.matching("POST", rf"/channels/{P.NUDGE_CHANNEL_ID}/messages")
    assert sent.channel.id == int(P.NUDGE_CHANNEL_ID)
    [embed] = request.json["embeds"]
    assert embed["title"] == "Your week on social media"
    assert embed["image"] == {"url": "attachment://chart.png"}
    assert request.json["attachments"] == [{"id": 0, "filename": "chart.png", "description": "Posts per week"}]
    assert "flags" not in request.json or not request.json["flags"] & 64  # a public message
    assert request.json["allowed_mentions"] == {"parse": []}
    [part] = request.files
    assert (part.name, part.filename, part.data) == ("files[0]", "chart.png", PNG)
    [[button]] = [row["components"] for row in request.json["components"]]
    assert button["custom_id"] == "coach:review_again:0123456789ab"


@pytest.mark.asyncio
async def test_deliver_waits_out_a_rate_limit_and_retries(coach, config, discord_harness):
    h = await discord_harness(coach, config)
    h.stand_in.script(
        "POST", r"/channels/\d+/messages", 429,
        {"message": "You are being rate limited.", "retry_after": 0.3, "global": False},
        headers={"Via": "1.1 google", "Retry-After": "1", "X-RateLimit-Scope": "user",
                 "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0",
                 "X-RateLimit-Reset-After": "0.3", "X-RateLimit-Bucket": "channel-messages"})
    sent = await deliver(h.client, P.NUDGE_CHANNEL_ID, nudge())
    sent, attempts = sent, h.stand_in.matching("POST", r"/channels/\d+/messages")
    assert sent is not None
    assert len(attempts) == 2
    assert attempts[1].at - attempts[0].at >= 0.28  # waited as Discord asked
    assert attempts[1].files[0].data == PNG  # the file is sent again, whole


# ---------------------------------------------------------------- command sync


@pytest.mark.asyncio
async def test_commands_sync_to_the_dev_server_once_and_not_again_when_unchanged(coach, tmp_path, discord_harness):
    config = Config(data_dir=tmp_path, discord_guild_id=P.GUILD_ID)
    path = rf"/applications/{APP_ID}/guilds/{P.GUILD_ID}/commands"

    first = await discord_harness(coach, config)
    [put] = first.stand_in.matching("PUT", path)
    commands, synced = put.json, first.client.synced
    second = await discord_harness(coach, config)  # a restart: the first one is closed
    again, synced_again = second.stand_in.matching("PUT", r"/applications/.*"), second.client.synced
    assert synced == f"guild:{P.GUILD_ID}"
    by_name = {c["name"]: c for c in commands}
    # one command per core command: members' at the top level (help included), admins' under /coach
    assert set(by_name) == {"review", "plan", "habits", "forget", "help", "coach", "Review with Coach"}
    assert by_name["Review with Coach"]["type"] == 3  # message context menu
    assert by_name["Review with Coach"]["name_localizations"] == {"fr": "Relire avec Coach"}
    assert by_name["review"]["description_localizations"]["fr"] == "Relire un brouillon avant de le publier"
    assert str(by_name["coach"]["default_member_permissions"]) == str(P.MANAGE_GUILD)  # Manage Server
    assert {o["name"] for o in by_name["coach"]["options"]} == {"settings", "observe", "rules"}
    assert again == [] and synced_again == "unchanged"


@pytest.mark.asyncio
async def test_without_a_dev_server_commands_sync_globally(coach, tmp_path, discord_harness):
    h = await discord_harness(coach, Config(data_dir=tmp_path))
    puts, synced = h.stand_in.matching("PUT", rf"/applications/{APP_ID}/commands"), h.client.synced
    assert len(puts) == 1 and synced == "global"


# ---------------------------------------------------------------- intents and observed channels


class ObservingCoach(Coach):
    def __init__(self) -> None:
        super().__init__()
        self.observed: list[tuple[Any, str, str, float]] = []

    def observe(self, ctx: Any, text: str, message_id: str, ts: float) -> Reply | None:
        self.observed.append((ctx, text, message_id, ts))
        if "buy now" in text.lower():
            return Reply(title="Coach", summary="A gentle word about urgency", visibility="public")
        return None


def test_intents_are_minimal_unless_observed_channels_are_on(coach, tmp_path):
    plain = intents_for(coach, Config(data_dir=tmp_path))
    assert plain.guilds and not plain.message_content and not plain.guild_messages
    assert plain.value == type(plain)(guilds=True).value
    # the switch alone is not enough: the core must be able to observe
    assert not intents_for(object(), Config(data_dir=tmp_path, discord_observe=True)).message_content
    observing = intents_for(coach, Config(data_dir=tmp_path, discord_observe=True))
    assert observing.message_content and observing.guild_messages and not observing.members


def message_create(content: str, author_id: str = P.USER_ID, bot: bool = False) -> dict[str, Any]:
    """A MESSAGE_CREATE `d` object (gateway events), in a guild channel."""
    data = P.posted_message(content, author_id=author_id)
    data["author"]["bot"] = bot
    data["guild_id"] = P.GUILD_ID
    data["member"] = {k: v for k, v in P.member().items() if k not in ("user", "permissions")}
    return data


GUILDS, GUILD_MESSAGES, MESSAGE_CONTENT = 1 << 0, 1 << 9, 1 << 15  # gateway intents


@pytest.mark.asyncio
async def test_over_the_gateway_coach_identifies_with_the_guilds_intent_only_and_answers(coach, config, discord_harness):
    h = await discord_harness(coach, config, gateway=True, guilds=[P.guild_create()])
    answer = await h.callback(P.review("Buy now! Limited offer, only today!!!"))
    identify, body, guild, ready = h.stand_in.identify, answer.json, h.client.get_guild(int(P.GUILD_ID)), nudge_ready(h.client)()
    assert ready  # the nudge ticker may post now
    assert identify["token"] == "stand-in-token"
    assert identify["intents"] == GUILDS  # no privileged intent, no message events
    assert guild is not None and guild.name == "Les Jardins de Marie"
    assert body["type"] == 4 and body["data"]["flags"] & 64
    assert "“Buy now”" in " ".join(f["name"] for f in body["data"]["embeds"][0]["fields"])


@pytest.mark.asyncio
async def test_messages_in_observed_channels_reach_the_core(tmp_path, discord_harness):
    coach = ObservingCoach()
    config = Config(data_dir=tmp_path, discord_sync="off", discord_observe=True)

    h = await discord_harness(coach, config, gateway=True, guilds=[P.guild_create(preferred_locale="fr")])
    h.stand_in.dispatch("MESSAGE_CREATE", message_create("Our guide to onboarding is out"))
    h.stand_in.dispatch("MESSAGE_CREATE", message_create("Buy now from a bot", author_id=BOT_ID, bot=True))
    h.stand_in.dispatch("MESSAGE_CREATE", message_create("Buy now, only today"))
    [reply] = await h.stand_in.wait_for("POST", rf"/channels/{P.CHANNEL_ID}/messages")
    identify, reply = h.stand_in.identify, reply
    assert identify["intents"] == GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT
    texts = [text for _ctx, text, _id, _ts in coach.observed]
    assert texts == ["Our guide to onboarding is out", "Buy now, only today"]  # bots are ignored
    ctx, _text, message_id, ts = coach.observed[0]
    assert (ctx.platform, ctx.workspace, ctx.channel, ctx.user) == ("discord", P.GUILD_ID, P.CHANNEL_ID, P.USER_ID)
    assert ctx.locale == "fr" and not ctx.is_admin  # the server's language; observing grants nothing
    # when the message was created: Discord encodes it in the snowflake id
    assert ts == discord.utils.snowflake_time(int(message_id)).timestamp()
    assert reply.json["embeds"][0]["description"] == "A gentle word about urgency"
    assert str(reply.json["message_reference"]["message_id"]) == coach.observed[1][2]  # a reply to that post
    assert reply.json["allowed_mentions"]["replied_user"] is False


@pytest.mark.asyncio
async def test_an_observed_channel_logs_community_posts_in_team_memory(coach, tmp_path, monkeypatch, discord_harness):
    """The whole way: an admin turns observing on with /coach observe, then a
    member's message arrives over the gateway and lands in the real store."""
    from bot.memory.store import Store

    store = Store(tmp_path / "coach.db")
    monkeypatch.setattr(coach, "store", store)
    config = Config(data_dir=tmp_path, discord_sync="off", discord_observe=True)
    observe_on = [{"name": "observe", "type": 1, "options": [{"name": "state", "type": 3, "value": "on"}]}]

    h = await discord_harness(coach, config, gateway=True, guilds=[P.guild_create()])
    before = message_create("Posted before Coach was listening")
    h.stand_in.dispatch("MESSAGE_CREATE", before)
    await asyncio.sleep(0.2)
    answer = await h.callback(P.slash("coach", observe_on, permissions=P.MANAGER_PERMISSIONS))
    heard = message_create("Which seeds do you sow in March? Ours are late this year.")
    h.stand_in.dispatch("MESSAGE_CREATE", heard)
    for _ in range(100):
        if store.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]:
            break
        await asyncio.sleep(0.02)
    try:
        answer, heard_id = answer.json, heard["id"]
        rows = store.conn.execute(
            "SELECT p.message_id, p.kind, c.platform_id, m.platform_id FROM posts p "
            "JOIN channels c ON c.id = p.channel_id JOIN members m ON m.id = p.member_id").fetchall()
    finally:
        store.close()
    assert answer["type"] == 4 and answer["data"]["flags"] & 64
    assert not answer["data"].get("content")  # the intent was requested: no warning
    assert rows == [(heard_id, "community", P.CHANNEL_ID, P.USER_ID)]


# ---------------------------------------------------------------- the nudge ticker's sender


@pytest.mark.asyncio
async def test_the_ticker_sender_posts_from_its_thread_and_reports_refusals(coach, config, discord_harness):
    from adapters.discord import nudge_send
    from bot.nudges.schedule import Schedule
    from bot.nudges.sending import NotDelivered

    def schedule(channel: str) -> Schedule:
        return Schedule(platform="discord", workspace=P.GUILD_ID, channel=channel)

    h = await discord_harness(coach, config)
    send, ready = nudge_send(h.client, timeout=5), nudge_ready(h.client)
    not_connected = ready()
    message_id = await asyncio.to_thread(send, schedule(P.NUDGE_CHANNEL_ID), nudge())
    h.stand_in.script("POST", r"/channels/\d+/messages", 403,
                      {"message": "Missing Access", "code": 50001})
    refusals = []
    for channel in (P.NUDGE_CHANNEL_ID, "C0SLACK01"):
        try:
            await asyncio.to_thread(send, schedule(channel), nudge())
        except NotDelivered as error:
            refusals.append(str(error))
    posts = h.stand_in.matching("POST", r"/channels/\d+/messages")
    not_connected, message_id, refusals, posts = not_connected, message_id, refusals, posts
    assert not_connected is False  # the ticker waits for the gateway
    assert message_id.isdigit()
    assert len(refusals) == 2 and "403" in refusals[0] and "C0SLACK01" in refusals[1]
    assert len(posts) == 2  # the Slack-style id never reached Discord


def test_snowflakes_are_unique():
    assert len({snowflake() for _ in range(100)}) == 100
