"""The `coach` command. Each feature adds its subcommands in a module of this package."""

from __future__ import annotations

import click

from bot.config import load_config


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.pass_context
def main(ctx: click.Context) -> None:
    """Coach reviews social-media drafts and plans against advice kept in YAML."""
    ctx.obj = load_config()


def _register() -> None:
    from adapters.cli import chat, memory, nudge, plan, review, rules, rules_edit  # noqa: F401  (each module adds its commands)


_register()
