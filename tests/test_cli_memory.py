"""Team memory from the command line, as a new admin meets it: forgetting someone by name
with a confirmation, settings refused when Coach could not use them, unknown workspaces
named as such, and dismissal rates only once something was dismissed."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.cli import main
from bot.app import build_coach
from bot.chat.context import Context
from bot.memory.store import Store
from tests.memory_helpers import post

NOW = time.time()


@pytest.fixture
def data(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("COACH_DATA_DIR", str(folder))
    store = Store.open(folder / "coach.db")
    store.log_posts([post("m1", NOW - 86_400, "U01MARIA", ("give",)), post("m2", NOW - 3600, "U02BOB", ("ask",)),
                     post("m3", NOW - 7200, "U03MARIA", ("give",), workspace="W2")])
    store.conn.execute("UPDATE members SET display_name = 'Maria' WHERE platform_id IN ('U01MARIA', 'U03MARIA')")
    store.conn.commit()
    store.close()
    return folder


def coach(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def members(data: Path) -> set[str]:
    store = Store.open(data / "coach.db")
    try:
        return {row[0] for row in store.conn.execute("SELECT platform_id FROM members")}
    finally:
        store.close()


# -- forget ---------------------------------------------------------------------


def test_forget_by_display_name_shows_what_goes_and_asks_first(data):
    refused = coach("forget", "--user", "maria", "--workspace", "W1", input="n\n")
    assert "U01MARIA (Maria, slack W1): 1 post, 0 reviews, 0 dismissals" in refused.output
    assert "Delete it all?" in refused.output and "Nothing deleted." in refused.output
    assert refused.exit_code == 0 and "U01MARIA" in members(data)
    done = coach("forget", "--user", "Maria", "--workspace", "W1", input="y\n")
    assert done.exit_code == 0 and "forgot U01MARIA" in done.output
    assert members(data) == {"U02BOB", "U03MARIA"}


def test_a_name_shared_by_several_people_lists_their_ids_and_deletes_nothing(data):
    result = coach("forget", "--user", "Maria", "--yes")
    assert result.exit_code == 2
    assert "2 members are called 'Maria'" in result.output
    assert "U01MARIA (Maria, slack W1)" in result.output and "U03MARIA (Maria, slack W2)" in result.output
    assert members(data) == {"U01MARIA", "U02BOB", "U03MARIA"}


def test_forget_by_id_with_yes_asks_nothing_and_no_answer_deletes_nothing(data):
    unanswered = coach("forget", "--user", "U02BOB")  # no terminal, no --yes
    assert unanswered.exit_code == 2 and "--yes" in unanswered.output and "U02BOB" in members(data)
    done = coach("forget", "--user", "U02BOB", "--yes")
    assert done.exit_code == 0 and "Delete it all?" not in done.output and "U02BOB" not in members(data)
    assert "nothing remembered of nobody" in coach("forget", "--user", "nobody", "--yes").output


# -- memory-setting -------------------------------------------------------------


@pytest.mark.parametrize("key, value, says", [
    ("store_texts", "all", "unknown setting 'store_texts'; the settings are: store_text, retention_days"),
    ("store_text", "everything", "store_text cannot be \"everything\": it must be one of posts, all, none"),
    ("retention_days", "-3", "must be a whole number of days"),
    ("retention_days", "thirty", "must be a whole number of days"),
    ("target_posts_per_week", "lots", "must be a number of posts a week"),
    ("target_mix", '{"give": 45, "ask": 15}', "shares between 0 and 1"),
    ("target_mix", '{"promo": 0.2}', "shares between 0 and 1 of give, ask, converse, entertain, news"),
    ("target_mix", '{"give": 0.9, "ask": 0.5}', "adding up to 1 at most"),
    ("audience_topics", "42", "a list of words or phrases"),
])
def test_a_value_coach_could_not_use_is_refused_with_the_allowed_values(data, key, value, says):
    result = coach("memory-setting", key, value)
    assert result.exit_code == 2 and says in result.output, result.output
    assert json.loads(coach("memory-setting", "retention_days").output) == 0  # nothing was written


def test_good_values_are_stored_and_reports_still_run(data):
    assert coach("memory-setting", "target_mix", '{"give": 0.5, "ask": 0.1, "converse": 0.4}').exit_code == 0
    assert coach("memory-setting", "audience_topics", "vélo, réparation").output.strip() == \
        'audience_topics = ["vélo", "réparation"]'
    assert coach("memory-setting", "target_posts_per_week", "2.5", "--workspace", "W1").exit_code == 0
    habits = coach("habits", "--workspace", "W1")
    assert habits.exit_code == 0 and "target 2.5" in habits.output and "give: 50% (target ≥ 50%)" in habits.output
    nudge = coach("nudge", "--dry-run", "--platform", "slack", "--workspace", "W1", "--channel", "C1")
    assert nudge.exit_code == 0, nudge.output


def test_an_unknown_channel_is_named_not_ignored(data):
    result = coach("memory-setting", "store_text", "all", "--workspace", "W1", "--channel", "C404")
    assert result.exit_code == 2 and "unknown channel 'C404'" in result.output and "C1" in result.output


# -- unknown workspaces ----------------------------------------------------------


def test_replay_on_an_unknown_workspace_names_the_known_ones(data):
    result = coach("rules", "replay", "hard-sell.urgency", "--workspace", "T999")
    assert result.exit_code == 2
    assert "unknown workspace 'T999'; team memory knows: W1 (slack), W2 (slack)" in result.output
    assert "0 of 0" not in result.output


def test_habits_on_an_unknown_workspace_names_the_known_ones(data):
    result = coach("habits", "--workspace", "T999")
    assert result.exit_code == 2 and "W1 (slack)" in result.output


# -- dismissals --------------------------------------------------------------------


def test_no_dismissals_yet_instead_of_a_perfect_precision(data):
    store = Store.open(data / "coach.db")
    team = build_coach(store=store)
    ctx = Context(platform="slack", workspace="W1", channel="C1", user="U02BOB")
    for _ in range(3):
        team.review("Buy now, limited offer, last chance!", ctx)
    before = coach("habits", "--workspace", "W1").output
    assert "No dismissals yet" in before and "precision" not in before
    _, review_id = team.review("Buy now, limited offer, last chance!", ctx)
    team.act("dismiss", f"{review_id}|hard-sell.urgency", ctx)
    store.close()
    after = coach("habits", "--workspace", "W1").output
    assert "No dismissals yet" not in after and "hard-sell.urgency 1/4" in after
