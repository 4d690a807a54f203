"""Before Coach goes online in Discord: is the token right, and can Discord be reached?

Each answer is one sentence naming the token, the intent or the network
(bot.config.ConfigError), never a traceback from inside discord.py or aiohttp.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager

import aiohttp
import discord

from adapters.base import quiet
from bot.config import Config, ConfigError

TOKEN_FIX = ("copy the bot token from the Developer Portal (your application, Bot, Reset Token) into .env as "
             "DISCORD_TOKEN, without quotes or the word Bot.")




def explain(error: BaseException) -> ConfigError | None:
    """The sentence for a start-up failure, or None when it is not about tokens or the network."""
    if isinstance(error, discord.PrivilegedIntentsRequired):
        return ConfigError("Discord refused the Message Content intent that DISCORD_OBSERVE asks for: switch it on "
                           "in the Developer Portal (Bot, Privileged Gateway Intents) or unset DISCORD_OBSERVE.")
    if isinstance(error, discord.LoginFailure):
        return ConfigError(f"Discord refused DISCORD_TOKEN ({error}): {TOKEN_FIX}")
    if isinstance(error, discord.HTTPException):
        return ConfigError(f"Discord answered {error.status} at login ({error.text or error}): check DISCORD_TOKEN "
                           "and the application's settings.")
    if isinstance(error, aiohttp.ClientError | OSError | TimeoutError | discord.GatewayNotFound):
        reason = " ".join(str(error).split()) or type(error).__name__
        return ConfigError(f"Coach could not reach Discord at {discord.http.Route.BASE} ({reason}): check the network, "
                           "a proxy or a firewall.")
    return None


def _shape(token: str) -> None:
    if token.lower().startswith("bot ") or token[:1] in "\"'" or any(c.isspace() for c in token):
        raise ConfigError(f"DISCORD_TOKEN holds spaces, quotes or the word Bot: {TOKEN_FIX}")


async def _login(token: str) -> None:
    client = discord.Client(intents=discord.Intents.none())
    try:
        await asyncio.wait_for(client.login(token), timeout=20)
    finally:
        await client.close()


def verify(config: Config) -> None:
    """Log in to Discord's REST API once (GET /users/@me) with DISCORD_TOKEN.
    Raises ConfigError with one sentence."""
    token = config.discord_token
    _shape(token)
    with explained(), quiet("discord"):
        asyncio.run(_login(token))


@contextmanager
def explained() -> Iterator[None]:
    """An error Coach can say in one sentence becomes that ConfigError; others go on as they are."""
    try:
        yield
    except Exception as error:
        sentence = explain(error)
        if sentence is None:
            raise
        raise sentence from None
