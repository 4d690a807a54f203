"""Coach over Socket Mode, the default way to run it: slack-bolt's own
SocketModeHandler connects to a local websocket standing in for Slack (found
through apps.connections.open on the Web API stand-in), receives envelopes and
acknowledges them."""

from __future__ import annotations

import json
import secrets
import time

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler

from adapters.slack import build_app
from bot.app import build_coach
from bot.config import Config
from tests.slack_requests import command_fields, event_envelope, home_opened
from tests.slack_standin import APP_TOKEN, BOT_TOKEN

HARD_SELL = "Achetez maintenant !!! Offre limitée, dernière chance"


@pytest.fixture
def socket_mode(slack_api, slack_socket):
    standin, socket = slack_api, slack_socket
    standin.socket_url = socket.url
    standin.add_user("U0MEMBER01", locale="fr-FR")
    # No signing secret: nothing comes over HTTP in Socket Mode.
    config = Config(slack_bot_token=BOT_TOKEN, slack_app_token=APP_TOKEN, slack_api_url=standin.api_url)
    app = build_app(build_coach(), config)
    handler = SocketModeHandler(app, APP_TOKEN)
    handler.connect()
    socket.wait_connected()
    yield standin, socket
    handler.client.auto_reconnect_enabled = False
    socket.close()  # Slack hangs up first, so the client's read returns at once
    handler.close()


def test_a_slash_command_over_socket_mode_is_acked_and_answered(socket_mode):
    standin, socket = socket_mode
    (opened,) = standin.sent("apps.connections.open")
    assert opened.headers["authorization"] == f"Bearer {APP_TOKEN}"  # the app-level token, in the header

    hook = standin.hook()
    envelope_id = secrets.token_hex(16)
    socket.send({
        "envelope_id": envelope_id,
        "type": "slash_commands",
        "accepts_response_payload": True,
        "payload": command_fields("/review", HARD_SELL, user="U0MEMBER01", channel="C0MARKET01",
                                  response_url=hook),
    })
    ack = socket.wait_ack(envelope_id)
    assert ack == {"envelope_id": envelope_id}  # an empty ack: the review follows

    (reply,) = [c for c in standin.wait_reply() if c.kind == "hook"]
    assert reply.body["response_type"] == "ephemeral"
    rules = {b["accessory"]["value"].split("|")[1] for b in reply.body["blocks"]
             if b.get("accessory", {}).get("action_id") == "coach:dismiss"}
    assert "hard-sell.urgency" in rules


def test_a_redelivered_event_over_socket_mode_is_handled_once(socket_mode):
    standin, socket = socket_mode
    payload = event_envelope(home_opened("U0MEMBER01"), event_id="Ev0SOCKET01")
    first, again = secrets.token_hex(16), secrets.token_hex(16)
    socket.send({"envelope_id": first, "type": "events_api", "accepts_response_payload": False,
                 "retry_attempt": 0, "retry_reason": "", "payload": payload})
    socket.wait_ack(first)
    standin.wait_for("views.publish")
    # Slack redelivers with the same event_id and a retry_attempt.
    socket.send({"envelope_id": again, "type": "events_api", "accepts_response_payload": False,
                 "retry_attempt": 1, "retry_reason": "timeout", "payload": payload})
    assert socket.wait_ack(again) == {"envelope_id": again}
    time.sleep(0.5)
    (publish,) = standin.sent("views.publish")
    view = publish.body["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert view["type"] == "home" and publish.body["user_id"] == "U0MEMBER01"
