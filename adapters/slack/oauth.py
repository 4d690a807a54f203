"""Coach installed to many Slack workspaces: Bolt's OAuth flow, its installations and
states kept in Coach's own database (bot.memory.installations).

    installations = installations_of(coach, config)  # over team memory, tokens sealed
    App(**oauth_options(config, installations), ...)  # OAuth settings over Coach's stores
    client_for(installations, config, base)(team)  # a workspace's own client, or None

OAuth mode is HTTP mode (Socket Mode serves no install page). Bolt serves
GET /slack/install (a 302 to Slack's authorize page, with a single-use state in a
cookie) and GET /slack/oauth_redirect (state checked against the cookie and consumed,
the code traded with oauth.v2.access, auth.test, then the installation saved). Every
later request finds its workspace's bot token with one primary-key read; Bolt's
authorize cache checks a token with auth.test once per process, not per request, and
is consulted only after the store returned a token, so an uninstalled workspace is
never served from it. `app_uninstalled` and `tokens_revoked` delete the tokens at once
(Bolt's revocation listeners over this store; both are idempotent, as Slack may send
either first, or twice).
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from slack_bolt import BoltResponse
from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.callback_options import CallbackOptions, FailureArgs, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import Bot, InstallationStore
from slack_sdk.oauth.installation_store import Installation as SlackInstallation
from slack_sdk.oauth.state_store import OAuthStateStore

from adapters.slack.nudges import nudge_send
from bot.chat.coach import Coach
from bot.chat.reply import Reply
from bot.config import Config, ConfigError
from bot.memory.installations import STATE_TTL, Installation, Installations
from bot.memory.sealing import Sealer, TokenKeyError
from bot.nudges.sending import NotDelivered

if TYPE_CHECKING:
    from bot.nudges.ticker import Ticker

log = logging.getLogger("coach.slack")
PLATFORM = "slack"
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
# The bot scopes asked at install: slack-manifest.yaml's oauth_config.scopes.bot (a test keeps them equal).
SCOPES = ("commands", "chat:write", "files:write", "users:read", "im:write", "channels:history", "groups:history")
REINSTALL = ("Coach n'est pas (ou plus) installé dans cet espace de travail : demandez à un administrateur "
             "de l'ajouter à nouveau. / Coach is not (or no longer) installed in this workspace: ask an admin "
             "to add it again.")


def _key(enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None = False) -> tuple[str, str]:
    """(enterprise, team) as stored: '' for none; an org-wide install has no team."""
    return (enterprise_id or ""), ("" if is_enterprise_install else (team_id or ""))


class CoachInstallationStore(InstallationStore):
    """slack_sdk's store interface (the bot-only part Bolt uses) over Coach's database.
    Coach asks for no user scopes: no user token is ever kept."""

    def __init__(self, installations: Installations, client_id: str):
        self.installations = installations
        self.client_id = client_id

    @property
    def logger(self) -> logging.Logger:
        return log

    def save(self, installation: SlackInstallation) -> None:
        self._save(installation.to_bot(), installer=installation.user_id or "")

    def save_bot(self, bot: Bot) -> None:
        self._save(bot)

    def _save(self, bot: Bot, installer: str = "") -> None:
        enterprise, team = _key(bot.enterprise_id, bot.team_id, bot.is_enterprise_install)
        self.installations.save(Installation(
            PLATFORM, self.client_id, team_id=team, enterprise_id=enterprise, bot_token=bot.bot_token,
            is_org_install=bool(bot.is_enterprise_install), app_id=bot.app_id or "", team_name=bot.team_name or "",
            enterprise_name=bot.enterprise_name or "", installer_id=installer, bot_id=bot.bot_id or "",
            bot_user_id=bot.bot_user_id or "", bot_scopes=",".join(bot.bot_scopes or []),
            bot_refresh_token=bot.bot_refresh_token or "", bot_token_expires_at=bot.bot_token_expires_at,
            installed_at=int(bot.installed_at or time.time())))

    def _find(self, enterprise_id: str | None, team_id: str | None,
              is_enterprise_install: bool | None) -> Installation | None:
        enterprise, team = _key(enterprise_id, team_id, is_enterprise_install)
        return self.installations.find(PLATFORM, self.client_id, enterprise, team)

    def find_bot(self, *, enterprise_id: str | None, team_id: str | None,
                 is_enterprise_install: bool | None = False) -> Bot | None:
        found = self._find(enterprise_id, team_id, is_enterprise_install)
        return _bot(found) if found else None

    def find_installation(self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None,
                          is_enterprise_install: bool | None = False) -> SlackInstallation | None:
        found = self._find(enterprise_id, team_id, is_enterprise_install)
        if found is None or (user_id and user_id != found.installer_id):
            return None
        bot = _bot(found)
        return SlackInstallation(
            app_id=bot.app_id, enterprise_id=bot.enterprise_id, enterprise_name=bot.enterprise_name,
            team_id=bot.team_id, team_name=bot.team_name, bot_token=bot.bot_token, bot_id=bot.bot_id,
            bot_user_id=bot.bot_user_id, bot_scopes=bot.bot_scopes, bot_refresh_token=bot.bot_refresh_token,
            bot_token_expires_at=bot.bot_token_expires_at, user_id=found.installer_id,
            is_enterprise_install=bot.is_enterprise_install, installed_at=bot.installed_at)

    def delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        enterprise, team = _key(enterprise_id, team_id)
        gone = self.installations.delete(PLATFORM, self.client_id, enterprise, team)
        if not gone and enterprise:  # an org-wide install is kept without a team
            gone = self.installations.delete(PLATFORM, self.client_id, enterprise, "")
        log.info("Slack workspace %s: bot token %s", team or enterprise, "deleted" if gone else "already gone")

    def delete_installation(self, *, enterprise_id: str | None, team_id: str | None,
                            user_id: str | None = None) -> None:
        if user_id:  # a member's user token: Coach never keeps one
            return
        self.delete_bot(enterprise_id=enterprise_id, team_id=team_id)

    def delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        self.delete_bot(enterprise_id=enterprise_id, team_id=team_id)


def _bot(found: Installation) -> Bot:
    return Bot(app_id=found.app_id or None, enterprise_id=found.enterprise_id or None,
               enterprise_name=found.enterprise_name or None, team_id=found.team_id or None,
               team_name=found.team_name or None, bot_token=found.bot_token, bot_id=found.bot_id,
               bot_user_id=found.bot_user_id, bot_scopes=found.bot_scopes,
               bot_refresh_token=found.bot_refresh_token or None, bot_token_expires_at=found.bot_token_expires_at,
               is_enterprise_install=found.is_org_install, installed_at=float(found.installed_at))


class CoachOAuthStateStore(OAuthStateStore):
    """Single-use states in the database: any worker may issue one and any other consume it."""

    def __init__(self, installations: Installations, ttl: int = STATE_TTL):
        self.installations = installations
        self.ttl = ttl

    @property
    def logger(self) -> logging.Logger:
        return log

    def issue(self, *args: Any, **kwargs: Any) -> str:
        return self.installations.issue_state(self.ttl)

    def consume(self, state: str) -> bool:
        return self.installations.consume_state(state)


# -- the pages a member's browser lands on after Slack ------------------------

_PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Coach</title></head>"
         "<body style=\"font-family: sans-serif; max-width: 36em; margin: 3em auto\">{body}</body></html>")


def _page(status: int, body: str, headers: dict[str, str] | None = None) -> BoltResponse:
    return BoltResponse(status=status, body=_PAGE.format(body=body),
                        headers={"Content-Type": "text/html; charset=utf-8", **(headers or {})})


def _success(args: SuccessArgs) -> BoltResponse:
    team = html.escape(args.installation.team_name or args.installation.team_id or "")
    body = (f"<h1>Coach est installé dans {team}</h1><p>Tapez <code>/review</code> suivi d'un brouillon dans "
            f"n'importe quel canal.</p><h1 lang=\"en\">Coach is installed in {team}</h1><p lang=\"en\">Type "
            "<code>/review</code> followed by a draft in any channel.</p>")
    cookie = args.settings.state_utils.build_set_cookie_for_deletion()
    return _page(200, body, {"Set-Cookie": cookie})


def _failure(args: FailureArgs) -> BoltResponse:
    log.info("Slack install failed: %s", args.reason)
    reason = html.escape(args.reason)
    body = ("<h1>L'installation de Coach n'a pas abouti</h1><p>Recommencez depuis la page d'installation "
            f"(elle n'est valable que dix minutes, dans le même navigateur). Raison : {reason}.</p>"
            "<h1 lang=\"en\">Coach was not installed</h1><p lang=\"en\">Start again from the install page (it is "
            f"valid ten minutes, in the same browser). Reason: {reason}.</p>")
    cookie = args.settings.state_utils.build_set_cookie_for_deletion()
    return _page(args.suggested_status_code, body, {"Set-Cookie": cookie})


# -- wiring ---------------------------------------------------------------


def oauth_options(config: Config, installations: Installations, client: WebClient) -> dict[str, Any]:
    """The App(...) keywords of OAuth mode: OAuth settings over Coach's stores, bot-only, with
    the authorize cache on and Coach's bilingual reinstall message. `client` carries the Web
    API's address (SLACK_API_URL), for token rotation too."""
    if config.problems():
        raise ConfigError(" ".join(config.problems()))
    store = CoachInstallationStore(installations, config.slack_client_id)
    settings = OAuthSettings(
        client_id=config.slack_client_id, client_secret=config.slack_client_secret, scopes=list(SCOPES),
        redirect_uri=config.slack_redirect_uri or None, install_path=INSTALL_PATH, redirect_uri_path=REDIRECT_PATH,
        install_page_rendering_enabled=False,  # /slack/install sends the member straight to Slack's page
        callback_options=CallbackOptions(success=_success, failure=_failure),
        installation_store=store, installation_store_bot_only=True,
        state_store=CoachOAuthStateStore(installations), state_expiration_seconds=STATE_TTL, logger=log)
    # Replaced before App() copies it: otherwise Bolt calls auth.test on every request.
    settings.authorize = InstallationStoreAuthorize(
        logger=log, installation_store=store, client_id=config.slack_client_id,
        client_secret=config.slack_client_secret, bot_only=True, cache_enabled=True,
        client=WebClient(base_url=client.base_url, timeout=client.timeout))  # rotation: oauth.v2.access there
    return {"oauth_settings": settings, "installation_store_bot_only": True,
            "user_facing_authorize_error_message": REINSTALL}


