"""The console acts on what it shows: the review's buttons are typed (/posted, /again,
/dismiss N), so a console user builds a team memory too; charts are written to the data
directory and their path printed. Driven through `coach chat` and the console loop."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from adapters.cli import main
from bot.app import build_coach
from bot.chat.context import Context
from bot.memory.store import Store
from tests.conftest import converse

SELL = "/review Buy now, limited offer, last chance! Our new tool is the best on the market."
CTX = Context(platform="console", workspace="local", channel="console", user="me", is_admin=True)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_buttons_shown_name_the_commands_that_press_them():
    out = flat(converse([SELL, "/quit"]))
    assert "[I posted it: /posted] [Review again: /again] [Not for this post: /dismiss 1" in out


def test_posted_logs_a_team_post_and_habits_count_it(tmp_path: Path):
    store = Store.open(tmp_path / "coach.db")
    out = flat(converse([SELL, "/posted", "/posted", "/habits text", "/quit"], build_coach(store=store), CTX))
    assert "Noted as published: that makes 1 team post in the last 7 days." in out
    assert "Already noted as published." in out
    assert store.conn.execute("SELECT COUNT(*) FROM posts WHERE kind = 'team' AND source = 'coach'").fetchone()[0] == 1
    assert "1 post in all" in out or "(1 in all" in out


def test_again_reviews_a_new_version_or_the_same_draft(tmp_path: Path):
    coach = build_coach(store=Store.open(tmp_path / "coach.db"))
    out = converse([SELL, "/again", "Here is our free guide to repairing your bike, with photos of each step.", "",
                    "/again", "", "/quit"], coach, CTX)
    assert "Your draft was:" in out and "Type the new version" in out
    titles = [line for line in out.splitlines() if "Coach review:" in line]
    assert len(titles) == 3
    assert "ready to post" not in titles[0] and "ready to post" in titles[1]
    assert titles[2] == titles[1]  # an empty line reviews the last version as it is


def test_dismiss_sets_a_finding_aside_with_its_reason(tmp_path: Path):
    store = Store.open(tmp_path / "coach.db")
    out = flat(converse([SELL, "/dismiss 9", "/dismiss 1 it is a real deadline", "/dismiss 1", "/quit"],
                        build_coach(store=store), CTX))
    assert "Which finding? `/dismiss 1-" in out
    assert "Thanks, noted:" in out and "Already noted:" in out
    (reason,) = store.conn.execute("SELECT reason FROM dismissals").fetchone()
    assert reason == "it is a real deadline"


def test_buttons_before_any_review_are_explained():
    out = converse(["/posted", "/again", "/quit"])
    assert out.count("There is no review to act on yet") == 2


def test_help_lists_the_typed_buttons():
    out = converse(["/help", "/quit"])
    assert "/posted" in out and "/again" in out and "/dismiss N [reason]" in out


def test_habits_in_coach_chat_writes_the_chart_and_prints_its_path(tmp_path: Path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("COACH_DATA_DIR", str(data))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["chat"], input=SELL[1:] + "\n/posted\n/habits\n/quit\n")
    assert result.exit_code == 0, result.output
    chart = data.resolve() / "habits.png"
    squeezed = "".join(c for c in result.output if not c.isspace() and c != "│")
    assert f"Chartsavedto{chart}".replace(" ", "") in squeezed
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "[image:" not in result.output


def test_rules_in_the_console_say_no_dismissals_yet_until_one_is_made(tmp_path: Path):
    coach = build_coach(store=Store.open(tmp_path / "coach.db"))
    before = flat(converse([SELL, SELL, "/rules", "/quit"], coach, CTX))
    assert "shown 2 times, no dismissals yet" in before and "0%" not in before
    after = flat(converse([SELL, "/dismiss 1", "/rules", "/quit"], coach, CTX))
    assert "no dismissals yet" not in after and "(1/3)" in after
