"""Hot reload: a thread that watches the advice folders (packs and admins' layers)
with watchfiles and reloads the AdviceSource when a YAML file changes.

    watcher = AdviceWatcher(source).start()
    ...
    watcher.stop()

Reloading is cheap when nothing really changed (the source compares file texts),
so editors' temporary files and repeated events do no harm.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

import watchfiles

from bot.layers.source import AdviceSource, ReloadReport

log = logging.getLogger("coach.advice")


def _yaml_or_folder(change: watchfiles.Change, path: str) -> bool:
    return path.endswith(".yaml") or change == watchfiles.Change.deleted or os.path.isdir(path)


class AdviceWatcher:
    """Reload `source` whenever a file under its folders changes, until stopped."""

    def __init__(self, source: AdviceSource, debounce_ms: int = 200, step_ms: int = 50,
                 force_polling: bool | None = None):
        self.source = source
        self.debounce_ms = debounce_ms
        self.step_ms = step_ms
        self.force_polling = force_polling
        self.reloads = 0  # how many reloads the watcher ran (tests and `coach` status)
        self.on_reload: list[Callable[[ReloadReport], None]] = []
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> AdviceWatcher:
        paths = self.source.watched_paths()
        self._thread = threading.Thread(target=self._run, args=(paths,), name="coach-advice-watch", daemon=True)
        self._thread.start()
        return self

    def wait_ready(self, timeout: float = 10.0) -> bool:
        """Wait until the watcher is watching (a change before that may be missed)."""
        return self._ready.wait(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self, paths: list) -> None:
        if not paths:
            log.warning("advice watcher: no folder to watch")
            return
        log.info("watching advice folders: %s", ", ".join(map(str, paths)))
        try:
            changes_seen = watchfiles.watch(
                *paths, watch_filter=_yaml_or_folder, debounce=self.debounce_ms, step=self.step_ms,
                stop_event=self._stop, rust_timeout=500, yield_on_timeout=True, raise_interrupt=False,
                force_polling=self.force_polling,
            )
            for changes in changes_seen:
                self._ready.set()
                if not changes:
                    continue
                try:
                    report = self.source.reload()
                except Exception:  # keep watching: the last good advice stays in use
                    log.exception("advice reload failed")
                    continue
                self.reloads += 1
                for listener in list(self.on_reload):
                    listener(report)
        except Exception:
            log.exception("advice watcher stopped")
        finally:
            self._ready.set()
