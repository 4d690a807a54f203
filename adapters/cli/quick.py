"""`coach review TEXT`, the one-draft form, answered without click: importing click is a tenth
of a cold review, and this form has nothing for it to parse. The group (adapters/cli/group.py)
answers every other command line, and this one too whenever the answer would not be a plain
review: a warning about the rule files, a draft Coach cannot review, an argument that names a
file or looks like a path, shell completion. Those are handed over before anything is printed,
so the output and the exit status are the group's exactly."""

from __future__ import annotations

import errno
import gc
import os
import sys
from contextlib import suppress

from adapters.cli import EXIT_BAD_INPUT, EXIT_CLEAN, EXIT_FOUND, EXIT_INTERRUPTED, one_line
from adapters.cli.paths import existing, looks_like_path


def plain_draft(argv: list[str]) -> str | None:
    """The draft of `review TEXT` when click would read the command line exactly so: one
    argument after `review` that is no option, no `-`, and names no file (inputs.resolve)."""
    if len(argv) != 2 or argv[0] != "review":
        return None
    draft = argv[1]
    if not draft or draft.startswith("-") or any(name.endswith("_COMPLETE") for name in os.environ):
        return None
    if existing(draft) is not None or looks_like_path(draft):
        return None
    return draft


def quick_review(argv: list[str]) -> int | None:
    """The exit status of `coach review TEXT` once its review is printed, or None when the
    group must answer this command line (nothing has been printed then)."""
    draft = plain_draft(argv)
    if draft is None:
        return None
    was_enabled = gc.isenabled()
    gc.disable()  # as the group's start-up (CoachGroup.main): nothing to collect yet
    try:
        try:
            reviewed = _reviewed(draft)
        except KeyboardInterrupt:
            raise
        except Exception:  # noqa: BLE001 (the group runs it again, and says what went wrong its way)
            _drop_handed()
            return None
        if reviewed is None:
            return None
        reply, status = reviewed
        try:
            _show(reply)
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise
            _quiet_stdout()  # the reader went away (`| head`): as click, status 1 and no traceback
            return 1
        return status
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)  # as CoachGroup.invoke
        return EXIT_INTERRUPTED
    except Exception as exc:
        if os.environ.get("COACH_DEBUG"):
            raise
        print(f"Error: {one_line(exc)} (COACH_DEBUG=1 shows the traceback)", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        if was_enabled:
            gc.enable()


def _reviewed(draft: str):  # type: ignore[no-untyped-def]  (Reply, status) | None
    from adapters.cli.engine import (
        DraftProblem,
        ReviewContext,
        hand_over,
        load_advice,
        review,
        review_reply,
    )

    kinds = ("post",)
    advice = load_advice(None, kinds=kinds, lazy=True)  # as review_cmd's load_packs, bundled packs
    if advice.errors or not advice.for_kind("post"):
        hand_over(advice, None, kinds, True)  # the group prints the warnings, with the packs loaded here
        return None
    try:
        result = review(draft, ReviewContext(advice))
    except DraftProblem:
        hand_over(advice, None, kinds, True)  # the group says why, and loads no pack again
        return None
    if advice.errors:  # a rule that does not compile in the draft's language: a warning
        hand_over(advice, None, kinds, True)
        return None
    reply = review_reply(result, draft=draft, limit=5)
    return reply, EXIT_FOUND if result.blockers else EXIT_CLEAN


def _drop_handed() -> None:
    engine = sys.modules.get("adapters.cli.engine")
    if engine is not None:
        engine.drop_handed()


def quick_exit(code: int) -> None:
    """End a one-shot review's process with `code` and no interpreter teardown (freeing every
    module and object a review built: ~6 % of a cold review's instructions, start38), once
    stdout and stderr are flushed and the atexit handlers have run (logging's flush among
    them). A process that may still have work in flight (another thread) or whose output cannot
    be flushed exits the usual way, by SystemExit. The review path opens no database."""
    import atexit

    threading = sys.modules.get("threading")
    run_handlers = getattr(atexit, "_run_exitfuncs", None)  # CPython's and PyPy's; else the usual way
    if run_handlers is None or (threading is not None and threading.active_count() > 1):
        sys.exit(code)
    streams = [stream for stream in (sys.stdout, sys.stderr) if stream is not None]
    try:
        for stream in streams:
            stream.flush()
    except (OSError, ValueError):  # a closed or broken stream: the usual exit says it its way
        sys.exit(code)
    run_handlers()
    for stream in streams:
        with suppress(OSError, ValueError):
            stream.flush()  # what a handler printed
    os._exit(code)


def _show(reply) -> None:  # type: ignore[no-untyped-def]
    """The panel as rich prints it: written directly to a pipe or a file (adapters/plain.py),
    drawn by rich in a terminal or whenever plain.py cannot promise rich's bytes."""
    from adapters.plain import panel, pipe_width

    width = pipe_width(sys.stdout)
    written = panel(reply, width) if width is not None else None
    if written is not None:
        sys.stdout.write(written)
    else:
        from rich.console import Console

        from adapters.console import render

        Console().print(render(reply))
    sys.stdout.flush()


def _quiet_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
