"""The Discord adapter, end to end and offline.

The real discord.py client logs in against a local stand-in for Discord's REST
API (tests/discord_standin.py); gateway INTERACTION_CREATE payloads shaped as
Discord documents them (tests/discord_payloads.py) go through the client's
connection state; the tests assert what Coach sent back: callback type,
ephemeral flag, embeds, files, components.
"""

from __future__ import annotations

import re

import pytest

from bot.messages import t
from tests import discord_payloads as P
from tests.discord_helpers import (
    CHANNEL_MESSAGE_WITH_SOURCE,
    DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
    EPHEMERAL,
    FRENCH_HARD_SELL,
    HARD_SELL,
    MODAL,
    button,
    buttons,
    dismiss_button,
    recorded_action,
    text_input,
    without_review_ids,
)
from tests.discord_standin import APP_ID

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
