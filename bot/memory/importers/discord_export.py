"""`coach import discord FILE.json ...`: DiscordChatExporter's JSON export.

One file per channel or thread: `guild`, `channel` (a thread has a thread
`type` and its parent channel in `categoryId`/`category`), then `messages`.
The file is streamed with ijson: memory stays flat for an export of any size.

What becomes a post: `Default` and `Reply` messages by people (replies and
thread messages are tagged `converse`; a thread's messages are logged in its
parent channel with the thread's id). What does not: bot messages
(`author.isBot`) and system messages (joins, pins, thread creation, calls,
channel changes). Messages with no text (an image alone) still count as posts.

The file is read a message at a time (bot.importers.jsonstream: the standard
library's decoder on a window of the file), so memory stays flat however big or
deeply nested it is. A message whose `timestamp`, `author` or `reference` is not
what DiscordChatExporter writes is counted and skipped, with its position.
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from bot.engine.categories import Tagger
from bot.memory.importers import (
    BATCH,
    READ_AT_ONCE,
    BadMessages,
    ImportReport,
    Progress,
    Writer,
    bulk_allocations,
)
from bot.memory.importers.jsonstream import JsonStream, MalformedJson
from bot.memory.store import Store

PLATFORM = "discord"
POSTING_TYPES = {"Default", "Reply"}
THREAD_TYPES = {"GuildPublicThread", "GuildPrivateThread", "GuildNewsThread"}


class _Counting:
    """A binary file that reports how many bytes have been read (for the progress bar)."""

    def __init__(self, handle: BinaryIO, progress: Progress | None):
        self.handle, self.progress = handle, progress

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        if self.progress and data:
            self.progress(len(data))
        return data


def _timestamp(value: Any) -> float | None:
    """An ISO 8601 timestamp as seconds since 1970, or None when it is not one."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        seconds = datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except (ValueError, OverflowError, OSError):
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def _id(value: Any) -> str | None:
    """A Discord snowflake as DiscordChatExporter writes it (text, sometimes a number)."""
    if isinstance(value, str) and value and len(value) <= 32:
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    return None


@bulk_allocations()
def import_discord(store: Store, paths: list[str | Path], tagger: Tagger | None = None, *,
                   observe: tuple[str, ...] = (), progress: Progress | None = None,
                   batch: int = BATCH, jobs: int = 1) -> ImportReport:
    """Import DiscordChatExporter JSON files into team memory; `jobs` worker processes tag
    (bot.memory.importers.pool: 1 tags in this process)."""
    report = ImportReport()
    wanted = {name.lstrip("#").casefold() for name in observe}
    with Writer(store, tagger, report, batch, jobs) as writer:  # one pool of workers for all the files
        for raw in paths:
            path = Path(raw)
            import_id = store.start_import(PLATFORM, str(path))
            before = (report.added, report.skipped, len(report.malformed))
            status = "failed"
            try:
                _import_file(store, path, writer, report, wanted, progress, batch)
                status = "finished"
            finally:
                store.finish_import(import_id, report.added - before[0], report.skipped - before[1],
                                    len(report.malformed) - before[2], status)
    return report


def _import_file(store: Store, path: Path, writer: Writer, report: ImportReport, wanted: set[str],
                 progress: Progress | None, batch: int) -> None:
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed below, whatever happens)
    except OSError as exc:
        report.malformed.append((str(path), _problem(exc)))
        return
    bad = BadMessages(str(path))
    with handle:
        stream = JsonStream(_Counting(handle, progress))  # type: ignore[arg-type]
        header: dict[str, Any] = {}
        read: list[Any] = []  # at most a batch is held; the first is message number `first` of the file
        first = 0
        at_once = min(batch, READ_AT_ONCE)
        where: tuple[str, str, str, str, tuple[str, str]] | None = None
        try:
            for key in stream.members():
                if key != "messages":
                    header[key] = stream.value()
                    continue
                where = _where(header, store, wanted)
                for message in stream.items():
                    read.append(message)
                    if len(read) >= at_once:
                        _take(store, writer, report, bad, first, read, *where)
                        first += len(read)
                        read = []
            if where is None:
                raise MalformedJson("no `messages`: not a DiscordChatExporter JSON export", stream.offset)
            report.files += 1
        except (OSError, ValueError, KeyError, TypeError) as exc:
            report.malformed.append((str(path), _problem(exc)))  # what was read before the problem is kept
        if where is not None:
            _take(store, writer, report, bad, first, read, *where)
    bad.report_to(report)
    writer.flush()


