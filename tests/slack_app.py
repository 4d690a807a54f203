"""The Slack app under test, shared by the Slack test files: the real Bolt app served on a local
port in front of the Web API stand-in, and the signed requests Slack would send it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from slack_bolt import App

from adapters.slack import build_app, serve_http, serve_in_thread
from bot.app import build_coach
from bot.chat.coach import Coach
from bot.config import Config
from bot.memory.store import Store
from tests.slack_requests import command_body, event_body, interactive_body, post, signed
from tests.slack_standin import BOT_TOKEN, SIGNING_SECRET, WAIT, SlackStandIn

HARD_SELL = "Achetez maintenant !!! Offre limitée, dernière chance"
FORM = "application/x-www-form-urlencoded"
MEMBER = "U0MEMBER01"  # French-speaking member, not an admin
ADMIN = "U0ADMIN001"  # a workspace admin according to users.info
TRUSTED = "U0TRUSTED1"  # not a Slack admin, but listed in COACH_ADMIN_IDS
CHANNEL = "C0MARKET01"


@dataclass
class Slack:
    """What a test reaches: the stand-in, the Coach behind the app, the app and its URL."""

    standin: SlackStandIn
    coach: Coach
    app: App
    url: str


@pytest.fixture(scope="module")
def slack_app() -> Iterator[Slack]:
    """The app served until the module's tests are done (a pytest plugin: tests/conftest.py)."""
    standin = SlackStandIn()
    standin.add_user(MEMBER, locale="fr-FR", name="Maria")
    standin.add_user(ADMIN, locale="en-US", admin=True, name="Sam")
    standin.add_user(TRUSTED, locale="en-GB", name="Lee")
    coach = build_coach()
    config = Config(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET,
                    slack_api_url=standin.api_url, admin_ids=frozenset({TRUSTED}))
    app = build_app(coach, config)
    server = serve_http(app, 0, host="127.0.0.1")
    serve_in_thread(server)

    yield Slack(standin, coach, app, f"http://127.0.0.1:{server.server_port}/slack/events")
    server.shutdown()
    server.server_close()
    standin.close()


@pytest.fixture
def slack(slack_app: Slack) -> Slack:
    """The module's app, each test starting with an empty record of calls and no failing or
    rate-limited method."""
    slack_app.standin.clear()
    slack_app.standin.rate_limited.clear()
    slack_app.standin.failing.clear()
    return slack_app


def memory_store(slack: Slack, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """Team memory's real SQLite store behind the Slack app's Coach."""
    store = Store(folder / "coach.db")
    monkeypatch.setattr(slack.coach, "store", store)
    yield store
    store.close()


def send_command(slack, text: str, command: str = "/review", user: str = MEMBER, channel: str = CHANNEL,
                 **headers: Any) -> tuple[int, str, float, str]:
    hook = slack.standin.hook()
    body = command_body(command, text, user=user, channel=channel, response_url=hook)
    status, answer, seconds = post(slack.url, body, signed(body, FORM, **headers))
    return status, answer, seconds, hook


def send_interactive(slack, payload: dict[str, Any]) -> tuple[int, str, float]:
    body = interactive_body(payload)
    return post(slack.url, body, signed(body, FORM))


def send_event(slack, event: dict[str, Any], event_id: str | None = None, retry: int | None = None):
    body = event_body(event, event_id)
    return post(slack.url, body, signed(body, "application/json", retry=retry))


def buttons_of(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for block in blocks:
        if block.get("accessory", {}).get("type") == "button":
            found.append(block["accessory"])
        if block["type"] == "actions":
            found.extend(block["elements"])
    return found


def review_of(payload: dict[str, Any]) -> tuple[int, list[str]]:
    """(score, rule ids) as Slack would show them: from the header and the
    "Not for this post" buttons of the reply."""
    blocks = payload["blocks"]
    score = int(re.search(r"(\d+)/100", blocks[0]["text"]["text"]).group(1))
    rules = sorted({b["value"].split("|")[1] for b in buttons_of(blocks) if b["action_id"] == "coach:dismiss"})
    return score, rules


def all_text(payload: dict[str, Any]) -> str:
    return json.dumps(payload["blocks"], ensure_ascii=False)


def hook_reply(slack, hook: str, timeout: float = WAIT):  # returns as soon as it came
    name = hook.rsplit("/", 1)[-1]
    slack.standin.wait(lambda calls: any(c.kind == "hook" and c.method == name for c in calls), timeout)
    return [c for c in slack.standin.sent(kind="hook") if c.method == name]


def open_view(slack, callback_id: str) -> dict[str, Any]:
    slack.standin.wait(lambda calls: any(c.method == "views.open" for c in calls))
    view = slack.standin.sent("views.open")[-1].body["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert view["callback_id"] == callback_id
    return view


def review_id_of(payload: dict[str, Any]) -> str:
    """The review a reply's buttons point to."""
    return next(b["value"] for b in buttons_of(payload["blocks"]) if b["action_id"] == "coach:posted")
