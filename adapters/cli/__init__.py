"""The `coach` command. Each feature adds its subcommands in a module of this package,
named in COMMAND_MODULES below.

Exit status, the same for every command (README, "Exit status"):

    0  done, nothing to report
    1  done, and a problem was found: a blocker in a draft or a plan, an error in the
       rule files (`rules check`), a failing example (`rules test`)
    2  not done: bad input or usage (a missing or unreadable file, an unknown workspace,
       a refused setting, wrong or unreachable platform tokens), or an unexpected error,
       always as one line on stderr (COACH_DEBUG=1 shows the traceback)
"""

from __future__ import annotations

import gc
import importlib
import os
import sys

import click

from bot.config import ConfigError, load_config

EXIT_CLEAN, EXIT_FOUND, EXIT_BAD_INPUT = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it

# Where each command is defined. A module is imported when its command runs (or for --help
# and completion), so `coach review` pays for no Slack, Discord, chart or store import.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "chat": ("chat",), "run": ("chat",), "where": ("chat",), "token-key": ("chat",),
    "import": ("memory",), "habits": ("memory",), "forget": ("memory",), "purge": ("memory",),
    "memory-setting": ("memory",), "nudge": ("nudge",), "plan": ("plan",), "review": ("review",),
    "rules": ("rules", "rules_edit"),
}  # fmt: skip
# Commands that read no setting: no .env is read for them (nor python-dotenv imported).
NO_SETTINGS = frozenset({"review", "plan", "token-key"})


# Commands that keep the garbage collector paused through their start-up (CoachGroup.main).
PAUSED_START_UP = frozenset({"review"})
_PAUSED = [False]  # whether main() paused a collector that was running


def resume_collector() -> None:
    """Turn the garbage collector back on when main() paused it: once the packs are loaded, for
    a command that reviews many drafts (a batch, files) and should keep its memory flat."""
    if _PAUSED[0]:
        _PAUSED[0] = False
        gc.enable()


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


def counted(n: int, one: str, other: str = "") -> str:
    """"1 file", "2 files": a count and its noun, for the command's English output."""
    from bot.messages import plural

    return f"{n:,} {plural(n, one, other or one + 's')}"


def one_line(exc: BaseException) -> str:
    """An exception as one readable line: its type only when the message does not say enough."""
    text = " ".join(str(exc).split())
    if len(text) > 300:
        text = text[:297] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@click.group(cls=CoachGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="coach", prog_name="coach", message="%(prog)s %(version)s")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Coach reviews social-media drafts and plans against advice kept in YAML.

    Exit status: 0 done, nothing to report; 1 a problem found (a blocker, a rule-file
    error, a failing example); 2 bad input or usage, or Coach could not run."""
    if ctx.invoked_subcommand not in NO_SETTINGS:
        ctx.obj = load_config()
