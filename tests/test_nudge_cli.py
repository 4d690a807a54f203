"""`coach nudge`: dry run on an imported history, --send-due for cron, --status, schedule."""

from __future__ import annotations

import asyncio
import json
import os
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.cli import main
from bot.memory.store import Store
from tests.slack_standin import BOT_TOKEN

FIXTURES = Path(__file__).parent / "fixtures"
TEAM = "T0ACME001"  # the fixture export's team
MONDAY = "2024-10-14T09:00+02:00"  # the Monday after the export's last post, 09:00 in Paris


@pytest.fixture
def data(tmp_path, monkeypatch, memory_at: str) -> Path:
    """The data folder; team memory on each backend in turn (COACH_DATABASE_URL for PostgreSQL)."""
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path))
    if memory_at.startswith("postgresql://"):
        monkeypatch.setenv("COACH_DATABASE_URL", memory_at)
    for name in ("COACH_DB", "SLACK_BOT_TOKEN", "SLACK_API_URL", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET",
                 "DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def memory(data: Path) -> Store:
    """The team memory the `coach` command used: PostgreSQL when COACH_DATABASE_URL is set."""
    return Store.open(os.environ.get("COACH_DATABASE_URL") or data / "coach.db")


def coach(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def imported(data: Path) -> None:
    result = coach("import", "slack", str(FIXTURES / "slack_export"))
    assert result.exit_code == 0, result.output


def test_dry_run_on_an_imported_history_prints_true_figures(data):
    imported(data)
    done = coach("nudge", "schedule", "--channel", "C01ANNOUNCE", "--day", "monday", "--time", "09:00",
                 "--tz", "Europe/Paris", "--lang", "en", "--now", "2024-10-10T12:00Z")
    assert done.exit_code == 0 and "Next one: Monday 14 October 2024 at 09:00 (Europe/Paris)" in done.output
    chart = data / "chart.png"
    result = coach("nudge", "--dry-run", "--now", MONDAY, "--chart", str(chart))
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.replace("│", " ").split())

    # The same figures computed independently, from the posts table itself.
    store = memory(data)
    rows = store.conn.execute("SELECT posted_at, give, ask, converse, entertain, news FROM posts "
                              "WHERE kind = 'team'").fetchall()
    today = date(2024, 10, 14)

    def day_of(ts: int) -> date:
        return datetime.fromtimestamp(ts, UTC).date()

    last_week = sum(1 for r in rows if today - timedelta(days=6) <= day_of(r[0]) <= today)
    month = [r for r in rows if today - timedelta(days=27) <= day_of(r[0]) <= today]
    gives, asks = sum(r[1] for r in month), sum(r[2] for r in month)
    tags = sum(sum(r[1:]) + (0 if any(r[1:]) else 1) for r in month)
    assert (last_week, gives, asks) == (2, 3, 5)  # what the fixture holds, so this test can fail
    assert "C01ANNOUNCE: every Monday at 09:00 (Europe/Paris), in English; due now (2024-W42)" in out
    assert f"{last_week} posts in the last 7 days; your usual pace is about 2.5 a week." in out
    assert f"{gives} posts that give, {asks} that ask" in out
    assert f"Promotion is {round(100 * asks / tags)}% of your mix" in out
    assert "Tip of the week" in out and "[image: nudge.png" in out
    assert chart.read_bytes().startswith(b"\x89PNG")
    assert memory(data).nudges.records() == []  # a dry run sends and claims nothing


def test_dry_run_of_an_unscheduled_channel_and_of_an_empty_memory(data):
    result = coach("nudge", "--dry-run", "--lang", "fr", "--now", MONDAY)
    assert result.exit_code == 0
    assert "No nudge is scheduled: a preview for console local" in result.output
    assert "Commencez par une publication qui donne" in result.output
    assert "L'astuce de la semaine" in result.output


def test_send_due_prints_console_nudges_once(data):
    assert coach("nudge", "schedule", "--platform", "console", "--channel", "console", "--day", "monday",
                 "--time", "09:00", "--tz", "Europe/Paris", "--now", "2026-03-01T00:00Z").exit_code == 0
    early = coach("nudge", "--send-due", "--now", "2026-03-30T08:59+02:00")
    assert early.exit_code == 0 and "console: nothing due" in early.output
    first = coach("nudge", "--send-due", "--now", "2026-03-30T09:05+02:00")
    assert first.exit_code == 0 and "Your week with Coach" in first.output
    assert "sent console #console 2026-W14" in first.output
    again = coach("nudge", "--send-due", "--now", "2026-03-30T09:10+02:00")
    assert "Your week with Coach" not in again.output and "nothing due" in again.output
    status = coach("nudge", "--status")
    assert re.search(r"2026-W14\s+console local #console\s+sent \(attempt 1\)", status.output)


def test_send_due_posts_to_slack_through_the_web_api(data, monkeypatch, slack_api):
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", slack_api.api_url)
    imported(data)
    coach("nudge", "schedule", "--channel", "C01ANNOUNCE", "--day", "monday", "--time", "09:00",
          "--tz", "Europe/Paris", "--lang", "fr", "--now", "2024-10-13T00:00Z")
    for minute in ("05", "20", "35"):  # cron every quarter of an hour
        result = coach("nudge", "--send-due", "--now", f"2024-10-14T09:{minute}+02:00")
        assert result.exit_code == 0, result.output
    [post] = slack_api.sent("chat.postMessage")
    assert post.body["channel"] == "C01ANNOUNCE" and "Votre semaine avec Coach" in post.body["text"]
    assert "2 publications ces 7 derniers jours" in json.dumps(post.body["blocks"], ensure_ascii=False)


@pytest.mark.asyncio
async def test_send_due_posts_to_discord_through_the_rest_api(data, monkeypatch, discord_api):
    channel = "1290000000000000004"
    monkeypatch.setenv("DISCORD_TOKEN", "stand-in-token")
    coach("nudge", "schedule", "--platform", "discord", "--workspace", "1290000000000000001", "--channel", channel,
          "--force", "--day", "monday", "--time", "09:00", "--tz", "America/Montreal", "--now", "2026-03-01T00:00Z")

    first, second = [await asyncio.to_thread(coach, "nudge", "--send-due", "--now", f"2026-03-09T09:{m}-04:00")
                     for m in ("01", "16")]
    posts = discord_api.matching("POST", rf"/channels/{channel}/messages")
    assert f"sent discord #{channel} 2026-W11" in first.output
    assert "discord: nothing due" in second.output
    assert len(posts) == 1 and posts[0].json["embeds"][0]["title"] == "Your week with Coach"


def test_status_reports_a_send_that_crashed_while_posting(data):
    from bot.nudges.schedule import Schedule, due_slot

    nudges = memory(data).nudges
    schedule = Schedule("slack", "T1", "C1", tz="Europe/Paris")
    now = datetime(2026, 3, 30, 7, 0, tzinfo=UTC)
    nudges.save_schedule(schedule, now)
    claim = nudges.claim(schedule, due_slot(now, schedule), "crashed", now)
    nudges.begin_send(claim, now)
    out = coach("nudge", "--status").output
    assert "sending (attempt 1)" in out and "crashed while posting: maybe posted, never retried" in out


def test_schedule_rejects_bad_values_with_a_clear_message(data):
    result = coach("nudge", "schedule", "--platform", "console", "--channel", "console", "--tz", "Europe/Pariss",
                   "--time", "9:99")
    assert result.exit_code == 2
    assert "“Europe/Pariss” is not a time zone I know" in result.output
    assert "“9:99” is not a time" in result.output
    assert memory(data).nudges.schedules() == []


def test_exactly_one_mode_is_required(data):
    result = CliRunner().invoke(main, ["nudge", "--dry-run", "--send-due"])
    assert result.exit_code == 2 and "choose one of" in result.output


def test_schedule_refuses_a_channel_team_memory_never_saw(data):
    fresh = coach("nudge", "schedule", "--channel", "C0123ABCD", "--day", "monday", "--time", "09:00")
    assert fresh.exit_code == 2 and "unknown to team memory" in fresh.output and "import an export" in fresh.output
    assert memory(data).nudges.schedules() == []  # no console nudge scheduled by mistake
    imported(data)
    typo = coach("nudge", "schedule", "--channel", "C01ANNOUNCEE", "--day", "monday", "--time", "09:00")
    assert typo.exit_code == 2 and "C01ANNOUNCE (#announcements)" in typo.output
    by_name = coach("nudge", "schedule", "--channel", "#announcements", "--day", "monday", "--time", "09:00",
                    "--tz", "Europe/Paris")
    assert by_name.exit_code == 0, by_name.output
    assert [(s.platform, s.workspace, s.channel) for s in memory(data).nudges.schedules()] == \
        [("slack", TEAM, "C01ANNOUNCE")]
    forced = coach("nudge", "schedule", "--channel", "C0NEW", "--force", "--day", "monday", "--time", "09:00")
    assert forced.exit_code == 0 and len(memory(data).nudges.schedules()) == 2
