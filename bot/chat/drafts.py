"""Recent drafts, in memory only: what the buttons under a review act on."""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from bot.chat.context import Context
from bot.engine.review import Review


@dataclass
class RecentDraft:
    draft: str
    review: Review
    ctx: Context
    at: float
    logged: bool = False  # its review row is in team memory: gone from there means forgotten



class DraftCache:
    """Recent drafts, in memory only, so buttons ("I posted it", "Review again") can
    find the text without Coach writing drafts to disk. Lost on restart, by design."""

    def __init__(self, size: int = 2_000, ttl: float = 24 * 3600):
        self._items: OrderedDict[str, RecentDraft] = OrderedDict()
        self._lock = threading.Lock()
        self.size, self.ttl = size, ttl
        # With team memory: whether a logged review is still there. A forget in another process
        # (`coach forget` on the command line) deletes the row; the draft then goes from here too.
        self.remembered: Callable[[str], bool] | None = None

    def put(self, draft: str, result: Review, ctx: Context) -> str:
        review_id = secrets.token_hex(6)
        with self._lock:
            self._items[review_id] = RecentDraft(draft, result, ctx, time.time())
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return review_id

    def forget(self, workspace: str, user: str) -> int:
        """Drop a member's drafts from memory (`/coach forget confirm`); how many were dropped."""
        with self._lock:
            doomed = [key for key, item in self._items.items()
                      if item.ctx.workspace == workspace and item.ctx.user == user]
            for key in doomed:
                del self._items[key]
        return len(doomed)

    def logged(self, review_id: str) -> None:
        """The review's row reached team memory (from now on, its absence there means forgotten)."""
        with self._lock:
            item = self._items.get(review_id)
            if item is not None:
                item.logged = True

    def get(self, review_id: str) -> RecentDraft | None:
        with self._lock:
            item = self._items.get(review_id)
            if item and time.time() - item.at > self.ttl:
                del self._items[review_id]
                return None
        if item is not None and item.logged and not self._remembered(review_id):
            with self._lock:
                self._items.pop(review_id, None)
            return None
        return item

    def _remembered(self, review_id: str) -> bool:
        """Asks team memory; a memory that cannot answer keeps the draft (buttons keep working)."""
        if self.remembered is None:
            return True
        try:
            return self.remembered(review_id)
        except Exception:  # noqa: BLE001 - a database error must not break a button
            return True

    def owned(self, review_id: str, ctx: Context) -> RecentDraft | None:
        """The draft a button names, only for the member who had it reviewed, in the same
        workspace: a review id copied into another server or clicked by someone else is unknown."""
        item = self.get(review_id)
        if item is None or (item.ctx.platform, item.ctx.workspace, item.ctx.user) != (ctx.platform, ctx.workspace,
                                                                                       ctx.user):
            return None
        return item
