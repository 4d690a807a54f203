"""A local stand-in for Slack, for tests that must not touch the internet.

Both directions:
- `SlackStandIn`: Slack's Web API on 127.0.0.1 (point `WebClient(base_url=...)`
  or SLACK_API_URL at `standin.api_url`), plus response_urls (`standin.hook(...)`)
  and the upload URLs of files_upload_v2. Every request is recorded.
- `SocketStandIn`: Slack's Socket Mode server (a local websocket, `websockets`
  package) that says hello, sends envelopes and collects the app's acks;
  `apps.connections.open` on the Web API stand-in hands out its URL.
- Installs as Slack runs them: `standin.authorize(team)` is a member approving the app
  on Slack's authorize page (a one-time code for the redirect); `oauth.v2.access` trades
  it, with the app's client id and secret, for a bot token of that workspace, which the
  stand-in then accepts; `standin.revoke(team)` is the workspace removing the app.
- Requests as Slack sends them are built in tests/slack_requests.py.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

WAIT = 30.0  # seconds to wait for what must arrive: a success returns at once; generous so a loaded machine does not fail it

BOT_TOKEN = "xoxb-0000000000-standin"
APP_TOKEN = "xapp-1-A0COACH-standin"
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TEAM = "T0COACH01"
APP_ID = "A0COACH01"
BOT_USER = "U0COACHBOT"
BOT_ID = "B0COACHBOT"
CLIENT_ID = "1111111111.2222222222"  # the app's OAuth credentials (Basic Information)
CLIENT_SECRET = "c1a55ecre7c1a55ecre7c1a55ecre7c1"
SCOPES = "commands,chat:write,files:write,users:read,im:write"


@dataclass
class Call:
    """One request Coach made to the stand-in."""

    kind: str  # "api" | "hook" | "upload"
    method: str  # "chat.postMessage", the hook name, or the uploaded file id
    body: dict[str, Any]
    raw: bytes
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        self._handle(b"")

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self._handle(self.rfile.read(length) if length else b"")

    def _handle(self, raw: bytes) -> None:
        url = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        body: dict[str, Any] = dict(parse_qsl(url.query))
        kind_of = headers.get("content-type", "")
        if url.path.startswith("/upload/"):
            pass  # file bytes, whatever urllib calls them
        elif raw and "json" in kind_of:
            body.update(json.loads(raw))
        elif raw and "x-www-form-urlencoded" in kind_of:
            body.update(parse_qsl(raw.decode("utf-8")))
        status, answer, extra = self.server.standin.answer(url.path, body, raw, headers)
        data = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain" if isinstance(answer, bytes) else "application/json")
        for name, value in extra.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the bench sends Coach 100 requests at once; its replies come back here

    def __init__(self, standin: SlackStandIn):
        self.standin = standin
        super().__init__(("127.0.0.1", 0), _Handler)


class SlackStandIn:
    """Slack's Web API, response_urls and upload URLs, on a random local port."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.users: dict[str, dict[str, Any]] = {}
        self.rate_limited: dict[str, int] = {}  # method -> how many 429s to answer first
        self.failing: dict[str, str] = {}  # method -> error to answer with
        self.socket_url = ""
        self.tokens: dict[str, str] = {BOT_TOKEN: TEAM}  # bot token -> the workspace it acts in
        self.codes: dict[str, tuple[str, str, str]] = {}  # OAuth code -> (team, team name, installer)
        self.rotating = 0  # token rotation: seconds a new token lives (0: off, tokens never expire)
        self.refresh_tokens: dict[str, tuple[str, str]] = {}  # refresh token -> (team, team name)
        self._lock = threading.Condition()
        self._ts = itertools.count(1)
        self._server = _Server(self)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    @property
    def api_url(self) -> str:
        return self.base + "/api/"

    def hook(self, name: str | None = None) -> str:
        """A response_url of this stand-in, as Slack would put in a payload."""
        return f"{self.base}/hooks/{TEAM}/{name or secrets.token_hex(6)}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def add_user(self, user: str, *, locale: str = "en-US", admin: bool = False, owner: bool = False,
                 name: str = "") -> None:
        self.users[user] = {
            "id": user, "team_id": TEAM, "name": name or user.lower(), "deleted": False,
            "real_name": name or user, "tz": "Europe/Paris", "locale": locale,
            "is_admin": admin, "is_owner": owner, "is_primary_owner": False,
            "is_restricted": False, "is_ultra_restricted": False, "is_bot": False,
            "profile": {"real_name": name or user, "display_name": name or user.lower()},
        }

    # -- what Slack answers -----------------------------------------------

    def answer(self, path: str, body: dict[str, Any], raw: bytes,
               headers: dict[str, str]) -> tuple[int, dict | bytes, dict[str, str]]:
        if path.startswith("/hooks/"):
            self._record(Call("hook", path.rsplit("/", 1)[-1], body, raw, headers))
            return 200, b"ok", {}
        if path.startswith("/upload/"):
            self._record(Call("upload", path.rsplit("/", 1)[-1], body, raw, headers))
            return 200, f"OK - {len(raw)}".encode(), {}
        method = path.removeprefix("/api/")
        self._record(Call("api", method, body, raw, headers))
        with self._lock:
            if self.rate_limited.get(method):
                self.rate_limited[method] -= 1
                return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "0"}
        if method == "oauth.v2.access":
            return 200, self._oauth_access(body, headers), {}
        token = headers.get("authorization", "").removeprefix("Bearer ") or body.get("token", "")
        with self._lock:
            team = self.tokens.get(token)
        valid = token == APP_TOKEN if method == "apps.connections.open" else team is not None
        if not valid:  # an app-level token opens Socket Mode; a workspace's bot token does the rest
            return 200, {"ok": False, "error": "invalid_auth"}, {}
        if method in self.failing:
            return 200, {"ok": False, "error": self.failing[method]}, {}
        return 200, self._api(method, body, team or TEAM), {}

    # -- installs (OAuth v2) ---------------------------------------------------

    def authorize(self, team: str, *, name: str = "", installer: str = "U0INSTALL1") -> str:
        """A member of `team` approves the app on Slack's authorize page: the one-time
        code Slack puts in the redirect to the app (`?code=...&state=...`)."""
        code = f"{secrets.randbelow(10**12)}.{secrets.randbelow(10**12)}.{secrets.token_hex(16)}"
        with self._lock:
            self.codes[code] = (team, name or f"Workspace {team}", installer)
        return code

    def revoke(self, team: str) -> None:
        """The workspace removed the app: its tokens stop working."""
        with self._lock:
            self.tokens = {token: t for token, t in self.tokens.items() if t != team}

    def token_of(self, team: str) -> str:
        with self._lock:
            return next(token for token, t in self.tokens.items() if t == team)

    def _oauth_access(self, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        """oauth.v2.access: client id and secret (HTTP Basic, or in the body) and a code
        that has not been used; answered as Slack documents it for a bot install."""
        basic = headers.get("authorization", "")
        if basic.startswith("Basic "):
            client_id, _, client_secret = base64.b64decode(basic[6:]).decode().partition(":")
        else:
            client_id, client_secret = body.get("client_id", ""), body.get("client_secret", "")
        if (client_id, client_secret) != (CLIENT_ID, CLIENT_SECRET):
            return {"ok": False, "error": "invalid_client_id" if client_id != CLIENT_ID else "bad_client_secret"}
        with self._lock:
            if body.get("grant_type") == "refresh_token":  # token rotation: a new token for the old one
                team_name = self.refresh_tokens.pop(body.get("refresh_token", ""), None)
                if team_name is None:
                    return {"ok": False, "error": "invalid_refresh_token"}
                (team, name), installer = team_name, ""
            else:
                install = self.codes.pop(body.get("code", ""), None)
                if install is None:
                    return {"ok": False, "error": "invalid_code"}
                team, name, installer = install
            token = f"xoxb-{team}-{secrets.token_hex(12)}"
            self.tokens[token] = team
            rotation: dict[str, Any] = {}
            if self.rotating:  # an app with token rotation on: tokens expire, a refresh token renews them
                refresh = f"xoxe-1-{secrets.token_hex(16)}"
                self.refresh_tokens[refresh] = (team, name)
                rotation = {"refresh_token": refresh, "expires_in": self.rotating}
        return {"ok": True, "app_id": APP_ID, "authed_user": {"id": installer}, "scope": SCOPES,
                "token_type": "bot", "access_token": token, "bot_user_id": _bot_user(team),
                "team": {"id": team, "name": name}, "enterprise": None, "is_enterprise_install": False, **rotation}

    def _api(self, method: str, body: dict[str, Any], team: str = TEAM) -> dict[str, Any]:
        ts = f"{int(time.time())}.{next(self._ts):06d}"
        if method == "auth.test":
            return {"ok": True, "url": "https://coach-standin.slack.com/", "team": "Coach stand-in",
                    "user": "coach", "team_id": team, "user_id": _bot_user(team), "bot_id": _bot_id(team),
                    "is_enterprise_install": False}
        if method == "users.info":
            user = self.users.get(body.get("user", ""))
            return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}
        if method == "chat.postMessage":
            return {"ok": True, "channel": body.get("channel"), "ts": ts,
                    "message": {"type": "message", "text": body.get("text", ""), "user": BOT_USER,
                                "bot_id": BOT_ID, "ts": ts}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method in ("views.open", "views.publish", "views.update", "views.push"):
            view = body.get("view")
            view = json.loads(view) if isinstance(view, str) else view
            return {"ok": True, "view": {**(view or {}), "id": "V" + secrets.token_hex(5).upper(),
                                         "team_id": TEAM, "app_id": APP_ID, "bot_id": BOT_ID}}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + body.get("users", "X").split(",")[0][1:]}}
        if method == "files.getUploadURLExternal":
            file_id = "F" + secrets.token_hex(5).upper()
            return {"ok": True, "upload_url": f"{self.base}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = json.loads(body.get("files", "[]"))
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title", "")} for f in files]}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url}
        return {"ok": False, "error": "unknown_method"}

    # -- what Coach sent ----------------------------------------------------

    def _record(self, call: Call) -> None:
        with self._lock:
            self.calls.append(call)
            self._lock.notify_all()

    def sent(self, method: str | None = None, kind: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self.calls
                    if (method is None or c.method == method) and (kind is None or c.kind == kind)]

    def replies(self) -> list[Call]:
        """Every message Coach showed someone: response_url posts and chat.* calls."""
        with self._lock:
            return [c for c in self.calls if c.kind == "hook"
                    or c.method in ("chat.postMessage", "chat.postEphemeral")]

    def wait(self, predicate, timeout: float = WAIT) -> list[Call]:
        """Block until `predicate(calls)` is truthy; returns the calls."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while not predicate(self.calls):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out; calls so far: {[(c.kind, c.method) for c in self.calls]}")
                self._lock.wait(left)
            return list(self.calls)

    def wait_for(self, method: str, count: int = 1, timeout: float = WAIT) -> list[Call]:
        self.wait(lambda calls: sum(c.method == method for c in calls) >= count, timeout)
        return self.sent(method)

    def wait_reply(self, count: int = 1, timeout: float = WAIT) -> list[Call]:
        self.wait(lambda calls: len([c for c in calls if c.kind == "hook"
                                     or c.method in ("chat.postMessage", "chat.postEphemeral")]) >= count,
                  timeout)
        return self.replies()

    def clear(self) -> None:
        with self._lock:
            self.calls.clear()


def _bot_user(team: str) -> str:
    """Coach's bot user in `team` (each workspace has its own)."""
    return BOT_USER if team == TEAM else f"U{team[1:]}B"


def _bot_id(team: str) -> str:
    return BOT_ID if team == TEAM else f"B{team[1:]}B"


# -- Socket Mode ---------------------------------------------------------------


class SocketStandIn:
    """Slack's Socket Mode endpoint: a local websocket that sends a hello, then
    the envelopes a test pushes, and records what the app sends back."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.connections = 0
        self._cond = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._outbox: asyncio.Queue[str] | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        if not self._ready.wait(5):
            raise RuntimeError("socket stand-in did not start")

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._start())
        self._loop.run_forever()

    async def _start(self) -> None:
        from websockets.asyncio.server import serve

        self._outbox = asyncio.Queue()
        self._server = await serve(self._session, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()

    async def _session(self, websocket: Any) -> None:
        with self._cond:
            self.connections += 1
        await websocket.send(json.dumps({
            "type": "hello", "num_connections": 1,
            "debug_info": {"host": "applink-standin", "build_number": 1, "approximate_connection_time": 18060},
            "connection_info": {"app_id": APP_ID},
        }))

        async def pump() -> None:
            assert self._outbox is not None
            while True:
                await websocket.send(await self._outbox.get())

        sender = asyncio.ensure_future(pump())
        try:
            async for raw in websocket:
                with self._cond:
                    self.received.append(json.loads(raw))
                    self._cond.notify_all()
        except Exception:
            pass
        finally:
            sender.cancel()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/link/?ticket=standin&app_id={APP_ID}"

    def send(self, envelope: dict[str, Any]) -> None:
        assert self._outbox is not None
        self._loop.call_soon_threadsafe(self._outbox.put_nowait, json.dumps(envelope))

    def wait_ack(self, envelope_id: str, timeout: float = WAIT) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for message in self.received:
                    if message.get("envelope_id") == envelope_id:
                        return message
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no ack for {envelope_id}; got {self.received}")
                self._cond.wait(left)

    def wait_connected(self, timeout: float = WAIT) -> None:
        deadline = time.monotonic() + timeout
        while self.connections == 0:
            if time.monotonic() > deadline:
                raise AssertionError("the app never connected")
            time.sleep(0.01)

    def close(self) -> None:
        """Hang up on every connection (as Slack does on a refresh), then stop. Once."""
        if self._loop.is_closed():
            return

        async def stop() -> None:
            self._server.close()
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()
