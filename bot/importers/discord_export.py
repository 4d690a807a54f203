"""`coach import discord FILE.json ...`: DiscordChatExporter's JSON export.

One file per channel or thread: `guild`, `channel` (a thread has a thread
`type` and its parent channel in `categoryId`/`category`), then `messages`.
The file is streamed with ijson: memory stays flat for an export of any size.

What becomes a post: `Default` and `Reply` messages by people (replies and
thread messages are tagged `converse`; a thread's messages are logged in its
parent channel with the thread's id). What does not: bot messages
(`author.isBot`) and system messages (joins, pins, thread creation, calls,
channel changes). Messages with no text (an image alone) still count as posts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import ijson

from bot.categories import Tagger, default_tagger
from bot.importers import BATCH, ImportReport, Progress, Writer
from bot.store import Store

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


def _header(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The `guild` and `channel` objects at the top of the file (parsing stops right after each)."""
    found: dict[str, Any] = {}
    for key in ("guild", "channel"):
        with open(path, "rb") as handle:
            found[key] = next(ijson.items(handle, key, use_float=True), None)
    if not isinstance(found["guild"], dict) or not isinstance(found["channel"], dict):
        raise ValueError("no `guild` and `channel` objects: not a DiscordChatExporter JSON export")
    return found["guild"], found["channel"]


def _timestamp(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def import_discord(store: Store, paths: list[str | Path], tagger: Tagger | None = None, *,
                   observe: tuple[str, ...] = (), progress: Progress | None = None,
                   batch: int = BATCH) -> ImportReport:
    """Import DiscordChatExporter JSON files into team memory."""
    tagger = tagger or default_tagger()
    report = ImportReport()
    wanted = {name.lstrip("#").casefold() for name in observe}
    for raw in paths:
        path = Path(raw)
        import_id = store.start_import(PLATFORM, str(path))
        before = (report.added, report.skipped, len(report.malformed))
        try:
            _import_file(store, path, tagger, report, wanted, progress, batch)
        finally:
            store.finish_import(import_id, report.added - before[0], report.skipped - before[1],
                                len(report.malformed) - before[2])
    return report


def _import_file(store: Store, path: Path, tagger: Tagger, report: ImportReport, wanted: set[str],
                 progress: Progress | None, batch: int) -> None:
    try:
        guild, channel = _header(path)
        workspace, workspace_name = str(guild["id"]), str(guild.get("name") or guild["id"])
        is_thread = channel.get("type") in THREAD_TYPES and channel.get("categoryId")
        channel_id = str(channel["categoryId"] if is_thread else channel["id"])
        channel_name = str((channel.get("category") if is_thread else channel.get("name")) or channel_id)
        thread_id = str(channel["id"]) if is_thread else ""
    except (OSError, ValueError, KeyError, TypeError, ijson.JSONError) as exc:
        report.malformed.append((str(path), _problem(exc)))
        return
    if channel_name.casefold() in wanted or channel_id in wanted:
        store.set_observed(PLATFORM, workspace, channel_id, True, channel_name, workspace_name)
    kind = "community" if store.is_observed(PLATFORM, workspace, channel_id) else "team"
    writer = Writer(store, tagger, report, batch)
    names = (workspace_name, channel_name)
    chunk: list[dict[str, Any]] = []
    try:
        with open(path, "rb") as handle:
            for message in ijson.items(_Counting(handle, progress), "messages.item", use_float=True):
                chunk.append(message)
                if len(chunk) >= batch:
                    _write(store, tagger, writer, report, chunk, workspace, channel_id, thread_id, kind, names)
                    chunk = []
        _write(store, tagger, writer, report, chunk, workspace, channel_id, thread_id, kind, names)
        report.files += 1
    except (OSError, ValueError, KeyError, TypeError, ijson.JSONError) as exc:
        # What was read before the problem is kept; the file is reported.
        _write(store, tagger, writer, report, chunk, workspace, channel_id, thread_id, kind, names)
        report.malformed.append((str(path), _problem(exc)))
    writer.flush()


def _problem(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError | ijson.JSONError):
        return f"not valid JSON: {exc}"
    if isinstance(exc, OSError):
        return f"cannot read: {exc}"
    return f"unexpected content: {type(exc).__name__}: {exc}"


def _posts(messages: list[dict[str, Any]], report: ImportReport) -> Iterator[dict[str, Any]]:
    for msg in messages:
        author = (msg.get("author") if isinstance(msg, dict) else None) or {}
        if not isinstance(msg, dict) or "id" not in msg or "timestamp" not in msg or not author.get("id"):
            report.system += 1
        elif author.get("isBot"):
            report.bots += 1
        elif msg.get("type", "Default") not in POSTING_TYPES:
            report.system += 1
        else:
            yield msg


def _write(store: Store, tagger: Tagger, writer: Writer, report: ImportReport, messages: list[dict[str, Any]],
           workspace: str, channel_id: str, thread_id: str, kind: str, names: tuple[str, str]) -> None:
    posts = list(_posts(messages, report))
    if not posts:
        return
    known = store.known_messages(PLATFORM, workspace, channel_id, [str(m["id"]) for m in posts])
    report.skipped += len(known)
    records = []
    for msg in posts:
        if str(msg["id"]) in known:
            continue
        author = msg["author"]
        is_reply = bool(thread_id) or msg.get("type") == "Reply"
        records.append(dict(
            text=str(msg.get("content") or ""), platform=PLATFORM, workspace=workspace, channel=channel_id,
            member=str(author["id"]), message_id=str(msg["id"]), posted_at=_timestamp(msg["timestamp"]),
            kind=kind, source="discord-export", is_reply=is_reply,
            thread_id=thread_id or str((msg.get("reference") or {}).get("messageId") or ""),
            names=(*names, str(author.get("nickname") or author.get("name") or author["id"]))))
    writer.add(records)
