"""The Slack adapter under hostile or unlucky input, driven like tests/test_slack.py:
signed requests to the real Bolt app on a local port, a stand-in for Slack's Web API.

- `/coach forget confirm` leaves no copy of the member's drafts anywhere, the App Home included;
- a button is only ever answered for its own member's review, in its own workspace;
- a modal submission that fails is answered by a direct message (a modal has no response_url);
- the HTTP server answers a bad body or timestamp with 400, a body over the limit with 413
  before reading it, and drops a client that sends too slowly.
"""

from __future__ import annotations

import json
import socket
import time
from typing import Any

import pytest

from adapters.slack import MAX_BODY, build_app, serve_http, serve_in_thread
from adapters.slack.blocks import DRAFT_BLOCK, DRAFT_INPUT, DRAFT_VIEW
from bot.app import build_coach
from bot.config import Config
from bot.memory.store import Store
from tests.slack_requests import (
    block_actions,
    command_body,
    event_body,
    home_opened,
    interactive_body,
    post,
    signed,
    view_submission,
)
from tests.slack_standin import BOT_TOKEN, SIGNING_SECRET, SlackStandIn

FORM = "application/x-www-form-urlencoded"
MEMBER = "U0MEMBER01"
SECRET_DRAFT = "Notre lancement secret Zorglub : achetez maintenant, offre limitée !"


@pytest.fixture(scope="module")
def slack(tmp_path_factory):
    standin = SlackStandIn()
    standin.add_user(MEMBER, locale="en-US", name="Maria")
    coach = build_coach(store=Store.open(tmp_path_factory.mktemp("slack") / "coach.db"))
    config = Config(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET,
                    slack_api_url=standin.api_url)
    server = serve_http(build_app(coach, config), 0, host="127.0.0.1")
    serve_in_thread(server)

    class Slack:
        pass

    s = Slack()
    s.standin, s.coach, s.port = standin, coach, server.server_port
    s.url = f"http://127.0.0.1:{server.server_port}/slack/events"
    yield s
    server.shutdown()
    server.server_close()
    standin.close()


@pytest.fixture(autouse=True)
def fresh(slack):
    slack.standin.clear()
    yield


def command(slack, text: str, name: str = "/review", user: str = MEMBER) -> str:
    hook = slack.standin.hook()
    body = command_body(name, text, user=user, channel="C0MARKET01", response_url=hook)
    assert post(slack.url, body, signed(body, FORM))[0] == 200
    return hook


def hook_reply(slack, hook: str) -> dict[str, Any]:
    name = hook.rsplit("/", 1)[-1]
    slack.standin.wait(lambda calls: any(c.kind == "hook" and c.method == name for c in calls))
    return next(c for c in slack.standin.sent(kind="hook") if c.method == name).body


def interact(slack, payload: dict[str, Any]) -> int:
    body = interactive_body(payload)
    return post(slack.url, body, signed(body, FORM))[0]


def home_view(slack) -> str:
    body = event_body(home_opened(MEMBER))
    assert post(slack.url, body, signed(body, "application/json"))[0] == 200
    call = slack.standin.wait_for("views.publish")[-1]
    view = call.body["view"]
    return json.dumps(json.loads(view) if isinstance(view, str) else view, ensure_ascii=False)


def review_id_of(reply: dict[str, Any]) -> str:
    text = json.dumps(reply["blocks"])
    start = text.index('"coach:posted"')
    return text[start:].split('"value": "', 1)[1].split('"', 1)[0]


def test_forget_confirm_clears_the_app_home_at_once(slack):
    hook_reply(slack, command(slack, SECRET_DRAFT))
    assert "Zorglub" in home_view(slack)
    slack.standin.clear()
    reply = hook_reply(slack, command(slack, "forget confirm", name="/coach"))
    assert "Done" in json.dumps(reply)
    # The Home tab Slack shows is republished without the drafts, without waiting for a visit...
    republished = slack.standin.wait_for("views.publish")[-1]
    assert republished.body["user_id"] == MEMBER and "Zorglub" not in json.dumps(republished.body)
    # ...and no later visit brings them back.
    slack.standin.clear()
    assert "Zorglub" not in home_view(slack)


