"""Imports, round 36: what an import loads and runs only when it has something to tag.

- A re-import that adds nothing never loads the bundled tagger (its lexicons and the language
  model, ~0.4 s): the known messages are read, checked and skipped, and the report is the same.
- A first import with no tagger given loads the bundled one when it first tags a message.
"""

from __future__ import annotations

import pytest

import bot.memory.importers as importers
from bot.engine.categories import default_tagger
from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.slack_export import import_slack
from bot.memory.store import Store
from tests.memory_helpers import DISCORD_FILES, SLACK_EXPORT


def _no_tagger_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse():
        raise AssertionError("the tagger was loaded for an import with nothing to tag")

    monkeypatch.setattr(importers, "default_tagger", refuse)


def test_a_discord_reimport_that_adds_nothing_loads_no_tagger(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "coach.db")
    first = import_discord(store, DISCORD_FILES)
    assert first.added > 0
    _no_tagger_allowed(monkeypatch)
    again = import_discord(store, DISCORD_FILES)
    assert (again.added, again.skipped) == (0, first.added)
    assert (again.bots, again.system, again.bad_messages) == (first.bots, first.system, first.bad_messages)


def test_a_slack_reimport_that_adds_nothing_loads_no_tagger(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "coach.db")
    first = import_slack(store, SLACK_EXPORT)
    assert first.added > 0
    _no_tagger_allowed(monkeypatch)
    again = import_slack(store, SLACK_EXPORT)
    assert (again.added, again.skipped) == (0, first.added)


def test_an_import_with_new_messages_loads_the_bundled_tagger_when_it_tags(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "coach.db")
    asked: list[int] = []

    def counted():
        asked.append(1)
        return default_tagger()

    monkeypatch.setattr(importers, "default_tagger", counted)
    report = import_discord(store, DISCORD_FILES, batch=2)
    assert report.added > 2 and asked  # loaded once tagging began, then kept by the writer
    assert len(asked) == 1
