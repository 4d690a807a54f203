"""Slack's Request URL over HTTP: Bolt's own WSGI adapter, served by waitress.

Waitress gives what the standard library's server lacked under load: a listen
backlog of BACKLOG (http.server's is 5, and 50 concurrent senders got connection
resets), many connections at once on one event loop with a pool of THREADS
workers, a read timeout (a client that stops sending is dropped after
READ_TIMEOUT seconds) and a body limit checked on Content-Length before a byte
of the body is read (413).

In front of Bolt, `guarded` answers 400 to what Bolt would turn into a
traceback: a body that is not UTF-8 or whose `payload` is not JSON, a missing or
malformed X-Slack-Request-Timestamp (a missing one is Bolt's 401). Bolt then checks the signature and the
timestamp's age (401) and acknowledges in time; the work runs after the ack.
"""

from __future__ import annotations

import io
import logging
import re
import threading
from collections.abc import Callable, Iterable
from contextlib import suppress
from typing import Any

import waitress
from slack_bolt import App, BoltRequest
from slack_bolt.adapter.wsgi import SlackRequestHandler

log = logging.getLogger("coach.slack")

EVENTS_PATH = "/slack/events"
MAX_BODY = 1024 * 1024  # Slack's largest payloads (a message shortcut with its blocks) are far below
BACKLOG = 1024
THREADS = 8  # requests being acknowledged at once; the work after the ack runs in Bolt's own pool
CONNECTIONS = 1000
READ_TIMEOUT = 10  # seconds a connection may stay silent (Slack sends a request at once)
_TIMESTAMP = re.compile(r"^[0-9]{1,12}$")

Environ = dict[str, Any]
StartResponse = Callable[..., Any]
Wsgi = Callable[[Environ, StartResponse], Iterable[bytes]]


def _plain(start_response: StartResponse, status: str, text: str) -> list[bytes]:
    body = text.encode("utf-8")
    start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]


def problem(environ: Environ, body: bytes) -> str | None:
    """Why a POST to the events path cannot be a Slack request, before Bolt sees it."""
    timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
    if timestamp is not None and not _TIMESTAMP.match(timestamp):  # missing: Bolt says 401
        return "malformed X-Slack-Request-Timestamp"
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return "the body is not UTF-8"
    try:  # Bolt parses the body while building the request: a form with bad JSON raises there
        BoltRequest(body=text, headers={"content-type": environ.get("CONTENT_TYPE", "")})
    except (ValueError, TypeError, AttributeError, KeyError) as exc:
        return f"the body cannot be read ({type(exc).__name__})"
    return None


def guarded(app: App, events_path: str = EVENTS_PATH) -> Wsgi:
    """Bolt's WSGI adapter for `app`, behind the checks above, with GET /healthz."""
    handler = SlackRequestHandler(app, path=events_path)

    def wsgi(environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "GET")
        if method == "GET" and path == "/healthz":
            return _plain(start_response, "200 OK", "ok")
        flow = app.oauth_flow  # OAuth mode: the install page and Slack's redirect, for Bolt to answer
        if method == "GET" and flow is not None and path in (flow.install_path, flow.redirect_uri_path):
            return _bolt(handler, environ, start_response)
        if method != "POST" or path != events_path:
            return _plain(start_response, "404 Not Found", "not found")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return _plain(start_response, "400 Bad Request", "bad Content-Length")
        body = environ["wsgi.input"].read(length) if length > 0 else b""
        why = problem(environ, body)
        if why:
            log.info("Refused a request to %s: %s", path, why)
            return _plain(start_response, "400 Bad Request", why)
        environ["wsgi.input"] = io.BytesIO(body)
        return _bolt(handler, environ, start_response)

    return wsgi


def _bolt(handler: Wsgi, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
    try:
        return handler(environ, start_response)
    except Exception:  # never a traceback to the sender; Slack retries a 500
        log.exception("Bolt failed on a request")
        return _plain(start_response, "500 Internal Server Error", "error")


class HttpServer:
    """A waitress server for one WSGI app, run with `serve_forever()` and stopped with
    `shutdown()` (from another thread) then `server_close()`."""

    def __init__(self, wsgi: Wsgi, host: str, port: int, *, read_timeout: int = READ_TIMEOUT,
                 max_body: int = MAX_BODY, threads: int = THREADS, backlog: int = BACKLOG):
        self._server = waitress.create_server(
            wsgi, host=host, port=port, threads=threads, backlog=backlog, connection_limit=CONNECTIONS,
            channel_timeout=read_timeout, cleanup_interval=max(1, min(30, read_timeout // 2)),
            max_request_body_size=max_body, max_request_header_size=64 * 1024, asyncore_loop_timeout=1,
            clear_untrusted_proxy_headers=True, ident="Coach")
        self._stopped = threading.Event()

    @property
    def server_port(self) -> int:
        return int(self._server.effective_port)  # type: ignore[union-attr]

    def serve_forever(self) -> None:
        try:
            self._server.run()
        finally:
            self._stopped.set()

    def shutdown(self, timeout: float = 10.0) -> None:
        """Close every connection from the server's own loop, then wait for serve_forever to end."""
        server = self._server

        def close_all() -> None:
            server.task_dispatcher.shutdown(cancel_pending=True, timeout=timeout)
            for channel in list(server._map.values()):  # type: ignore[union-attr]
                channel.close()

        if self._stopped.is_set():
            return
        with suppress(OSError):  # the loop has already closed its trigger: it is stopping or stopped
            server.trigger.pull_trigger(close_all)  # type: ignore[union-attr]
        self._stopped.wait(timeout)

    def server_close(self) -> None:
        if not self._stopped.is_set():
            self.shutdown()


def serve_http(app: App, port: int, host: str = "0.0.0.0", events_path: str = EVENTS_PATH,
               **limits: int) -> HttpServer:
    """An HTTP server for Slack's Request URL (`https://<host>/slack/events`).
    `port=0` picks a free port (see `server.server_port`). Call `serve_forever()`,
    or run it in a thread."""
    return HttpServer(guarded(app, events_path), host, port, **limits)
