"""Coach in thousands of Discord servers: discord.py's sharding, from COACH_DISCORD_SHARDS.

    shards = parse_shards("0-3/8")          # Shards(ids=(0, 1, 2, 3), count=8)
    client = sharded_client(coach, config)  # a ShardedCoachClient, or None without sharding

| COACH_DISCORD_SHARDS | this process connects                                          |
|----------------------|----------------------------------------------------------------|
| (empty)              | one connection, no sharding (the default)                      |
| `auto`               | every shard, as many as Discord recommends (GET /gateway/bot)  |
| `8`                  | every shard of 8                                               |
| `0-3/8`, `0,2,5/8`   | these shards of 8 (one process per shard range)                |

A guild lives on shard `(guild_id >> 22) % count`, Discord's rule: run `0-3/8` and
`4-7/8` in two processes and every server is served exactly once. Commands are synced
once, globally, by the process holding shard 0; the others never sync (a sync replaces
the application's commands: two processes syncing would only spend the rate limit).
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass
from typing import Any

import discord

from adapters.discord import CoachClient
from adapters.discord.commands import DEFER_AFTER
from bot.chat.coach import Coach
from bot.config import Config, ConfigError

_RANGE = re.compile(r"^\s*(\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*)\s*/\s*(\d+)\s*$")
MAX_SHARDS = 10_000
log = logging.getLogger("coach.discord")


@dataclass(frozen=True)
class Shards:
    ids: tuple[int, ...] | None  # None: every shard
    count: int | None  # None: as many as Discord recommends

    @property
    def syncs_commands(self) -> bool:
        """Only the process holding shard 0 syncs commands."""
        return self.ids is None or 0 in self.ids

    def describe(self) -> str:
        total = "Discord's recommended number of" if self.count is None else str(self.count)
        which = "all" if self.ids is None else ", ".join(map(str, self.ids))
        return f"shards {which} of {total}"


def _why(text: str) -> ConfigError:
    return ConfigError(f"COACH_DISCORD_SHARDS is {text!r}: use auto, a number of shards (8), or this process's "
                       "shards out of the total (0-3/8).")


def parse_shards(text: str) -> Shards | None:
    """COACH_DISCORD_SHARDS as Shards; None when empty (no sharding). ConfigError names what is wrong."""
    text = (text or "").strip().lower()
    if not text:
        return None
    if text == "auto":
        return Shards(None, None)
    if text.isdigit():
        count = int(text)
        if not 1 <= count <= MAX_SHARDS:
            raise _why(text)
        return Shards(None, count)
    found = _RANGE.match(text)
    if not found:
        raise _why(text)
    count = int(found.group(2))
    ids: set[int] = set()
    for part in found.group(1).split(","):
        low, _, high = part.partition("-")
        first, last = int(low), int(high or low)
        if first > last:
            raise _why(text)
        ids.update(range(first, last + 1))
    if not 1 <= count <= MAX_SHARDS or max(ids) >= count:
        raise ConfigError(f"COACH_DISCORD_SHARDS is {text!r}: shard ids go from 0 to {count - 1} when there are "
                          f"{count} shards.")
    return Shards(tuple(sorted(ids)), count)


def shard_of(guild_id: int | str, count: int) -> int:
    """The shard a guild's events come on (Discord's rule)."""
    return (int(guild_id) >> 22) % count


class ShardedCoachClient(CoachClient, discord.AutoShardedClient):
    """Coach's client over several gateway connections, one per shard, in one process."""

    def __init__(self, coach: Coach, config: Config, shards: Shards, *, defer_after: float = DEFER_AFTER,
                 **options: Any):
        if not shards.syncs_commands:
            config = copy.copy(config)
            config.discord_sync = "off"  # shard 0's process syncs, once
        super().__init__(coach, config, defer_after=defer_after, shard_ids=list(shards.ids) if shards.ids else None,
                         shard_count=shards.count, **options)
        self.shards_wanted = shards

    async def on_shard_ready(self, shard_id: int) -> None:
        guilds = sum(1 for g in self.guilds if g.shard_id == shard_id)
        log.info("Shard %d is ready with %d server(s)", shard_id, guilds)


def sharded_client(coach: Coach, config: Config, *, defer_after: float = DEFER_AFTER,
                   **options: Any) -> ShardedCoachClient | None:
    shards = parse_shards(config.discord_shards)
    if shards is None:
        return None
    return ShardedCoachClient(coach, config, shards, defer_after=defer_after, **options)
