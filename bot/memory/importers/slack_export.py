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

Hostile or broken exports: day files are streamed a message at a time
(bot.importers.jsonstream), so memory stays flat for a 200 MB day file; a zip
member declaring more than MAX_FILE uncompressed, or compressed suspiciously well,
is refused before it is read; a message whose `ts`, `user`, `text` or `thread_ts`
is not what Slack writes is counted and skipped, with its file and position in
the report. A path that is not a Slack export at all (not a folder or a zip, or
neither channels.json, users.json nor day folders in it) raises ExportError.
"""

from __future__ import annotations

import html
import json
import math
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

from bot.engine.categories import Tagger
from bot.memory.importers import (
    BATCH,
    READ_AT_ONCE,
    BadMessages,
    ExportError,
    ImportReport,
    Progress,
    Writer,
    bulk_allocations,
)
from bot.memory.importers.jsonstream import JsonStream, MalformedJson
from bot.memory.store import Store

PLATFORM = "slack"
POSTING_SUBTYPES = {None, "", "thread_broadcast", "file_share", "me_message"}
BOT_SUBTYPES = {"bot_message", "bot_add", "bot_remove", "bot_enable", "bot_disable"}
_MARKUP = re.compile(r"<([^<>]+)>")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")
MAX_FILE = 1 << 30  # uncompressed bytes of one file of the export
MAX_LISTING = 256 << 20  # users.json, channels.json: read whole
MAX_RATIO = 200  # uncompressed / compressed, for members over RATIO_FROM bytes: JSON compresses ~10-30x
RATIO_FROM = 64 << 20
MAX_TS = 1e11  # Slack timestamps are seconds since 1970; this is the year 5138
EXPECTED = ("a Slack export: the .zip Slack gives (or its unpacked folder) with channels.json, users.json "
            "and one folder per channel holding a JSON file per day (2024-03-05.json)")


class ExportSource:
    """A Slack export, zipped or unpacked: its files by path relative to the export's root."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._zip: zipfile.ZipFile | None = None
        if self.path.is_file():
            try:
                self._zip = zipfile.ZipFile(self.path)
                names = self._zip.namelist()
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise ExportError(f"{self.path} is not a zip file ({exc}); expected {EXPECTED}") from None
        elif self.path.is_dir():
            names = [p.relative_to(self.path).as_posix() for p in self.path.rglob("*.json") if p.is_file()]
        else:
            raise ExportError(f"{self.path} does not exist; expected {EXPECTED}")
        roots = [str(PurePosixPath(n).parent) for n in names if PurePosixPath(n).name in ("users.json", "channels.json")]
        self.root = min(roots, key=len) if roots else ""
        prefix = "" if self.root in ("", ".") else self.root + "/"
        self.names = sorted({n[len(prefix):] for n in names if n.startswith(prefix) and n.endswith(".json")})
        self._prefix = prefix
        if not roots and not day_files(self):
            self.close()
            raise ExportError(f"{self.path} is not a Slack export: no channels.json, users.json or day files "
                              f"in it; expected {EXPECTED}")

    def label(self, name: str) -> str:
        return f"{self.path}:{self._prefix}{name}" if self._zip else str(self.path / self._prefix / name)

    def open(self, name: str) -> IO[bytes]:
        """One file of the export, for reading; refused when it would unpack to too much."""
        if self._zip:
            info = self._zip.getinfo(self._prefix + name)
            size, packed = info.file_size, max(info.compress_size, 1)
            if size > RATIO_FROM and size / packed > MAX_RATIO:
                raise MalformedJson(f"unpacks {size / packed:,.0f} times its size ({size:,} bytes): a zip bomb?", 0)
            handle: IO[bytes] = self._zip.open(info)
        else:
            file = self.path / self._prefix / name
            size = file.stat().st_size
            handle = open(file, "rb")  # noqa: SIM115 (returned to the caller, who closes it)
        if size > MAX_FILE:
            handle.close()
            raise MalformedJson(f"{size:,} bytes uncompressed, over the {MAX_FILE:,} a file may have", 0)
        return handle

    def read(self, name: str, limit: int = MAX_LISTING) -> Any:
        """A small file of the export (users.json, channels.json), whole."""
        with self.open(name) as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise MalformedJson(f"over {limit:,} bytes", limit)
        try:
            return json.loads(data)
        except RecursionError:
            raise MalformedJson("nested too deep", 0) from None

    def messages(self, name: str) -> Iterator[Any]:
        """The messages of a day file, one at a time."""
        with self.open(name) as handle:
            yield from JsonStream(handle).items()

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
    bad = BadMessages(source.label("users.json"), "user")
    try:
        data = source.read("users.json")
        if not isinstance(data, list):
            raise TypeError("users.json must hold a list of users")
        for n, user in enumerate(data):
            if not isinstance(user, dict) or not isinstance(user.get("id"), str):
                bad.add(n, "a user needs a text `id`")
                continue
            profile = user.get("profile") if isinstance(user.get("profile"), dict) else {}
            names = (profile.get("display_name"), profile.get("real_name"), user.get("real_name"), user.get("name"))
            name = next((n for n in names if isinstance(n, str) and n), user["id"])
            users[user["id"]] = (name, bool(user.get("is_bot")) or user.get("id") == "USLACKBOT")
            if isinstance(user.get("team_id"), str) and user["team_id"]:
                teams[user["team_id"]] += 1
    except (ValueError, KeyError, TypeError, AttributeError, OSError, zipfile.BadZipFile, EOFError, zlib.error) as exc:
        report.malformed.append((source.label("users.json"), _problem(exc)))
    bad.report_to(report)
    return users, teams.most_common(1)[0][0] if teams else ""


