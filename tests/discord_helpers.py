"""What the Discord adapter tests share: Discord's callback types and flags, core commands and
actions that record what they receive, readers of the components Coach sent, and a real SQLite
store behind the Coach."""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_coach
from bot.chat.coach import Coach
from bot.chat.reply import Reply
from bot.chat.spec import Args, CommandSpec
from bot.config import Config
from bot.memory.store import Store

HARD_SELL = "Buy now! Limited offer, act fast: only 3 left. Click here to order today!!!"
FRENCH_HARD_SELL = "Achetez maintenant ! Offre limitée, dépêchez-vous, plus que 3 !"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # enough of a PNG for an upload

# Interaction callback types and message flags (Discord "Receiving and Responding")
CHANNEL_MESSAGE_WITH_SOURCE = 4
DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5
MODAL = 9
EPHEMERAL = 1 << 6


@contextlib.contextmanager
def recorded_action(coach: Coach, name: str) -> Iterator[list[tuple[str, Any, str]]]:
    """Register `name` as a core action that records what it receives."""
    calls: list[tuple[str, Any, str]] = []
    actions = coach.actions
    original = actions.get(name)

    def recorder(coach: Coach, value: str, ctx: Any, reason: str) -> Reply:
        calls.append((value, ctx, reason))
        return Reply(title="Coach", summary=f"{name}: noted", language=ctx.language)

    actions[name] = recorder
    try:
        yield calls
    finally:
        if original is None:
            actions.pop(name, None)
        else:
            actions[name] = original


@contextlib.contextmanager
def recorded_command(coach: Coach, name: str, admin_only: bool = False,
                     handler: Any = None) -> Iterator[list[tuple[str, Any]]]:
    """Put a recording handler behind core command `name`, keeping the real
    command's admin_only flag when the core already has that command."""
    calls: list[tuple[str, Any]] = []
    commands = coach.commands
    original = commands.get(name)

    def recorder(coach: Coach, args: Args, ctx: Any) -> Reply:
        calls.append((args.line, ctx))
        if handler is not None:
            return handler(coach, args, ctx)
        return Reply(title="Coach", summary=f"{name}: saved", language=ctx.language)

    if original is not None:
        commands[name] = dataclasses.replace(original, handler=recorder)
    else:
        commands[name] = CommandSpec(name, recorder, {"en": name, "fr": name}, admin_only=admin_only)
    try:
        yield calls
    finally:
        if original is None:
            commands.pop(name, None)
        else:
            commands[name] = original


def buttons(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in body["data"].get("components", []) for c in row["components"]]


def button(body: dict[str, Any], prefix: str) -> dict[str, Any]:
    return next(b for b in buttons(body) if b["custom_id"].startswith(prefix))


def dismiss_button(body: dict[str, Any], rule: str = "hard-sell.urgency") -> dict[str, Any]:
    return next(b for b in buttons(body) if b["custom_id"].startswith("coach:dismiss:")
                and b["custom_id"].endswith("|" + rule))


def without_review_ids(components: list[dict[str, Any]]) -> str:
    return re.sub(r"(coach:[a-z_]+:)[0-9a-f]{12}", r"\1<id>", repr(components))


def text_input(modal_body: dict[str, Any]) -> dict[str, Any]:
    [label] = modal_body["data"]["components"]
    assert label["type"] == 18  # a Label wrapping the text input
    return label["component"]


def memory_store(coach: Coach, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """Team memory's real SQLite store behind the Coach."""
    store = Store(folder / "coach.db")
    monkeypatch.setattr(coach, "store", store)
    yield store
    store.close()


# Fixtures the Discord test files share; a test file imports the ones it uses by name.


@pytest.fixture(scope="module")
def coach() -> Coach:
    """The bundled Coach, built once per test file (building it loads every pack)."""
    return build_coach()


@pytest.fixture
def config(tmp_path: Path) -> Config:
    """A Config on a fresh folder; command sync off, so no test waits on Discord's command routes."""
    return Config(data_dir=tmp_path, discord_sync="off")


@pytest.fixture
def store(coach: Coach, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    yield from memory_store(coach, tmp_path, monkeypatch)
