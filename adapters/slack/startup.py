"""Before Coach goes online in Slack: are the tokens right, and can Slack be reached?

Each answer is one sentence naming the token or the network (bot.config.ConfigError),
never the hundred lines of a traceback from deep inside slack_sdk.
"""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from adapters.base import quiet
from bot.config import Config, ConfigError

REFUSED = {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type",
           "missing_scope", "no_permission", "ekm_access_denied", "two_factor_setup_required"}




def _shape(config: Config) -> None:
    bot, app = config.slack_bot_token, config.slack_app_token
    if bot.startswith("xapp-"):
        raise ConfigError("SLACK_BOT_TOKEN holds an app-level token (xapp-...): put it in SLACK_APP_TOKEN, and the "
                          "Bot User OAuth Token (xoxb-...) from OAuth & Permissions in SLACK_BOT_TOKEN.")
    if not bot.startswith(("xoxb-", "xoxp-")):
        raise ConfigError("SLACK_BOT_TOKEN does not look like a Slack bot token (it starts with xoxb-): copy the Bot "
                          "User OAuth Token from OAuth & Permissions into .env.")
    if app and not app.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN does not look like an app-level token (it starts with xapp-): generate one "
                          "with the connections:write scope under Basic Information, App-Level Tokens.")


def _where(client: WebClient) -> str:
    return client.base_url.rstrip("/")


def _call(client: WebClient, method: str, token_name: str, fix: str) -> None:
    try:
        with quiet("slack_sdk"):
            client.api_call(method)
    except SlackApiError as error:
        code = error.response.get("error", "") if error.response is not None else ""
        if code in REFUSED:
            raise ConfigError(f"Slack refused {token_name} ({code}): {fix}") from None
        raise ConfigError(f"Slack answered {method} with an error ({code or error}): check {token_name} and the "
                          "app's settings.") from None
    except (SlackClientError, OSError) as error:  # URLError, timeouts, refused connections
        reason = getattr(error, "reason", None) or error
        raise ConfigError(f"Coach could not reach Slack at {_where(client)} ({reason}): check the network, a proxy "
                          "or a firewall (and SLACK_API_URL if set).") from None


def verify(config: Config, client: WebClient) -> None:
    """Check the bot token (auth.test) and, for Socket Mode, the app-level token
    (apps.connections.open). Raises ConfigError with one sentence."""
    _shape(config)
    _call(WebClient(token=config.slack_bot_token, base_url=client.base_url, timeout=15, retry_handlers=[]),
          "auth.test", "SLACK_BOT_TOKEN", "copy the Bot User OAuth Token (xoxb-...) from OAuth & Permissions into "
          ".env, and reinstall the app to the workspace if it was removed.")
    if config.slack_app_token:
        _call(WebClient(token=config.slack_app_token, base_url=client.base_url, timeout=15, retry_handlers=[]),
              "apps.connections.open", "SLACK_APP_TOKEN", "generate an app-level token with the connections:write "
              "scope (Basic Information, App-Level Tokens) and turn Socket Mode on.")
