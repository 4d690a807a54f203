"""A member's browser and Slack's servers calling an app over HTTP in OAuth mode: the install
page, the redirect back with a code, signed events. Shared by the install tests (Coach's own
stores and slack_sdk's, side by side)."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass
from urllib.parse import urlencode

from tests.slack_requests import event_envelope, signed
from tests.slack_standin import SlackStandIn


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: str


class Browser:
    """Needs `standin` and `address()` (the app's local port) from the class it is mixed into."""

    standin: SlackStandIn

    def address(self) -> int:
        raise NotImplementedError

    def request(self, method: str, path: str, body: str = "", headers: dict[str, str] | None = None) -> Answer:
        conn = http.client.HTTPConnection("127.0.0.1", self.address(), timeout=10)  # follows no redirect
        conn.request(method, path, body=body.encode() or None, headers=headers or {})
        response = conn.getresponse()
        answer = Answer(response.status, response.headers, response.read().decode())
        conn.close()
        return answer

    def start(self) -> tuple[str, str]:
        """A member opens the install page: (the state in the cookie, where the app sends them)."""
        answer = self.request("GET", "/slack/install")
        assert answer.status == 302, answer.body
        name, _, state = answer.headers["Set-Cookie"].split(";")[0].partition("=")
        assert name == "slack-app-oauth-state"
        return state, answer.headers["Location"]

    def redirect(self, code: str, state: str, cookie_state: str | None = None) -> Answer:
        """Slack sends the member's browser back with the code and the state."""
        return self.request("GET", "/slack/oauth_redirect?" + urlencode({"code": code, "state": state}),
                            headers={"Cookie": f"slack-app-oauth-state={cookie_state or state}"})

    def install(self, team: str, name: str = "") -> str:
        """The whole round trip for `team`: its new bot token."""
        state, _ = self.start()
        answer = self.redirect(self.standin.authorize(team, name=name), state)
        assert answer.status == 200, answer.body
        return self.standin.token_of(team)

    def event(self, team: str, event: dict) -> Answer:
        body = json.dumps({**event_envelope(event), "team_id": team,
                           "authorizations": [{"team_id": team, "is_bot": True, "enterprise_id": None,
                                               "user_id": "U0BOT", "is_enterprise_install": False}]})
        return self.request("POST", "/slack/events", body, signed(body, "application/json"))