def _conversations(source: ExportSource, report: ImportReport) -> dict[str, tuple[str, str]]:
    """folder -> (channel id, channel name)."""
    folders: dict[str, tuple[str, str]] = {}
    for listing in ("channels.json", "groups.json", "mpims.json", "dms.json"):
        if listing not in source.names:
            continue
        bad = BadMessages(source.label(listing), "conversation")
        try:
            listed = source.read(listing)
            if not isinstance(listed, list):
                raise TypeError(f"{listing} must hold a list of conversations")
            for n, conv in enumerate(listed):
                if not isinstance(conv, dict) or not isinstance(conv.get("id"), str) or not conv["id"]:
                    bad.add(n, "a conversation needs a text `id`")
                    continue
                name = conv.get("name") if isinstance(conv.get("name"), str) and conv.get("name") else conv["id"]
                folders[name] = (conv["id"], name)
        except (ValueError, KeyError, TypeError, AttributeError, OSError, zipfile.BadZipFile, EOFError,
                zlib.error) as exc:
            report.malformed.append((source.label(listing), _problem(exc)))
        bad.report_to(report)
    return folders


def _problem(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
    if isinstance(exc, MalformedJson):
        return str(exc)
    if isinstance(exc, zipfile.BadZipFile | EOFError | zlib.error):
        return f"damaged in the zip: {exc}"
    if isinstance(exc, OSError):
        return f"cannot read: {exc}"
    return f"unexpected content: {type(exc).__name__}: {exc}"


def day_files(source: ExportSource) -> list[tuple[str, str]]:
    """(folder, file name) of every day file, conversation by conversation, day by day."""
    found = []
    for name in source.names:
        parts = PurePosixPath(name).parts
        if len(parts) == 2 and _DAY.match(parts[1]):
            found.append((parts[0], name))
    return sorted(found)


def channel_names(source: ExportSource) -> list[str]:
    """The conversations an export holds, by name (for `--observe` and its error message)."""
    report = ImportReport()
    folders = _conversations(source, report)
    return sorted({name for _, name in folders.values()} | {folder for folder, _ in day_files(source)})


def check_observe(source: ExportSource, observe: tuple[str, ...]) -> None:
    """Raise ExportError when a channel to observe is not in the export (nothing imported yet)."""
    report = ImportReport()
    folders = _conversations(source, report)
    known = {name.casefold() for _, name in folders.values()} | {cid.casefold() for cid, _ in folders.values()}
    known |= {folder.casefold() for folder, _ in day_files(source)}
    missing = [name for name in observe if name.lstrip("#").casefold() not in known]
    if missing:
        listing = ", ".join(channel_names(source)) or "none"
        raise ExportError(f"no channel {', '.join(map(repr, missing))} in this export to observe; its channels: {listing}")


@bulk_allocations()
def import_slack(store: Store, path: str | Path, tagger: Tagger | None = None, *, workspace: str = "",
                 workspace_name: str = "", observe: tuple[str, ...] = (), progress: Progress | None = None,
                 batch: int = BATCH, jobs: int = 1) -> ImportReport:
    """Import a Slack export into team memory; returns what was added, skipped and malformed.
    `jobs` worker processes tag (bot.memory.importers.pool: 1 tags in this process)."""
    report = ImportReport()
    source = ExportSource(path)  # raises ExportError: nothing is imported, no import is logged
    try:
        check_observe(source, observe)
    except ExportError:
        source.close()
        raise
    import_id = store.start_import(PLATFORM, str(path))
    status = "failed"
    writer = Writer(store, tagger, report, batch, jobs)
    try:
        users, team = _users(source, report)
        workspace = workspace or team or f"export:{source.path.stem}"
        workspace_name = workspace_name or source.path.stem
        folders = _conversations(source, report)
        wanted = {name.lstrip("#").casefold() for name in observe}
        for channel_id, name in folders.values():
            if name.casefold() in wanted or channel_id.casefold() in wanted:
                store.set_observed(PLATFORM, workspace, channel_id, True, name, workspace_name)
        observed: dict[str, bool] = {}
        for folder, name in day_files(source):
            channel_id, channel_name = folders.get(folder, (folder, folder))
            if channel_id not in observed:
                observed[channel_id] = store.is_observed(PLATFORM, workspace, channel_id)
            kind = "community" if observed[channel_id] else "team"
            names = (workspace_name, channel_name)
            bad = BadMessages(source.label(name))
            posts: list[dict[str, Any]] = []  # only people's posts are kept until written
            try:
                for n, message in enumerate(source.messages(name)):
                    post = _post(message, users, report, bad, n)
                    if post is not None:
                        posts.append(post)
                        if len(posts) >= min(batch, READ_AT_ONCE):
                            _write(store, writer, report, posts, users, workspace, channel_id, kind, names)
                            posts = []
                report.files += 1
            except (ValueError, KeyError, TypeError, OSError, zipfile.BadZipFile, EOFError, zlib.error) as exc:
                report.malformed.append((source.label(name), _problem(exc)))  # what was read before is kept
            _write(store, writer, report, posts, users, workspace, channel_id, kind, names)
            bad.report_to(report)
            if progress:
                progress(1)
        writer.flush()
        status = "finished"
    finally:
        writer.close()
        source.close()
        store.finish_import(import_id, report.added, report.skipped, len(report.malformed), status)
    return report


def _timestamp(value: Any) -> str | None:
    """A Slack `ts` as its canonical text ("1700000000.000100"), or None when it is not one."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        seconds = float(value)
    except (ValueError, OverflowError):
        return None
    if not math.isfinite(seconds) or not 0 <= seconds < MAX_TS:
        return None
    return value if isinstance(value, str) else f"{seconds:.6f}"


def _invalid(msg: dict[str, Any]) -> str | None:
    """Why a message that claims to be a person's post is not one Slack could have written."""
    if _timestamp(msg.get("ts")) is None:
        return f"`ts` is not a Slack timestamp: {str(msg.get('ts'))[:40]!r}"
    if not isinstance(msg.get("user"), str):
        return "`user` is not a user id"
    if msg.get("text") is not None and not isinstance(msg.get("text"), str):
        return "`text` is not text"
    if msg.get("thread_ts") not in (None, "") and _timestamp(msg.get("thread_ts")) is None:
        return "`thread_ts` is not a Slack timestamp"
    return None


def _write(store: Store, writer: Writer, report: ImportReport, posts: list[dict[str, Any]],
           users: dict[str, tuple[str, bool]], workspace: str, channel_id: str, kind: str,
           names: tuple[str, str]) -> None:
    """Hand a batch of a day file's posts to the writer, less those already remembered."""
    if not posts:
        return
    known = store.known_messages(PLATFORM, workspace, channel_id, [m["ts"] for m in posts])
    report.skipped += len(known)
    writer.add([
        dict(text=text, platform=PLATFORM, workspace=workspace, channel=channel_id, member=msg["user"],
             message_id=msg["ts"], posted_at=float(msg["ts"]), kind=kind, source="slack-export",
             is_reply=bool(thread), thread_id=thread,
             names=(*names, users.get(msg["user"], (msg["user"], False))[0]))
        for msg, text, thread in _texts(posts, users) if msg["ts"] not in known
    ])


def _post(msg: Any, users: dict[str, tuple[str, bool]], report: ImportReport, bad: BadMessages,
          position: int) -> dict[str, Any] | None:
    """The message if it is a person's post (its `ts` canonical), else None, counted as what it is."""
    if not isinstance(msg, dict) or msg.get("type", "message") != "message" or "ts" not in msg:
        report.system += 1
        return None
    subtype = msg.get("subtype")
    subtype = subtype if isinstance(subtype, str) or subtype is None else "?"
    if subtype in BOT_SUBTYPES or (msg.get("bot_id") and not msg.get("user")):
        report.bots += 1
        return None
    if subtype not in POSTING_SUBTYPES or not msg.get("user"):
        report.system += 1
        return None
    problem = _invalid(msg)
    if problem:
        bad.add(position, problem)
        return None
    if users.get(msg["user"], ("", False))[1]:
        report.bots += 1
        return None
    return {**msg, "ts": _timestamp(msg["ts"])}


def _texts(posts: list[dict[str, Any]], users: dict[str, tuple[str, bool]]) -> Iterator[tuple[dict[str, Any], str, str]]:
    for msg in posts:
        thread = _timestamp(msg.get("thread_ts")) or ""
        yield msg, plain_text(msg.get("text") or "", users), thread if thread and thread != msg["ts"] else ""
