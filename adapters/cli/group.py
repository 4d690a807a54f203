"""The `coach` click group: every command's refusals and errors made one exit status each
(adapters/cli/__init__.py's table), and each command's module imported when it runs."""

from __future__ import annotations

import gc
import importlib
import os
import sys

import click

from adapters.cli import (
    _PAUSED,
    COMMAND_MODULES,
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    NO_SETTINGS,
    PAUSED_START_UP,
    one_line,
    resume_collector,
)
from bot.config import ConfigError, load_config


class CoachGroup(click.Group):
    """click's group with one meaning per exit status: every refusal is 2, and an
    unexpected exception becomes one line (status 2) instead of a traceback. Commands are
    found in COMMAND_MODULES and their modules imported on first use."""

    def main(self, *args, **kwargs):  # type: ignore[no-untyped-def]  (click's own signature)
        """Run with the garbage collector paused through start-up: imports, loading the packs and
        compiling them allocate a great many objects and free almost none, so each collection
        (dozens in a cold `coach review`) walks them for nothing. A command that goes on to
        handle many drafts or messages resumes it (`resume_collector`); every command but
        `review` does so before its module is even imported. The state is restored on return."""
        was_enabled = gc.isenabled()
        gc.disable()
        _PAUSED[0] = was_enabled
        try:
            return super().main(*args, **kwargs)
        finally:
            _PAUSED[0] = False
            if was_enabled:
                gc.enable()

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(COMMAND_MODULES))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in PAUSED_START_UP:
            resume_collector()
        for module in COMMAND_MODULES.get(cmd_name, ()):  # all of them, even when one was imported already
            importlib.import_module(f"adapters.cli.{module}")  # its decorators add the command
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:
            if exc.exit_code == 1:  # click's default for ClickException: ours are all bad input
                exc.exit_code = EXIT_BAD_INPUT
            raise
        except (click.exceptions.Exit, click.Abort):
            raise
        except ConfigError as exc:  # settings Coach cannot start with: already one sentence
            error = click.ClickException(str(exc))
            error.exit_code = EXIT_BAD_INPUT
            raise error from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except Exception as exc:
            if os.environ.get("COACH_DEBUG"):
                raise
            error = click.ClickException(f"{one_line(exc)} (COACH_DEBUG=1 shows the traceback)")
            error.exit_code = EXIT_BAD_INPUT
            raise error from exc


@click.group(cls=CoachGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="coach", prog_name="coach", message="%(prog)s %(version)s")
@click.pass_context
def coach(ctx: click.Context) -> None:
    """Coach reviews social-media drafts and plans against advice kept in YAML.

    Exit status: 0 done, nothing to report; 1 a problem found (a blocker, a rule-file
    error, a failing example); 2 bad input or usage, or Coach could not run."""
    if ctx.invoked_subcommand not in NO_SETTINGS:
        ctx.obj = load_config()
