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
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import click

    from bot.engine.review import DraftProblem
    from bot.plans.review import PlanProblem

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


def said_in_terminal(problem: DraftProblem | PlanProblem, language: str, empty: str = "empty_cli") -> str:
    """A problem's message, but an empty input in the command line's own words (`empty` names the
    message key: the chat's wording asks for text after `/review` or `/plan`)."""
    if problem.code == "empty":
        return type(problem)(empty, **problem.values).message(language)
    return problem.message(language)


class _Coach:
    """The `coach` command. The click group itself (adapters/cli/group.py) is built when first
    used: the console script's `coach review TEXT`, the one-draft form a linter's user and CI
    run most, is answered by adapters/cli/quick.py without importing click, and that path hands
    every other form (and any draft it does not answer exactly as the group would) to the group.
    Everything else (CliRunner, `@main.command`, `main.commands`) is the group's own."""

    _group: click.Group | None = None

    def _real(self) -> click.Group:
        if self._group is None:
            from adapters.cli.group import coach

            type(self)._group = coach
        return self._group  # type: ignore[return-value]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real(), name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if not args and not kwargs:  # the console script: its own command line
            from adapters.cli.quick import quick_review

            code = quick_review(sys.argv[1:])
            if code is not None:
                sys.exit(code)
        return self._real()(*args, **kwargs)


main = _Coach()


def console() -> None:
    """The `coach` console script (and `python -m adapters.cli`): `main`, except that a one-draft
    review, once printed, ends the process at once (quick.quick_exit: output flushed, atexit
    handlers run, no interpreter teardown). `main()` itself, as tests call it in-process, only
    ever exits by SystemExit."""
    from adapters.cli.quick import quick_exit, quick_review

    code = quick_review(sys.argv[1:])
    if code is not None:
        quick_exit(code)
    main._real()()
