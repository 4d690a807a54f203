"""`coach forget --workspace W`: a whole workspace forgotten, its bot token included, after
showing what goes and asking; the other workspaces untouched."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.cli import main
from bot.memory.installations import Installation, Installations
from bot.memory.store import Store
from tests.memory_helpers import post

NOW = time.time()


@pytest.fixture
def data(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("COACH_DATA_DIR", str(folder))
    monkeypatch.delenv("COACH_ADVICE_LOCAL", raising=False)
    store = Store.open(folder / "coach.db")
    store.log_posts([post("m1", NOW - 86_400, "U01MARIA", ("give",), workspace="T0AGENCYA1"),
                     post("m2", NOW - 3600, "U02BOB", ("ask",), workspace="T0AGENCYA1"),
                     post("m3", NOW - 7200, "U03LEE", ("give",), workspace="T0AGENCYB2")])
    store.conn.execute("UPDATE workspaces SET name = 'Agency A' WHERE platform_id = 'T0AGENCYA1'")
    store.conn.commit()
    for team in ("T0AGENCYA1", "T0AGENCYB2", "T0INSTALLED"):
        Installations(store).save(Installation("slack", "1.2", team_id=team, bot_token=f"xoxb-{team}"))
    store.close()
    layer = folder / "advice-local" / "T0AGENCYA1"
    layer.mkdir(parents=True)
    (layer / "tone.yaml").write_text("rules: []\n")
    return folder


def coach(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def workspaces(data: Path) -> tuple[set[str], set[str]]:
    store = Store.open(data / "coach.db")
    try:
        remembered = {r[0] for r in store.conn.execute("SELECT platform_id FROM workspaces")}
        installed = {r[0] for r in store.conn.execute("SELECT team_id FROM installations")}
        return remembered, installed
    finally:
        store.close()


def test_forget_a_workspace_by_name_shows_what_goes_asks_then_deletes_it_all(data):
    refused = coach("forget", "--workspace", "agency a", input="n\n")
    assert refused.exit_code == 0 and "Nothing deleted." in refused.output
    assert "slack workspace T0AGENCYA1 (Agency A)" in refused.output
    assert "2 members, 1 channels, 2 posts, 1 installations" in refused.output
    assert "advice layer folder" in refused.output
    assert workspaces(data) == ({"T0AGENCYA1", "T0AGENCYB2"}, {"T0AGENCYA1", "T0AGENCYB2", "T0INSTALLED"})

    done = coach("forget", "--workspace", "Agency A", input="y\n")
    assert done.exit_code == 0 and "forgot workspace T0AGENCYA1" in done.output
    assert "2 posts" in done.output and "1 installations" in done.output
    assert workspaces(data) == ({"T0AGENCYB2"}, {"T0AGENCYB2", "T0INSTALLED"})
    assert not (data / "advice-local" / "T0AGENCYA1").exists()


def test_a_workspace_only_installed_is_forgotten_with_yes_and_no_answer_deletes_nothing(data):
    unanswered = coach("forget", "--workspace", "T0INSTALLED")  # no terminal, no --yes
    assert unanswered.exit_code == 2 and "--yes" in unanswered.output
    done = coach("forget", "--workspace", "T0INSTALLED", "--yes")
    assert done.exit_code == 0 and "Delete it all?" not in done.output
    assert workspaces(data)[1] == {"T0AGENCYA1", "T0AGENCYB2"}
    assert "nothing remembered of workspace T0NOWHERE" in coach("forget", "--workspace", "T0NOWHERE", "--yes").output


def test_forget_needs_a_user_or_a_workspace(data):
    result = coach("forget", "--yes")
    assert result.exit_code == 2 and "--workspace W" in result.output


def test_where_says_oauth_mode_and_how_many_workspaces_installed(data, monkeypatch):
    monkeypatch.setenv("COACH_ENV_FILE", "/dev/null")
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "COACH_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in (("SLACK_CLIENT_ID", "1.2"), ("SLACK_CLIENT_SECRET", "s"), ("SLACK_SIGNING_SECRET", "x")):
        monkeypatch.setenv(name, value)
    result = coach("where")
    assert result.exit_code == 0
    assert "coach run starts: slack (OAuth mode, many workspaces: 3 installed)" in result.output
