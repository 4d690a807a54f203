"""Installed workspaces' bot tokens sealed at rest (COACH_TOKEN_KEY, bot.memory.sealing):
the database holds no readable token, a key is rotated without losing an install, tokens
stored before a key was set are sealed at the next start, and a wrong or missing key is
one clear sentence, never a token handed out wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.fernet import Fernet

from adapters.cli import main
from adapters.slack.oauth import installations_of, seal_tokens
from bot.app import build_coach
from bot.config import Config, ConfigError
from bot.memory.installations import Installation, Installations
from bot.memory.sealing import Sealer, TokenKeyError
from tests.memory_helpers import open_store
from tests.test_slack_install import (  # noqa: F401
    AGENCY_A,
    CLIENT_ID,
    _serving,
    api_calls,
    review_answer,
    standin,
)

OLD, NEW = Fernet.generate_key().decode(), Fernet.generate_key().decode()


def install(team: str, token: str) -> Installation:
    return Installation("slack", CLIENT_ID, team_id=team, bot_token=token, bot_refresh_token=f"xoxe-{team}")


def raw_tokens(inst: Installations) -> list[str]:
    rows = inst.store.conn.execute("SELECT bot_token, bot_refresh_token FROM installations").fetchall()
    return [value for row in rows for value in row]


def test_with_a_key_the_database_holds_no_readable_token_and_coach_reads_it_back(memory_at):
    inst = Installations(open_store(memory_at), Sealer((NEW,)))
    inst.save(install("T1", "xoxb-secret-1"))
    assert not any("secret" in value or "xoxe" in value for value in raw_tokens(inst))
    found = inst.find("slack", CLIENT_ID, "", "T1")
    assert found is not None and (found.bot_token, found.bot_refresh_token) == ("xoxb-secret-1", "xoxe-T1")
    assert Installations(inst.store).of_team("slack", "T1")[0].bot_token.startswith("fernet:")  # as stored


def test_a_key_is_rotated_new_first_then_the_old_one_dropped(memory_at):
    store = open_store(memory_at)
    Installations(store, Sealer((OLD,))).save(install("T1", "xoxb-one"))
    rotating = Installations(store, Sealer((NEW, OLD)))
    assert rotating.reseal() == 1
    new_only = Installations(store, Sealer((NEW,)))
    assert new_only.find("slack", CLIENT_ID, "", "T1").bot_token == "xoxb-one"  # type: ignore[union-attr]
    assert new_only.reseal() == 0  # already sealed with the newest key: nothing rewritten
    with pytest.raises(TokenKeyError, match="COACH_TOKEN_KEY"):
        Installations(store, Sealer((OLD,))).find("slack", CLIENT_ID, "", "T1")


def test_tokens_stored_before_a_key_was_set_are_read_then_sealed_at_start(memory_at):
    store = open_store(memory_at)
    Installations(store).save(install("T1", "xoxb-plain"))
    keyed = Installations(store, Sealer((NEW,)))
    assert keyed.find("slack", CLIENT_ID, "", "T1").bot_token == "xoxb-plain"  # type: ignore[union-attr]
    seal_tokens(keyed)
    assert all(value.startswith("fernet:") for value in raw_tokens(keyed))
    assert keyed.find("slack", CLIENT_ID, "", "T1").bot_token == "xoxb-plain"  # type: ignore[union-attr]


def test_a_sealed_token_without_its_key_is_a_clear_error_and_nothing_is_rewritten(tmp_path: Path):
    store = open_store(tmp_path)
    Installations(store, Sealer((OLD,))).save(install("T1", "xoxb-one"))
    before = raw_tokens(Installations(store))
    with pytest.raises(TokenKeyError, match="COACH_TOKEN_KEY is not set"):
        Installations(store).find("slack", CLIENT_ID, "", "T1")
    with pytest.raises(ConfigError, match="not in COACH_TOKEN_KEY"):
        seal_tokens(Installations(store, Sealer((NEW,))))
    assert raw_tokens(Installations(store)) == before


def test_a_key_that_is_not_a_key_stops_the_start_with_one_sentence(tmp_path: Path):
    coach = build_coach(store=open_store(tmp_path))
    with pytest.raises(ConfigError, match="key 2 is not a Fernet key"):
        installations_of(coach, Config(data_dir=tmp_path, token_key=f"{NEW}, not-a-key"))


def test_coach_token_key_prints_a_fresh_key_each_time():
    first, second = (CliRunner().invoke(main, ["token-key"]) for _ in range(2))
    assert first.exit_code == second.exit_code == 0
    assert first.output != second.output
    Fernet(first.output.strip().encode())  # a valid key, or this raises


def test_a_workspace_installed_over_oauth_is_answered_with_its_token_sealed_in_the_database(standin, tmp_path):  # noqa: F811
    for running in _serving(standin, tmp_path, "", token_key=NEW):
        state, _ = running.start()
        assert running.redirect(running.standin.authorize(AGENCY_A, name="Agency A"), state).status == 200
        token = running.standin.token_of(AGENCY_A)
        assert token not in json.dumps(raw_tokens(Installations(running.store)))
        running.standin.clear()
        _, hook = running.command(AGENCY_A)
        assert "/100" in json.dumps(review_answer(running.standin, hook).body)
        assert {c.headers["authorization"] for c in api_calls(running.standin)} == {f"Bearer {token}"}
