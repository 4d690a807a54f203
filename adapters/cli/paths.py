"""Whether a command-line argument names a file or looks like it means to (inputs.py decides
what an argument is with these; the quick `coach review TEXT` path reads them too, so this
module imports no click)."""

from __future__ import annotations

import os

from bot.lazyre import lazy

# `draft.txt`, `plan.md`, `cal.yaml`: a name, a dot, then letters and digits with at least one letter.
EXTENSION = lazy(r"[^.]\.(?=[A-Za-z0-9]{1,10}$)[0-9]*[A-Za-z]")


def looks_like_path(arg: str) -> bool:
    """A separator, a file extension, or a leading `~` or `.`: meant as a file name."""
    if any(c.isspace() for c in arg):
        return False
    return "/" in arg or os.sep in arg or arg.startswith(("~", "./", "../")) or bool(EXTENSION.search(arg))


def existing(arg: str) -> os.stat_result | None:
    """What `arg` names on disk, or None (also for names no file system accepts: too long, NUL)."""
    if "\n" in arg or "\0" in arg:
        return None
    try:
        return os.stat(os.path.expanduser(arg))
    except (OSError, ValueError):
        return None
