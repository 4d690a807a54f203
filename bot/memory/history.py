"""The view of the past a review reads: one workspace's team memory, as of `now`.

A review gets `extra["history"] = HistoryView(store, workspace, ...)` when team memory is
on; the `history` check type (bot/engine/checks/history.py) asks it what it needs (near
duplicates, links shared again, the last posts' give/ask, the community's words). Examples
of history rules are verified against a small seeded history: `example_extra`.
"""

from __future__ import annotations

import atexit
import math
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from bot.engine.categories import Tagger, Tagging, default_tagger, tagger_for
from bot.engine.rule import Rule
from bot.engine.text import Doc, tokenize
from bot.memory import minhash
from bot.memory.postfeatures import content_words, links_of, shingle_set
from bot.memory.records import record
from bot.memory.store import Store

MIN_USES = 2  # a word the community used at least this often counts as its vocabulary
PROMO_SAMPLE = 1_000  # promo_share reads at most the latest this many posts of its window
DAY = 86_400


@dataclass(frozen=True)
class PastPost:
    post_id: int
    posted_at: int
    similarity: float
    text: str | None


@dataclass
class HistoryView:
    """What a review may know of the past: one workspace's memory, as of `now`."""

    store: Store
    workspace_id: int | None
    channel_id: int | None = None
    now: float = field(default_factory=time.time)
    tagger: Tagger | None = None
    _tags: dict[tuple[str, str], Tagging] = field(default_factory=dict, repr=False)

    @classmethod
    def for_context(cls, store: Store, ctx: Any, tagger: Tagger | None = None, now: float | None = None) -> HistoryView:
        row = store.conn.execute(  # one statement: one round trip to a database server
            "SELECT w.id, c.id FROM workspaces w LEFT JOIN channels c ON c.workspace_id = w.id AND c.platform_id = ? "
            "WHERE w.platform = ? AND w.platform_id = ?", [ctx.channel, ctx.platform, ctx.workspace]).fetchone()
        ws, ch = (row[0], row[1]) if row else (None, None)
        return cls(store, ws, ch, time.time() if now is None else now, tagger)

    def days_ago(self, posted_at: float) -> int:
        return max(0, int((self.now - posted_at) // DAY))

    def tagging(self, doc: Doc) -> Tagging:
        key = (doc.language, doc.text)
        if key not in self._tags:
            tagger = self.tagger or default_tagger()
            spans = tagger.tag_doc(doc)
            self._tags[key] = Tagging(doc.language, frozenset(spans), spans, doc)
        return self._tags[key]

    def setting(self, key: str, default: Any = None) -> Any:
        return self.store.get_setting(key, self.workspace_id, self.channel_id, default=default)

    # -- what the checks ask -----------------------------------------------

    def near_duplicates(self, doc: Doc, days: int, threshold: float) -> list[PastPost]:
        """Team posts of the last `days` days at least `threshold` similar to the draft, most similar first."""
        if self.workspace_id is None:
            return []
        sig = minhash.signature(shingle_set(doc))
        if sig is None:
            return []
        conn = self.store.conn
        keys = minhash.bands(sig)
        since, until = int(self.now - days * DAY), int(self.now)
        months = minhash.periods(since, until)
        # One statement (one round trip to a database server): the posts sharing a band with the
        # draft, then their signatures.
        rows = conn.execute(
            "SELECT p.id, p.posted_at, p.text, s.signature FROM posts p JOIN post_signatures s ON s.post_id = p.id "
            f"WHERE p.id IN (SELECT DISTINCT post_id FROM post_minhash_bands WHERE month IN "
            f"({', '.join('?' * len(months))}) AND band IN ({', '.join('?' * len(keys))}) AND posted_at BETWEEN ? AND ? "
            "LIMIT 500) AND p.workspace_id = ? AND p.kind = 'team'",
            [*months, *keys, since, until, self.workspace_id]).fetchall()
        found = []
        for post_id, posted_at, text, blob in rows:
            score = minhash.similarity(sig, minhash.from_bytes(blob))
            if score >= threshold:
                found.append(PastPost(post_id, posted_at, score, text))
        return sorted(found, key=lambda p: (-p.similarity, -p.posted_at))

    def shared_links(self, doc: Doc, days: int) -> list[tuple[tuple[int, int], int]]:
        """(span of the link in the draft, when the team last shared it) for each link shared again."""
        if self.workspace_id is None or not doc.links:
            return []
        spans = {}
        for start, end in doc.links:
            for link in links_of(doc.text[start:end]):
                spans.setdefault(link.hash, (start, end))
        if not spans:
            return []
        rows = self.store.conn.execute(
            f"SELECT l.url_hash, MAX(p.posted_at) FROM post_links l JOIN posts p ON p.id = l.post_id "
            f"WHERE l.url_hash IN ({', '.join('?' * len(spans))}) AND p.workspace_id = ? AND p.kind = 'team' "
            f"AND p.posted_at BETWEEN ? AND ? GROUP BY l.url_hash",
            [*spans, self.workspace_id, int(self.now - days * DAY), int(self.now)]).fetchall()
        return sorted((spans[h], when) for h, when in rows)

    def last_team_posts(self, count: int) -> list[tuple[int, int]]:
        """(gave, asked) of the team's latest `count` posts, newest first."""
        if self.workspace_id is None:
            return []
        return self.store.conn.execute(
            "SELECT give, ask FROM posts WHERE workspace_id = ? AND kind = 'team' AND posted_at <= ? "
            "ORDER BY posted_at DESC LIMIT ?", [self.workspace_id, int(self.now), count]).fetchall()

    def ask_share(self, days: int) -> tuple[int, int]:
        """(posts, asking posts) among the team's posts of the last `days` days (latest PROMO_SAMPLE at most)."""
        if self.workspace_id is None:
            return 0, 0
        row = self.store.conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(ask), 0) FROM (SELECT ask FROM posts WHERE workspace_id = ? AND kind = 'team' "
            "AND posted_at BETWEEN ? AND ? ORDER BY posted_at DESC LIMIT ?) AS latest",
            [self.workspace_id, int(self.now - days * DAY), int(self.now), PROMO_SAMPLE]).fetchone()
        return int(row[0]), int(row[1])

    def community_posts(self, days: int, at_least: int) -> int:
        """How many community posts the window holds, counting no further than `at_least`."""
        if self.workspace_id is None:
            return 0
        return self.store.conn.execute(
            "SELECT COUNT(*) FROM (SELECT 1 FROM posts WHERE workspace_id = ? AND kind = 'community' "
            "AND posted_at BETWEEN ? AND ? LIMIT ?) AS window_posts",
            [self.workspace_id, int(self.now - days * DAY), int(self.now), at_least]).fetchone()[0]

    def audience_words(self, language: str) -> set[str]:
        topics = self.setting("audience_topics", []) or []
        if isinstance(topics, str):
            topics = topics.split(",")
        return {t.alt for topic in topics for t in tokenize(str(topic), language)}

    def community_overlap(self, doc: Doc, days: int) -> tuple[int, int]:
        """(draft content words the community or the audience topics use, draft content words)."""
        words = content_words(doc)
        if not words or self.workspace_id is None:
            return 0, len(words)
        audience = self.audience_words(doc.language)
        rows = self.store.conn.execute(
            f"SELECT word FROM community_words WHERE workspace_id = ? AND word IN ({', '.join('?' * len(words))}) "
            f"AND uses >= ? AND last_used_at >= ?",
            [self.workspace_id, *words, MIN_USES, int(self.now - days * DAY)]).fetchall()
        known = {r[0] for r in rows} | (words & audience)
        return len(known), len(words)


def view_for(store: Store | None, ctx: Any, advice: Any = None, now: float | None = None) -> HistoryView | None:
    """The history view a review in this context gets, or None without a store."""
    if store is None:
        return None
    tagger = tagger_for(advice) if advice is not None else default_tagger()
    if not tagger.rules:
        tagger = default_tagger()
    return HistoryView.for_context(store, ctx, tagger, now)


# -- a small seeded history for rule examples ---------------------------------

EXAMPLE_WORKSPACE = "example"
# (days ago, language, text) of the team's posts, oldest first.
EXAMPLE_TEAM_POSTS = [
    (20, "en", "Three tips for better headlines, step by step."),
    (20.2, "fr", "Trois astuces pour mieux écrire vos titres, étape par étape."),
    (6, "en", "Our free guide shows how to plan a content calendar for the whole year: https://example.com/guide"),
    (6.2, "fr", "Notre guide gratuit explique comment faire un calendrier éditorial pour toute l'année : "
                "https://example.com/guide-fr"),
    (4, "en", "Sign up for our webinar on Thursday: https://example.com/webinar"),
    (4.2, "fr", "Inscrivez-vous à notre webinaire de jeudi : https://example.com/webinaire"),
    (3, "en", "Shop the spring sale before Sunday."),
    (3.2, "fr", "Profitez des soldes de printemps avant dimanche."),
    (2, "en", "Order the new notebook before Friday: https://example.com/shop/notebook"),
    (2.2, "fr", "Commandez le nouveau carnet avant vendredi : https://example.com/boutique/carnet"),
]
# What the community says in an observed channel.
EXAMPLE_COMMUNITY_POSTS = [
    ("en", "How do you plan your newsletter calendar?"),
    ("en", "Our newsletter open rate dropped, any ideas for subject lines?"),
    ("en", "I keep a content calendar in a spreadsheet for the newsletter."),
    ("en", "Which analytics tool do you use to test newsletter subject lines?"),
    ("en", "Subject lines written as questions work well for our newsletter."),
    ("fr", "Comment planifiez-vous le calendrier de votre newsletter ?"),
    ("fr", "Le taux d'ouverture de notre newsletter baisse, des idées d'objets ?"),
    ("fr", "Je garde un calendrier éditorial dans un tableur pour la newsletter."),
    ("fr", "Quel outil d'analyse utilisez-vous pour tester les objets de newsletter ?"),
    ("fr", "Les objets écrits comme des questions marchent bien pour notre newsletter."),
]


def seed_example_history(store: Store, now: float, tagger: Tagger | None = None) -> None:
    """Fill a store with the example history (workspace `example`, platform `example`)."""
    tagger = tagger or default_tagger()
    records = []
    for i, (days, lang, text) in enumerate(EXAMPLE_TEAM_POSTS):
        rec = record(tagger, text, platform="example", workspace=EXAMPLE_WORKSPACE, channel="announcements",
                            member="sam", message_id=f"team-{i}", posted_at=now - days * DAY, kind="team",
                            source="example", names=("Example team", "announcements", "Sam"), fallback=lang)
        records.append(rec)
    for i, (lang, text) in enumerate(EXAMPLE_COMMUNITY_POSTS):
        rec = record(tagger, text, platform="example", workspace=EXAMPLE_WORKSPACE, channel="general",
                            member=f"member-{i % 4}", message_id=f"community-{i}", posted_at=now - (10 - i) * 3600,
                            kind="community", source="example", names=("Example team", "general", f"Member {i % 4}"),
                            fallback=lang)
        records.append(rec)
    store.log_posts(records)
    store.set_observed("example", EXAMPLE_WORKSPACE, "general", True)


@lru_cache(maxsize=1)
def _example_store() -> tuple[Store, float]:
    folder = tempfile.mkdtemp(prefix="coach-examples-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    store = Store.open(f"{folder}/examples.db")
    now = math.floor(time.time())
    seed_example_history(store, now)
    return store, now


def example_view() -> HistoryView:
    store, now = _example_store()
    ws = store.find_workspace("example", EXAMPLE_WORKSPACE)
    return HistoryView(store, ws, None, now, default_tagger())


def example_extra(rule: Rule, language: str) -> dict[str, Any]:
    """`verify_rule(rule, extra_for=example_extra)`: history rules see the seeded history."""
    if rule.type != "history":
        return {}
    return {"history": example_view()}
