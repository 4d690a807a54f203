"""Getting a Reply in front of people in Slack.

Ephemeral replies (reviews, refusals, confirmations) go where the user acted:
 1. the request's `response_url` (slash commands, message shortcuts and
    buttons on Coach's own messages carry one; it works in DMs and in channels
    Coach has not joined);
 2. otherwise `chat.postEphemeral` in the channel;
 3. otherwise a direct message from Coach (`conversations.open` + `chat.postMessage`).
Public replies go to the channel with `chat.postMessage` (or `in_channel` via
the response_url when Coach is not a member).

A Reply's image (the habits chart) is uploaded with `files_upload_v2`: to the
channel for a public reply; for an ephemeral one, to the member's direct
messages with Coach, since an ephemeral message cannot carry a file and
sharing the chart in the channel would make it public. The ephemeral text then
says where the chart went.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry import RetryHandler, default_retry_handlers
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from adapters.slack.blocks import label, message
from bot.chat.reply import Image, Reply

log = logging.getLogger("coach.slack")
_SLACK_ERRORS = (SlackApiError, SlackClientError, OSError)


def with_rate_limits(handlers: Iterable[RetryHandler] = ()) -> list[RetryHandler]:
    """`handlers` plus waiting out Slack's 429 Too Many Requests (its Retry-After), twice at
    most: every Slack client Coach makes gets it here (Web API, response_urls, nudges)."""
    return [*handlers, RateLimitErrorRetryHandler(max_retry_count=2)]


def respond_url(url: str, payload: dict[str, Any], timeout: int = 10) -> bool:
    """POST a message to a response_url; True when Slack took it."""
    try:
        hook = WebhookClient(url, timeout=timeout, retry_handlers=with_rate_limits(default_retry_handlers()))
        response = hook.send_dict(payload)
    except _SLACK_ERRORS as error:
        log.warning("response_url failed: %s", error)
        return False
    if response.status_code != 200:
        log.warning("response_url answered %s: %s", response.status_code, response.body)
    return response.status_code == 200


def direct_channel(client: WebClient, user: str) -> str:
    """The id of the member's DM with Coach."""
    return client.conversations_open(users=user)["channel"]["id"]


def upload_image(client: WebClient, channel: str, image: Image, comment: str = "") -> dict[str, Any]:
    response = client.files_upload_v2(
        channel=channel,
        content=image.data,
        filename=image.filename,
        title=image.alt or image.filename,
        alt_txt=image.alt or None,
        initial_comment=comment or None,
    )
    return dict(response.data) if isinstance(response.data, dict) else {}


def send(client: WebClient, reply: Reply, *, user: str, channel: str = "", response_url: str = "") -> str:
    """Show `reply` to `user` (or to `channel` when public). Returns how it went:
    "response_url", "ephemeral", "dm" or "channel"."""
    if reply.visibility == "public" and channel:
        how = _send_public(client, reply, channel, response_url)
        if reply.image is not None:
            _upload_somewhere(client, reply.image, [channel], user)
        return how

    notes = [label("image.dm", reply.language)] if reply.image is not None else []
    payload = message(reply, notes=notes)
    how = ""
    if response_url and respond_url(response_url, {**payload, "response_type": "ephemeral",
                                                   "replace_original": False}):
        how = "response_url"
    if not how and channel and not channel.startswith("D"):
        try:
            client.chat_postEphemeral(channel=channel, user=user, **payload)
            how = "ephemeral"
        except _SLACK_ERRORS as error:
            log.info("chat.postEphemeral in %s failed (%s); sending a DM", channel, error)
    if not how:
        client.chat_postMessage(channel=direct_channel(client, user), **payload)
        how = "dm"
    if reply.image is not None:
        _upload_somewhere(client, reply.image, [], user)
    return how


def _send_public(client: WebClient, reply: Reply, channel: str, response_url: str) -> str:
    payload = message(reply)
    try:
        client.chat_postMessage(channel=channel, **payload)
        return "channel"
    except _SLACK_ERRORS as error:
        if response_url and respond_url(response_url, {**payload, "response_type": "in_channel"}):
            return "response_url"
        raise error


def _upload_somewhere(client: WebClient, image: Image, channels: list[str], user: str) -> None:
    """Upload to the first channel that accepts the file, then to the member's DM."""
    for channel in channels:
        try:
            upload_image(client, channel, image)
            return
        except _SLACK_ERRORS as error:
            log.info("Uploading %s to %s failed (%s)", image.filename, channel, error)
    upload_image(client, direct_channel(client, user), image)


def deliver(client: WebClient, channel_id: str, reply: Reply) -> dict[str, Any]:
    """Post a Reply publicly in a channel, with its image: what a weekly nudge
    uses. Returns {"ts": message ts, "files": [uploaded file ids]}. Raises the
    Slack error when the channel refuses (not a member, archived...), so the
    caller can record that this nudge was not delivered."""
    posted = client.chat_postMessage(channel=channel_id, **message(reply))
    files: list[str] = []
    if reply.image is not None:
        uploaded = upload_image(client, channel_id, reply.image)
        files = [f.get("id", "") for f in uploaded.get("files") or []]
    return {"ts": posted.get("ts", ""), "files": files}
