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
from itertools import chain
from typing import Any, NamedTuple

import numpy as np

from bot.engine.categories import Tagger
from bot.memory.minhash import BANDS, PERIOD
from bot.memory.posts import (
    NO_CHANNEL,
    POSTS_AT_ONCE,
    LogResult,
    PostRecord,
    _counted,
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
    features_of,
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
    """prepare_messages() of a batch sent as columns (what a tagging worker is sent)."""
    checked_keys(batch.keys)
    column = batch.column
    taggings = taggings_from(tagger, column("text"), column("language", None), column("fallback", "en"),
                             column("is_reply", False))
    kinds = column("kind", "team")
    feats = features_of(kinds, taggings)
    return _prepared([(platform, workspace, channel, member, message_id, posted_at, None, kind, source,
                       tagging.language, tagging.categories, thread_id, *names[:3], is_bot, found)
                      for platform, workspace, channel, member, message_id, posted_at, kind, source, thread_id,
                      names, is_bot, tagging, found
                      in zip(column("platform"), column("workspace"), column("channel"), column("member"),
                             column("message_id"), column("posted_at"), kinds, column("source", "coach"),
                             column("thread_id", ""), column("names", NO_NAMES), column("is_bot", False),
                             taggings, feats, strict=True)])


def prepare(batch: list[PostRecord]) -> PreparedBatch:
    """insert_posts()'s bookkeeping for a batch whose posts are all new, ids left open."""
    return _prepared([astuple_shallow(rec) for rec in batch])


def astuple_shallow(rec: PostRecord) -> tuple:
    """A record's fields in order (dataclasses.astuple would copy the features too)."""
    return tuple(getattr(rec, name) for name in _FIELDS)


_FIELDS = tuple(PostRecord.__dataclass_fields__)


def _prepared(batch: list[tuple]) -> PreparedBatch:
    """prepare() of records given as their fields in order (PostRecord's)."""
    where: dict[tuple, int] = {}
    first: dict[tuple, int] = {}  # the first place of a workspace, a member, a channel and member
    firsts: list[tuple[int, int, int]] = []  # per place: the first places of its workspace, member, channel
    place_of, bots, values = [], set(), []
    derived = _Derived()  # keyed by place and position instead of row ids
    day_counts, signatures, banded = derived.days, derived.signatures, derived.banded
    days: dict[int, str] = {}
    for position, (platform, workspace, channel, member, message_id, posted_at, text, kind, source, language,
                   categories, thread_id, workspace_name, channel_name, member_name, is_bot,
                   feats) in enumerate(batch):
        key = (platform, workspace, channel or NO_CHANNEL, member, workspace_name,
               channel_name or ("" if channel else "(no channel)"), member_name)
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
        domains = " ".join(sorted({link.domain for link in feats.links if link.domain})) if feats and feats.links else ""
        at = int(posted_at)
        values += (None, None, None, message_id, thread_id or "", at, kind, source,  # "": NULL (_EMPTY_IS_NULL)
                   language or None, *cats, domains, text, feats.fingerprint if feats else None)
        day = days.get(at // 86400)
        if day is None:
            day = days[at // 86400] = day_of(at)
        counts = day_counts.get(day_key := (in_channel, kind, day))
        if counts is None:
            day_counts[day_key] = [1, *cats, int(not any(cats)), at, at]
        else:
            count_day(counts, cats, at)
        if feats is not None:  # _Derived.features() written out (a method call a post, ~1 K instructions)
            if feats.links:
                derived.links.extend((position, link.hash, link.domain, link.url) for link in feats.links)
            if feats.signature is not None and kind == "team":
                signatures.append((position, feats.signature))
                banded.append((at // PERIOD, at, position, feats.bands))
            if feats.words and kind == "community":
                for word in feats.words:
                    _counted(derived.words, (in_ws, word), at)
                    _counted(derived.member_words, (of_member, in_ws, word), at)
    return PreparedBatch(list(where), place_of, sorted(bots), values, derived.days, derived.links,
                         derived.signatures, _banded(derived.banded), derived.words,
                         derived.member_words,
                         all(isinstance(fields[4], str) for fields in batch) and
                         len({(*fields[:3], fields[4]) for fields in batch}) == len(batch))


def _banded(banded: list[tuple[int, int, int, list[int]]]) -> bytes:
    """The band rows with positions for post ids, sorted as bot.memory.posts._band_array sorts
    them (post ids grow with positions, so the order is the same)."""
    if not banded:
        return b""
    months, ats, positions = (np.repeat(np.array([b[i] for b in banded], dtype=np.int64), BANDS) for i in range(3))
    # The keys end to end through one C iterator: np.array of the posts' lists of keys first works out
    # their shape and type element by element (~300 instructions a key against ~60; round 44).
    keys = np.fromiter(chain.from_iterable(b[3] for b in banded), dtype=np.int64, count=BANDS * len(banded))
    order = np.lexsort((positions, ats, keys, months))
    return np.stack([months, keys, ats, positions], axis=1)[order].astype("<i8").tobytes()


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
    in the order of the rows: _Declined otherwise. A statement's rows, sorted by id, must be its
    rows in order (the order of RETURNING rows is not promised; the key is unique)."""
    post_ids: list[int] = []
    start, end, last = 0, len(values), 0
    while start < end:
        count = POSTS_AT_ONCE if end - start >= POSTS_AT_ONCE * WIDTH else 1
        stop = start + count * WIDTH
        returned = sorted(conn.execute(_insert_prepared(count), values[start:stop]).fetchall())
        if len(returned) != count:
            raise _Declined  # a message already remembered, or twice in the batch
        made, channels, messages = zip(*returned, strict=True)
        if made[0] <= last or list(messages) != values[start + 3 : stop : WIDTH] or \
                list(channels) != values[start + 1 : stop : WIDTH]:
            raise _Declined
        post_ids += made
        last = made[-1]
        start = stop
    return post_ids


_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_EMPTY_IS_NULL = "(?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?)"  # thread id, link domains


@functools.cache
def _insert_prepared(count: int) -> str:
    """posts._insert_returning(count) with the thread id and the link domains given as "" for NULL:
    sqlite3 binds None through its adapter lookup (~0.4 µs a value, raising and clearing an
    AttributeError each time), a str directly; most posts have neither, so the same NULLs are stored."""
    return _insert_returning(count).replace(_ROW, _EMPTY_IS_NULL)


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
