"""Posts in team memory: what a post record holds, and writing a batch of them.

One INSERT per post (for its id, and to skip a message already remembered; on SQLite many
posts per statement, their ids returned); everything derived from the posts (daily counts,
links, MinHash signatures and bands, the community's words) is gathered and written table by
table in key order, many rows per statement (bot.memory.sql.insert_many).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

import numpy as np

from bot.engine.targets import CATEGORIES
from bot.memory.minhash import BANDS, PERIOD, bands_many, from_bytes
from bot.memory.postfeatures import PostFeatures
from bot.memory.sql import Connection, insert_each, insert_flat, insert_many

NO_CHANNEL = "-"  # where a post goes when the platform did not say (a review from Slack's App Home)


def day_of(at: float) -> str:
    """The UTC date of a time, as daily_activity keys it."""
    return datetime.fromtimestamp(int(at), UTC).date().isoformat()


@dataclass
class PostRecord:
    """One message to remember, with what tagging found in it."""

    platform: str
    workspace: str  # platform ids
    channel: str
    member: str
    message_id: str
    posted_at: float
    text: str
    kind: str = "team"
    source: str = "coach"
    language: str = ""
    categories: frozenset[str] = frozenset()
    thread_id: str = ""
    workspace_name: str = ""
    channel_name: str = ""
    member_name: str = ""
    member_is_bot: bool = False
    features: PostFeatures | None = None


@dataclass
class LogResult:
    added: int = 0
    skipped: int = 0  # already remembered
    post_ids: list[int] = field(default_factory=list)  # ids of the added posts, in order


class Resolver(Protocol):
    """What writing posts needs of the store: row ids (created on first sight), and settings."""

    def ids(self, conn: Connection, platform: str, workspace: str, channel: str = "", member: str = "",
            names: tuple[str, str, str] = ("", "", "")) -> tuple[int, int | None, int | None]: ...

    def get_setting(self, key: str, workspace_id: int | None = 0, channel_id: int | None = 0) -> object: ...


def _counted(table: dict, key: tuple, at: int) -> None:
    seen = table.get(key)
    if seen is None:
        table[key] = [1, at]
    else:
        seen[0] += 1
        seen[1] = max(seen[1], at)


@dataclass
class _Derived:
    """What a batch's posts add besides their rows, written once for the batch."""

    bots: set[int] = field(default_factory=set)
    days: dict[tuple, list[int]] = field(default_factory=dict)  # (ws, kind, day, ch, mb) -> posts, 5 categories, untagged, first, last
    links: list[tuple] = field(default_factory=list)
    signatures: list[tuple[int, bytes]] = field(default_factory=list)
    banded: list[tuple[int, int, int, list[int]]] = field(default_factory=list)  # (month, at, post_id, 16 keys)
    words: dict[tuple[int, str], list[int]] = field(default_factory=dict)  # (ws, word) -> [uses, last used at]
    member_words: dict[tuple, list[int]] = field(default_factory=dict)  # (member, ws, word) -> [uses, last used at]
    band_values: list[int] | None = None  # the band rows already made (bot.memory.prepared), else from banded

    def day(self, key: tuple, cats: tuple[int, ...], at: int) -> None:
        day = self.days.get(key)
        if day is None:
            self.days[key] = [1, *cats, int(not any(cats)), at, at]
            return
        count_day(day, cats, at)

    def features(self, at: int, kind: str, feats: PostFeatures, post_id: int, ws: int, mb: int | None,
                 keep_text: bool) -> None:
        if feats.links:
            self.links.extend((post_id, link.hash, link.domain, link.url if keep_text else None) for link in feats.links)
        if feats.signature is not None and kind == "team":
            self.signatures.append((post_id, feats.signature))
            self.banded.append((at // PERIOD, at, post_id, feats.bands))
        if feats.words and kind == "community":
            for word in feats.words:
                _counted(self.words, (ws, word), at)
                _counted(self.member_words, (mb, ws, word), at)

    def write(self, conn: Connection) -> None:
        if self.bots:
            conn.executemany("UPDATE members SET is_bot = 1 WHERE id = ? AND is_bot = 0",
                             [(mb,) for mb in sorted(self.bots)])
        if self.days:
            count_days(conn, self.days)
        if self.links:
            insert_many(conn, "INSERT INTO post_links (post_id, url_hash, domain, url) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (post_id, url_hash) DO NOTHING", self.links)
        if self.signatures:
            insert_many(conn, "INSERT INTO post_signatures (post_id, signature) VALUES (?, ?)", self.signatures)
        if self.banded or self.band_values:
            values = self.band_values if self.band_values is not None else band_values(self.banded)
            insert_flat(conn, "INSERT INTO post_minhash_bands (month, band, posted_at, post_id) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT (month, band, posted_at, post_id) DO NOTHING", values, 4)
        if self.words:
            insert_many(
                conn, "INSERT INTO community_words (workspace_id, word, uses, last_used_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (workspace_id, word) DO UPDATE SET uses = community_words.uses + excluded.uses, "
                "last_used_at = max(community_words.last_used_at, excluded.last_used_at)",
                [(ws, word, uses, last) for (ws, word), (uses, last) in sorted(self.words.items())])
        if self.member_words:  # what forget takes back out of community_words, text kept or not
            insert_many(
                conn, "INSERT INTO community_member_words (member_id, workspace_id, word, uses, last_used_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (member_id, workspace_id, word) DO UPDATE SET "
                "uses = community_member_words.uses + excluded.uses, "
                "last_used_at = max(community_member_words.last_used_at, excluded.last_used_at)",
                sorted((*key, uses, last) for key, (uses, last) in self.member_words.items() if key[0] is not None))


def band_rows(banded: list[tuple[int, int, int, list[int]]]) -> list[list[int]]:
    """(month, band, posted_at, post_id) rows of the posts' band keys, in index order (each page
    of the band index is then visited once), sorted by numpy rather than as Python tuples."""
    return _band_array(banded).tolist()  # type: ignore[no-any-return]


def band_values(banded: list[tuple[int, int, int, list[int]]]) -> list[int]:
    """band_rows() end to end in one flat list (for insert_flat): one Python list, not one per
    row (16 rows a post: making and flattening them was ~10 µs a post of an import)."""
    return _band_array(banded).ravel().tolist()  # type: ignore[no-any-return]


def _band_array(banded: list[tuple[int, int, int, list[int]]]) -> np.ndarray:
    months, ats, post_ids = (np.repeat(np.array([b[i] for b in banded], dtype=np.int64), BANDS) for i in range(3))
    keys = np.array([b[3] for b in banded], dtype=np.int64).ravel()  # BANDS keys a post
    order = np.lexsort((post_ids, ats, keys, months))
    return np.stack([months, keys, ats, post_ids], axis=1)[order]


SIGNED_CHUNK = 5_000  # posts whose signatures are read at once (migration 008, forgetting)


def stored_band_rows(signed: list[tuple[int, int, bytes]]) -> list[list[int]]:
    """The band rows of posts as they were written, from (post_id, posted_at, signature): the
    keys follow from the signature, so the band index needs no index by post to be emptied."""
    keys = bands_many([from_bytes(blob) for _, _, blob in signed])
    return band_rows([(at // PERIOD, at, post_id, found) for (post_id, at, _), found in zip(signed, keys, strict=True)])


def signed_posts(conn: Connection, source: str, after: int) -> list[tuple[int, int, bytes]]:
    """(post_id, posted_at, signature) of the next SIGNED_CHUNK signed posts of `source` (a table
    or subquery with an `id` column) after post id `after`, in id order."""
    return conn.execute(
        f"SELECT p.id, p.posted_at, s.signature FROM {source} d JOIN posts p ON p.id = d.id "
        "JOIN post_signatures s ON s.post_id = p.id WHERE p.id > ? ORDER BY p.id LIMIT ?",
        [after, SIGNED_CHUNK]).fetchall()


def delete_bands(conn: Connection, source: str) -> int:
    """Delete the band rows of the posts of `source` (see signed_posts), by their keys; rows deleted."""
    deleted, after = 0, 0
    while signed := signed_posts(conn, source, after):
        cursor = conn.executemany("DELETE FROM post_minhash_bands WHERE month = ? AND band = ? AND posted_at = ? "
                                  "AND post_id = ?", stored_band_rows(signed))
        deleted += max(cursor.rowcount, 0)
        after = signed[-1][0]
    return deleted


def insert_posts(store: Resolver, conn: Connection, batch: list[PostRecord]) -> LogResult:
    """Write a batch inside the caller's transaction; already known messages are skipped."""
    result = LogResult()
    keep_text: dict[int, bool] = {}
    derived = _Derived()
    rows, found = [], []
    resolved: dict[tuple, tuple[int, int | None, int | None]] = {}  # a batch's posts come from a few members
    for rec in batch:
        where = (rec.platform, rec.workspace, rec.channel or NO_CHANNEL, rec.member, rec.workspace_name,
                 rec.channel_name or ("" if rec.channel else "(no channel)"), rec.member_name)
        known = resolved.get(where)
        if known is None:  # the same arguments again would return the same ids and change nothing
            known = resolved[where] = store.ids(conn, *where[:4], where[4:])
        ws, ch, mb = known
        if rec.member_is_bot and mb is not None:
            derived.bots.add(mb)
        if ws not in keep_text:
            keep_text[ws] = store.get_setting("store_text", ws) != "none"
        feats = rec.features
        cats = _flags(rec.categories)
        domains = " ".join(sorted({link.domain for link in feats.links if link.domain})) if feats and feats.links else ""
        rows.append([ws, ch, mb, rec.message_id, rec.thread_id or None, int(rec.posted_at), rec.kind, rec.source,
                     rec.language or None, *cats, domains or None,
                     rec.text if keep_text[ws] else None, feats.fingerprint if feats else None])
        found.append((rec, ws, ch, mb, cats))
    post_ids = _insert_post_rows(conn, rows)
    days: dict[int, str] = {}  # day_of per UTC day number: a batch's posts fall on a few days
    for (rec, ws, ch, mb, cats), post_id in zip(found, post_ids, strict=True):
        if post_id is None:
            result.skipped += 1
            continue
        at = int(rec.posted_at)
        result.added += 1
        result.post_ids.append(post_id)
        day = days.get(at // 86400)
        if day is None:
            day = days[at // 86400] = day_of(at)
        derived.day((ws, rec.kind, day, ch or 0, mb or 0), cats, at)
        if rec.features is not None:
            derived.features(at, rec.kind, rec.features, post_id, ws, mb, keep_text[ws])
    derived.write(conn)
    return result


def _flags(categories: frozenset[str]) -> tuple[int, ...]:
    """1 or 0 per name of CATEGORIES: a batch's posts share a few sets of categories, each
    worked out once (a set not frozen is worked out each time)."""
    found = _FLAGS.get(categories) if isinstance(categories, frozenset) else None
    if found is None:
        found = tuple(int(name in categories) for name in CATEGORIES)
        if isinstance(categories, frozenset) and len(_FLAGS) < 256:
            _FLAGS[categories] = found
    return found


_FLAGS: dict[frozenset[str], tuple[int, ...]] = {}
_POST_COLUMNS = ("workspace_id, channel_id, member_id, message_id, thread_id, posted_at, kind, source, language, "
                 "give, ask, converse, entertain, news, link_domains, text, fingerprint")
_INSERT_POST = (f"INSERT INTO posts ({_POST_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (channel_id, message_id) DO NOTHING")
POSTS_AT_ONCE = 50  # rows per statement on SQLite (17 values each: under its oldest limit of 999)


def _insert_post_rows(conn: Connection, rows: list[list]) -> list[int | None]:
    """The id of each new post, None for a message already remembered (or twice in the batch: the
    first is kept). On SQLite insert_post_values; else insert_each."""
    if not isinstance(conn, sqlite3.Connection) or len(rows) < 2 or not all(isinstance(r[3], str) for r in rows):
        return insert_each(conn, _INSERT_POST, rows)
    return insert_post_values(conn, [value for row in rows for value in row])


def insert_post_values(conn: sqlite3.Connection, values: list, width: int = 17) -> list[int | None]:
    """_insert_post_rows() for the rows end to end in one list (their message ids are strings):
    POSTS_AT_ONCE rows per statement, RETURNING the ids with their (channel, message) key (the
    order of RETURNING rows is not promised)."""
    made: dict[tuple, int] = {}
    start, end = 0, len(values)
    while start < end:
        count = POSTS_AT_ONCE if end - start >= POSTS_AT_ONCE * width else 1  # two statement texts, both cached
        returned = conn.execute(_insert_returning(count), values[start : start + count * width]).fetchall()
        made.update(((ch, message), post_id) for post_id, ch, message in returned)
        start += count * width
    return [made.pop(key, None) for key in zip(values[1::width], values[3::width], strict=True)]


def _insert_returning(count: int) -> str:
    """The INSERT of `count` posts that returns (id, channel_id, message_id) of those added."""
    marks = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"] * count)
    return (f"INSERT INTO posts ({_POST_COLUMNS}) VALUES {marks} ON CONFLICT (channel_id, message_id) DO NOTHING "
            "RETURNING id, channel_id, message_id")


def count_days(conn: Connection, days: dict[tuple, list[int]]) -> None:
    """Add posts to daily_activity: (ws, kind, day, ch, mb) -> [posts, give..news, untagged, first, last]."""
    insert_many(
        conn, "INSERT INTO daily_activity (workspace_id, kind, day, channel_id, member_id, posts, give, ask, converse, "
        "entertain, news, untagged, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (workspace_id, kind, day, channel_id, member_id) DO UPDATE SET "
        + ", ".join(f"{c} = daily_activity.{c} + excluded.{c}" for c in ("posts", *CATEGORIES, "untagged"))
        + ", first_at = min(daily_activity.first_at, excluded.first_at), "
        "last_at = max(daily_activity.last_at, excluded.last_at)",
        [(*key, *counts) for key, counts in sorted(days.items())])


def recount_days(conn: Connection, ws: int, days: Iterable[str]) -> None:
    """Rebuild daily_activity for some days of a workspace from the posts (after deletions)."""
    for day in set(days):
        start = int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp())
        conn.execute("DELETE FROM daily_activity WHERE workspace_id = ? AND day = ?", [ws, day])
        conn.execute(
            "INSERT INTO daily_activity (workspace_id, channel_id, member_id, kind, day, posts, give, ask, converse, "
            "entertain, news, untagged, first_at, last_at) SELECT workspace_id, channel_id, coalesce(member_id, 0), "
            "kind, ?, COUNT(*), SUM(give), SUM(ask), SUM(converse), SUM(entertain), SUM(news), "
            "SUM(CASE WHEN give + ask + converse + entertain + news = 0 THEN 1 ELSE 0 END), MIN(posted_at), "
            "MAX(posted_at) FROM posts WHERE workspace_id = ? AND posted_at >= ? AND posted_at < ? "
            "GROUP BY workspace_id, channel_id, member_id, kind",
            [day, ws, start, start + 86400])


def count_day(counts: list[int], cats: tuple[int, ...], at: int) -> None:
    """One more post on a day already counted: its categories (or untagged), its first and last times."""
    counts[0] += 1
    if any(cats):
        for i, flag in enumerate(cats, 1):
            counts[i] += flag
    else:
        counts[6] += 1
    if at < counts[7]:
        counts[7] = at
    elif at > counts[8]:
        counts[8] = at
