"""Shared helpers: write rules into a temporary pack and compile them."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest
import pytest_asyncio

from bot.engine.advice import Advice, load_advice

# The cache folder (bot.diskcache) of this test session: the language model is derived
# once into it, every CLI subprocess shares it, and nothing lands in the developer's ~/.cache.
_CACHE = tempfile.mkdtemp(prefix="coach-test-cache-")
os.environ["COACH_CACHE_DIR"] = _CACHE
# A developer's own database is never touched: a test that wants PostgreSQL asks for its own.
os.environ.pop("COACH_DATABASE_URL", None)
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

# PostgreSQL fixtures (`postgres_url`, `postgres_server`): a server starts only when a test asks.
pytest_plugins = ["tests.postgres", "tests.slack_app",  # the Slack app under test: the `slack` fixture
                  "tests.plan_helpers",  # an admin's copy of the plan vocabulary: the `admin_file` fixture
                  "tests.discord_helpers"]  # `coach`, `config`, `store` for the Discord files (a file's own win)

RULE = """\
id: {id}
version: 1
status: {status}
severity: {severity}
topic: {topic}
applies_to: [post]
weight: {weight}
source:
  article: "Dures réalités du marketing sur les réseaux sociaux"
  section: "Dure réalité #4"
check:
{check}
fr:
{fr}
  message: "fr {{match}}"
  why: pourquoi
  how: comment
  examples:
    bad: ["[[x]]"]
    good: ["y"]
en:
{en}
  message: "en {{match}}"
  why: why
  how: how
  examples:
    bad: ["[[x]]"]
    good: ["y"]
"""


def _indent(block: str) -> str:
    return textwrap.indent(textwrap.dedent(block).strip("\n"), "  ") if block.strip() else ""


def rule_yaml(id: str = "test.rule", check: str = "type: lexicon", fr: str = "", en: str = "",
              status: str = "active", severity: str = "warning", topic: str = "hard-sell", weight: float = 10) -> str:
    return RULE.format(id=id, status=status, severity=severity, topic=topic, weight=weight,
                       check=_indent(check), fr=_indent(fr), en=_indent(en))


@pytest.fixture
def pack(tmp_path: Path):
    """Write rule files into a fresh pack folder; returns (write, load)."""
    root = tmp_path / "pack"
    root.mkdir()

    class Pack:
        path = root

        def write(self, name: str, text: str) -> Path:
            file = root / name
            file.write_text(text, encoding="utf-8")
            return file

        def rule(self, **kwargs) -> Path:
            return self.write(f"{kwargs.get('id', 'test.rule')}.yaml", rule_yaml(**kwargs))

        def load(self, allow_errors: bool = False) -> Advice:
            advice = load_advice([root])
            assert allow_errors or not advice.errors, [str(e) for e in advice.errors]
            return advice

    return Pack()


def converse(lines: list[str], coach=None, ctx=None) -> str:
    """Type `lines` into the console chat; what the terminal showed, as text."""
    from rich.console import Console

    from adapters.console import chat
    from bot.app import build_coach

    feed = iter(lines)

    def read(prompt: str) -> str:
        try:
            return next(feed)
        except StopIteration:
            raise EOFError from None

    console = Console(width=100, record=True, color_system=None)
    with console.capture() as capture:
        chat(coach or build_coach(), console, read, ctx)
    return capture.get()


@pytest.fixture(params=["sqlite", "postgres"])
def memory_at(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's team memory lives, once per backend: a SQLite file in tmp_path, then a
    PostgreSQL database on the session's throwaway server (one per test module, emptied for
    each test). `Store.open(memory_at)` opens either."""
    if request.param == "sqlite":
        return str(tmp_path / "coach.db")
    return request.getfixturevalue("postgres_memory")


@pytest.fixture
def slack_api():
    """A local stand-in of Slack's Web API and response_urls (tests.slack_standin.SlackStandIn):
    an HTTP server on its own thread, as Bolt and slack_sdk are synchronous clients."""
    from tests.slack_standin import SlackStandIn

    stand_in = SlackStandIn()
    yield stand_in
    stand_in.close()


@pytest.fixture
def slack_socket():
    """A local stand-in of Slack's Socket Mode websocket (tests.slack_standin.SocketStandIn),
    serving on its own thread: slack-bolt's SocketModeHandler is a synchronous client."""
    from tests.slack_standin import SocketStandIn

    socket = SocketStandIn()
    yield socket
    socket.close()


@pytest_asyncio.fixture
async def discord_harness():
    """Start Coach's real discord.py client against a local stand-in of Discord's API, on the
    test's own event loop: `h = await discord_harness(coach, config, **options)` (a logged-in
    tests.discord_standin.Harness). Every harness started is closed when the test ends."""
    from tests.discord_standin import Harness

    started: list[Harness] = []

    async def start(coach, config, **options) -> Harness:
        if started:  # discord.py reads its API address from a class attribute: one at a time
            await started.pop().__aexit__(None, None, None)
        harness = Harness(coach, config, **options)
        await harness.__aenter__()
        started.append(harness)
        return harness

    yield start
    for harness in reversed(started):
        await harness.__aexit__(None, None, None)


@pytest_asyncio.fixture
async def discord_api(monkeypatch):
    """A local stand-in of Discord's REST API (tests.discord_standin.DiscordStandIn), started on
    the test's event loop, with discord.py's REST pointed at it for the test."""
    import discord

    from tests.discord_standin import DiscordStandIn

    stand_in = await DiscordStandIn().start()
    monkeypatch.setattr(discord.http.Route, "BASE", stand_in.base)
    yield stand_in
    await stand_in.stop()


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The shown paths of the rule files validated from now on (read from their text, not from the pack cache)."""
    from bot.engine import validate

    seen: list[str] = []
    real = validate.parse_rule_file

    def counted(text: str, shown: str, types: validate.Types, extra: validate.Extra):
        seen.append(shown)
        return real(text, shown, types, extra)

    monkeypatch.setattr(validate, "parse_rule_file", counted)
    return seen
