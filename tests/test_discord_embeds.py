"""Drawing Replies for Discord, tested by rendering: limits, ids, escaping."""

from __future__ import annotations

from adapters.discord import embeds as E
from adapters.discord.commands import text_values
from bot.app import build_coach
from bot.chat.context import Context
from bot.chat.reply import Action, Image, Item, Reply, Section


def huge_reply() -> Reply:
    items = tuple(
        Item(title=f"Finding {n} " + "t" * 300, quote="q" * 500, lines=("why " * 300, "how " * 300),
             footer="rule.id · Source: " + "s" * 300, severity="warning",
             actions=(Action("dismiss", "Not for this post", f"abcdef012345|rule.{n % 7}"),))
        for n in range(40)
    )
    return Reply(title="T" * 400, summary="S" * 5000, sections=(Section(title="What to look at", items=items),),
                 actions=tuple(Action(f"a{n}", f"Action {n} " + "x" * 100, "v") for n in range(7)),
                 draft="Buy now " * 400, highlights=((0, 7, "warning"),))


def test_every_discord_limit_holds_on_an_oversized_reply():
    drawn = E.render(huge_reply())
    embed = drawn.embed
    assert len(embed["title"]) <= 256
    assert len(embed["description"]) <= 4096
    assert len(embed["fields"]) <= 25
    assert all(len(f["name"]) <= 256 and 0 < len(f["value"]) <= 1024 for f in embed["fields"])
    assert E.embed_length(embed) <= 6000
    assert embed["fields"][-1]["value"] == "…"  # says that some findings were left out
    assert len(drawn.rows) <= 5 and all(1 <= len(row) <= 5 for row in drawn.rows)
    ids = [b["custom_id"] for row in drawn.rows for b in row]
    assert len(ids) == len(set(ids))  # Discord refuses duplicate custom_ids
    assert all(len(i) <= 100 for i in ids)
    assert all(len(b["label"]) <= 80 for row in drawn.rows for b in row)


def test_a_hard_sell_review_draws_findings_quoted_with_sources_and_buttons():
    reply = build_coach().command("review", "Buy now! Limited offer, only today!!!", Context(platform="discord"))
    drawn = E.render(reply)
    assert drawn.embed["title"] == reply.title
    assert drawn.embed["color"] == E.COLOURS[reply.tone]
    finding_fields = [f for f in drawn.embed["fields"] if f["name"][:1].isdigit()]
    assert any("“Buy now”" in f["name"] for f in finding_fields)
    assert all("Source" in f["value"] for f in finding_fields)
    [first_row, *dismiss_rows] = drawn.rows
    assert [b["label"] for b in first_row] == ["I posted it", "Review again"]
    assert first_row[0]["style"] == 1  # primary
    dismiss = [b for row in dismiss_rows for b in row]
    assert all(b["custom_id"].startswith("coach:dismiss:" + reply.meta["review_id"] + "|") for b in dismiss)
    # findings sharing a rule share a button, labelled with their numbers
    assert sum(len(b["label"].split("(")[1].split(",")) for b in dismiss) == len(finding_fields)


def test_findings_of_one_rule_share_one_button():
    action = Action("dismiss", "Not for this post", "abcdef012345|hard-sell.urgency")
    items = (Item("“Buy now”", actions=(action,)), Item("“Limited offer”", actions=(action,)), Item("plain"))
    drawn = E.render(Reply(title="x", sections=(Section(items=items),)))
    assert [b["label"] for row in drawn.rows for b in row] == ["Not for this post (1, 2)"]
    assert [f["name"] for f in drawn.embed["fields"]] == ["1. “Buy now”", "2. “Limited offer”", "plain"]


def test_long_values_get_a_short_token_that_round_trips_in_this_process():
    value = "abcdef012345|" + "very.long.rule.identifier." * 6
    custom_id = E.button_id("dismiss", value)
    assert len(custom_id) <= 100 and custom_id.startswith("coach:dismiss:~")
    assert E.parse_button_id(custom_id) == ("dismiss", value)
    assert E.parse_button_id("coach:dismiss:~ffffffffffffffffff") == ("dismiss", None)  # expired
    assert E.parse_button_id("someone-else:button") is None
    assert E.parse_modal_id(E.modal_id("dismiss", "abc|rule")) == ("dismiss", "abc|rule")
    assert E.parse_modal_id(E.modal_id("review")) == ("review", "")


def test_the_users_words_are_escaped_and_highlights_merged():
    draft = "*Big* news @everyone: buy_now > [link](x)"
    buy = draft.index("buy_now")
    text = E.highlighted_draft(draft, ((0, 5, "warning"), (3, 8, "tip"), (buy, buy + 7, "warning")))
    assert text.startswith("> **__\\*Big\\* ne__**ws")  # overlapping spans merged into one
    assert "@\u200beveryone" in text
    assert "**__buy\\_now__**" in text
    assert "\\[link\\]\\(x\\)" in text


def test_an_image_is_attached_and_referenced_from_the_embed():
    drawn = E.render(Reply(title="Team habits", image=Image("chart (week 3).png", b"\x89PNG", "Posts per week")))
    assert drawn.file == ("chart__week_3_.png", b"\x89PNG", "Posts per week")
    assert drawn.embed["image"] == {"url": "attachment://chart__week_3_.png"}


def test_modal_values_are_read_from_labels_and_from_action_rows():
    labelled = [{"type": 18, "id": 1, "component": {"type": 4, "id": 2, "custom_id": "text", "value": "hello"}}]
    rows = [{"type": 1, "components": [{"type": 4, "custom_id": "reason", "value": "because"}]}]
    assert text_values(labelled) == {"text": "hello"}
    assert text_values(rows) == {"reason": "because"}
