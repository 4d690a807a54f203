"""A batch's tagging in one compact piece: what a tagging worker sends back (bot.memory.importers.pool).

Sent per message (a NamedTuple of plain values each, rebuilt one by one), the tagging cost the
importing process ~7 µs a message to unpickle and assemble, and the worker ~3.6 µs to pickle
(round 29). Here the batch travels as a few columns: the languages, an index into the batch's
few distinct sets of categories, the fingerprints, the links end to end, every signature in one
bytes blob and every band key in one array's bytes. unpack() makes from it exactly the
PostRecords records.records() makes of the same messages.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np

from bot.engine.categories import Tagger
from bot.memory import minhash
from bot.memory.postfeatures import Columns, Link, PostFeatures, features_from
from bot.memory.records import built, feature_columns_of, taggings_of
from bot.memory.store import PostRecord


class TaggedBatch(NamedTuple):
    """tag_batch()'s result: the tagging of a batch's messages, as columns."""

    languages: list[str]
    category_sets: list[tuple[str, ...]]  # the distinct sets of categories of the batch (sorted names)
    category_of: bytes  # the index of each message's set in category_sets
    wanted: list[int]  # the messages with features (a prepared text), in order
    fingerprints: list[str]  # then one value per wanted message
    links: list[tuple[int, str, str, str]]  # (position in wanted, url, domain, hash), in order
    signatures: bytes  # the signed posts' signatures end to end
    signed: list[int]  # positions in wanted of the signed posts
    bands: bytes  # their band keys, int64, minhash.BANDS a post
    words: list[tuple[int, set[str]]]  # (position in wanted, content words) where there are some


def tag_batch(tagger: Tagger, messages: list[dict[str, Any]]) -> TaggedBatch:
    """The tagging of each message of a batch (records.tagging_part's keys), packed."""
    taggings = taggings_of(tagger, messages)
    wanted, columns = feature_columns_of(messages, taggings)
    sets: dict[frozenset[str], int] = {}
    which = bytes(sets.setdefault(tagging.categories, len(sets)) for tagging in taggings)  # 5 categories: <= 32 sets
    return TaggedBatch(
        [tagging.language for tagging in taggings], [tuple(sorted(found)) for found in sets], which, wanted,
        columns.fingerprints, [(at, link.url, link.domain, link.hash) for at, found in enumerate(columns.links)
                               for link in found],
        columns.signatures, columns.signed, columns.bands.astype("<i8", copy=False).tobytes(),
        [(at, found) for at, found in enumerate(columns.words) if found])


def unpack(messages: list[dict[str, Any]], batch: TaggedBatch) -> list[PostRecord]:
    """The PostRecords of a batch from its messages and their tag_batch()."""
    links: list[list[Link]] = [[] for _ in batch.wanted]
    for at, url, domain, hashed in batch.links:
        links[at].append(Link(url, domain, hashed))
    words: list[set[str]] = [set() for _ in batch.wanted]
    for at, found in batch.words:
        words[at] = found
    bands = np.frombuffer(batch.bands, dtype="<i8").reshape(-1, minhash.BANDS)
    feats: list[PostFeatures | None] = [None] * len(messages)
    for i, made in zip(batch.wanted, features_from(Columns(batch.fingerprints, links, batch.signatures, batch.signed,
                                                           bands, words)), strict=True):
        feats[i] = made
    sets = [frozenset(names) for names in batch.category_sets]
    return [built(message, language, sets[k], found) for message, language, k, found
            in zip(messages, batch.languages, batch.category_of, feats, strict=True)]
