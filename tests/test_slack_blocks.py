"""Reply -> Block Kit, rendered to dicts: what a review looks like in Slack, and
Block Kit's limits kept whatever the core says. Plus reading Slack's payloads."""

from __future__ import annotations

import json
from typing import Any

from adapters.slack.blocks import (
    MAX_BLOCKS,
    RecentReview,
    action_name,
    dismiss_modal,
    draft_modal,
    highlighted_draft,
    home_view,
    message,
    metadata,
    read_metadata,
    reply_blocks,
)
from adapters.slack.memory import Once
from adapters.slack.payloads import (
    is_team_post,
    message_text,
    plain_text,
    request_key,
    retry_number,
)
from bot.app import build_coach
from bot.chat.context import Context
from bot.chat.reply import Action, Item, Reply, Section


def texts(blocks: list[dict[str, Any]], kinds: tuple[str, ...] = ("plain_text", "mrkdwn")) -> list[str]:
    """Every text object's text (of those kinds), wherever it sits."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") in kinds and "text" in node:
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(blocks)
    return found


def check_limits(blocks: list[dict[str, Any]], limit: int = MAX_BLOCKS) -> None:
    """Block Kit's limits, as Slack's reference states them."""
    assert len(blocks) <= limit
    json.dumps(blocks)  # plain JSON data only
    for block in blocks:
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        if block["type"] == "context":
            assert len(block["elements"]) <= 10
            assert all(len(e["text"]) <= 3000 for e in block["elements"])
        elements = block.get("elements", []) if block["type"] == "actions" else []
        if block.get("accessory"):
            elements = [block["accessory"]]
        ids = [e["action_id"] for e in elements]
        assert len(ids) == len(set(ids)) and len(elements) <= 25
        for element in elements:
            assert len(element["text"]["text"]) <= 75
            assert len(element.get("value", "")) <= 2000


def test_a_review_renders_as_slack_blocks():
    reply = build_coach().command("review", "Achetez maintenant !!! Offre limitée, dernière chance", Context())
    blocks = reply_blocks(reply)
    check_limits(blocks)
    kinds = [b["type"] for b in blocks]
    assert kinds[0] == "header" and kinds[-1] == "actions" and "rich_text" in kinds
    assert reply.meta["score"] in blocks[0]["text"]["text"]
    findings = [b for b in blocks if b.get("accessory", {}).get("action_id") == "coach:dismiss"]
    assert len(findings) == sum(len(s.items) for s in reply.sections)
    for block in findings:  # severity emoji and the finding in bold, its button on the side
        assert block["text"]["text"].startswith(":") and "*" in block["text"]["text"]
        assert block["accessory"]["value"].startswith(reply.meta["review_id"] + "|")
    sources = [b for b in blocks if b["type"] == "context" and "Source" in b["elements"][0]["text"]]
    assert len(sources) == len(findings)
    assert [e["action_id"] for e in blocks[-1]["elements"]] == ["coach:posted", "coach:review_again"]
    assert blocks[-1]["elements"][0]["style"] == "primary"
    assert message(reply)["text"].startswith(reply.title)  # the notification text


def test_users_words_cannot_ping_a_channel_or_break_formatting():
    reply = Reply(title="Coach <!channel>", summary="Use <!here> & <@U123> *now*",
                  sections=(Section(items=(Item(title="a <b> c", quote="<!everyone>"),)),))
    blocks = reply_blocks(reply)
    joined = " ".join(texts(blocks, kinds=("mrkdwn",)))  # plain_text (the header) is never parsed
    assert "<!" not in joined and "<@" not in joined
    assert "&lt;!here&gt; &amp; &lt;@U123&gt;" in joined


def test_block_kit_limits_hold_for_a_huge_reply():
    items = tuple(Item(title="T" * 400, quote="q" * 300, lines=("x" * 5000,), footer="f" * 4000,
                       actions=(Action("dismiss", "L" * 100, f"r|rule{i}"),)) for i in range(40))
    reply = Reply(title="H" * 500, summary="s" * 10_000, sections=(Section(title="S", items=items, text="more"),),
                  actions=(Action("posted", "I posted it", "r"), Action("review_again", "Again", "r")))
    blocks = reply_blocks(reply)
    check_limits(blocks)
    assert len(blocks) == MAX_BLOCKS
    assert blocks[-1]["type"] == "actions"  # the buttons survive the cut
    assert blocks[-2] == {"type": "context", "elements": [{"type": "mrkdwn", "text": "…"}]}
    assert blocks[0]["text"]["text"].endswith("…")


def test_escaping_is_never_cut_in_half():
    blocks = reply_blocks(Reply(title="t", summary="&" * 2000))
    text = blocks[1]["text"]["text"]
    assert len(text) <= 3000 and text.endswith("&amp;…")


def test_a_button_whose_value_cannot_fit_is_left_out():
    reply = Reply(title="t", actions=(Action("posted", "ok", "v" * 2001), Action("review_again", "again", "r")))
    (block,) = [b for b in reply_blocks(reply) if b["type"] == "actions"]
    assert [e["action_id"] for e in block["elements"]] == ["coach:review_again"]


def test_action_ids_stay_unique_within_a_block():
    item = Item(title="t", actions=(Action("dismiss", "a", "1"), Action("x", "b", "2"), Action("x", "c", "3")))
    blocks = reply_blocks(Reply(title="t", sections=(Section(items=(item,)),)))
    check_limits(blocks)
    (block,) = [b for b in blocks if b["type"] == "actions"]
    assert [e["action_id"] for e in block["elements"]] == ["coach:x", "coach:x:2"]
    assert action_name("coach:x:2") == "x" and action_name("coach:dismiss") == "dismiss"


def test_highlights_are_bold_and_the_draft_is_kept_whole():
    draft = "Buy now, *limited* offer_ today"
    block = highlighted_draft(draft, [(0, 7, "warning"), (4, 7, "tip"), (10, 17, "warning"), (50, 60, "x")])
    elements = block["elements"][0]["elements"]
    assert "".join(e["text"] for e in elements) == draft
    assert [e["text"] for e in elements if e.get("style")] == ["Buy now", "limited"]


def test_long_drafts_are_not_echoed():
    draft = "word " * 700
    blocks = reply_blocks(Reply(title="t", draft=draft, highlights=((0, 4, "tip"),)))
    assert all(b["type"] != "rich_text" for b in blocks)


def test_notes_and_images():
    blocks = reply_blocks(Reply(title="t"), notes=["chart in your DMs"])
    assert blocks[-1] == {"type": "context", "elements": [{"type": "mrkdwn", "text": "chart in your DMs"}]}


def test_the_draft_modal():
    view = draft_modal("fr", {"channel": "C1", "response_url": "https://hooks.slack.com/x"}, initial="é" * 4000)
    assert view["callback_id"] == "coach_draft" and len(view["title"]["text"]) <= 24
    element = view["blocks"][0]["element"]
    assert len(element["initial_value"]) == 3000 and element["max_length"] == 3000
    assert "3" in view["blocks"][1]["elements"][0]["text"]  # says the draft was cut
    assert read_metadata(view["private_metadata"]) == {"channel": "C1", "response_url": "https://hooks.slack.com/x",
                                                       "command": "review"}
    plan = draft_modal("en", {}, kind="plan")
    assert plan["title"]["text"] == "Review a plan" and "initial_value" not in plan["blocks"][0]["element"]


def test_the_dismiss_modal_asks_for_an_optional_reason():
    view = dismiss_modal("en", {"value": "abc|hard-sell.urgency"}, finding="“Buy now” pushes for a sale.")
    assert view["callback_id"] == "coach_dismiss"
    assert view["blocks"][1]["optional"] is True
    assert read_metadata(view["private_metadata"])["value"] == "abc|hard-sell.urgency"


def test_metadata_stays_under_slacks_limit():
    text = metadata({"value": "v", "channel": "C1", "response_url": "u" * 3100})
    assert len(text) <= 3000 and read_metadata(text) == {"value": "v", "channel": "C1"}
    assert read_metadata("not json") == {} and read_metadata("") == {}


def test_the_home_view():
    recent = [RecentReview(f"id{i}", 60 + i, "another-pass", "fr", "Achetez <maintenant> " * 30, 1.7e9)
              for i in range(12)]
    habits = Reply(title="Habits", summary="3 posts", sections=(Section(items=(Item(title="x"),) * 60),))
    view = home_view("fr", recent, habits)
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    check_limits(view["blocks"], limit=100)
    text = " ".join(texts(view["blocks"]))
    assert "Vos relectures récentes" in text and "*69/100*" in text and "&lt;maintenant&gt;" in text
    assert "<!date^1700000000^" in text
    empty = home_view("en", [], None)
    assert "No review yet" in json.dumps(empty)


# -- payloads ------------------------------------------------------------------


def test_slack_markup_becomes_the_authors_text():
    slack = ("Hello <@U123|maria> and <@U456> in <#C789|general> <!here> <!subteam^S1|@design> "
             "see <https://example.com/a?b=1&amp;c=2|our guide> &lt;3 &amp; <mailto:a@b.c|a@b.c> <!date^1^x|today>")
    assert plain_text(slack) == ("Hello @maria and @U456 in #general @here @design "
                                 "see https://example.com/a?b=1&c=2 <3 & a@b.c today")


def test_a_message_made_of_blocks_only_is_read_from_its_blocks():
    message_ = {"type": "message", "text": "", "blocks": [
        {"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [
            {"type": "text", "text": "Buy now "}, {"type": "emoji", "name": "fire"},
            {"type": "link", "url": "https://x.io", "text": "x.io"}]}]},
        {"type": "section", "text": {"type": "mrkdwn", "text": "Last chance &amp; more"}}]}
    assert message_text(message_) == "Buy now :fire:x.io\n\nLast chance & more"


def test_which_messages_are_team_posts():
    post = {"type": "message", "user": "U1", "text": "hi", "ts": "1.2"}
    assert is_team_post(post)
    assert is_team_post({**post, "subtype": "file_share"})
    assert is_team_post({**post, "thread_ts": "1.2"})  # the parent of a thread
    assert not is_team_post({**post, "thread_ts": "1.1"})
    assert not is_team_post({**post, "bot_id": "B1"})
    assert not is_team_post({**post, "subtype": "channel_join"})
    assert not is_team_post({"type": "message", "subtype": "message_deleted", "ts": "1.3"})


def test_request_keys_and_retries():
    assert request_key({"event_id": "Ev1", "trigger_id": "t"}) == "event:Ev1"
    assert request_key({"trigger_id": "1.2.3"}) == "trigger:1.2.3"
    assert request_key({"type": "url_verification"}) == ""
    assert retry_number({"x-slack-retry-num": ["2"]}) == 2 and retry_number({}) == 0
    once = Once()
    assert once.first("a") and not once.first("a") and once.first("b")
