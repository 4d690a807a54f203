"""`coach import slack EXPORT.zip|DIR`: a standard Slack workspace export.

The export holds `users.json`, `channels.json` (and `groups.json`, `mpims.json`,
`dms.json` for private conversations when the export includes them) and one
folder per conversation with one JSON file per day: a list of messages.

What becomes a post: messages by people (`user`), thread replies included
(tagged `converse`, with their `thread_ts`), file shares and `/me` messages.
What does not: bot and integration messages (`bot_message`, or a user marked
`is_bot`), and events (joins, leaves, topic and name changes, pins, deletions,
edit events: the export already holds each message's latest text, with
`edited` set). Slack markup (`<@U1>`, `<#C1|name>`, `<url|label>`, `&amp;`)
becomes plain text.
"""

from __future__ import annotations

import html
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from bot.categories import Tagger, default_tagger
from bot.importers import BATCH, ImportReport, Progress, Writer
from bot.store import Store

PLATFORM = "slack"
POSTING_SUBTYPES = {None, "", "thread_broadcast", "file_share", "me_message"}
BOT_SUBTYPES = {"bot_message", "bot_add", "bot_remove", "bot_enable", "bot_disable"}
_MARKUP = re.compile(r"<([^<>]+)>")


class ExportSource:
    """A Slack export, zipped or unpacked: its files by path relative to the export's root."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._zip = zipfile.ZipFile(self.path) if self.path.is_file() else None
        names = self._zip.namelist() if self._zip else [
            p.relative_to(self.path).as_posix() for p in self.path.rglob("*.json") if p.is_file()]
        roots = [str(PurePosixPath(n).parent) for n in names if PurePosixPath(n).name in ("users.json", "channels.json")]
        self.root = min(roots, key=len) if roots else ""
        prefix = "" if self.root in ("", ".") else self.root + "/"
        self.names = sorted(n[len(prefix):] for n in names if n.startswith(prefix) and n.endswith(".json"))
        self._prefix = prefix

    def label(self, name: str) -> str:
        return f"{self.path}:{self._prefix}{name}" if self._zip else str(self.path / self._prefix / name)

    def read(self, name: str) -> Any:
        if self._zip:
            with self._zip.open(self._prefix + name) as handle:
                return json.load(handle)
        with open(self.path / self._prefix / name, encoding="utf-8") as handle:
            return json.load(handle)

    def close(self) -> None:
        if self._zip:
            self._zip.close()


def plain_text(text: str, users: dict[str, tuple[str, bool]]) -> str:
    """Slack's markup as a person reads it."""

    def replace(match: re.Match[str]) -> str:
        inner = match.group(1)
        target, _, label = inner.partition("|")
        if target.startswith("@"):
            return "@" + (label or users.get(target[1:], (target[1:], False))[0])
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            name = target[1:].split("^")[0]
            return label or "@" + name
        if target.startswith("mailto:"):
            return label or target[len("mailto:"):]
        if label and label != target:
            return f"{label} {target}"
        return target

    return html.unescape(_MARKUP.sub(replace, text or ""))


def _users(source: ExportSource, report: ImportReport) -> tuple[dict[str, tuple[str, bool]], str]:
    users: dict[str, tuple[str, bool]] = {}
    teams: Counter[str] = Counter()
    if "users.json" not in source.names:
        return users, ""
    try:
        data = source.read("users.json")
        for user in data:
            profile = user.get("profile") or {}
            name = (profile.get("display_name") or profile.get("real_name") or user.get("real_name")
                    or user.get("name") or user["id"])
            users[user["id"]] = (name, bool(user.get("is_bot")) or user.get("id") == "USLACKBOT")
            if user.get("team_id"):
                teams[user["team_id"]] += 1
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        report.malformed.append((source.label("users.json"), _problem(exc)))
    return users, teams.most_common(1)[0][0] if teams else ""


