"""Reading what Slack sends: the shapes of payloads, kept apart from behaviour.

Slack escapes `&`, `<` and `>` in the text of messages and slash commands and
writes links and mentions as `<https://…|label>`, `<@U123>`, `<#C123|general>`;
a draft is reviewed as the words its author wrote, so that markup is undone.
"""

from __future__ import annotations

import re
from typing import Any

_MARKUP = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_RETRY_HEADER = "x-slack-retry-num"


def _markup(match: re.Match[str]) -> str:
    target, shown = match.group(1), match.group(2)
    if target.startswith("@"):  # <@U123> or <@U123|maria>
        return "@" + (shown or target[1:])
    if target.startswith("#"):  # <#C123|general>
        return "#" + (shown or target[1:])
    if target.startswith("!"):  # <!here>, <!subteam^S123|@designers>, <!date^…|fallback>
        if shown:
            return shown
        return "@" + target[1:].split("^", 1)[0]
    if target.startswith("mailto:"):
        return shown or target[7:]
    return target  # a link: the URL itself, which is what readers will see posted


def plain_text(slack_text: str) -> str:
    """Slack message markup -> the text as its author typed it."""
    text = _MARKUP.sub(_markup, slack_text or "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def message_text(message: dict[str, Any]) -> str:
    """The words of a message (a shortcut's target or a channel event).

    `text` is the message's own text; a message made of blocks only (from an
    app or a workflow) is read from its rich_text and section blocks."""
    text = message.get("text") or ""
    if text.strip():
        return plain_text(text)
    parts: list[str] = []
    for block in message.get("blocks") or []:
        if block.get("type") == "section" and isinstance(block.get("text"), dict):
            parts.append(block["text"].get("text", ""))
        elif block.get("type") == "rich_text":
            parts.append(_rich_text(block.get("elements") or []))
    return plain_text("\n".join(p for p in parts if p))


def _rich_text(elements: list[dict[str, Any]]) -> str:
    out = []
    for element in elements:
        kind = element.get("type")
        if kind in ("text", "link"):
            out.append(element.get("text") or element.get("url") or "")
        elif kind == "emoji":
            out.append(f":{element.get('name', '')}:")
        elif kind == "user":
            out.append(f"@{element.get('user_id', '')}")
        elif kind == "channel":
            out.append(f"#{element.get('channel_id', '')}")
        elif "elements" in element:
            out.append(_rich_text(element["elements"]))
            if kind in ("rich_text_section", "rich_text_preformatted", "rich_text_quote"):
                out.append("\n")
    return "".join(out)


def user_name(body: dict[str, Any]) -> str:
    """The name Slack put in the request (slash commands and interactions)."""
    if body.get("user_name"):
        return str(body["user_name"])
    user = body.get("user")
    if isinstance(user, dict):
        return str(user.get("username") or user.get("name") or "")
    return ""


def channel_of(body: dict[str, Any]) -> str:
    """Where an interaction happened, when Slack says so."""
    if body.get("channel_id"):
        return str(body["channel_id"])
    channel = body.get("channel")
    if isinstance(channel, dict) and channel.get("id"):
        return str(channel["id"])
    container = body.get("container") or {}
    return str(container.get("channel_id") or "")


def input_value(view: dict[str, Any], block_id: str, action_id: str) -> str:
    """The value of a plain_text_input in a submitted view."""
    values = ((view.get("state") or {}).get("values") or {}).get(block_id) or {}
    return (values.get(action_id) or {}).get("value") or ""


def request_key(body: dict[str, Any]) -> str:
    """What identifies one user gesture or one event across Slack's retries.

    Events carry an event_id that stays the same on every retry; slash
    commands, shortcuts, buttons and submissions carry a trigger_id made for
    that gesture. Anything else has no key and is never deduplicated."""
    if body.get("event_id"):
        return f"event:{body['event_id']}"
    if body.get("trigger_id"):
        return f"trigger:{body['trigger_id']}"
    return ""


def retry_number(headers: dict[str, Any]) -> int:
    value = headers.get(_RETRY_HEADER)
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    try:
        return int(value) if value is not None else 0
    except (TypeError, ValueError):
        return 0


def is_team_post(event: dict[str, Any]) -> bool:
    """A message event that is a member's post: not a bot, not an edit or a
    deletion or a join notice, not a reply inside a thread."""
    if event.get("type") != "message" or event.get("bot_id") or not event.get("user"):
        return False
    if event.get("subtype") not in (None, "file_share"):
        return False
    thread = event.get("thread_ts")
    return not thread or thread == event.get("ts")
