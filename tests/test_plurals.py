"""Counts read right in both languages: "1 post gave", "2 posts gave", "1 message a donné",
"0 message" (French takes the singular for 0 and 1), driven through the CLI and the console."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.cli import main
from bot.app import build_coach
from bot.chat.context import Context
from bot.memory.store import Store
from bot.messages import lookup, plural
from tests.conftest import converse
from tests.memory_helpers import post


@pytest.mark.parametrize("n, en, fr", [(0, "posts", "message"), (1, "post", "message"), (2, "posts", "messages"),
                                       (1.5, "posts", "message")])
def test_plural_rules_of_each_language(n, en, fr):
    assert plural(n, "post", "posts", "en") == en and plural(n, "message", "messages", "fr") == fr
    catalog = {"k": {"en": "{n} {n:post|posts}", "fr": "{n} {n:message|messages}"}}
    assert lookup(catalog, "k", "en", n=n) == f"{n} {en}" and lookup(catalog, "k", "fr", n=n) == f"{n} {fr}"


@pytest.fixture
def one_post(tmp_path: Path, monkeypatch) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("COACH_DATA_DIR", str(data))
    store = Store.open(data / "coach.db")
    store.log_posts([post("m1", time.time() - 2 * 86_400, "alice", ("give",))])
    store.close()
    return data


def test_habits_say_1_post_gave(one_post):
    en = CliRunner().invoke(main, ["habits", "--workspace", "W1"]).output
    fr = CliRunner().invoke(main, ["habits", "--workspace", "W1", "--lang", "fr"]).output
    assert "1 post gave, 0 asked" in en and "(s)" not in en
    assert "1 message a donné, 0 a demandé" in fr and "(s)" not in fr


def test_rule_counts_on_the_command_line(tmp_path: Path, pack):
    pack.rule(id="test.one", fr="phrases: [x]", en="phrases: [x]")
    out = CliRunner().invoke(main, ["rules", "check", str(pack.path)])
    tested = CliRunner().invoke(main, ["rules", "test", str(pack.path)])
    assert "1 rule loaded, 0 errors" in out.output
    assert tested.output.strip().endswith("1 rule, 4 examples, 4 failures, 0 file errors")  # "x" has no words


def test_the_console_forget_summary_counts_right(tmp_path: Path):
    coach = build_coach(store=Store.open(tmp_path / "coach.db"))
    ctx = Context(platform="console", workspace="local", channel="console", user="me", is_admin=True)
    out = converse(["/review Buy now, limited offer, last chance!", "/coach forget", "/quit"], coach, ctx)
    assert "0 posts, 1 review (fingerprints" in " ".join(out.split()) and "0 dismissals" in out


def test_no_message_hedges_with_s_in_brackets():
    import bot.chat.coach  # noqa: F401  (every feature adds its messages to the catalog)
    from adapters.console import CONSOLE_MESSAGES
    from bot.messages import MESSAGES

    hedged = [(key, lang) for catalog in (MESSAGES, CONSOLE_MESSAGES) for key, entry in catalog.items()
              for lang, text in entry.items() if re.search(r"\w\((s|e?s|x)\)", text)]
    assert hedged == []
    plan = {"en": "{n} calendar {n:post|posts} reviewed in all."}
    assert lookup({"k": plan}, "k", "en", n=1) == "1 calendar post reviewed in all."
    assert lookup(MESSAGES, "plan.rows.more", "fr", n=1) == "1 publication du calendrier relue en tout."
