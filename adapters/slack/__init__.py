"""Coach in Slack: a thin slack-bolt adapter over the core.

    app = build_app(coach, config)     # the Bolt app, listeners registered
    run(coach, config)                 # Socket Mode with SLACK_APP_TOKEN, else HTTP on SLACK_PORT
    deliver(client, channel_id, reply) # post a public Reply (weekly nudges)

Modules: `blocks` (Reply -> Block Kit, pure), `payloads` (reading what Slack
sends), `listeners` (what Coach does with each request), `people` (Context from
users.info), `delivery` (where a reply goes), `memory` (retries, recent reviews),
`http` (the Request URL: Bolt's WSGI adapter on waitress).
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry import default_retry_handlers

from adapters.slack.delivery import deliver, with_rate_limits
from adapters.slack.http import EVENTS_PATH, MAX_BODY, HttpServer, serve_http
from adapters.slack.listeners import Listeners
from adapters.slack.people import People
from adapters.slack.startup import verify
from bot.chat.coach import Coach
from bot.config import Config, ConfigError

__all__ = ["EVENTS_PATH", "MAX_BODY", "build_app", "build_client", "deliver", "run", "serve_http", "serve_in_thread"]

log = logging.getLogger("coach.slack")
WORKERS = 8  # the work after each ack (reviews, replies) runs on this many threads


def build_client(config: Config) -> WebClient:
    """The Web API client: the bot token, SLACK_API_URL when set (tests point it
    at a local stand-in), and retries when Slack answers 429 Too Many Requests."""
    kwargs = {"base_url": config.slack_api_url} if config.slack_api_url else {}
    return WebClient(token=config.slack_bot_token or None, retry_handlers=with_rate_limits(default_retry_handlers()),
                     **kwargs)


def build_app(coach: Coach, config: Config, client: WebClient | None = None) -> App:
    """The Bolt app with Coach's listeners. With one bot token, calls auth.test once (through
    `client`) to check it; in OAuth mode (SLACK_CLIENT_ID), each workspace's token comes from
    its install (adapters.slack.oauth) and `client` only carries the Web API's address."""
    client = client or build_client(config)
    oauth: dict = {}
    if config.slack_oauth:
        from adapters.slack.oauth import client_for, installations_of, oauth_options

        installations = installations_of(coach, config)
        oauth = oauth_options(config, installations, client)
    app = App(
        client=client,
        signing_secret=config.slack_signing_secret,
        # Socket Mode needs no signing secret (nothing comes over HTTP).
        request_verification_enabled=bool(config.slack_signing_secret) or not config.slack_app_token,
        # Answer Slack only once the ack listener ran; the slow part is lazy.
        process_before_response=True,
        listener_executor=ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="coach-slack"),
        **oauth,
    )
    listeners = Listeners(coach, People(config.admin_ids))
    listeners.register(app)
    if config.slack_oauth:
        app.enable_token_revocation_listeners()  # app_uninstalled, tokens_revoked: the tokens go at once
        listeners.client_for = client_for(installations, config, client)
    return app


def banner(config: Config) -> str:
    mode = "OAuth, many workspaces" if config.slack_oauth else "Socket Mode" if config.slack_app_token else "HTTP"
    return f"Coach: Slack ({mode})"


def run(coach: Coach, config: Config) -> None:
    """Start Coach in Slack and block: Socket Mode when SLACK_APP_TOKEN is set
    (no public URL needed), otherwise HTTP on SLACK_PORT with the signing secret."""
    client = build_client(config)
    if config.slack_oauth:  # no token to check: each workspace brings its own at install
        if config.problems():
            raise ConfigError(" ".join(config.problems()))
    else:
        if not config.slack_bot_token:
            raise ConfigError("Coach needs SLACK_BOT_TOKEN (xoxb-...) to run in Slack.")
        if not config.slack_app_token and not config.slack_signing_secret:
            raise ConfigError("Set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode).")
        verify(config, client)  # wrong or unreachable: one sentence (ConfigError), before any log line
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = build_app(coach, config, client)
    from bot.engine.language import warm_up

    warm_up()  # load the language model now, not during the first member's review
    from adapters.slack.nudges import start_nudges

    if config.slack_oauth:
        from adapters.slack.oauth import installations_of, seal_tokens, start_oauth_nudges

        installations = installations_of(coach, config)
        seal_tokens(installations)
        start_oauth_nudges(coach, installations, config, client)  # each workspace's own token
    else:
        start_nudges(coach, app.client)  # this process's weekly-nudge ticker (when team memory is on)
    if config.slack_app_token:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        log.info("Coach is connecting to Slack over Socket Mode")
        SocketModeHandler(app, config.slack_app_token).start()
        return
    server = serve_http(app, config.slack_port)
    log.info("Coach listens for Slack on http://0.0.0.0:%s%s", server.server_port, EVENTS_PATH)
    if config.slack_oauth:
        log.info("Install page: http://0.0.0.0:%s/slack/install (%d workspace(s) installed)", server.server_port,
                 installations.count("slack"))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def serve_in_thread(server: HttpServer) -> threading.Thread:
    """Run `server` in a daemon thread (tests, and embedding Coach elsewhere)."""
    thread = threading.Thread(target=server.serve_forever, name="coach-slack-http", daemon=True)
    thread.start()
    return thread
