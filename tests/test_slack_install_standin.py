"""Slack's side of an install, played by the stand-in, for the multi-workspace work of
issue 17 (design: notes/slack-oauth-design.md, in the session notes): the whole OAuth v2
round trip runs against a real Bolt app over real HTTP, with nothing reaching slack.com.

Coach's own stores do not exist yet: slack_sdk's SQLite stores keep the installations and
states here, so these tests pin down what the stand-in does (codes, oauth.v2.access, a
token per workspace, revocation) and what Bolt asks of a store. Coach's adapter will be
driven the same way, with its stores over the memory package in place of these."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
import yaml
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore
from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore

from tests.slack_browser import Answer, Browser
from tests.slack_requests import command_fields, signed
from tests.slack_standin import CLIENT_ID, CLIENT_SECRET, SIGNING_SECRET, SlackStandIn

ROOT = Path(__file__).resolve().parents[1]
FORM = "application/x-www-form-urlencoded"
AGENCY_A, AGENCY_B = "T0AGENCYA1", "T0AGENCYB2"


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Install(Browser):
    """A Bolt app installable to many workspaces, served on a local port."""

    standin: SlackStandIn
    app: App
    store: SQLite3InstallationStore
    port: int

    def address(self) -> int:
        return self.port

    def review(self, team: str, text: str = "Buy now!!!") -> Answer:
        fields = command_fields("/review", text, user="U0MEMBER01", channel="C0MARKET01",
                                response_url=self.standin.hook())
        body = urlencode({**fields, "team_id": team})
        return self.request("POST", "/slack/events", body, signed(body, FORM))


def bot_scopes() -> list[str]:
    manifest = yaml.safe_load((ROOT / "slack-manifest.yaml").read_text())
    return manifest["oauth_config"]["scopes"]["bot"]


@pytest.fixture(scope="module")
def standin() -> Iterator[SlackStandIn]:
    standin = SlackStandIn()
    yield standin
    standin.close()


@pytest.fixture
def install(standin: SlackStandIn, tmp_path: Path) -> Iterator[Install]:
    database = str(tmp_path / "installs.db")
    store = SQLite3InstallationStore(database=database, client_id=CLIENT_ID)
    settings = OAuthSettings(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, scopes=bot_scopes(),
        installation_store=store, installation_store_bot_only=True,
        state_store=SQLite3OAuthStateStore(database=database, expiration_seconds=600),
        install_page_rendering_enabled=False)  # /slack/install redirects straight to Slack
    # Bolt checks the stored token with auth.test on every request unless told to cache the
    # answer; it must be replaced before App() copies it.
    settings.authorize = InstallationStoreAuthorize(
        logger=logging.getLogger("slack_bolt.test"), client_id=CLIENT_ID, client_secret=CLIENT_SECRET, installation_store=store,
        bot_only=True, cache_enabled=True)
    app = App(signing_secret=SIGNING_SECRET, client=WebClient(base_url=standin.api_url),
              process_before_response=True, installation_store_bot_only=True, oauth_settings=settings)
    app.enable_token_revocation_listeners()

    @app.command("/review")
    def review(ack, command, client) -> None:  # answers with the token of the workspace it came from
        ack()
        client.chat_postEphemeral(channel=command["channel_id"], user=command["user_id"], text="reviewed")

    server = make_server("127.0.0.1", 0, SlackRequestHandler(app), handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield Install(standin, app, store, server.server_port)
    server.shutdown()
    server.server_close()
    for team in (AGENCY_A, AGENCY_B):  # the next test installs afresh
        standin.revoke(team)
    standin.clear()


def test_the_install_page_sends_the_member_to_slack_with_the_manifest_scopes_and_a_state(install: Install):
    state, location = install.start()
    url = urlsplit(location)
    query = parse_qs(url.query)
    assert (url.netloc, url.path) == ("slack.com", "/oauth/v2/authorize")
    assert query["client_id"] == [CLIENT_ID] and query["state"] == [state]
    assert query["scope"][0].split(",") == bot_scopes()


def test_the_redirect_trades_the_code_for_a_token_of_that_workspace_and_keeps_it(install: Install):
    token = install.install(AGENCY_A)
    (access,) = install.standin.sent("oauth.v2.access")
    assert access.headers["authorization"].startswith("Basic ")  # client id and secret, never in the URL
    bot = install.store.find_bot(enterprise_id=None, team_id=AGENCY_A)
    assert bot is not None and bot.bot_token == token and token.startswith(f"xoxb-{AGENCY_A}-")


def test_a_state_is_used_once_and_must_come_back_from_the_same_browser(install: Install):
    state, _ = install.start()
    assert install.redirect(install.standin.authorize(AGENCY_A), state, cookie_state="another").status == 400
    assert install.redirect(install.standin.authorize(AGENCY_A), state).status == 200
    assert install.redirect(install.standin.authorize(AGENCY_A), state).status == 401  # a replayed state
    assert len(install.standin.sent("oauth.v2.access")) == 1


def test_two_workspaces_each_get_answers_sent_with_their_own_token(install: Install):
    tokens = {team: install.install(team) for team in (AGENCY_A, AGENCY_B)}
    assert len(set(tokens.values())) == 2
    for team in (AGENCY_B, AGENCY_A):
        install.standin.clear()
        assert install.review(team).status == 200
        (reply,) = install.standin.sent("chat.postEphemeral")
        assert reply.headers["authorization"] == f"Bearer {tokens[team]}"


def test_with_the_authorize_cache_a_workspace_s_token_is_checked_once_not_per_request(install: Install):
    install.install(AGENCY_A)
    install.standin.clear()
    for _ in range(3):
        assert install.review(AGENCY_A).status == 200
    assert len(install.standin.sent("chat.postEphemeral")) == 3
    assert len(install.standin.sent("auth.test")) == 1


def test_app_uninstalled_deletes_that_workspace_s_tokens_and_its_members_are_told_to_reinstall(install: Install):
    install.install(AGENCY_A)
    install.install(AGENCY_B)
    install.standin.revoke(AGENCY_A)  # Slack's side, then its event
    assert install.event(AGENCY_A, {"type": "app_uninstalled"}).status == 200
    assert install.store.find_bot(enterprise_id=None, team_id=AGENCY_A) is None
    assert install.store.find_bot(enterprise_id=None, team_id=AGENCY_B) is not None
    install.standin.clear()
    assert install.review(AGENCY_A).status == 200  # Bolt answers through the response_url:
    install.standin.wait(lambda calls: any(c.kind == "hook" for c in calls))
    (told,) = install.standin.sent(kind="hook")
    assert "reinstall" in told.body["text"] and not install.standin.sent("chat.postEphemeral")
    assert install.review(AGENCY_B).status == 200 and install.standin.sent("chat.postEphemeral")


def test_tokens_revoked_deletes_the_bot_token(install: Install):
    install.install(AGENCY_A)
    revoked = {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["U0BOT"]}}
    assert install.event(AGENCY_A, revoked).status == 200
    assert install.store.find_bot(enterprise_id=None, team_id=AGENCY_A) is None
