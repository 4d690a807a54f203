"""Discord buttons are bound to their server and member: a review id copied into
another server (custom_ids are plain text) shows nothing of the first server's draft
and logs nothing there. Driven like tests/test_discord.py: the real discord.py client
against a local REST stand-in, gateway payloads shaped as Discord documents them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.app import build_coach
from bot.config import Config
from bot.memory.store import Store
from bot.messages import t
from tests import discord_payloads as P

DRAFT = "Our Zorglub launch: buy now! Limited offer, act fast, only 3 left!!!"
OTHER_GUILD = "1290000000000000777"
MODAL = 9


def elsewhere(payload: dict[str, Any]) -> dict[str, Any]:
    """The same interaction, in another server."""
    payload["guild_id"] = OTHER_GUILD
    payload["guild"] = {**payload["guild"], "id": OTHER_GUILD}
    payload["authorizing_integration_owners"] = {"0": OTHER_GUILD}
    payload["channel"] = {**payload["channel"], "guild_id": OTHER_GUILD, "id": "1290000000000000778"}
    payload["channel_id"] = "1290000000000000778"
    return payload


def custom_ids(body: dict[str, Any]) -> list[str]:
    return [c["custom_id"] for row in body["data"].get("components", []) for c in row["components"]]


@pytest.mark.asyncio
async def test_a_review_id_clicked_in_another_server_shows_and_logs_nothing(tmp_path, discord_harness):
    store = Store.open(tmp_path / "coach.db")
    coach = build_coach(store=store)
    config = Config(data_dir=tmp_path, discord_sync="off")

    h = await discord_harness(coach, config)  # about binding, not timing: answered, never deferred (the harness default)
    review = await h.callback(P.review(DRAFT))
    ids = custom_ids(review.json)
    again = next(i for i in ids if i.startswith("coach:review_again:"))
    posted = next(i for i in ids if i.startswith("coach:posted:"))
    dismiss = next(i for i in ids if i.startswith("coach:dismiss:"))
    answers = [await h.callback(elsewhere(P.click(custom_id))) for custom_id in (again, posted, dismiss)]
    again, posted, dismiss = [a.json for a in answers]
    assert again["type"] != MODAL  # not the draft modal prefilled with the other server's draft
    for answer in (again, posted, dismiss):
        assert "Zorglub" not in json.dumps(answer, ensure_ascii=False)
    assert posted["data"]["embeds"][0]["description"] == t("draft.forgotten", "en")
    assert store.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] == 0
