"""A local stand-in for Discord's REST API, for tests that run the real discord.py
client with no network.

`DiscordStandIn` is an aiohttp server on 127.0.0.1 (random port) that answers
the routes discord.py uses (login, interaction callbacks, webhook follow-ups and
edits, channel messages, command sync) and records every request: method, path,
query, JSON body or multipart parts. `Harness` points `discord.http.Route.BASE`
at it, logs a Coach client in, feeds it gateway INTERACTION_CREATE payloads
through the client's connection state, and waits for what Coach sends back.

Answers follow Discord's documented shapes closely enough for discord.py to
parse them; the Content-Type is exactly `application/json` (discord.py does not
parse JSON sent with a charset).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

import discord
import yarl
from aiohttp import web

WAIT = 30.0  # seconds to wait for what must arrive: a success returns at once; generous so a loaded machine does not fail it

API = "/api/v10"
APP_ID = "1300000000000000001"
BOT_ID = "1300000000000000002"
OWNER_ID = "1300000000000000003"
_snowflakes = itertools.count(1_310_000_000_000_000_000)


def snowflake() -> str:
    return str(next(_snowflakes))


BOT_USER = {"id": BOT_ID, "username": "Coach", "discriminator": "0", "global_name": "Coach",
            "avatar": None, "bot": True, "public_flags": 0, "flags": 0}


@dataclass
class Part:
    name: str
    filename: str | None
    content_type: str
    data: bytes


@dataclass
class Recorded:
    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    json: Any = None  # the JSON body, or multipart payload_json
    parts: list[Part] = field(default_factory=list)
    at: float = field(default_factory=time.monotonic)

    @property
    def files(self) -> list[Part]:
        return [p for p in self.parts if p.filename is not None]


@dataclass
class Scripted:
    """A canned answer for the next `times` requests matching method and path."""

    method: str
    path: re.Pattern[str]
    status: int
    body: Any
    headers: dict[str, str]
    times: int = 1


class DiscordStandIn:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.scripted: list[Scripted] = []
        self.interaction_types: dict[str, int] = {}
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        # gateway: one connection per shard (one in all when the client does not shard)
        self.identify: dict[str, Any] | None = None  # the latest IDENTIFY
        self.identifies: list[dict[str, Any]] = []  # every IDENTIFY, in order
        self.readies: list[dict[str, Any]] = []  # every READY sent
        self.gateway_guilds: list[dict[str, Any]] = []  # GUILD_CREATE payloads sent after READY, on their shard
        self.shards = 1  # what GET /gateway/bot recommends
        self.shard_count = 1  # what the client identified with
        self._dispatches: dict[int, asyncio.Queue[tuple[str, dict[str, Any]]]] = {}
        self._sequence = 0

    # ------------------------------------------------------------ server

    async def start(self) -> DiscordStandIn:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def shard_of(self, guild_id: str | int, count: int | None = None) -> int:
        """Discord's rule: a guild's events come on shard (guild_id >> 22) % shard count."""
        return (int(guild_id) >> 22) % (count or self.shard_count)

    def _queue(self, shard: int) -> asyncio.Queue[tuple[str, dict[str, Any]]]:
        return self._dispatches.setdefault(shard, asyncio.Queue())

    def dispatch(self, event: str, data: dict[str, Any], shard: int | None = None) -> None:
        """Send a gateway DISPATCH (op 0) to the connected client, on the shard of the
        payload's guild (or `shard`)."""
        if shard is None:
            guild = data.get("guild_id")
            shard = self.shard_of(guild) if guild else 0
        self._queue(shard).put_nowait((event, data))

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        """The gateway's opening, as documented: HELLO, then IDENTIFY from the
        client, then READY and a GUILD_CREATE per guild, then queued dispatches.
        Heartbeats are acknowledged."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None}))

        async def send(event: str, data: dict[str, Any]) -> None:
            self._sequence += 1
            await ws.send_str(json.dumps({"op": 0, "t": event, "s": self._sequence, "d": data}))

        async def pump(shard: int) -> None:
            while True:
                event, data = await self._queue(shard).get()
                await send(event, data)

        pumping: asyncio.Task[None] | None = None
        try:
            async for frame in ws:
                if frame.type.name != "TEXT":
                    continue
                message = json.loads(frame.data)
                if message["op"] == 1:  # heartbeat
                    await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
                elif message["op"] == 2:  # identify
                    self.identify = message["d"]
                    self.identifies.append(message["d"])
                    shard, count = message["d"].get("shard") or [0, 1]
                    self.shard_count = count
                    guilds = [g for g in self.gateway_guilds if self.shard_of(g["id"], count) == shard]
                    ready = {
                        "v": 10, "user": BOT_USER, "session_id": f"stand-in-session-{shard}",
                        "resume_gateway_url": self.gateway_url, "shard": [shard, count],
                        "guilds": [{"id": g["id"], "unavailable": True} for g in guilds],
                        "application": {"id": APP_ID, "flags": 0},
                    }
                    self.readies.append(ready)
                    await send("READY", ready)
                    for guild in guilds:
                        await send("GUILD_CREATE", guild)
                    pumping = asyncio.ensure_future(pump(shard))
        finally:
            if pumping is not None:
                pumping.cancel()
        return ws

    def script(self, method: str, path: str, status: int, body: Any, headers: dict[str, str] | None = None,
               times: int = 1) -> None:
        self.scripted.append(Scripted(method, re.compile(path), status, body, headers or {}, times))

    # ------------------------------------------------------------ waiting

    def matching(self, method: str, path: str) -> list[Recorded]:
        pattern = re.compile(path)
        return [r for r in self.requests if r.method == method and pattern.fullmatch(r.path)]

    async def wait_for(self, method: str, path: str, count: int = 1, timeout: float = WAIT) -> list[Recorded]:
        async def enough() -> list[Recorded]:
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.matching(method, path)) >= count)
            return self.matching(method, path)

        try:
            return await asyncio.wait_for(enough(), timeout)
        except TimeoutError:
            seen = "\n".join(f"  {r.method} {r.path}" for r in self.requests)
            raise AssertionError(f"no {count}x {method} {path} within {timeout}s; saw:\n{seen}") from None

    # ------------------------------------------------------------ answering

    async def _handle(self, request: web.Request) -> web.Response:
        path = request.path[len(API):] if request.path.startswith(API) else request.path
        recorded = Recorded(request.method, path, dict(request.query))
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                data = await part.read(decode=False)  # type: ignore[union-attr]
                name = part.name or ""
                if name == "payload_json":
                    recorded.json = json.loads(data)
                else:
                    recorded.parts.append(Part(name, part.filename, part.headers.get("Content-Type", ""), bytes(data)))
        elif request.can_read_body:
            raw = await request.read()
            recorded.json = json.loads(raw) if raw else None
        async with self._changed:
            self.requests.append(recorded)
            self._changed.notify_all()

        for scripted in self.scripted:
            if scripted.times > 0 and scripted.method == request.method and scripted.path.fullmatch(path):
                scripted.times -= 1
                return _json(scripted.body, scripted.status, scripted.headers)

        status, body = self.answer(recorded)
        return _json(body, status)

    def answer(self, r: Recorded) -> tuple[int, Any]:
        m, p, body = r.method, r.path, r.json or {}
        if m == "GET" and p == "/users/@me":
            return 200, BOT_USER
        if m == "GET" and p == "/oauth2/applications/@me":
            return 200, application()
        if m == "GET" and p == "/gateway/bot":
            return 200, {"url": self.gateway_url, "shards": self.shards,
                         "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0,
                                                 "max_concurrency": 1}}
        if found := re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", p):
            return 200, self._callback(found.group(1), body)
        if m == "POST" and (found := re.fullmatch(r"/webhooks/(\d+)/([^/]+)", p)):
            return 200, message(channel_id="0", data=body, webhook_id=found.group(1))
        if m in ("PATCH", "GET") and re.fullmatch(r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)", p):
            return 200, message(channel_id="0", data=body)
        if m == "POST" and (found := re.fullmatch(r"/channels/(\d+)/messages", p)):
            return 200, message(channel_id=found.group(1), data=body)
        if m == "GET" and (found := re.fullmatch(r"/channels/(\d+)", p)):
            return 200, text_channel(found.group(1))
        if m == "PUT" and re.fullmatch(r"/applications/(\d+)(/guilds/\d+)?/commands", p):
            guild = re.search(r"/guilds/(\d+)/", p)
            # Discord answers with the stored commands: ids added, and an empty
            # description for context menus (which may not have one)
            return 200, [dict({"description": ""}, **c, id=snowflake(), application_id=APP_ID, version=snowflake(),
                              **({"guild_id": guild.group(1)} if guild else {})) for c in (r.json or [])]
        return 404, {"message": "404: Not Found", "code": 0}

    def _callback(self, interaction_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """An interaction callback response, as Discord returns it for ?with_response=true."""
        kind = body.get("type")
        data = body.get("data") or {}
        message_id = snowflake()
        answer: dict[str, Any] = {
            "interaction": {
                "id": interaction_id,
                "type": self.interaction_types.get(interaction_id, 2),
                "response_message_id": message_id,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(int(data.get("flags", 0) or 0) & 64),
            },
            "resource": {"type": kind},
        }
        if kind in (4, 7):
            answer["resource"]["message"] = message(channel_id="0", data=data, message_id=message_id)
        return answer


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(status=status, body=json.dumps(body).encode(),
                        headers={"Content-Type": "application/json", **(headers or {})})


# ---------------------------------------------------------------- documented shapes


def application() -> dict[str, Any]:
    return {
        "id": APP_ID, "name": "Coach", "icon": None, "description": "Reviews draft posts",
        "summary": "", "type": None, "bot_public": False, "bot_require_code_grant": False,
        "verify_key": "0" * 64, "flags": 0, "team": None, "tags": [],
        "owner": {"id": OWNER_ID, "username": "owner", "discriminator": "0", "avatar": None, "public_flags": 0,
                  "flags": 0},
        "bot": BOT_USER,
    }


def text_channel(channel_id: str, guild_id: str = "0", name: str = "marketing") -> dict[str, Any]:
    return {"id": channel_id, "type": 0, "guild_id": guild_id, "name": name, "position": 0,
            "permission_overwrites": [], "nsfw": False, "parent_id": None, "topic": None,
            "last_message_id": None, "rate_limit_per_user": 0, "flags": 0}


def message(channel_id: str, data: dict[str, Any] | None = None, message_id: str | None = None,
            webhook_id: str | None = None) -> dict[str, Any]:
    data = data or {}
    msg = {
        "id": message_id or snowflake(), "channel_id": channel_id, "type": 0, "author": BOT_USER,
        "content": data.get("content") or "", "timestamp": "2026-11-02T09:00:00.000000+00:00",
        "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
        "attachments": [
            {"id": snowflake(), "filename": a.get("filename", "file"), "size": 1, "url": "https://cdn.invalid/x",
             "proxy_url": "https://cdn.invalid/x"}
            for a in data.get("attachments", []) or []
        ],
        "embeds": data.get("embeds") or [], "components": data.get("components") or [], "pinned": False,
        "flags": int(data.get("flags", 0) or 0),
    }
    if webhook_id:
        msg["webhook_id"] = webhook_id
    return msg


# ---------------------------------------------------------------- harness


async def _identify_at_once(shard_id: int | None, *, initial: bool = False) -> None:
    return None


class Harness:
    """A logged-in Coach client talking to a stand-in. Tests get one from the
    `discord_harness` fixture (tests/conftest.py), on their own event loop:

        h = await discord_harness(coach, config)

    or, as that fixture does,

        async with Harness(coach, config) as h:
            h.feed(payload)                      # an INTERACTION_CREATE `d` object
            [callback] = await h.stand_in.wait_for("POST", r"/interactions/.*/callback")
    """

    def __init__(self, coach: Any, config: Any, *, gateway: bool = False,
                 guilds: list[dict[str, Any]] | None = None, shards: int = 1, **client_options: Any):
        # Tests check what Coach answers, not how fast a loaded machine answers it: a review is never deferred
        # unless the test asks for a deferral (`defer_after=0.05` in the test of Discord's 3 second window).
        client_options.setdefault("defer_after", 30.0)
        self.coach, self.config, self.client_options = coach, config, client_options
        self.stand_in = DiscordStandIn()
        self.stand_in.gateway_guilds = guilds or []
        self.stand_in.shards = shards  # what GET /gateway/bot recommends
        self.client: Any = None
        self.gateway = gateway
        self._connection: asyncio.Task[None] | None = None
        self._base = discord.http.Route.BASE
        self._gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY

    async def __aenter__(self) -> Harness:
        from adapters.discord import build_client

        await self.stand_in.start()
        discord.http.Route.BASE = self.stand_in.base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.stand_in.gateway_url)
        self.client = build_client(self.coach, self.config, **self.client_options)
        await self.client.login("stand-in-token")
        if self.gateway:
            # discord.py waits this long after the last GUILD_CREATE before READY (2 s by default)
            self.client._connection.guild_ready_timeout = 0.05
            self.client.before_identify_hook = _identify_at_once  # not 5 s between shards: no rate limit here
            self._connection = asyncio.ensure_future(self.client.connect(reconnect=False))
            await asyncio.wait_for(self.client.wait_until_ready(), 5)
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            await self.client.close()
            if self._connection is not None:
                await asyncio.wait_for(self._connection, 5)
        finally:
            await self.stand_in.stop()
            discord.http.Route.BASE = self._base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self._gateway

    def feed(self, payload: dict[str, Any]) -> None:
        """Deliver an INTERACTION_CREATE: over the gateway stand-in when connected,
        else straight into the client's connection state, as the gateway would."""
        self.stand_in.interaction_types[payload["id"]] = payload["type"]
        if self.gateway:
            self.stand_in.dispatch("INTERACTION_CREATE", payload)
        else:
            self.client._connection.parse_interaction_create(payload)

    async def callback(self, payload: dict[str, Any], timeout: float = WAIT) -> Recorded:
        """Feed an interaction and return Coach's callback to it."""
        self.feed(payload)
        path = rf"/interactions/{payload['id']}/{re.escape(payload['token'])}/callback"
        [answer] = await self.stand_in.wait_for("POST", path, timeout=timeout)
        return answer
