"""Coach in Slack: a thin slack-bolt adapter over the core.

    app = build_app(coach, config)     # the Bolt app, listeners registered
    run(coach, config)                 # Socket Mode with SLACK_APP_TOKEN, else HTTP on SLACK_PORT
    deliver(client, channel_id, reply) # post a public Reply (weekly nudges)

Modules: `blocks` (Reply -> Block Kit, pure), `payloads` (reading what Slack
sends), `listeners` (what Coach does with each request), `people` (Context from
users.info), `delivery` (where a reply goes), `memory` (retries, recent reviews).
"""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from slack_bolt import App, BoltRequest
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from adapters.slack.delivery import deliver
from adapters.slack.listeners import Listeners
from adapters.slack.people import People
from adapters.slack.startup import verify
from bot.coach import Coach
from bot.config import Config, ConfigError

__all__ = ["build_app", "build_client", "deliver", "run", "serve_http"]

log = logging.getLogger("coach.slack")
EVENTS_PATH = "/slack/events"


def build_client(config: Config) -> WebClient:
    """The Web API client: the bot token, SLACK_API_URL when set (tests point it
    at a local stand-in), and retries when Slack answers 429 Too Many Requests."""
    kwargs = {"base_url": config.slack_api_url} if config.slack_api_url else {}
    client = WebClient(token=config.slack_bot_token or None, **kwargs)
    if not any(isinstance(h, RateLimitErrorRetryHandler) for h in client.retry_handlers):
        client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=2))
    return client


def build_app(coach: Coach, config: Config, client: WebClient | None = None) -> App:
    """The Bolt app with Coach's listeners. Calls auth.test once (through
    `client`) to check the bot token and learn the bot's own user id."""
    client = client or build_client(config)
    if not any(isinstance(h, RateLimitErrorRetryHandler) for h in client.retry_handlers):
        client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=2))
    app = App(
        client=client,
        signing_secret=config.slack_signing_secret,
        # Socket Mode needs no signing secret (nothing comes over HTTP).
        request_verification_enabled=bool(config.slack_signing_secret) or not config.slack_app_token,
        # Answer Slack only once the ack listener ran; the slow part is lazy.
        process_before_response=True,
    )
    Listeners(coach, People(config.admin_ids)).register(app)
    return app


class _EventsHandler(BaseHTTPRequestHandler):
    """Slack's requests over HTTP, handed to Bolt as they came (raw body and
    headers, which the signature check needs byte for byte)."""

    server: _Server
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        url = urlsplit(self.path)
        if url.path != self.server.events_path:
            self._send(404, b"not found", {"content-type": ["text/plain"]})
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8") if length else ""
        headers: dict[str, list[str]] = {}
        for name, value in self.headers.items():
            headers.setdefault(name.lower(), []).append(value)
        response = self.server.app.dispatch(BoltRequest(body=body, query=url.query, headers=headers))
        self._send(response.status, (response.body or "").encode("utf-8"), response.headers)

    def do_GET(self) -> None:  # noqa: N802
        status, text = (200, b"ok") if urlsplit(self.path).path == "/healthz" else (404, b"not found")
        self._send(status, text, {"content-type": ["text/plain"]})

    def _send(self, status: int, body: bytes, headers: dict) -> None:
        self.send_response(status)
        for name, values in headers.items():
            if name.lower() == "content-length":
                continue
            for value in values if isinstance(values, list | tuple) else [values]:
                self.send_header(name, str(value))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # quieter than stderr for every request
        log.debug("%s %s", self.address_string(), format % args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], app: App, events_path: str):
        self.app, self.events_path = app, events_path
        super().__init__(address, _EventsHandler)


def serve_http(app: App, port: int, host: str = "0.0.0.0", events_path: str = EVENTS_PATH) -> ThreadingHTTPServer:
    """An HTTP server for Slack's Request URL (`https://<host>/slack/events`),
    one thread a request. `port=0` picks a free port (see `server.server_port`).
    Call `serve_forever()` on it, or run it in a thread."""
    return _Server((host, port), app, events_path)


def run(coach: Coach, config: Config) -> None:
    """Start Coach in Slack and block: Socket Mode when SLACK_APP_TOKEN is set
    (no public URL needed), otherwise HTTP on SLACK_PORT with the signing secret."""
    if not config.slack_bot_token:
        raise ConfigError("Coach needs SLACK_BOT_TOKEN (xoxb-...) to run in Slack.")
    if not config.slack_app_token and not config.slack_signing_secret:
        raise ConfigError("Set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode).")
    client = build_client(config)
    verify(config, client)  # wrong or unreachable: one sentence (ConfigError), before any log line
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = build_app(coach, config, client)
    from bot.language import warm_up

    warm_up()  # load the language model now, not during the first member's review
    from adapters.slack.nudges import start_nudges

    start_nudges(coach, app.client)  # this process's weekly-nudge ticker (when team memory is on)
    if config.slack_app_token:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        log.info("Coach is connecting to Slack over Socket Mode")
        SocketModeHandler(app, config.slack_app_token).start()
        return
    server = serve_http(app, config.slack_port)
    log.info("Coach listens for Slack on http://0.0.0.0:%s%s", server.server_port, EVENTS_PATH)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    """Run `server` in a daemon thread (tests, and embedding Coach elsewhere)."""
    thread = threading.Thread(target=server.serve_forever, name="coach-slack-http", daemon=True)
    thread.start()
    return thread