def test_a_button_from_another_workspace_shows_nothing_of_the_review(slack):
    review_id = review_id_of(hook_reply(slack, command(slack, SECRET_DRAFT)))
    slack.standin.clear()
    hook = slack.standin.hook()
    payload = block_actions("coach:review_again", review_id, user=MEMBER, channel="C0OTHER001", response_url=hook)
    payload["team"] = {"id": "T0OTHERWS1", "domain": "elsewhere"}
    payload["user"]["team_id"] = "T0OTHERWS1"
    assert interact(slack, payload) == 200
    answer = json.dumps(hook_reply(slack, hook), ensure_ascii=False)
    assert "Zorglub" not in answer
    assert not slack.standin.sent("views.open")  # no modal prefilled with someone else's draft


def test_a_failing_modal_submission_is_answered_by_direct_message(slack, monkeypatch):
    payload = block_actions("coach:new_review", "", user=MEMBER, channel="", response_url="", block_id="coach_home")
    payload.pop("channel"), payload.pop("response_url")
    payload["container"] = {"type": "view", "view_id": "V0HOME0001"}
    interact(slack, payload)
    view = slack.standin.wait_for("views.open")[-1].body["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert view["callback_id"] == DRAFT_VIEW

    def broken(*args: Any, **kwargs: Any):
        raise RuntimeError("the core fell over")

    monkeypatch.setattr(slack.coach, "command", broken)
    slack.standin.clear()
    interact(slack, view_submission(view, {DRAFT_BLOCK: {DRAFT_INPUT: "Our new guide is out."}}, user=MEMBER))
    (dm,) = slack.standin.wait_for("chat.postMessage")
    assert dm.body["channel"] == "D" + MEMBER[1:]
    assert "went wrong" in json.dumps(dm.body)


# -- the HTTP server ------------------------------------------------------------------


def raw_request(slack, data: bytes, timeout: float = 10, port: int | None = None) -> bytes:
    with socket.create_connection(("127.0.0.1", port or slack.port), timeout=timeout) as conn:
        conn.sendall(data)
        chunks = []
        while True:
            try:
                chunk = conn.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


def http_post(body: bytes, headers: dict[str, str]) -> bytes:
    lines = ["POST /slack/events HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}", "Connection: close",
             *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@pytest.mark.parametrize("case", ["not-utf8", "timestamp-not-a-number", "timestamp-huge", "payload-not-json"])
def test_a_bad_body_or_timestamp_gets_400_not_a_traceback(slack, case):
    body = command_body("/review", "Buy now", user=MEMBER, channel="C0MARKET01", response_url=slack.standin.hook())
    headers = signed(body, FORM)
    raw = body.encode()
    if case == "not-utf8":
        raw = b"payload=\xff\xfe\xfa"
        headers = signed(raw.decode("latin-1"), FORM)
    elif case == "timestamp-not-a-number":
        headers["X-Slack-Request-Timestamp"] = "soon"
    elif case == "timestamp-huge":
        headers["X-Slack-Request-Timestamp"] = "9" * 400
    elif case == "payload-not-json":
        raw = b"payload=%7Bnot-json"
        headers = signed(raw.decode(), FORM)
    answer = raw_request(slack, http_post(raw, headers))
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
    assert b"Traceback" not in answer
    assert not slack.standin.replies()


def test_a_body_over_the_limit_is_refused_before_it_is_read(slack):
    head = http_post(b"", {"Content-Type": FORM, "X-Slack-Request-Timestamp": str(int(time.time())),
                           "X-Slack-Signature": "v0=00"}).replace(b"Content-Length: 0", f"Content-Length: {MAX_BODY * 100}".encode())
    answer = raw_request(slack, head)  # nothing of the announced body is ever sent
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]


def test_a_client_that_stops_sending_is_dropped_and_others_are_served(slack):
    server = serve_http(build_app(slack.coach, Config(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET,
                                                      slack_api_url=slack.standin.api_url)),
                        0, host="127.0.0.1", read_timeout=1)
    serve_in_thread(server)
    try:
        with socket.create_connection(("127.0.0.1", server.server_port), timeout=60) as slow:
            slow.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc")
            others = [raw_request(slack, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                                  port=server.server_port) for _ in range(3)]
            assert all(answer.startswith(b"HTTP/1.1 200") for answer in others)
            try:
                dropped = slow.recv(100) == b""  # the server closed it: it never sent the rest
            except ConnectionResetError:
                dropped = True
            assert dropped
    finally:
        server.shutdown()
        server.server_close()
