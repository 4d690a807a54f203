"""`coach chat` (the console adapter) and `coach run` (whichever adapter .env selects)."""

from __future__ import annotations

import click
from rich.console import Console

from adapters.base import adapter as start
from adapters.cli import main
from adapters.cli.inputs import BadInput
from bot.app import coach_for
from bot.config import PLATFORMS, Config, ConfigError


@main.command("chat")
@click.pass_obj
def chat_cmd(config: Config) -> None:
    """Talk to Coach in the terminal: /review, /help, and every chat command."""
    from adapters.console import chat

    chat(coach_for(config), Console(), data_dir=config.data_dir)


def _where(config: Config) -> str:
    return f"data in {config.data_dir}" + (f", settings from {config.env_file}" if config.env_file else "")


@main.command("run")
@click.option("--platform", type=click.Choice(PLATFORMS), default=None,
              help="Start this adapter (default: COACH_PLATFORM, else the one whose tokens are set).")
@click.pass_obj
def run_cmd(config: Config, platform: str | None) -> None:
    """Start Coach: Slack or Discord when their tokens are set, else the console.
    Wrong or unreachable tokens end in one sentence and exit status 2."""
    try:
        adapter, note = config.choose(platform)
        if note:
            click.echo(note, err=True)
        platform = start(adapter)
        if adapter == "console":
            click.echo(f"{platform.banner(config)}, {_where(config)}. Set Slack or Discord tokens in .env to go online.")
        else:
            click.echo(f"{platform.banner(config)}, {_where(config)}", err=True)
        platform.run(coach_for(config), config)
    except ConfigError as error:
        raise BadInput(str(error)) from None


@main.command("token-key")
def token_key_cmd() -> None:
    """Print a new key for COACH_TOKEN_KEY, which seals installed workspaces' bot tokens at rest."""
    from bot.memory.sealing import new_key

    click.echo(new_key())


@main.command("where")
@click.pass_obj
def where_cmd(config: Config) -> None:
    """Where Coach keeps its data and reads its settings (every path absolute)."""
    from bot.layers.files import local_root

    try:
        adapter = config.choose()[0]
    except ConfigError as error:
        adapter = f"none: {error}"
    click.echo(f"settings (.env): {config.env_file or 'none found (environment only)'}")
    click.echo(f"data directory:  {config.data_dir}")
    click.echo(f"database:        {config.database_label}{'' if config.memory_exists else ' (not created yet)'}")
    click.echo(f"admins' advice:  {local_root(config).resolve()}")
    if adapter == "slack" and config.slack_oauth:
        adapter += f" (OAuth mode, many workspaces: {_installed(config)})"
    click.echo(f"coach run starts: {adapter}")


def _installed(config: Config) -> str:
    """How many Slack workspaces installed Coach, from the database (never created here)."""
    if not config.db.exists():
        return "none installed yet"
    from bot.memory.installations import Installations
    from bot.memory.store import Store

    store = Store.open(config.db)
    try:
        n = Installations(store).count("slack")
    finally:
        store.close()
    return f"{n} installed" if n else "none installed yet"
