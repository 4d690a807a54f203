"""What the Slack adapter remembers in memory, and only there.

- `Once`: the requests already taken, so that Slack's retries (X-Slack-Retry-Num
  over HTTP, retry_attempt over Socket Mode) and any duplicate delivery never
  produce a second reply.
- `Recent`: each member's last reviews, for the App Home tab. Kept a day, like
  the drafts themselves, and lost on restart.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque

from adapters.slack.blocks import RecentReview
from bot.chat.context import Context
from bot.engine.review import Review


class Once:
    """Remembers keys for `ttl` seconds (Slack retries within minutes)."""

    def __init__(self, ttl: float = 3600, size: int = 50_000):
        self.ttl, self.size = ttl, size
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first(self, key: str) -> bool:
        """True the first time `key` is seen; False for every later call."""
        now = time.monotonic()
        with self._lock:
            while self._seen and (next(iter(self._seen.values())) < now - self.ttl or len(self._seen) > self.size):
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = now
            return True


class Recent:
    """The last reviews of each Slack member (workspace, user)."""

    def __init__(self, per_user: int = 10, ttl: float = 24 * 3600):
        self.per_user, self.ttl = per_user, ttl
        self._items: dict[tuple[str, str], deque[RecentReview]] = {}
        self._lock = threading.Lock()

    def record(self, result: Review, draft: str, ctx: Context, review_id: str) -> None:
        """A `Coach.on_review` listener: remembers Slack reviews only."""
        if ctx.platform != "slack":
            return
        preview = " ".join(draft.split())
        entry = RecentReview(review_id, result.score, result.band, result.language, preview[:200], time.time())
        with self._lock:
            self._items.setdefault((ctx.workspace, ctx.user), deque(maxlen=self.per_user)).appendleft(entry)

    def forget(self, workspace: str, user: str) -> None:
        with self._lock:
            self._items.pop((workspace, user), None)

    def keep_only(self, workspace: str, user: str, review_ids: set[str]) -> None:
        """Drop the reviews no longer remembered elsewhere (forgotten by another process)."""
        with self._lock:
            items = self._items.get((workspace, user))
            if items is not None:
                kept = [e for e in items if e.review_id in review_ids]
                items.clear()
                items.extend(kept)

    def of(self, workspace: str, user: str) -> list[RecentReview]:
        cutoff = time.time() - self.ttl
        with self._lock:
            return [e for e in self._items.get((workspace, user), ()) if e.at >= cutoff]
