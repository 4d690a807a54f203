"""Coach in many Discord servers: the real discord.py client, sharded as COACH_DISCORD_SHARDS
says, against the gateway stand-in announcing two shards (tests/discord_standin.py): each
shard identifies and gets its own READY and guilds, a command from a guild on each shard is
answered, and commands are synced once, globally, by the process holding shard 0."""

from __future__ import annotations

import json
from typing import Any

import discord
import pytest

from adapters.discord import CoachClient, banner
from adapters.discord.sharding import Shards, parse_shards, shard_of
from bot.config import Config, ConfigError
from tests import discord_payloads as P
from tests.discord_standin import APP_ID

GUILDS = 1 << 0


def guild_on(shard: int, count: int = 2, start: int = 1_290_000_000_000_000_001) -> str:
    """A guild id whose events Discord sends on `shard`."""
    guild = start
    while shard_of(guild, count) != shard:
        guild += 1 << 22
    return str(guild)


GUILD_0, GUILD_1 = guild_on(0), guild_on(1)
CHANNELS = {GUILD_0: "1291000000000000010", GUILD_1: "1291000000000000011"}


def moved(payload: dict[str, Any], guild: str) -> dict[str, Any]:
    """The same payload from another guild (and its channel)."""
    text = json.dumps(payload).replace(P.GUILD_ID, guild).replace(P.CHANNEL_ID, CHANNELS[guild])
    return json.loads(text)


def test_shard_settings_read_as_documented():
    assert parse_shards("") is None
    assert parse_shards("auto") == Shards(None, None)
    assert parse_shards("8") == Shards(None, 8)
    assert parse_shards("0-3/8") == Shards((0, 1, 2, 3), 8)
    assert parse_shards(" 4 - 5, 7 / 8 ") == Shards((4, 5, 7), 8)
    assert parse_shards("4-7/8").syncs_commands is False and parse_shards("0-3/8").syncs_commands is True
    for wrong in ("0-8/8", "3-1/8", "many", "0/0", "-1/4", "1/"):
        with pytest.raises(ConfigError, match="COACH_DISCORD_SHARDS"):
            parse_shards(wrong)


def test_without_the_setting_coach_keeps_one_unsharded_connection(coach, tmp_path):
    from adapters.discord import build_client

    client = build_client(coach, Config(data_dir=tmp_path))
    assert type(client) is CoachClient and not isinstance(client, discord.AutoShardedClient)
    assert banner(Config(discord_shards="0-3/8")) == "Coach: Discord (shards 0, 1, 2, 3 of 8)"


@pytest.mark.asyncio
async def test_two_shards_each_identify_get_their_guilds_and_answer_a_command_from_each(coach, tmp_path,
                                                                                      discord_harness):
    config = Config(data_dir=tmp_path, discord_sync="auto", discord_shards="auto")
    guilds = [moved(P.guild_create(), GUILD_0), moved(P.guild_create(preferred_locale="fr"), GUILD_1)]

    h = await discord_harness(coach, config, gateway=True, guilds=guilds, shards=2)
    client = h.client
    placed = {g: client.get_guild(int(g)).shard_id for g in (GUILD_0, GUILD_1)}
    answers = {g: await h.callback(moved(P.review("Buy now! Limited offer, only today!!!"), g))
               for g in (GUILD_1, GUILD_0)}
    synced = h.stand_in.matching("PUT", r"/applications/\d+(/guilds/\d+)?/commands")
    count, shards, identifies, readies, ready = (client.shard_count, sorted(client.shards), h.stand_in.identifies,
                                                 h.stand_in.readies, client.is_ready())
    assert (count, shards, ready) == (2, [0, 1], True)  # as many as GET /gateway/bot recommended
    assert sorted(i["shard"] for i in identifies) == [[0, 2], [1, 2]]
    assert all(i["intents"] == GUILDS and i["token"] == "stand-in-token" for i in identifies)
    assert sorted((r["shard"][0], [g["id"] for g in r["guilds"]]) for r in readies) == [(0, [GUILD_0]), (1, [GUILD_1])]
    assert placed == {GUILD_0: 0, GUILD_1: 1}
    for answer in answers.values():
        assert answer.json["type"] == 4 and answer.json["data"]["flags"] & 64
        assert "“Buy now”" in " ".join(f["name"] for f in answer.json["data"]["embeds"][0]["fields"])
    assert [s.path for s in synced] == [f"/applications/{APP_ID}/commands"]  # once, globally


@pytest.mark.asyncio
async def test_a_process_with_a_shard_range_connects_only_those_shards_and_leaves_the_sync_to_shard_0(
        coach, tmp_path, discord_harness):
    config = Config(data_dir=tmp_path, discord_sync="auto", discord_shards="1/2")
    guilds = [moved(P.guild_create(), GUILD_0), moved(P.guild_create(), GUILD_1)]

    h = await discord_harness(coach, config, gateway=True, guilds=guilds, shards=4)
    answer = (await h.callback(moved(P.review("Our guide to seed saving is out"), GUILD_1))).json
    identifies, other, own = h.stand_in.identifies, h.client.get_guild(int(GUILD_0)), h.client.get_guild(int(GUILD_1))
    synced, puts = h.client.synced, h.stand_in.matching("PUT", r"/applications/.*")
    assert [i["shard"] for i in identifies] == [[1, 2]]  # the configured count, not Discord's 4
    assert other is None and own is not None and own.shard_id == 1
    assert answer["type"] == 4
    assert synced == "off" and puts == []
    assert config.discord_sync == "auto"  # the process's own settings are left as they were