def installations_of(coach: Coach, config: Config) -> Installations:
    """Installations live in team memory: OAuth mode needs it. Tokens are sealed with
    COACH_TOKEN_KEY when it is set (a key that is not one: ConfigError, before anything runs)."""
    if coach.store is None:
        raise ConfigError("OAuth mode (SLACK_CLIENT_ID) keeps each workspace's install in team memory, which is off.")
    try:
        return Installations(coach.store, Sealer.from_setting(config.token_key))
    except TokenKeyError as error:
        raise ConfigError(str(error)) from None


def seal_tokens(installations: Installations) -> None:
    """At start-up: every stored token sealed with the newest key, or one warning that none is set."""
    if not installations.sealer.keys:
        log.warning("COACH_TOKEN_KEY is not set: workspace bot tokens are stored unencrypted in team memory "
                    "(`coach token-key` prints a key to put in .env).")
        return
    try:
        resealed = installations.reseal()
    except TokenKeyError as error:
        raise ConfigError(str(error)) from None
    if resealed:
        log.info("Sealed %d workspace token(s) with the newest COACH_TOKEN_KEY", resealed)


def client_for(installations: Installations, config: Config,
               base: WebClient) -> Callable[[str], WebClient | None]:
    """A workspace's client, with its own bot token, for work outside a request (the Home tab
    republished after a forget, nudges); None for a workspace that has no install."""

    def client(team_id: str) -> WebClient | None:
        found = installations.find(PLATFORM, config.slack_client_id, "", team_id)
        if found is None:
            return None
        return WebClient(token=found.bot_token, base_url=base.base_url, timeout=base.timeout,
                         retry_handlers=list(base.retry_handlers))

    return client


def oauth_nudge_send(installations: Installations, config: Config, base: WebClient) -> Callable[[Any, Reply], str]:
    """The ticker's send in OAuth mode: each nudge goes out with its workspace's token; a workspace
    that uninstalled Coach gets none (NotDelivered: nothing was posted, the ledger says why)."""
    clients = client_for(installations, config, base)

    def send(schedule: Any, reply: Reply) -> str:
        client = clients(str(schedule.workspace))
        if client is None:
            raise NotDelivered(f"Coach is not installed in Slack workspace {schedule.workspace}")
        return nudge_send(client)(schedule, reply)

    return send


def start_oauth_nudges(coach: Coach, installations: Installations, config: Config, base: WebClient) -> Ticker | None:
    from bot.nudges.ticker import Sender, start_ticker  # the ticker thread: started only by `run`

    return start_ticker(coach, {"slack": Sender(oauth_nudge_send(installations, config, base))})