def _where(header: dict[str, Any], store: Store, wanted: set[str]) -> tuple[str, str, str, str, tuple[str, str]]:
    """(workspace, channel id, thread id, kind, names) from the `guild` and `channel` objects."""
    guild, channel = header.get("guild"), header.get("channel")
    if not isinstance(guild, dict) or not isinstance(channel, dict):
        raise MalformedJson("no `guild` and `channel` objects before the messages: not a DiscordChatExporter "
                            "JSON export", 0)
    workspace, own_id = _id(guild.get("id")), _id(channel.get("id"))
    if workspace is None or own_id is None:
        raise MalformedJson("`guild.id` and `channel.id` must be Discord ids", 0)
    workspace_name = str(guild.get("name") or workspace)
    parent = _id(channel.get("categoryId"))
    is_thread = channel.get("type") in THREAD_TYPES and parent is not None
    channel_id = parent if is_thread and parent else own_id
    channel_name = str((channel.get("category") if is_thread else channel.get("name")) or channel_id)
    thread_id = own_id if is_thread else ""
    if channel_name.casefold() in wanted or channel_id in wanted:
        store.set_observed(PLATFORM, workspace, channel_id, True, channel_name, workspace_name)
    kind = "community" if store.is_observed(PLATFORM, workspace, channel_id) else "team"
    return workspace, channel_id, thread_id, kind, (workspace_name, channel_name)


def _problem(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError | MalformedJson):
        return f"not valid JSON: {exc}" if isinstance(exc, json.JSONDecodeError) else str(exc)
    if isinstance(exc, OSError):
        return f"cannot read: {exc}"
    return f"unexpected content: {type(exc).__name__}: {exc}"


def _invalid(msg: dict[str, Any], message_id: str | None, at: float | None) -> str | None:
    """Why a message is not one DiscordChatExporter could have written (its id and timestamp read)."""
    if message_id is None:
        return "`id` is not a Discord id"
    if at is None:
        return f"`timestamp` is not an ISO 8601 date: {str(msg.get('timestamp'))[:40]!r}"
    author = msg.get("author")
    if not isinstance(author, dict) or _id(author.get("id")) is None:
        return "`author` is not an author object with an id"
    if msg.get("reference") is not None and not isinstance(msg.get("reference"), dict):
        return "`reference` is not a reference object"
    if not isinstance(msg.get("type", "Default"), str):
        return "`type` is not text"
    return None


def _posted_at(msg: Any, message_id: str | None, report: ImportReport, bad: BadMessages,
               position: int) -> float | None:
    """When a person's post was posted (its timestamp read once); None for the other messages,
    counted as what they are. `message_id`: _id() of its `id`."""
    if not isinstance(msg, dict):
        report.system += 1
        return None
    at = _timestamp(msg.get("timestamp"))
    problem = _invalid(msg, message_id, at)
    if problem:
        bad.add(position, problem)
    elif msg["author"].get("isBot"):
        report.bots += 1
    elif msg.get("type", "Default") not in POSTING_TYPES:
        report.system += 1
    else:
        return at
    return None


def _take(store: Store, writer: Writer, report: ImportReport, bad: BadMessages, first: int, read: list[Any],
          workspace: str, channel_id: str, thread_id: str, kind: str, names: tuple[str, str]) -> None:
    """A batch of messages as read (`first` is the position of read[0] in the file): each checked,
    then the people's posts already remembered counted as skipped, the others written. Checked
    first, as the Slack importer does, so that a malformed message is reported as malformed
    whether or not an earlier message with its id was written yet (the batch size changes
    nothing in the report)."""
    if not read:
        return
    posts = []  # (message, its id, when, its author, its type, its reference) of each person's post
    for n, msg in enumerate(read, first):
        if type(msg) is dict:
            # An ordinary post (plain dicts and ids as DiscordChatExporter writes them) passes every
            # check of _posted_at() at once; anything else takes the way that counts what it is.
            message_id, author, typ, reference = msg.get("id"), msg.get("author"), msg.get("type", "Default"), \
                msg.get("reference")
            if type(message_id) is str and 0 < len(message_id) <= 32 and type(author) is dict and \
                    (typ == "Default" or typ == "Reply") and (reference is None or type(reference) is dict):
                member = author.get("id")
                if type(member) is str and 0 < len(member) <= 32 and not author.get("isBot") and \
                        (at := _timestamp(msg.get("timestamp"))) is not None:
                    posts.append((msg, message_id, at, member, typ, reference))
                    continue
            message_id = _id(message_id)
        else:
            message_id = None
        at = _posted_at(msg, message_id, report, bad, n)
        if at is not None:
            posts.append((msg, message_id, at, _id(msg["author"]["id"]), msg.get("type"), msg.get("reference")))
    known = store.known_messages(PLATFORM, workspace, channel_id, [post[1] for post in posts])
    records = []
    for msg, message_id, at, member, typ, reference in posts:
        if message_id in known:
            report.skipped += 1
            continue
        author = msg["author"]
        records.append({  # a dict display: dict() of eleven keywords cost ~0.3 µs a message more (round 52)
            "text": str(msg.get("content") or ""), "platform": PLATFORM, "workspace": workspace,
            "channel": channel_id, "member": member, "message_id": message_id, "posted_at": at,
            "kind": kind, "source": "discord-export", "is_reply": bool(thread_id) or typ == "Reply",
            "thread_id": thread_id or (_id((reference or {}).get("messageId")) or ""),
            "names": (*names, str(author.get("nickname") or author.get("name") or author["id"]))})
    writer.add(records)