def _conversations(source: ExportSource, report: ImportReport) -> dict[str, tuple[str, str]]:
    """folder -> (channel id, channel name)."""
    folders: dict[str, tuple[str, str]] = {}
    for listing in ("channels.json", "groups.json", "mpims.json", "dms.json"):
        if listing not in source.names:
            continue
        try:
            for conv in source.read(listing):
                folder = conv.get("name") or conv["id"]
                folders[folder] = (conv["id"], conv.get("name") or conv["id"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            report.malformed.append((source.label(listing), _problem(exc)))
    return folders


def _problem(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
    return f"unexpected content: {type(exc).__name__}: {exc}"


def day_files(source: ExportSource) -> list[tuple[str, str]]:
    """(folder, file name) of every day file, conversation by conversation, day by day."""
    found = []
    for name in source.names:
        parts = PurePosixPath(name).parts
        if len(parts) == 2:
            found.append((parts[0], name))
    return sorted(found)


def import_slack(store: Store, path: str | Path, tagger: Tagger | None = None, *, workspace: str = "",
                 workspace_name: str = "", observe: tuple[str, ...] = (), progress: Progress | None = None,
                 batch: int = BATCH) -> ImportReport:
    """Import a Slack export into team memory; returns what was added, skipped and malformed."""
    tagger = tagger or default_tagger()
    report = ImportReport()
    source = ExportSource(path)
    import_id = store.start_import(PLATFORM, str(path))
    try:
        users, team = _users(source, report)
        workspace = workspace or team or f"export:{source.path.stem}"
        workspace_name = workspace_name or source.path.stem
        folders = _conversations(source, report)
        wanted = {name.lstrip("#").casefold() for name in observe}
        for channel_id, name in folders.values():
            if name.casefold() in wanted or channel_id.casefold() in wanted:
                store.set_observed(PLATFORM, workspace, channel_id, True, name, workspace_name)
        writer = Writer(store, tagger, report, batch)
        observed: dict[str, bool] = {}
        for folder, name in day_files(source):
            channel_id, channel_name = folders.get(folder, (folder, folder))
            if channel_id not in observed:
                observed[channel_id] = store.is_observed(PLATFORM, workspace, channel_id)
            kind = "community" if observed[channel_id] else "team"
            try:
                messages = source.read(name)
                if not isinstance(messages, list):
                    raise TypeError("a day file must hold a list of messages")
            except (ValueError, KeyError, TypeError, OSError, zipfile.BadZipFile) as exc:
                report.malformed.append((source.label(name), _problem(exc)))
                if progress:
                    progress(1)
                continue
            report.files += 1
            posts = list(_posts(messages, users, report))
            known = store.known_messages(PLATFORM, workspace, channel_id, [m["ts"] for m in posts])
            report.skipped += len(known)
            writer.add([
                dict(text=text, platform=PLATFORM, workspace=workspace, channel=channel_id, member=msg["user"],
                     message_id=msg["ts"], posted_at=float(msg["ts"]), kind=kind, source="slack-export",
                     is_reply=bool(thread), thread_id=thread,
                     names=(workspace_name, channel_name, users.get(msg["user"], (msg["user"], False))[0]))
                for msg, text, thread in _texts(posts, users) if msg["ts"] not in known
            ])
            if progress:
                progress(1)
        writer.flush()
    finally:
        source.close()
        store.finish_import(import_id, report.added, report.skipped, len(report.malformed))
    return report


def _posts(messages: list[Any], users: dict[str, tuple[str, bool]], report: ImportReport) -> Iterator[dict[str, Any]]:
    """The messages of a day file that are people's posts; counts the others."""
    for msg in messages:
        if not isinstance(msg, dict) or msg.get("type", "message") != "message" or "ts" not in msg:
            report.system += 1
            continue
        subtype = msg.get("subtype")
        if subtype in BOT_SUBTYPES or (msg.get("bot_id") and not msg.get("user")):
            report.bots += 1
            continue
        if subtype not in POSTING_SUBTYPES or not msg.get("user"):
            report.system += 1
            continue
        if users.get(msg["user"], ("", False))[1]:
            report.bots += 1
            continue
        yield msg


def _texts(posts: list[dict[str, Any]], users: dict[str, tuple[str, bool]]) -> Iterator[tuple[dict[str, Any], str, str]]:
    for msg in posts:
        thread = msg.get("thread_ts") or ""
        yield msg, plain_text(msg.get("text", ""), users), thread if thread and thread != msg["ts"] else ""
