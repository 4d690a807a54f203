"""`coach run` with platform tokens that are wrong, unreachable or half set ends in one
clear sentence naming the token, the variable or the network, and exit status 2; with
both platforms configured it says which one starts. Against local stand-ins only."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
from pathlib import Path

import discord
import pytest
from click.testing import CliRunner

from adapters.cli import main
from tests.slack_standin import APP_TOKEN, BOT_TOKEN, SIGNING_SECRET

ROOT = Path(__file__).resolve().parents[1]
PLATFORM_VARS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL", "SLACK_PORT",
                 "DISCORD_TOKEN", "DISCORD_GUILD_ID", "DISCORD_OBSERVE", "COACH_PLATFORM", "COACH_ENV_FILE",
                 "COACH_DB", "COACH_ADVICE_LOCAL")


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k not in PLATFORM_VARS}
    return {**clean, "COACH_DATA_DIR": str(tmp_path / "data"), "COACH_ENV_FILE": str(tmp_path / "empty.env")}


@pytest.fixture(autouse=True)
def empty_env_file(tmp_path: Path) -> None:
    (tmp_path / "empty.env").write_text("", encoding="utf-8")


def coach_run(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    coach = shutil.which("coach") or str(ROOT / ".venv" / "bin" / "coach")
    return subprocess.run([coach, "run"], env=env, cwd=cwd, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, check=False)


def invoke(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """`coach run` in this process (click's runner), with exactly `env`'s platform settings."""
    overrides: dict[str, str | None] = {k: env.get(k) for k in PLATFORM_VARS}
    overrides.update(COACH_DATA_DIR=env["COACH_DATA_DIR"], COACH_ENV_FILE=env["COACH_ENV_FILE"])
    result = CliRunner().invoke(main, ["run", *args], env=overrides)
    return subprocess.CompletedProcess(["coach", "run"], result.exit_code, result.stdout, result.stderr)


def one_sentence(done: subprocess.CompletedProcess, *words: str) -> str:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) <= 3, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: ") and all(word in last for word in words), last
    return last


# -- Slack ----------------------------------------------------------------------


def test_a_wrong_slack_bot_token_is_named(env, slack_api, tmp_path):
    env.update(SLACK_BOT_TOKEN="xoxb-1-wrong", SLACK_APP_TOKEN=APP_TOKEN, SLACK_API_URL=slack_api.api_url)
    one_sentence(coach_run(env, tmp_path), "Slack refused SLACK_BOT_TOKEN (invalid_auth)", "OAuth & Permissions")
    assert [c.method for c in slack_api.sent()] == ["auth.test"]


def test_a_wrong_slack_app_token_is_named(env, slack_api, tmp_path):
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN="xapp-1-wrong", SLACK_API_URL=slack_api.api_url)
    one_sentence(invoke(env), "Slack refused SLACK_APP_TOKEN (invalid_auth)", "connections:write")


def test_swapped_slack_tokens_are_named_before_any_call(env, slack_api, tmp_path):
    env.update(SLACK_BOT_TOKEN=APP_TOKEN, SLACK_APP_TOKEN=BOT_TOKEN, SLACK_API_URL=slack_api.api_url)
    one_sentence(invoke(env), "SLACK_BOT_TOKEN holds an app-level token")
    assert slack_api.sent() == []


def test_slack_unreachable_names_the_network(env, tmp_path):
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
               SLACK_API_URL=f"http://127.0.0.1:{closed_port()}/api/")
    one_sentence(invoke(env), "could not reach Slack", "network")


# -- half-set settings, both platforms --------------------------------------------


@pytest.mark.parametrize("settings, names", [
    ({"SLACK_BOT_TOKEN": BOT_TOKEN}, ("SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET")),
    ({"SLACK_APP_TOKEN": APP_TOKEN}, ("SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not",)),
    ({"DISCORD_GUILD_ID": "123"}, ("DISCORD_GUILD_ID is set but DISCORD_TOKEN is not",)),
])
def test_a_half_set_env_file_names_the_missing_variable(tmp_path, env, settings, names):
    file = tmp_path / "half.env"
    file.write_text("".join(f"{k}={v}\n" for k, v in settings.items()), encoding="utf-8")
    env["COACH_ENV_FILE"] = str(file)
    done = invoke(env)
    one_sentence(done, *names)
    assert "console adapter" not in done.stdout + done.stderr  # never silently the console


def test_both_platforms_configured_says_which_starts(env, slack_api, tmp_path):
    env.update(SLACK_BOT_TOKEN="xoxb-1-wrong", SLACK_APP_TOKEN=APP_TOKEN, SLACK_API_URL=slack_api.api_url,
               DISCORD_TOKEN="stand-in-token")
    done = invoke(env)
    assert "Slack and Discord are both configured: starting Slack. Set COACH_PLATFORM=discord" in done.stderr
    one_sentence(done, "SLACK_BOT_TOKEN")


# -- Discord (discord.py's REST pointed at the stand-in, in this process) -----------


def run_coach(env: dict[str, str]):
    """`coach run`, in this process (discord.py's REST where the test pointed it)."""
    return CliRunner().invoke(main, ["run"], env=env)


def run_against(env: dict[str, str], base: str, monkeypatch: pytest.MonkeyPatch):
    """`coach run` with discord.py's REST at `base`."""
    monkeypatch.setattr(discord.http.Route, "BASE", base)
    return run_coach(env)


@pytest.mark.asyncio
async def test_a_wrong_discord_token_is_named(env, discord_api):
    discord_api.script("GET", "/users/@me", 401, {"message": "401: Unauthorized", "code": 0})
    result = await asyncio.to_thread(run_coach, {**env, "DISCORD_TOKEN": "nope"})
    assert result.exit_code == 2, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("Error: Discord refused DISCORD_TOKEN") and "Developer Portal" in last
    assert "Traceback" not in result.output


def test_discord_unreachable_names_the_network(env, monkeypatch):
    result = run_against({**env, "DISCORD_TOKEN": "some-token"}, f"http://127.0.0.1:{closed_port()}/api/v10",
                         monkeypatch)
    assert result.exit_code == 2, result.output
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("Error: Coach could not reach Discord") and "network" in last


def test_a_discord_token_with_the_word_bot_is_named_before_any_call(env, monkeypatch):
    result = run_against({**env, "DISCORD_TOKEN": "Bot abc.def.ghi"}, "http://127.0.0.1:9/api/v10", monkeypatch)
    assert result.exit_code == 2 and "DISCORD_TOKEN holds spaces, quotes or the word Bot" in result.output
