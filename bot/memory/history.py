"""History-aware advice: the `history` check type and the view of the past it reads.

A review gets `extra["history"] = HistoryView(store, workspace, ...)` when team
memory is on. Rules of type `history` choose what to look at with `check.kind`:

    duplicate            a near-duplicate of a team post of the last `days` days
                         (MinHash signature similarity >= `similarity`)
    repeat_link          a link the team already shared in the last `days` days
    ask_streak           the team's last `count` posts all asked and none gave,
                         and this draft asks too (topic give-first)
    promo_share          asking posts' share of the last `days` days, this draft
                         included, above the target (topic content-mix)
    community_relevance  under `threshold` of the draft's words meet what the
                         community said in observed channels over `days` days,
                         or the audience topics an admin set (topic relevance)

Without a history view (no store, or a rule tested alone without one) the
checks stay silent. Examples of history rules are verified against a small
seeded history: `example_extra`.
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
from bot.engine.checks import CheckFn, Hit, Scope, check, whole
from bot.engine.phrases import PhraseIndex
from bot.engine.rules import Rule
from bot.engine.targets import bundled_targets
from bot.engine.text import Doc, tokenize
from bot.memory import minhash
from bot.memory.postfeatures import content_words, links_of, shingle_set
from bot.memory.store import Store

KINDS = ("duplicate", "repeat_link", "ask_streak", "promo_share", "community_relevance")
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
        ws = store.find_workspace(ctx.platform, ctx.workspace)
        ch = store.find_channel(ws, ctx.channel) if ws is not None else None
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
        candidates = [r[0] for r in conn.execute(
            f"SELECT DISTINCT post_id FROM post_minhash_bands WHERE month IN ({', '.join('?' * len(months))}) "
            f"AND band IN ({', '.join('?' * len(keys))}) AND posted_at BETWEEN ? AND ? LIMIT 500",
            [*months, *keys, since, until])]
        if not candidates:
            return []
        rows = conn.execute(
            f"SELECT p.id, p.posted_at, p.text, s.signature FROM posts p JOIN post_signatures s ON s.post_id = p.id "
            f"WHERE p.id IN ({', '.join('?' * len(candidates))}) AND p.workspace_id = ? AND p.kind = 'team'",
            [*candidates, self.workspace_id]).fetchall()
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
            "AND posted_at BETWEEN ? AND ? ORDER BY posted_at DESC LIMIT ?)",
            [self.workspace_id, int(self.now - days * DAY), int(self.now), PROMO_SAMPLE]).fetchone()
        return int(row[0]), int(row[1])

    def community_posts(self, days: int, at_least: int) -> int:
        """How many community posts the window holds, counting no further than `at_least`."""
        if self.workspace_id is None:
            return 0
        return self.store.conn.execute(
            "SELECT COUNT(*) FROM (SELECT 1 FROM posts WHERE workspace_id = ? AND kind = 'community' "
            "AND posted_at BETWEEN ? AND ? LIMIT ?)",
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


# -- the check type ----------------------------------------------------------


def _percent(x: float) -> int:
    return int(round(100 * x))


def _asks_without_giving(view: HistoryView, doc: Doc) -> tuple[int, int] | None:
    tags = view.tagging(doc)
    if "ask" not in tags.categories or "give" in tags.categories:
        return None
    return tags.first("ask")


def _duplicate(view: HistoryView, scope: Scope, settings: dict[str, Any]) -> list[Hit]:
    days, threshold = int(settings.get("days", 30)), float(settings.get("similarity", 0.6))
    matches = view.near_duplicates(scope.doc, days, threshold)
    if not matches:
        return []
    best = matches[0]
    return [Hit(*whole(scope.doc), {"days": view.days_ago(best.posted_at), "value": _percent(best.similarity)})]


def _repeat_link(view: HistoryView, scope: Scope, settings: dict[str, Any]) -> list[Hit]:
    days = int(settings.get("days", 7))
    return [Hit(start, end, {"days": view.days_ago(when)}) for (start, end), when in view.shared_links(scope.doc, days)]


def _ask_streak(view: HistoryView, scope: Scope, settings: dict[str, Any]) -> list[Hit]:
    count = int(settings.get("count", 3))
    span = _asks_without_giving(view, scope.doc)
    if span is None:
        return []
    last = view.last_team_posts(count)
    if len(last) < count or not all(asked and not gave for gave, asked in last):
        return []
    return [Hit(*span, {"count": count})]


def _promo_share(view: HistoryView, scope: Scope, settings: dict[str, Any]) -> list[Hit]:
    days, at_least = int(settings.get("days", 30)), int(settings.get("count", 5))
    span = _asks_without_giving(view, scope.doc)
    if span is None:
        return []
    posts, asks = view.ask_share(days)
    if posts < at_least:
        return []
    mix = view.setting("target_mix", None) or bundled_targets().shares()  # the team's, else advice/targets.yaml
    target = float(mix["ask"]) if isinstance(mix, dict) and "ask" in mix else float(settings.get("threshold", 0.2))
    share = (asks + 1) / (posts + 1)
    if share <= target:
        return []
    return [Hit(*span, {"share": _percent(share), "target": _percent(target), "days": days, "count": posts + 1})]


def _community_relevance(view: HistoryView, scope: Scope, settings: dict[str, Any]) -> list[Hit]:
    days, at_least = int(settings.get("days", 60)), int(settings.get("count", 20))
    threshold, min_words = float(settings.get("threshold", 0.2)), int(settings.get("min_words", 5))
    known, total = view.community_overlap(scope.doc, days)
    if total < min_words:
        return []
    if view.community_posts(days, at_least) < at_least and not view.audience_words(scope.doc.language):
        return []  # too little heard from the community to judge
    share = known / total
    if share >= threshold:
        return []
    return [Hit(*whole(scope.doc), {"value": _percent(share), "threshold": _percent(threshold),
                                    "count": known})]


_KIND_RUNNERS = {
    "duplicate": _duplicate,
    "repeat_link": _repeat_link,
    "ask_streak": _ask_streak,
    "promo_share": _promo_share,
    "community_relevance": _community_relevance,
}


@check("history")
def history(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    """The draft against the team's memory (see this module's docstring for each `kind`)."""
    kind = rule.check.get("kind")
    runner = _KIND_RUNNERS.get(str(kind))
    if runner is None:
        raise ValueError(f"history check kind must be one of {', '.join(KINDS)} (got {kind!r})")
    settings = dict(rule.check)

    def run(scope: Scope) -> list[Hit]:
        view = scope.extra.get("history")
        if not isinstance(view, HistoryView):
            return []
        return runner(view, scope, settings)

    return run


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
        rec = tagger.record(text, platform="example", workspace=EXAMPLE_WORKSPACE, channel="announcements",
                            member="sam", message_id=f"team-{i}", posted_at=now - days * DAY, kind="team",
                            source="example", names=("Example team", "announcements", "Sam"), fallback=lang)
        records.append(rec)
    for i, (lang, text) in enumerate(EXAMPLE_COMMUNITY_POSTS):
        rec = tagger.record(text, platform="example", workspace=EXAMPLE_WORKSPACE, channel="general",
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
