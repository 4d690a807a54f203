"""A batch's rows prepared where it was tagged, so that the importing process only executes them.

With tagging workers (bot.memory.importers.pool) the importing process is the bottleneck, and
about half of its write (bot.memory.posts.insert_posts, ~27-30 µs a post) was Python
bookkeeping: the rows of each post, daily counts, links, the band index sorted, community words
counted. A worker now does that work (prepare()) with what it cannot know left open: the row
ids of workspaces, channels and members (it gives each message's "place" among the batch's few
distinct ones) and the post ids (it gives positions in the batch). write_prepared() resolves the
places, fills the ids in and runs the statements: exactly the rows insert_posts() writes for the
same records, provided every post of the batch is new and the post ids come out in order, as
they do for an import (known messages are skipped before a batch is made). When that does not
hold (a message twice in a batch, another process writing the same channel, or PostgreSQL),
nothing of it is kept: the caller writes the batch's records with Store.log_posts instead.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from itertools import repeat
from typing import Any, NamedTuple

import numpy as np

from bot.engine.categories import Tagger
from bot.memory.minhash import BANDS, PERIOD, PERMS
from bot.memory.postfeatures import Columns, Link
from bot.memory.posts import (
    NO_CHANNEL,
    POSTS_AT_ONCE,
    LogResult,
    PostRecord,
    _Derived,
    _flags,
    _insert_returning,
    count_day,
    day_of,
)
from bot.memory.records import (
    NO_NAMES,
    MessageColumns,
    checked_keys,
    columns_of,
    feature_columns_for,
    taggings_from,
)
from bot.memory.sql import RETRYABLE_ERRORS, Connection
from bot.memory.store import Store

WIDTH = 17  # values of a post row (bot.memory.posts._POST_COLUMNS)
_WS, _CH, _MB, _TEXT = 0, 1, 2, 15  # where the ids and the text go in a row


class PreparedBatch(NamedTuple):
    """prepare()'s result: a batch's rows with the ids left open."""

    places: list[tuple]  # distinct (platform, workspace, channel, member, workspace, channel, member names)
    place_of: list[int]  # each post's place
    bots: list[int]  # places of bots' posts
    values: list[Any]  # the post rows end to end, WIDTH values each, ids None
    days: dict[tuple, list[int]]  # (place, kind, day) -> posts, 5 categories, untagged, first, last
    links: list[tuple]  # (position, url hash, domain, url)
    signatures: list[tuple[int, bytes]]  # (position, signature)
    bands: bytes  # (month, band key, posted_at, position) int64 rows, in index order
    words: dict[tuple[int, str], list[int]]  # (place, word) -> [uses, last used at]
    member_words: dict[tuple[int, int, str], list[int]]  # (place of the member, place, word) -> the same
    plain_ids: bool  # every message id a string, each message once (else it goes to insert_posts)


def prepare_messages(tagger: Tagger, messages: list[dict[str, Any]]) -> PreparedBatch:
    """prepare() of the records of a batch of messages (Tagger.record's keyword arguments), read
    from the messages and their tagging directly (no PostRecord built only to be walked), the
    texts left out (None): the importing process has them and gives them to log_prepared()."""
    return prepare_columns(tagger, columns_of(messages))


def prepare_columns(tagger: Tagger, batch: MessageColumns) -> PreparedBatch:
    """prepare_messages() of a batch sent as columns (what a tagging worker is sent). The features
    are read from their columns (postfeatures.feature_columns) where they are: no PostFeatures a
    post, no list of band keys a post made from the array and made into an array again (round 52)."""
    checked_keys(batch.keys)
    column = batch.column
    taggings = taggings_from(tagger, column("text"), column("language", None), column("fallback", "en"),
                             column("is_reply", False))
    kinds = column("kind", "team")
    wanted, found = feature_columns_for(kinds, taggings)
    platforms, workspaces, channels, ids = column("platform"), column("workspace"), column("channel"), \
        column("message_id")
    rows = zip(platforms, workspaces, channels, column("member"), ids, column("posted_at"), repeat(None, len(taggings)), kinds,
               column("source", "coach"), [tagging.language for tagging in taggings],
               [tagging.categories for tagging in taggings], column("thread_id", ""), column("names", NO_NAMES),
               column("is_bot", False), strict=True)
    return _prepared(rows, _column_features(len(taggings), wanted, found),
                     _plain_ids(zip(platforms, workspaces, channels, ids, strict=True), len(taggings)))


def prepare(batch: list[PostRecord]) -> PreparedBatch:
    """insert_posts()'s bookkeeping for a batch whose posts are all new, ids left open."""
    rows = [(rec.platform, rec.workspace, rec.channel, rec.member, rec.message_id, rec.posted_at, rec.text, rec.kind,
             rec.source, rec.language, rec.categories, rec.thread_id,
             (rec.workspace_name, rec.channel_name, rec.member_name), rec.member_is_bot) for rec in batch]
    return _prepared(rows, _record_features(batch),
                     _plain_ids(((*row[:3], row[4]) for row in rows), len(batch)))


def _plain_ids(keys: Iterable[tuple], count: int) -> bool:
    """Every message id a string, each (platform, workspace, channel, id) once."""
    seen = set(keys)
    return len(seen) == count and all(isinstance(key[3], str) for key in seen)


class _Features(NamedTuple):
    """The features of a batch's posts by position, as _prepared() reads them."""

    fingerprints: Sequence[str | None]  # None: no features
    links: Sequence[Sequence[Link]]
    signed: Sequence[int]  # the posts with a signature (team posts), in order
    signatures: bytes  # theirs, end to end (minhash.PERMS * 4 bytes each)
    bands: np.ndarray  # int64, a row of minhash.BANDS keys per signed post
    words: Sequence[Collection[str]]  # a community post's content words (else none)


_SIZE = PERMS * 4  # bytes of a signature


def _column_features(count: int, wanted: list[int], found: Columns) -> _Features:
    """The features of feature_columns(), computed for the posts `wanted` (those with a Doc), by position."""
    if len(wanted) == count:  # every post (a Doc is made for every text)
        return _Features(found.fingerprints, found.links, found.signed, found.signatures, found.bands, found.words)
    fingerprints: list[str | None] = [None] * count
    links: list[Sequence[Link]] = [()] * count
    words: list[Collection[str]] = [()] * count
    for j, i in enumerate(wanted):
        fingerprints[i], links[i], words[i] = found.fingerprints[j], found.links[j], found.words[j]
    return _Features(fingerprints, links, [wanted[j] for j in found.signed], found.signatures, found.bands, words)


def _record_features(batch: list[PostRecord]) -> _Features:
    """The features of records (PostRecord.features), by position: a signature kept for team posts,
    content words for community posts, as insert_posts() keeps them."""
    feats = [rec.features for rec in batch]
    signed = [i for i, (rec, f) in enumerate(zip(batch, feats, strict=True))
              if f is not None and f.signature is not None and rec.kind == "team"]
    return _Features([f.fingerprint if f else None for f in feats], [f.links if f else () for f in feats], signed,
                     b"".join(feats[i].signature for i in signed),  # type: ignore[union-attr,misc]
                     np.array([feats[i].bands for i in signed], dtype=np.int64).reshape(len(signed), BANDS),  # type: ignore[union-attr]
                     [f.words if f and rec.kind == "community" else () for rec, f in zip(batch, feats, strict=True)])


def _prepared(rows: Iterable[tuple], feats: _Features, plain_ids: bool) -> PreparedBatch:
    """prepare() of posts given as (platform, workspace, channel, member, message id, posted at, text,
    kind, source, language, categories, thread id, (workspace, channel, member names), is bot), their
    features by position."""
    where: dict[tuple, int] = {}
    first: dict[tuple, int] = {}  # the first place of a workspace, a member, a channel and member
    firsts: list[tuple[int, int, int]] = []  # per place: the first places of its workspace, member, channel
    place_of, bots, values, ats = [], set(), [], []
    derived = _Derived()  # keyed by place and position instead of row ids
    day_counts = derived.days
    days: dict[int, str] = {}
    for position, ((platform, workspace, channel, member, message_id, posted_at, text, kind, source, language,
                    categories, thread_id, names, is_bot), found, links, words) in enumerate(
                       zip(rows, feats.fingerprints, feats.links, feats.words, strict=True)):
        key = (platform, workspace, channel or NO_CHANNEL, member, names[0],
               names[1] or ("" if channel else "(no channel)"), names[2])
        place = where.get(key)
        if place is None:  # a new place (a batch has a few): its firsts worked out once, not per post
            place = where[key] = len(where)
            # Counts are keyed by the first place of what their row is keyed by (the same platform ids:
            # the same row ids, whatever the names), so that no two keys meet once ids are filled in.
            firsts.append((first.setdefault(key[:2], place), first.setdefault((*key[:2], key[3]), place),
                           first.setdefault(key[:4], place)))
        place_of.append(place)
        in_ws, of_member, in_channel = firsts[place]
        if is_bot and member:
            bots.add(place)
        cats = _flags(categories)
        at = int(posted_at)
        ats.append(at)
        if links:
            domains = " ".join(sorted({link.domain for link in links if link.domain}))
            derived.links.extend((position, link.hash, link.domain, link.url) for link in links)
        else:
            domains = ""
        values += (None, None, None, message_id, thread_id or "", at, kind, source,  # "": NULL (_EMPTY_IS_NULL)
                   language or None, *cats, domains, text, found)
        day = days.get(at // 86400)
        if day is None:
            day = days[at // 86400] = day_of(at)
        counts = day_counts.get(day_key := (in_channel, kind, day))
        if counts is None:
            day_counts[day_key] = [1, *cats, int(not any(cats)), at, at]
        else:
            count_day(counts, cats, at)
        if words and kind == "community":
            _count_words(derived.words, derived.member_words, in_ws, of_member, words, at)
    blob = feats.signatures
    signatures = [(position, blob[row * _SIZE : (row + 1) * _SIZE]) for row, position in enumerate(feats.signed)]
    return PreparedBatch(list(where), place_of, sorted(bots), values, derived.days, derived.links, signatures,
                         _banded(feats.signed, ats, feats.bands), derived.words, derived.member_words, plain_ids)


def _count_words(uses: dict[tuple, list[int]], member_uses: dict[tuple, list[int]], workspace: int, member: int,
                 words: Collection[str], at: int) -> None:
    """posts._counted() of each of a community post's words, for its workspace and its member, in one
    call (two calls and a max() a word were ~0.4 µs of a ~25-word post's words)."""
    for word in words:
        seen = uses.get(key := (workspace, word))
        if seen is None:
            uses[key] = [1, at]
        else:
            seen[0] += 1
            if at > seen[1]:
                seen[1] = at
        seen = member_uses.get(key := (member, workspace, word))
        if seen is None:
            member_uses[key] = [1, at]
        else:
            seen[0] += 1
            if at > seen[1]:
                seen[1] = at


def _banded(signed: Sequence[int], ats: list[int], keys: np.ndarray) -> bytes:
    """The band rows (month, band key, posted_at, position) of the signed posts (their positions,
    every post's time, their keys: a row of BANDS each), sorted as bot.memory.posts._band_array
    sorts them (post ids grow with positions, so the order is the same)."""
    if not len(signed):
        return b""
    where = np.asarray(signed, dtype=np.int64)
    times = np.asarray(ats, dtype=np.int64)[where]
    months, ats_, positions = (np.repeat(column, BANDS) for column in (times // PERIOD, times, where))
    flat = keys.reshape(-1)
    order = np.lexsort((positions, ats_, flat, months))
    return np.stack([months, flat, ats_, positions], axis=1)[order].astype("<i8").tobytes()


class _Declined(Exception):
    """The batch is not all new posts in order: its transaction is rolled back."""


def log_prepared(store: Store, batch: PreparedBatch, texts: list[str] | None = None) -> LogResult | None:
    """Write a prepared batch in one transaction; None (nothing written) when it cannot be
    written this way, and the caller logs the batch's records instead. `texts`: the posts'
    texts, when the batch was prepared without them (prepare_messages)."""
    try:
        with store.transaction() as conn:
            if not isinstance(conn, sqlite3.Connection):
                raise _Declined
            return _write(store, conn, batch, texts)
    except (_Declined, *RETRYABLE_ERRORS):
        return None


def _write(store: Store, conn: Connection, batch: PreparedBatch, texts: list[str] | None) -> LogResult:
    if not batch.plain_ids:
        raise _Declined  # insert_posts writes those one by one
    if texts is not None:
        batch.values[_TEXT::WIDTH] = texts
    ids = [store.ids(conn, *place[:4], place[4:]) for place in batch.places]
    keep: dict[int, bool] = {}
    for ws, _, _ in ids:
        if ws not in keep:
            keep[ws] = store.get_setting("store_text", ws) != "none"
    values, place_of = batch.values, batch.place_of
    for column, slot in ((0, _WS), (1, _CH), (2, _MB)):
        values[slot::WIDTH] = [ids[place][column] for place in place_of]
    kept = [keep[ws] for ws, _, _ in ids]
    if not all(kept):
        for position, place in enumerate(place_of):
            if not kept[place]:
                values[position * WIDTH + _TEXT] = None
    post_ids = _insert_new_posts(conn, values)
    _write_derived(conn, batch, ids, kept, post_ids)
    return LogResult(added=len(post_ids), post_ids=post_ids)


def _insert_new_posts(conn: Connection, values: list[Any]) -> list[int]:
    """bot.memory.posts.insert_post_values() for posts that must all be new, their ids growing
    in the order of the rows: _Declined otherwise. A plain INSERT, neither ON CONFLICT nor
    RETURNING: a message already remembered, or twice in the batch, breaks the unique key
    (IntegrityError: the batch is declined), and posts.id is AUTOINCREMENT, so the rows of one
    transaction take the ids after the largest ever given, one each. RETURNING kept each row
    in a temporary table and made a tuple of three objects a post for the check below (~3 µs a
    post of the importing process, round 54). The ids are then read back once for the batch
    and must be its rows in order (the order in which a statement's VALUES are inserted is
    SQLite's, not promised): one (channel, message) a post, nothing else."""
    start, end = 0, len(values)
    cursor = None
    while start < end:
        count = POSTS_AT_ONCE if end - start >= POSTS_AT_ONCE * WIDTH else 1
        stop = start + count * WIDTH
        cursor = conn.execute(_insert_prepared(count), values[start:stop])
        if cursor.rowcount != count:
            raise _Declined
        start = stop
    posts = end // WIDTH
    if cursor is None or cursor.lastrowid is None:
        return []
    first = cursor.lastrowid - posts + 1
    stored = conn.execute("SELECT channel_id, message_id FROM posts WHERE id >= ? ORDER BY id", [first]).fetchall()
    if stored != list(zip(values[1::WIDTH], values[3::WIDTH], strict=True)):
        raise _Declined  # not the batch's rows, in its order, ids first..last
    return list(range(first, first + posts))


_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_EMPTY_IS_NULL = "(?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?)"  # thread id, link domains


@functools.cache
def _insert_prepared(count: int) -> str:
    """posts._insert_returning(count) without its ON CONFLICT and RETURNING (_insert_new_posts),
    and with the thread id and the link domains given as "" for NULL: sqlite3 binds None through
    its adapter lookup (~0.4 µs a value, raising and clearing an AttributeError each time), a str
    directly; most posts have neither, so the same NULLs are stored."""
    plain = _insert_returning(count)
    head = plain[: plain.index(_CONFLICT)]
    if plain[len(head):] != _CONFLICT + _RETURNING:
        raise ValueError(f"posts' INSERT is no longer {head} ... {_CONFLICT}{_RETURNING}")
    return head.replace(_ROW, _EMPTY_IS_NULL)


_CONFLICT, _RETURNING = " ON CONFLICT (channel_id, message_id) DO NOTHING", " RETURNING id, channel_id, message_id"


def _write_derived(conn: Connection, batch: PreparedBatch, ids: list[tuple[int, int | None, int | None]],
                   kept: list[bool], post_ids: list[int]) -> None:
    """The rows derived from the posts, as _Derived.write() writes them, ids filled in."""
    derived = _Derived()
    derived.bots = {mb for place in batch.bots if (mb := ids[place][2]) is not None}
    derived.days = {(ids[place][0], kind, day, ids[place][1] or 0, ids[place][2] or 0): counts
                    for (place, kind, day), counts in batch.days.items()}
    derived.words = {(ids[place][0], word): counts for (place, word), counts in batch.words.items()}
    derived.member_words = {(ids[member][2], ids[place][0], word): counts
                            for (member, place, word), counts in batch.member_words.items()}
    derived.links = [(post_ids[at], hashed, domain, url if kept[batch.place_of[at]] else None)
                     for at, hashed, domain, url in batch.links]
    # bytearray: sqlite3 binds it as the same BLOB without looking for an adapter (~0.5 µs a bytes value)
    derived.signatures = [(post_ids[at], bytearray(signature)) for at, signature in batch.signatures]
    if batch.bands:
        rows = np.frombuffer(batch.bands, dtype="<i8").reshape(-1, 4).copy()
        rows[:, 3] = np.asarray(post_ids, dtype=np.int64)[rows[:, 3]]
        derived.band_values = rows.ravel().tolist()
    derived.write(conn)
