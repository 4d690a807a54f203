"""A message to remember, tagged once: language, categories and the features team memory keeps.

    store.log_posts([record(tagger, text, platform=..., workspace=..., ...)])
    store.log_posts(records(tagger, messages))     # a batch: languages found in one pass
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any, NamedTuple

from bot.engine.categories import Tagger, Tagging
from bot.engine.language import detect_many
from bot.engine.text import fold
from bot.memory.postfeatures import Columns, PostFeatures, feature_columns, features, features_from
from bot.memory.store import PostRecord


def record(tagger: Tagger, text: str, *, platform: str, workspace: str, channel: str, member: str, message_id: str,
           posted_at: float, kind: str = "team", source: str = "coach", is_reply: bool = False,
           thread_id: str = "", names: tuple[str, str, str] = ("", "", ""), is_bot: bool = False,
           fallback: str = "en", language: str | None = None) -> PostRecord:
    """A PostRecord ready for Store.log_posts: language, categories and features computed once."""
    tagging = tagger.tag(text, language, fallback=fallback, is_reply=is_reply, spans=False)  # categories: all it keeps
    doc = tagging.doc
    feats = features(doc, with_signature=kind == "team", with_words=kind == "community") if doc else None
    return _record(tagging, feats, text=text, platform=platform, workspace=workspace, channel=channel,
                   member=member, message_id=message_id, posted_at=posted_at, kind=kind, source=source,
                   thread_id=thread_id, names=names, is_bot=is_bot)


def _record(tagging: Tagging, feats: PostFeatures | None, *, text: str, platform: str, workspace: str, channel: str,
            member: str, message_id: str, posted_at: float, kind: str, source: str, thread_id: str,
            names: tuple[str, str, str], is_bot: bool) -> PostRecord:
    return PostRecord(
        platform=platform, workspace=workspace, channel=channel, member=member, message_id=message_id,
        posted_at=posted_at, text=text, kind=kind, source=source, language=tagging.language,
        categories=tagging.categories, thread_id=thread_id, workspace_name=names[0], channel_name=names[1],
        member_name=names[2], member_is_bot=is_bot, features=feats,
    )


def records(tagger: Tagger, messages: list[dict[str, Any]]) -> list[PostRecord]:
    """record(tagger, **message) for each message of a batch (an import's), the same records
    computed a batch at a time: the languages of all the texts in one pass of the language
    model, then the near-duplicate signatures of all the posts together."""
    taggings, feats = tag_many(tagger, messages)
    return [built(message, tagging.language, tagging.categories, found)
            for message, tagging, found in zip(messages, taggings, feats, strict=True)]


def tagging_part(message: dict[str, Any]) -> dict[str, Any]:
    """What tagging reads of a message (all a worker process is sent): text, language, fallback,
    is_reply, kind."""
    return {key: message[key] for key in _TAGGING_KEYS if key in message}


def taggings_of(tagger: Tagger, messages: list[dict[str, Any]]) -> list[Tagging]:
    """The tagging of each message of a batch: each text folded once for both language detection
    and tagging, languages found in one pass of the model."""
    return taggings_from(tagger, [m["text"] for m in messages], [m.get("language") for m in messages],
                         [m.get("fallback", "en") for m in messages], [m.get("is_reply", False) for m in messages])


def taggings_from(tagger: Tagger, texts: Sequence[str], given: Sequence[str | None], fallbacks: Sequence[str],
                  replies: Sequence[bool]) -> list[Tagging]:
    """taggings_of() of a batch given as columns: texts, languages given, fallbacks, is_reply."""
    folds = [fold(text) for text in texts]
    languages = list(given)
    unknown: dict[str, list[int]] = {}  # fallback -> messages whose language the model must find
    for i, (text, language, fallback) in enumerate(zip(texts, languages, fallbacks, strict=True)):
        if language not in ("fr", "en") and text.strip():
            unknown.setdefault(fallback, []).append(i)
    for fallback, which in unknown.items():
        found = detect_many([texts[i] for i in which], fallback, [folds[i] for i in which])
        for i, detection in zip(which, found, strict=True):
            languages[i] = detection.language
    return [tagger.tag(text, language, fallback=fallback, is_reply=reply, folded=folded, spans=False)
            for text, language, fallback, reply, folded in zip(texts, languages, fallbacks, replies, folds,
                                                                strict=True)]


def tag_many(tagger: Tagger, messages: list[dict[str, Any]]) -> tuple[list[Tagging], list[PostFeatures | None]]:
    """Tagging and features of each message of a batch (None: nothing to derive them from)."""
    taggings = taggings_of(tagger, messages)
    return taggings, features_of([m.get("kind", "team") for m in messages], taggings)


def features_of(kinds: Sequence[str], taggings: list[Tagging]) -> list[PostFeatures | None]:
    """The features of each message of a batch from its kind and tagging (None: no prepared text)."""
    wanted, columns = feature_columns_for(kinds, taggings)
    feats: list[PostFeatures | None] = [None] * len(taggings)
    for i, found in zip(wanted, features_from(columns), strict=True):
        feats[i] = found
    return feats


def feature_columns_of(messages: list[dict[str, Any]], taggings: list[Tagging]) -> tuple[list[int], Columns]:
    """The messages with a prepared text (positions) and their features as columns: team posts
    signed, community posts' content words."""
    return feature_columns_for([m.get("kind", "team") for m in messages], taggings)


def feature_columns_for(kinds: Sequence[str], taggings: list[Tagging]) -> tuple[list[int], Columns]:
    """feature_columns_of() with the messages' kinds given as a column."""
    wanted = [i for i, tagging in enumerate(taggings) if tagging.doc is not None]
    return wanted, feature_columns([taggings[i].doc for i in wanted], [kinds[i] == "team" for i in wanted],  # type: ignore[misc]
                                   [kinds[i] == "community" for i in wanted])


def built(message: dict[str, Any], language: str, categories: frozenset[str], feats: PostFeatures | None) -> PostRecord:
    """record()'s PostRecord from a message of a batch and its tagging, built directly (no keyword
    dictionaries merged per message); a key record() does not take is refused as it would be."""
    checked_keys(message)
    get = message.get
    names = get("names", NO_NAMES)
    return PostRecord(
        platform=message["platform"], workspace=message["workspace"], channel=message["channel"],
        member=message["member"], message_id=message["message_id"], posted_at=message["posted_at"],
        text=message["text"], kind=get("kind", "team"), source=get("source", "coach"), language=language,
        categories=categories, thread_id=get("thread_id", ""), workspace_name=names[0],
        channel_name=names[1], member_name=names[2], member_is_bot=get("is_bot", False), features=feats,
    )


def checked_keys(keys: Iterable[str]) -> None:
    """A key record() does not take, in a message's keys (or a batch's), is refused as record() would."""
    if not _KEYS.issuperset(keys):
        raise TypeError(f"record() got unexpected keyword arguments: {sorted(set(keys) - _KEYS)}")


_TAGGING_KEYS = ("text", "language", "fallback", "is_reply", "kind")
_KEYS = frozenset(("text", "platform", "workspace", "channel", "member", "message_id", "posted_at", "kind", "source",
                   "is_reply", "thread_id", "names", "is_bot", "fallback", "language"))  # record()'s keywords
NO_NAMES = ("", "", "")  # (workspace, channel, member) names not given


class _Missing:
    """A key a message does not have, as its value in a column: pickled by name (the one object)."""

    def __reduce__(self) -> str:
        return "MISSING"

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()


class MessageColumns(NamedTuple):
    """A batch of messages (record()'s keyword arguments) as one column per key: what a tagging
    worker is sent. A dict per message cost the importing process ~15 K instructions a message to
    pickle (each key saved and looked up in the memo again, every message) and the worker as much
    to load (a dict built and filled per message); columns are a few tuples (round 44)."""

    keys: tuple[str, ...]
    columns: tuple[tuple[Any, ...], ...]  # per key, each message's value (MISSING: it has no such key)
    count: int
    gaps: bool  # some message lacks some key

    def column(self, key: str, default: Any = MISSING) -> Sequence[Any]:
        """Each message's value of `key`, `default` where it has none (KeyError without a default)."""
        if key not in self.keys:
            if default is MISSING and self.count:
                raise KeyError(key)
            return (default,) * self.count
        values = self.columns[self.keys.index(key)]
        return _filled(key, values, default) if self.gaps else values


def _filled(key: str, values: Sequence[Any], default: Any) -> list[Any]:
    if default is MISSING and any(value is MISSING for value in values):
        raise KeyError(key)
    return [default if value is MISSING else value for value in values]


def columns_of(messages: list[dict[str, Any]]) -> MessageColumns:
    """The batch as columns: when every message has the same keys (an importer's batch), read in C
    (itemgetter and zip); otherwise each key met, MISSING where a message lacks it. (Reading the
    dicts' values with zip, after checking every message's keys in order, cost the importing
    process 0.8 K instructions a message more: round 44.)"""
    if not messages:
        return MessageColumns((), (), 0, False)
    keys = tuple(messages[0])
    if len(keys) > 1 and len(set(map(len, messages))) == 1:
        try:
            rows = list(map(itemgetter(*keys), messages))
        except KeyError:
            pass
        else:  # the same number of keys, each of the first message's: the same keys
            return MessageColumns(keys, tuple(zip(*rows, strict=True)), len(messages), False)
    keys = tuple(dict.fromkeys(key for message in messages for key in message))
    return MessageColumns(keys, tuple(tuple(message.get(key, MISSING) for message in messages) for key in keys),
                          len(messages), True)
