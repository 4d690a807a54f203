"""Requests as Slack sends them, for the Slack tests: `signed(...)` signs a body exactly as Slack
does (v0 HMAC-SHA256 of "v0:<timestamp>:<body>"), `post(...)` delivers it, and the payload builders
follow the shapes in Slack's documentation (slash commands, shortcuts, block actions, view
submissions, Events API envelopes)."""

from __future__ import annotations

import json
import secrets
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote, urlencode

from slack_sdk.signature import SignatureVerifier

from tests.slack_standin import APP_ID, BOT_ID, BOT_USER, SIGNING_SECRET, TEAM


def signed(body: str, content_type: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None,
           retry: int | None = None, signature: str | None = None) -> dict[str, str]:
    """Headers Slack sends with a request: the v0 signature over the raw body."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    headers = {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature or SignatureVerifier(secret).generate_signature(timestamp=ts, body=body),
        "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
    }
    if retry:
        headers["X-Slack-Retry-Num"] = str(retry)
        headers["X-Slack-Retry-Reason"] = "http_timeout"
    return headers


def post(url: str, body: str, headers: dict[str, str], timeout: float = 10) -> tuple[int, str, float]:
    """POST like Slack does; returns (status, body, seconds until the answer)."""
    request = urllib.request.Request(url, data=body.encode("utf-8"), headers=headers, method="POST")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode(), time.perf_counter() - started
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), time.perf_counter() - started


def trigger_id() -> str:
    return f"{secrets.randbelow(10**13)}.{secrets.randbelow(10**12)}.{secrets.token_hex(16)}"


def command_fields(command: str, text: str, *, user: str, channel: str, response_url: str,
                   user_name: str = "") -> dict[str, str]:
    """A slash command, field for field as Slack posts it (a form body)."""
    return {
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "team_id": TEAM,
        "team_domain": "coach-standin",
        "channel_id": channel,
        "channel_name": "marketing",
        "user_id": user,
        "user_name": user_name or user.lower(),
        "command": command,
        "text": text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id(),
    }


def command_body(command: str, text: str, **kwargs: Any) -> str:
    return urlencode(command_fields(command, text, **kwargs))


def interactive_body(payload: dict[str, Any]) -> str:
    """Interactivity (buttons, shortcuts, modals): a form with one `payload` field of JSON."""
    return "payload=" + quote(json.dumps(payload))


def _user(user: str) -> dict[str, str]:
    return {"id": user, "username": user.lower(), "name": user.lower(), "team_id": TEAM}


def message_action(message_text: str, *, user: str, channel: str, response_url: str,
                   author: str = "U0AUTHOR01") -> dict[str, Any]:
    ts = f"{int(time.time()) - 60}.000200"
    return {
        "type": "message_action",
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "action_ts": f"{time.time():.6f}",
        "team": {"id": TEAM, "domain": "coach-standin"},
        "user": _user(user),
        "channel": {"id": channel, "name": "marketing"},
        "is_enterprise_install": False,
        "enterprise": None,
        "callback_id": "review_message",
        "trigger_id": trigger_id(),
        "response_url": response_url,
        "message_ts": ts,
        "message": {"client_msg_id": secrets.token_hex(8), "type": "message", "text": message_text,
                    "user": author, "ts": ts, "team": TEAM},
    }


def block_actions(action_id: str, value: str, *, user: str, channel: str, response_url: str,
                  block_id: str = "coach_actions", label: str = "") -> dict[str, Any]:
    """A button click on one of Coach's ephemeral messages."""
    ts = f"{int(time.time())}.000300"
    return {
        "type": "block_actions",
        "user": _user(user),
        "api_app_id": APP_ID,
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "container": {"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": True},
        "trigger_id": trigger_id(),
        "team": {"id": TEAM, "domain": "coach-standin"},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel, "name": "marketing"},
        "state": {"values": {}},
        "response_url": response_url,
        "actions": [{"action_id": action_id, "block_id": block_id,
                     "text": {"type": "plain_text", "text": label or action_id, "emoji": True},
                     "value": value, "type": "button", "action_ts": f"{time.time():.6f}"}],
    }


def view_submission(view: dict[str, Any], values: dict[str, dict[str, str]], *, user: str) -> dict[str, Any]:
    """The submission of a modal Coach opened: `view` as Coach sent it to
    views.open, `values` as {block_id: {action_id: typed text}}."""
    state = {block: {action: {"type": "plain_text_input", "value": text} for action, text in actions.items()}
             for block, actions in values.items()}
    return {
        "type": "view_submission",
        "team": {"id": TEAM, "domain": "coach-standin"},
        "user": _user(user),
        "api_app_id": APP_ID,
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "trigger_id": trigger_id(),
        "view": {
            "id": "V0MODAL01", "team_id": TEAM, "type": "modal",
            "blocks": view.get("blocks", []),
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "state": {"values": state},
            "hash": "1585603428.Ksxiqm6F", "title": view.get("title"),
            "clear_on_close": False, "notify_on_close": False,
            "close": view.get("close"), "submit": view.get("submit"),
            "previous_view_id": None, "root_view_id": "V0MODAL01",
            "app_id": APP_ID, "external_id": "", "app_installed_team_id": TEAM, "bot_id": BOT_ID,
        },
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }


def event_body(event: dict[str, Any], event_id: str | None = None) -> str:
    """An Events API callback (JSON), as Slack posts it to the Request URL."""
    return json.dumps(event_envelope(event, event_id))


def event_envelope(event: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    return {
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "team_id": TEAM,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or "Ev" + secrets.token_hex(5).upper(),
        "event_time": int(time.time()),
        "authorizations": [{"enterprise_id": None, "team_id": TEAM, "user_id": BOT_USER,
                            "is_bot": True, "is_enterprise_install": False}],
        "is_ext_shared_channel": False,
        "event_context": "4-" + secrets.token_hex(20),
    }


def home_opened(user: str) -> dict[str, Any]:
    return {"type": "app_home_opened", "user": user, "channel": "D" + user[1:], "tab": "home",
            "event_ts": f"{time.time():.6f}"}


def channel_message(text: str, *, user: str, channel: str, **extra: Any) -> dict[str, Any]:
    ts = f"{time.time():.6f}"
    return {"type": "message", "client_msg_id": secrets.token_hex(8), "text": text, "user": user,
            "ts": ts, "team": TEAM, "channel": channel, "event_ts": ts, "channel_type": "channel",
            "blocks": [{"type": "rich_text", "block_id": "b1", "elements": [
                {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}]}],
            **extra}
