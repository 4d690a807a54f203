"""Coach on Discord: a thin adapter over the core, built on discord.py app commands.

    client = build_client(coach, config)   # a discord.Client with .tree (CommandTree)
    run(coach, config)                      # what `coach run` / `make run` call
    await deliver(client, channel_id, reply)  # post a public Reply (weekly nudges)

Intents are minimal: `guilds` only. Reading messages in observed channels needs
the privileged Message Content intent; it is requested only when DISCORD_OBSERVE
is on (and the core can observe), because Discord refuses to connect a bot that
asks for it without it being enabled in the Developer Portal.

Commands are synced at start-up: to DISCORD_GUILD_ID when it is set (instant,
for development), else globally. A sync is skipped when the commands have not
changed since the last one (a fingerprint is kept in the data directory), so
restarts do not spend Discord's command-update rate limit. DISCORD_SYNC=off
never syncs, DISCORD_SYNC=force always does.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from adapters.discord.commands import DEFER_AFTER, CoachTranslator, Router, language_of
from adapters.discord.embeds import message_parts
from adapters.discord.tree import install
from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.chat.reply import Reply
from bot.config import Config
from bot.messages import t

__all__ = ["CoachClient", "build_client", "deliver", "deliver_threadsafe", "intents_for", "nudge_ready", "nudge_send",
           "run", "start_nudges", "sync_commands"]

if TYPE_CHECKING:
    from bot.nudges.schedule import Schedule
    from bot.nudges.ticker import Ticker

log = logging.getLogger("coach.discord")


def observing(coach: object, config: Config) -> bool:
    """Observed channels are on (DISCORD_OBSERVE) and the core is a Coach, which can observe."""
    return config.discord_observe and isinstance(coach, Coach)


def intents_for(coach: object, config: Config) -> discord.Intents:
    """The fewest intents Coach needs: guilds; messages and their content only
    when observed channels are turned on."""
    intents = discord.Intents.none()
    intents.guilds = True
    if observing(coach, config):
        intents.guild_messages = True
        intents.message_content = True
    return intents


class CoachClient(discord.Client):
    def __init__(self, coach: Coach, config: Config, *, defer_after: float = DEFER_AFTER, **options: Any):
        super().__init__(intents=intents_for(coach, config), allowed_mentions=discord.AllowedMentions.none(),
                         **options)  # shard ids and count: adapters.discord.sharding
        self.coach = coach
        self.config = config
        self.tree = app_commands.CommandTree(self)
        self.tree.on_error = self.on_tree_error  # type: ignore[method-assign]
        self.router = Router(coach, config, defer_after=defer_after)
        install(self.tree, self.router)
        self.synced: str = ""  # what setup_hook did: "guild:<id>", "global", "unchanged", "off"

    async def setup_hook(self) -> None:
        await self.tree.set_translator(CoachTranslator())
        await asyncio.to_thread(warm_up, self.coach)
        try:
            self.synced = await sync_commands(self)
        except discord.HTTPException:
            log.exception("Could not sync Discord commands; the ones already registered stay in place")

    async def on_ready(self) -> None:
        log.info("Coach is on Discord as %s in %d server(s)", self.user, len(self.guilds))

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        await self.router.on_interaction(interaction)

    async def on_tree_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """A command that failed, or one Discord still shows but Coach no longer
        has: answer politely rather than let Discord say it failed."""
        if isinstance(error, app_commands.CommandNotFound) and not interaction.response.is_done():
            # one Discord still shows (synced before) that this Coach has not: the core says so
            await self.router.answer(interaction, lambda ctx: self.coach.run(error.name, {}, ctx))
            return
        log.error("Discord command failed: %s", error, exc_info=error)
        if interaction.response.is_done():
            return
        lang = language_of(interaction)
        try:
            await interaction.response.send_message(t("apology", lang), ephemeral=True)
        except discord.HTTPException:
            log.exception("Could not even apologise")

    async def on_message(self, message: discord.Message) -> None:
        """Messages in observed channels go to the core's team memory, when it has one."""
        if message.guild is None or message.author.bot or not message.content.strip():
            return
        ctx = Context(
            platform="discord", workspace=str(message.guild.id), channel=str(message.channel.id),
            user=str(message.author.id), user_name=message.author.display_name,
            locale=str(message.guild.preferred_locale), is_admin=False,
        )
        try:
            result = await asyncio.to_thread(self.coach.observe, ctx, message.content, str(message.id),
                                             message.created_at.timestamp())
        except Exception:
            log.exception("Observing message %s failed", message.id)
            return
        # Discord has no ephemeral messages outside interactions: only public replies are posted.
        if isinstance(result, Reply) and result.visibility == "public":
            await message.reply(**message_parts(result), mention_author=False)


def warm_up(coach: Coach) -> None:
    """Load what the first review would load (language model, phrase indexes)
    before users arrive: the first review of a process otherwise takes about a
    second. A pure review: nothing is remembered, logged or told to listeners."""
    from bot.engine.review import review

    started = time.perf_counter()
    for language, text in (("en", "Buy now! Our new guide is out."), ("fr", "Achetez maintenant ! Notre guide est prêt.")):
        try:
            review(text, coach.review_context(Context(platform="discord", locale=language)))
        except Exception:
            log.exception("Warming up the %s review failed", language)
    log.info("Core warmed up in %.2fs", time.perf_counter() - started)


def build_client(coach: Coach, config: Config, *, defer_after: float = DEFER_AFTER) -> CoachClient:
    """A discord.py client with Coach's commands on its `tree`; sharded when
    COACH_DISCORD_SHARDS says so (adapters.discord.sharding)."""
    from adapters.discord.sharding import sharded_client

    return sharded_client(coach, config, defer_after=defer_after) or CoachClient(coach, config, defer_after=defer_after)


