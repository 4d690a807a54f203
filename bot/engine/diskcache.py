"""Where Coach keeps what it can rebuild: the language model restricted to French and English,
and the rule files already read and validated. Losing the folder loses nothing but time.

    COACH_CACHE_DIR    the folder (`none` or `off`: no cache at all)
    else $XDG_CACHE_HOME/coach, else ~/.cache/coach

Writes are atomic (a temporary file renamed into place), so several processes may share the
folder; a folder that cannot be created or written is no error: the work is done in memory.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path

OFF = ("none", "off")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is switched off."""
    chosen = os.environ.get("COACH_CACHE_DIR", "").strip()
    if chosen.lower() in OFF:
        return None
    if chosen:
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "coach"


def read(name: str) -> bytes | None:
    """A cached file's bytes, or None when it is not there (or cannot be read)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return (folder / name).read_bytes()
    except OSError:
        return None


def write(name: str, data: bytes, stale_prefix: str = "") -> Path | None:
    """Store `data` under `name`, atomically; its path, or None when the folder is read-only or
    caching is off. Files starting with `stale_prefix` (older versions of it) are removed."""
    folder = cache_dir()
    if folder is None:
        return None
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{name}.", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temp, target)
        except BaseException:
            with suppress(OSError):
                os.unlink(temp)
            raise
        if stale_prefix:
            for old in folder.glob(f"{stale_prefix}*"):
                if old.name != name and not old.name.startswith("."):
                    with suppress(OSError):
                        old.unlink()
    except OSError:
        return None
    return target

