"""A message to remember, tagged once: language, categories and the features team memory keeps.

    store.log_posts([record(tagger, text, platform=..., workspace=..., ...)])
    store.log_posts(records(tagger, messages))     # a batch: languages found in one pass
"""

from __future__ import annotations

from typing import Any, NamedTuple

from bot.engine.categories import Tagger, Tagging
from bot.engine.language import detect_many
from bot.engine.text import fold
from bot.memory.postfeatures import Link, PostFeatures, features, features_many
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
    taggings, feats = _tag_many(tagger, messages)
    return [_built(message, tagging, found) for message, tagging, found in zip(messages, taggings, feats, strict=True)]


class PlainFeatures(NamedTuple):
    """PostFeatures as plain values: what a worker process sends back (cheap to pickle)."""

    fingerprint: str
    links: list[tuple[str, str, str]]  # (url, domain, hash)
    signature: bytes | None
    bands: list[int]
    words: set[str]


class Tagged(NamedTuple):
    """The tagging of one message as plain values (tag_many's result, assemble's input)."""

    language: str
    categories: tuple[str, ...]
    features: PlainFeatures | None


def tagging_part(message: dict[str, Any]) -> dict[str, Any]:
    """What tagging reads of a message (all a worker process is sent): text, language, fallback,
    is_reply, kind."""
    return {key: message[key] for key in _TAGGING_KEYS if key in message}


def tag_many(tagger: Tagger, messages: list[dict[str, Any]]) -> list[Tagged]:
    """The tagging of each message of a batch as plain values (cheap to send between processes)."""
    taggings, feats = _tag_many(tagger, messages)
    return [Tagged(tagging.language, tuple(tagging.categories), None if found is None else PlainFeatures(
        found.fingerprint, [(link.url, link.domain, link.hash) for link in found.links], found.signature,
        found.bands, found.words)) for tagging, found in zip(taggings, feats, strict=True)]


def _tag_many(tagger: Tagger, messages: list[dict[str, Any]]) -> tuple[list[Tagging], list[PostFeatures | None]]:
    """Tagging and features of each message of a batch: each text folded once for both language
    detection and tagging, languages found in one pass of the model, signatures together."""
    texts = [m["text"] for m in messages]
    folds = [fold(text) for text in texts]
    languages: list[str | None] = [m.get("language") for m in messages]
    unknown: dict[str, list[int]] = {}  # fallback -> messages whose language the model must find
    for i, message in enumerate(messages):
        if languages[i] not in ("fr", "en") and texts[i].strip():
            unknown.setdefault(message.get("fallback", "en"), []).append(i)
    for fallback, which in unknown.items():
        found = detect_many([texts[i] for i in which], fallback, [folds[i] for i in which])
        for i, detection in zip(which, found, strict=True):
            languages[i] = detection.language
    taggings = [tagger.tag(text, language, fallback=m.get("fallback", "en"), is_reply=m.get("is_reply", False),
                           folded=folded, spans=False)
                for m, text, language, folded in zip(messages, texts, languages, folds, strict=True)]
    kinds = [m.get("kind", "team") for m in messages]
    wanted = [i for i, tagging in enumerate(taggings) if tagging.doc is not None]
    made = features_many([taggings[i].doc for i in wanted], [kinds[i] == "team" for i in wanted],  # type: ignore[misc]
                         [kinds[i] == "community" for i in wanted])
    feats: list[PostFeatures | None] = [None] * len(messages)
    for i, found in zip(wanted, made, strict=True):
        feats[i] = found
    return taggings, feats


def assemble(messages: list[dict[str, Any]], tagged: list[Tagged]) -> list[PostRecord]:
    """The PostRecords of a batch from its messages and their tag_many() values."""
    return [_built(message, Tagging(one.language, frozenset(one.categories)), _features(one.features))
            for message, one in zip(messages, tagged, strict=True)]


def _features(plain: PlainFeatures | None) -> PostFeatures | None:
    if plain is None:
        return None
    return PostFeatures(plain.fingerprint, [Link(*link) for link in plain.links], plain.signature, plain.bands,
                        plain.words)


def _built(message: dict[str, Any], tagging: Tagging, feats: PostFeatures | None) -> PostRecord:
    """record()'s PostRecord from a message of a batch and its tagging, built directly (no keyword
    dictionaries merged per message); a key record() does not take is refused as it would be."""
    if not _KEYS.issuperset(message):
        raise TypeError(f"record() got unexpected keyword arguments: {sorted(set(message) - _KEYS)}")
    get = message.get
    names = get("names", _NO_NAMES)
    return PostRecord(
        platform=message["platform"], workspace=message["workspace"], channel=message["channel"],
        member=message["member"], message_id=message["message_id"], posted_at=message["posted_at"],
        text=message["text"], kind=get("kind", "team"), source=get("source", "coach"), language=tagging.language,
        categories=tagging.categories, thread_id=get("thread_id", ""), workspace_name=names[0],
        channel_name=names[1], member_name=names[2], member_is_bot=get("is_bot", False), features=feats,
    )


_TAGGING_KEYS = ("text", "language", "fallback", "is_reply", "kind")
_KEYS = frozenset(("text", "platform", "workspace", "channel", "member", "message_id", "posted_at", "kind", "source",
                   "is_reply", "thread_id", "names", "is_bot", "fallback", "language"))  # record()'s keywords
_NO_NAMES = ("", "", "")
