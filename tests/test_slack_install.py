"""Coach installed to many Slack workspaces (OAuth mode), driven as Slack drives it: a
member's browser on Coach's install page and Slack's redirect, `oauth.v2.access` answered
by the local Web API stand-in, then signed requests from each workspace to Coach's real
adapter (adapters.slack over waitress), with its installations and states in a real
SQLite file, then in PostgreSQL. Nothing reaches slack.com."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import yaml

from adapters.slack import build_app, serve_http, serve_in_thread
from adapters.slack.http import HttpServer
from adapters.slack.oauth import SCOPES, oauth_nudge_send
from bot.app import build_coach
from bot.chat.coach import Coach
from bot.chat.reply import Reply
from bot.config import Config, ConfigError
from bot.memory.installations import Installations
from bot.memory.ledger import Schedule
from bot.memory.store import Store
from bot.nudges.sending import NotDelivered
from tests.slack_browser import Answer, Browser
from tests.slack_requests import command_fields, signed
from tests.slack_standin import CLIENT_ID, CLIENT_SECRET, SIGNING_SECRET, Call, SlackStandIn

ROOT = Path(__file__).resolve().parents[1]
FORM = "application/x-www-form-urlencoded"
AGENCY_A, AGENCY_B = "T0AGENCYA1", "T0AGENCYB2"
MEMBER = "U0MEMBER01"
HARD_SELL = "Buy now!!! Limited offer, last chance, click here"


@dataclass
class Coach17(Browser):
    """One Coach process in OAuth mode, served on a local port."""

    standin: SlackStandIn
    coach: Coach
    store: Store
    server: HttpServer

    @property
    def installations(self) -> Installations:
        return Installations(self.store)

    def address(self) -> int:
        return self.server.server_port

    def install(self, team: str, name: str = "") -> str:
        return super().install(team, name or f"Agency {team[-2:]}")

    def command(self, team: str, text: str = HARD_SELL, command: str = "/review") -> tuple[Answer, str]:
        hook = self.standin.hook()
        fields = command_fields(command, text, user=MEMBER, channel="C0MARKET01", response_url=hook)
        body = urlencode({**fields, "team_id": team, "team_domain": team.lower()})
        return self.request("POST", "/slack/events", body, signed(body, FORM)), hook

    def reviews_of(self, team: str) -> int:
        ws = self.store.find_workspace("slack", team)
        if ws is None:
            return 0
        return self.store.conn.execute("SELECT COUNT(*) FROM reviews WHERE workspace_id = ?", [ws]).fetchone()[0]


def oauth_config(standin: SlackStandIn, tmp_path: Path, token_key: str = "") -> Config:
    return Config(data_dir=tmp_path, slack_client_id=CLIENT_ID, slack_client_secret=CLIENT_SECRET,
                  slack_signing_secret=SIGNING_SECRET, slack_api_url=standin.api_url, token_key=token_key)


def start_coach(standin: SlackStandIn, tmp_path: Path, memory: str = "", token_key: str = "") -> Coach17:
    store = Store.open(memory or tmp_path / "coach.db")
    coach = build_coach(store=store)
    server = serve_http(build_app(coach, oauth_config(standin, tmp_path, token_key)), 0, host="127.0.0.1")
    serve_in_thread(server)
    return Coach17(standin, coach, store, server)


@pytest.fixture(scope="module")
def standin() -> Iterator[SlackStandIn]:
    standin = SlackStandIn()
    standin.add_user(MEMBER, locale="en-US", name="Maria")
    yield standin
    standin.close()


def _serving(standin: SlackStandIn, tmp_path: Path, memory: str, token_key: str = "") -> Iterator[Coach17]:
    running = start_coach(standin, tmp_path, memory, token_key)
    try:
        yield running
        running.server.shutdown()
        running.server.server_close()
    finally:  # the next test installs afresh, whatever happened here
        for team in (AGENCY_A, AGENCY_B):
            standin.revoke(team)
        standin.clear()
        running.store.close()


@pytest.fixture
def coach17(standin: SlackStandIn, tmp_path: Path) -> Iterator[Coach17]:
    """Coach in OAuth mode on a SQLite file."""
    yield from _serving(standin, tmp_path, "")


@pytest.fixture
def both(standin: SlackStandIn, tmp_path: Path, memory_at: str) -> Iterator[Coach17]:
    """Coach in OAuth mode on a SQLite file, then on PostgreSQL: where the database matters."""
    yield from _serving(standin, tmp_path, memory_at)


def api_calls(standin: SlackStandIn) -> list[Call]:
    return [c for c in standin.sent(kind="api") if c.method != "oauth.v2.access"]


def review_answer(standin: SlackStandIn, hook: str) -> Call:
    name = hook.rsplit("/", 1)[-1]
    standin.wait(lambda calls: any(c.kind == "hook" and c.method == name for c in calls))
    (answer,) = [c for c in standin.sent(kind="hook") if c.method == name]
    return answer


def test_the_install_page_sends_the_member_to_slack_with_the_manifest_scopes_and_a_state(coach17: Coach17):
    state, location = coach17.start()
    url = urlsplit(location)
    query = parse_qs(url.query)
    assert (url.netloc, url.path) == ("slack.com", "/oauth/v2/authorize")
    assert query["client_id"] == [CLIENT_ID] and query["state"] == [state]
    manifest = yaml.safe_load((ROOT / "slack-manifest.yaml").read_text())
    assert query["scope"][0].split(",") == list(SCOPES) == manifest["oauth_config"]["scopes"]["bot"]
    assert not query.get("user_scope", [""])[0]  # no user token is ever asked for


def test_install_round_trip_then_a_review_is_answered_with_that_workspace_s_own_token(both: Coach17):
    state, _ = both.start()
    answer = both.redirect(both.standin.authorize(AGENCY_A, name="Agency A"), state)
    assert answer.status == 200
    assert "Coach is installed in Agency A" in answer.body and "Coach est installé dans Agency A" in answer.body
    (access,) = both.standin.sent("oauth.v2.access")
    assert access.headers["authorization"].startswith("Basic ")  # client id and secret, never in the URL
    token = both.standin.token_of(AGENCY_A)
    saved = both.installations.find("slack", CLIENT_ID, "", AGENCY_A)
    assert saved is not None and saved.bot_token == token and saved.team_name == "Agency A"
    assert saved.bot_user_id and saved.bot_id and saved.installer_id == "U0INSTALL1"

    both.standin.clear()
    status, hook = both.command(AGENCY_A)
    assert status.status == 200
    reply = review_answer(both.standin, hook)
    assert "/100" in json.dumps(reply.body)  # Coach's review, with its score
    calls = api_calls(both.standin)
    assert {c.method for c in calls} >= {"users.info"}
    assert {c.headers["authorization"] for c in calls} == {f"Bearer {token}"}
    assert both.reviews_of(AGENCY_A) == 1


def test_two_workspaces_side_by_side_each_answered_with_its_own_token_and_nothing_crossing(both: Coach17):
    tokens = {team: both.install(team) for team in (AGENCY_A, AGENCY_B)}
    assert len(set(tokens.values())) == 2
    seen: dict[str, set[str]] = {AGENCY_A: set(), AGENCY_B: set()}
    for team in (AGENCY_B, AGENCY_A, AGENCY_B):  # the member's profile is then cached per workspace
        both.standin.clear()
        answer, hook = both.command(team)
        assert answer.status == 200
        review_answer(both.standin, hook)
        seen[team] |= {c.headers["authorization"] for c in api_calls(both.standin)}
    assert seen == {team: {f"Bearer {token}"} for team, token in tokens.items()}
    both.standin.clear()
    answer, _ = both.command(AGENCY_A, text="", command="/review")  # the draft modal, opened in A
    assert answer.status == 200
    (opened,) = both.standin.wait_for("views.open")
    assert opened.headers["authorization"] == f"Bearer {tokens[AGENCY_A]}"
    assert (both.reviews_of(AGENCY_A), both.reviews_of(AGENCY_B)) == (1, 2)
    workspaces = {w["platform_id"]: w["id"] for w in both.store.workspaces()}
    assert set(workspaces) == {AGENCY_A, AGENCY_B}  # each review landed in its own workspace's memory


def test_a_state_is_used_once_in_the_same_browser_and_an_install_by_one_worker_serves_another(
        both: Coach17, standin: SlackStandIn, tmp_path: Path, memory_at: str):
    state, _ = both.start()
    wrong = both.redirect(standin.authorize(AGENCY_A), state, cookie_state="another")
    assert wrong.status == 400
    second = start_coach(standin, tmp_path, memory_at)  # another worker on the same database
    try:
        assert second.redirect(standin.authorize(AGENCY_A), state).status == 200
        replayed = both.redirect(standin.authorize(AGENCY_A), state)
        assert replayed.status == 401 and "Coach was not installed" in replayed.body
        assert "L'installation de Coach n'a pas abouti" in replayed.body
    finally:
        second.server.shutdown()
        second.server.server_close()
    assert len(standin.sent("oauth.v2.access")) == 1
    assert both.installations.count("slack") == 1
    standin.clear()  # installed through the second worker, served by the first
    answer, hook = both.command(AGENCY_A)
    review_answer(standin, hook)
    assert {c.headers["authorization"] for c in api_calls(standin)} == {f"Bearer {standin.token_of(AGENCY_A)}"}


def test_a_code_slack_refuses_gives_the_failure_page_and_stores_nothing(coach17: Coach17):
    state, _ = coach17.start()
    answer = coach17.redirect("not-a-code-slack-gave", state)
    assert answer.status >= 400 and "Coach was not installed" in answer.body
    assert coach17.installations.count("slack") == 0


def test_app_uninstalled_deletes_that_workspace_s_token_at_once_and_its_members_are_told_to_reinstall(
        both: Coach17):
    both.install(AGENCY_A)
    token_b = both.install(AGENCY_B)
    both.standin.revoke(AGENCY_A)  # Slack's side, then its event
    for _ in range(2):  # Slack may retry: the second one finds nothing left to delete
        assert both.event(AGENCY_A, {"type": "app_uninstalled"}).status == 200
    assert both.installations.find("slack", CLIENT_ID, "", AGENCY_A) is None
    assert both.installations.find("slack", CLIENT_ID, "", AGENCY_B) is not None

    both.standin.clear()
    answer, hook = both.command(AGENCY_A)
    assert answer.status == 200
    told = review_answer(both.standin, hook)
    assert "ask an admin to add it again" in told.body["text"] and "demandez à un administrateur" in told.body["text"]
    assert both.reviews_of(AGENCY_A) == 0 and not api_calls(both.standin)

    answer, hook = both.command(AGENCY_B)  # the other workspace is untouched
    review_answer(both.standin, hook)
    assert {c.headers["authorization"] for c in api_calls(both.standin)} == {f"Bearer {token_b}"}


@pytest.mark.parametrize("order", [("tokens_revoked", "app_uninstalled"), ("app_uninstalled", "tokens_revoked")])
def test_tokens_revoked_and_app_uninstalled_in_either_order_each_twice(coach17: Coach17, order: tuple[str, str]):
    coach17.install(AGENCY_A)
    coach17.install(AGENCY_B)
    events = {"tokens_revoked": {"type": "tokens_revoked", "tokens": {"oauth": ["U0INSTALL1"], "bot": ["U0BOT"]}},
              "app_uninstalled": {"type": "app_uninstalled"}}
    for name in (*order, *order):
        assert coach17.event(AGENCY_A, events[name]).status == 200
        assert coach17.installations.find("slack", CLIENT_ID, "", AGENCY_A) is None
    assert coach17.installations.count("slack") == 1


def test_weekly_nudges_go_out_with_each_workspace_s_token_and_none_to_a_workspace_that_uninstalled(
        coach17: Coach17):
    from slack_sdk import WebClient

    token_a = coach17.install(AGENCY_A)
    coach17.install(AGENCY_B)
    send = oauth_nudge_send(coach17.installations, oauth_config(coach17.standin, Path(".")),
                            WebClient(base_url=coach17.standin.api_url))
    coach17.standin.clear()
    reply = Reply(title="Your week on Coach", visibility="public")
    assert send(Schedule("slack", AGENCY_A, "C0MARKET01"), reply)
    (posted,) = coach17.standin.sent("chat.postMessage")
    assert posted.headers["authorization"] == f"Bearer {token_a}"
    coach17.event(AGENCY_B, {"type": "app_uninstalled"})
    with pytest.raises(NotDelivered, match="not installed"):
        send(Schedule("slack", AGENCY_B, "C0MARKET01"), reply)
    assert len(coach17.standin.sent("chat.postMessage")) == 1


@pytest.mark.parametrize(("settings", "says"), [
    ({"slack_client_id": CLIENT_ID}, "needs SLACK_CLIENT_SECRET, SLACK_SIGNING_SECRET too"),
    ({"slack_client_id": CLIENT_ID, "slack_client_secret": "s"}, "needs SLACK_SIGNING_SECRET too"),
    ({"slack_client_id": CLIENT_ID, "slack_client_secret": "s", "slack_signing_secret": "x",
      "slack_bot_token": "xoxb-1"}, "SLACK_BOT_TOKEN is set with SLACK_CLIENT_ID"),
    ({"slack_client_id": CLIENT_ID, "slack_client_secret": "s", "slack_signing_secret": "x",
      "slack_app_token": "xapp-1"}, "SLACK_APP_TOKEN is set with SLACK_CLIENT_ID"),
])
def test_half_set_or_conflicting_oauth_settings_are_one_sentence_each(settings: dict, says: str):
    config = Config(**settings)
    assert any(says in problem for problem in config.problems())
    with pytest.raises(ConfigError, match=says):
        config.choose()


def test_oauth_settings_alone_choose_slack():
    config = Config(slack_client_id=CLIENT_ID, slack_client_secret="s", slack_signing_secret="x")
    assert config.problems() == [] and config.choose()[0] == "slack"


def test_coach_forget_in_a_workspace_republishes_its_home_tab_with_that_workspace_s_token(coach17: Coach17):
    coach17.install(AGENCY_A)
    token_b = coach17.install(AGENCY_B)
    answer, hook = coach17.command(AGENCY_B)
    review_answer(coach17.standin, hook)
    coach17.standin.clear()
    answer, hook = coach17.command(AGENCY_B, text="forget confirm", command="/coach")
    assert answer.status == 200
    done = review_answer(coach17.standin, hook)  # the rows are deleted before the answer
    (published,) = coach17.standin.sent("views.publish")
    assert published.headers["authorization"] == f"Bearer {token_b}"
    assert coach17.reviews_of(AGENCY_B) == 0 and done.body


def test_a_workspace_s_token_is_checked_with_auth_test_once_not_on_every_request(coach17: Coach17):
    coach17.install(AGENCY_A)
    coach17.standin.clear()
    for _ in range(3):
        answer, hook = coach17.command(AGENCY_A)
        assert answer.status == 200
        review_answer(coach17.standin, hook)
    assert len(coach17.standin.sent("auth.test")) == 1


def test_an_org_wide_install_is_kept_without_a_team_and_found_for_the_org(tmp_path: Path):
    from slack_sdk.oauth.installation_store import Installation as SlackInstallation

    from adapters.slack.oauth import CoachInstallationStore

    store = CoachInstallationStore(Installations(Store.open(tmp_path / "coach.db")), CLIENT_ID)
    store.save(SlackInstallation(enterprise_id="E0GRID", team_id="T0ONE", is_enterprise_install=True,
                                 bot_token="xoxb-grid", bot_id="B1", bot_user_id="U1", user_id="U0INSTALL1"))
    bot = store.find_bot(enterprise_id="E0GRID", team_id="T0OTHER", is_enterprise_install=True)
    assert bot is not None and bot.bot_token == "xoxb-grid" and bot.is_enterprise_install
    assert store.find_bot(enterprise_id="E0GRID", team_id="T0OTHER") is None  # not a workspace install
    store.delete_all(enterprise_id="E0GRID", team_id="T0OTHER")  # app_uninstalled from the org
    assert store.find_bot(enterprise_id="E0GRID", team_id=None, is_enterprise_install=True) is None


def test_the_banner_says_oauth_mode():
    from adapters.slack import banner

    config = Config(slack_client_id=CLIENT_ID, slack_client_secret="s", slack_signing_secret="x")
    assert banner(config) == "Coach: Slack (OAuth, many workspaces)"


def test_with_token_rotation_an_expiring_token_is_renewed_kept_and_used(coach17: Coach17):
    coach17.standin.rotating = 600  # Bolt renews a token that expires within two hours
    try:
        first = coach17.install(AGENCY_A)
        saved = coach17.installations.find("slack", CLIENT_ID, "", AGENCY_A)
        assert saved is not None and saved.bot_refresh_token.startswith("xoxe-") and saved.bot_token_expires_at
        coach17.standin.clear()
        answer, hook = coach17.command(AGENCY_A)
        review_answer(coach17.standin, hook)
        (renewal,) = coach17.standin.sent("oauth.v2.access")
        assert renewal.body["grant_type"] == "refresh_token" and renewal.body["refresh_token"] == saved.bot_refresh_token
        renewed = coach17.installations.find("slack", CLIENT_ID, "", AGENCY_A)
        assert renewed is not None and renewed.bot_token != first
        assert renewed.bot_refresh_token != saved.bot_refresh_token
        assert {c.headers["authorization"] for c in api_calls(coach17.standin)} == {f"Bearer {renewed.bot_token}"}
    finally:
        coach17.standin.rotating = 0
