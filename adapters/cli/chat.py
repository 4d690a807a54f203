"""`coach chat` (the console adapter) and `coach run` (whichever adapter .env selects)."""

from __future__ import annotations

import click
from rich.console import Console

from adapters.cli import main
from bot.config import Config


def build_coach(config: Config):
    """The Coach every adapter shares: advice, and team memory when available."""
    from bot.advice_source import AdviceSource
    from bot.coach import Coach
    from bot.layers import local_root
    from bot.watch import AdviceWatcher

    config.data_dir.mkdir(parents=True, exist_ok=True)
    # Packs + the admins' workspace/channel layers, reloaded when a file changes.
    source = AdviceSource(local_root=local_root(config))
    source.watcher = AdviceWatcher(source).start()
    return Coach(advice=source, store=open_store(config))


def open_store(config: Config):
    """Team memory: the SQLite file at config.db (COACH_DB), purged of what is past its retention."""
    from bot.store import Store

    store = Store.open(config.db)
    store.purge()
    return store


@main.command("chat")
@click.pass_obj
def chat_cmd(config: Config) -> None:
    """Talk to Coach in the terminal: /review, /help, and every chat command."""
    from adapters.console import chat

    chat(build_coach(config), Console(), data_dir=config.data_dir)


@main.command("run")
@click.pass_obj
def run_cmd(config: Config) -> None:
    """Start Coach: Slack or Discord when their tokens are set, else the console."""
    adapter = config.adapter
    if adapter == "slack":
        from adapters.slack import run as run_slack

        run_slack(build_coach(config), config)
    elif adapter == "discord":
        from adapters.discord import run as run_discord

        run_discord(build_coach(config), config)
    else:
        click.echo(f"Coach: console adapter (data in {config.data_dir}). Set Slack or Discord tokens in .env to go online.")
        from adapters.console import chat

        chat(build_coach(config), Console(), data_dir=config.data_dir)