async def sync_commands(client: CoachClient) -> str:
    """Sync the command tree to the dev server or globally, unless unchanged."""
    config = client.config
    mode = (config.discord_sync or "auto").lower()
    if mode == "off":
        return "off"
    guild_id = config.discord_guild_id.strip()
    guild = discord.Object(id=int(guild_id)) if guild_id else None
    if guild is not None:
        client.tree.copy_global_to(guild=guild)
    scope = f"guild:{guild_id}" if guild is not None else "global"

    translator = client.tree.translator or CoachTranslator()
    payload = [await command.get_translated_payload(client.tree, translator)
               for command in client.tree.get_commands(guild=guild)]
    fingerprint = hashlib.sha256(
        json.dumps([client.application_id, scope, payload], sort_keys=True, default=str).encode()).hexdigest()
    marker = _marker(config, scope)
    if mode != "force" and marker is not None and marker.exists() and marker.read_text().strip() == fingerprint:
        log.info("Discord commands unchanged since the last sync (%s)", scope)
        return "unchanged"
    synced = await client.tree.sync(guild=guild)
    log.info("Synced %d Discord command(s) (%s)", len(synced), scope)
    if marker is not None:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text(fingerprint + "\n")
        except OSError:
            log.warning("Could not remember the command sync in %s", marker)
    return scope


def _marker(config: Config, scope: str) -> Path | None:
    if not config.data_dir:
        return None
    return Path(config.data_dir) / f"discord-commands-{scope.replace(':', '-')}.sha256"


async def deliver(client: discord.Client, channel_id: int | str, reply: Reply,
                  nonce: str | None = None) -> discord.Message:
    """Post a public Reply (embed, image file, buttons) in a channel: the same
    `POST /channels/{id}/messages` a server sees for any bot message. discord.py
    waits out rate limits (429) and retries. Raises discord.Forbidden when Coach
    may not post there and discord.NotFound when the channel is gone.

    With a `nonce`, discord.py also sends `enforce_nonce`: when it retries a
    request after a 5xx that Discord had in fact carried out, Discord answers
    with the message it already created instead of posting it twice."""
    channel = client.get_channel(int(channel_id)) or client.get_partial_messageable(int(channel_id))
    return await channel.send(**message_parts(reply), nonce=nonce,  # type: ignore[union-attr]
                              allowed_mentions=discord.AllowedMentions.none())


def deliver_threadsafe(client: discord.Client, channel_id: int | str, reply: Reply,
                       timeout: float = 60.0) -> discord.Message:
    """`deliver` from another thread (a scheduler outside the client's loop)."""
    future = asyncio.run_coroutine_threadsafe(deliver(client, channel_id, reply), client.loop)
    return future.result(timeout)


NUDGE_TIMEOUT = 60.0  # seconds a nudge may take to post, rate-limit waits included


def nudge_send(client: discord.Client, timeout: float = NUDGE_TIMEOUT) -> Callable[[Schedule, Reply], str]:
    """The Discord `send(schedule, reply) -> message id` for the core's nudge
    ticker, which calls it from its own thread.

    It raises `bot.nudges.NotDelivered` only when Discord certainly posted
    nothing (a 4xx answer: missing access or permissions, unknown channel, bad
    request; or a channel id that is not Discord's). Anything else (a 5xx, a
    timeout, a dropped connection) may have posted, and propagates as is: the
    ticker then never sends that nudge again."""
    from bot.nudges.sending import NotDelivered

    def send(schedule: Schedule, reply: Reply) -> str:
        channel = str(schedule.channel)
        if not channel.isdigit():
            raise NotDelivered(f"{channel!r} is not a Discord channel id")
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:  # no loop in this thread: as expected
            running = None
        if running is not None and running is client.loop:
            raise RuntimeError("nudge_send blocks: call it from another thread than the client's loop")
        nonce = secrets.token_hex(12)  # one per nudge: Discord drops a retried duplicate
        future = asyncio.run_coroutine_threadsafe(deliver(client, channel, reply, nonce), client.loop)
        try:
            message = future.result(timeout)
        except TimeoutError:
            future.cancel()  # do not post late; it may have been posted already
            raise
        except discord.HTTPException as error:
            if 400 <= error.status < 500:
                raise NotDelivered(f"Discord refused the nudge for channel {channel}: {error.status} {error.text}") from error
            raise
        return str(message.id)

    return send


def nudge_ready(client: discord.Client) -> Callable[[], bool]:
    """True once the client is connected: the ticker skips Discord until then."""
    return lambda: client.is_ready() and not client.is_closed()


def start_nudges(client: CoachClient) -> Ticker | None:
    """Register Discord with this process's nudge ticker (one per process; it
    runs only when team memory is on). None when there is no ticker."""
    from bot.nudges.ticker import Sender, start_ticker

    return start_ticker(client.coach, {"discord": Sender(nudge_send(client), nudge_ready(client))})


def banner(config: Config) -> str:
    from adapters.discord.sharding import parse_shards

    shards = parse_shards(config.discord_shards)
    return "Coach: Discord" + (f" ({shards.describe()})" if shards else "")


def run(coach: Coach, config: Config) -> None:
    """Connect to Discord and serve until interrupted (`coach run`), posting
    weekly nudges when team memory is on."""
    from adapters.discord.startup import explained, verify

    verify(config)  # a wrong or unreachable token: one sentence (ConfigError), before any log line
    client = build_client(coach, config)
    ticker = start_nudges(client)
    try:
        with explained():  # the gateway can still refuse (an intent) or drop at start
            client.run(config.discord_token, log_level=logging.INFO, root_logger=True)
    finally:
        if ticker is not None and ticker.senders.keys() == {"discord"}:
            ticker.stop()
