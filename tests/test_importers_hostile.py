"""Malformed and hostile exports: every bad message or file is counted and reported with
its path, the rest is imported; something that is not an export at all is one clear
line and exit status 2; a run killed halfway is marked resumed or abandoned."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.cli import main
from bot.memory.importers import ExportError
from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.jsonstream import ElementTooLarge, JsonStream, MalformedJson
from bot.memory.importers.slack_export import import_slack
from bot.memory.store import Store
from tests.memory_helpers import DISCORD_FILES, SLACK_EXPORT, assert_consistent, open_store

GOOD = {"type": "message", "ts": "1725300000.000100", "user": "U02BOB", "text": "Our new guide is out"}

SLACK_BAD_MESSAGES = {
    "ts-not-a-number": {"ts": "soon"},
    "ts-nan": {"ts": float("nan")},
    "ts-huge": {"ts": "9" * 400},
    "ts-infinite": {"ts": 1e400},
    "ts-negative": {"ts": "-1725300000.000100"},
    "ts-object": {"ts": {"$date": 1}},
    "user-number": {"user": 42},
    "user-object": {"user": {"id": "U02BOB"}},
    "text-number": {"text": 42},
    "text-list": {"text": ["hello"]},
    "thread-ts-bad": {"thread_ts": "yesterday"},
    "thread-ts-object": {"thread_ts": {"ts": "1"}},
}


def slack_export(tmp_path: Path) -> Path:
    export = tmp_path / "export"
    shutil.copytree(SLACK_EXPORT, export)
    return export


def write_day(export: Path, messages: list, name: str = "2024-09-20.json", folder: str = "general") -> Path:
    day = export / folder / name
    day.write_text(json.dumps(messages, allow_nan=True), encoding="utf-8")
    return day


def test_each_malformed_slack_message_is_counted_and_reported_the_rest_imported(tmp_path):
    export = slack_export(tmp_path)
    messages = []
    for n, change in enumerate(SLACK_BAD_MESSAGES.values()):
        messages.append({**GOOD, "ts": f"17253000{n:02}.000200", "text": f"good {n}"})
        messages.append({**GOOD, **change})
    messages.append({**GOOD, "subtype": {"name": "me_message"}})  # not a posting subtype: an event, no crash
    day = write_day(export, messages)
    store = open_store(tmp_path)
    report = import_slack(store, export)
    assert report.bad_messages == len(SLACK_BAD_MESSAGES)
    (line,) = [problem for path, problem in report.malformed if path == str(day)]
    assert f"{len(SLACK_BAD_MESSAGES)} malformed message(s)" in line and "message 2:" in line
    texts = {r[0] for r in store.conn.execute("SELECT text FROM posts")}
    assert {f"good {n}" for n in range(len(SLACK_BAD_MESSAGES))} <= texts
    assert report.added == 21 + len(SLACK_BAD_MESSAGES)  # the fixture's 21, and every good one here
    assert_consistent(store)


@pytest.mark.parametrize("content", [
    b"[" * 50_000 + b"]" * 50_000,  # deep nesting
    b'{"not": "a list"}',
    b"[{\"ts\": \"1\"} oops",
    b'["' + b"a" * (9 << 20) + b'"]',  # one huge string
    b"\xff\xfe[\x00]\x00",  # UTF-16 with a BOM
])
def test_a_malformed_day_file_is_reported_and_the_others_imported(tmp_path, content):
    export = slack_export(tmp_path)
    day = export / "general" / "2024-09-21.json"
    day.write_bytes(content)
    store = open_store(tmp_path)
    report = import_slack(store, export)
    assert [path for path, _ in report.malformed] == [str(day)]
    assert report.added == 21


def test_a_bad_conversation_or_user_entry_is_skipped_and_reported(tmp_path):
    export = slack_export(tmp_path)
    channels = json.loads((export / "channels.json").read_text())
    channels.append({"id": {"oops": 1}, "name": "weird"})
    (export / "channels.json").write_text(json.dumps(channels))
    users = json.loads((export / "users.json").read_text())
    users.append({"id": 7, "name": "bad"})
    (export / "users.json").write_text(json.dumps(users))
    report = import_slack(open_store(tmp_path), export)
    paths = sorted(Path(p).name for p, _ in report.malformed)
    assert paths == ["channels.json", "users.json"] and report.added == 21


def zipped(export: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(export.rglob("*.json")):
            archive.write(file, f"export/{file.relative_to(export)}")
    return target


def test_a_zip_bomb_member_is_refused_before_it_is_unpacked(tmp_path):
    export = zipped(slack_export(tmp_path), tmp_path / "export.zip")
    with (zipfile.ZipFile(export, "a", zipfile.ZIP_DEFLATED) as archive,
          archive.open("export/general/2024-12-31.json", "w", force_zip64=True) as member):
        member.write(b"[")
        block = b" " * (1 << 20)
        for _ in range(100):  # 100 MB of spaces: about 100 KB compressed
            member.write(block)
        member.write(b"]")
    report = import_slack(open_store(tmp_path), export)
    (problem,) = [p for path, p in report.malformed if "2024-12-31" in path]
    assert "zip bomb" in problem and report.added == 21


def test_a_corrupt_zip_member_is_reported_and_the_others_imported(tmp_path):
    export = zipped(slack_export(tmp_path), tmp_path / "export.zip")
    data = bytearray(export.read_bytes())
    with zipfile.ZipFile(export) as archive:
        info = archive.getinfo("export/general/2024-09-03.json")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start:start + 8] = b"\x00garbage"
    export.write_bytes(bytes(data))
    report = import_slack(open_store(tmp_path), export)
    assert any("2024-09-03" in path for path, _ in report.malformed)
    assert 0 < report.added < 21


DISCORD_BAD_MESSAGES = {
    "timestamp-number": {"timestamp": 1725300000},
    "timestamp-words": {"timestamp": "yesterday at noon"},
    "author-string": {"author": "camille"},
    "reference-string": {"type": "Reply", "reference": "830000000000000011"},
}


def test_each_malformed_discord_message_is_counted_and_reported_the_rest_imported(tmp_path):
    data = json.loads(DISCORD_FILES[0].read_text())
    template = next(m for m in data["messages"] if m.get("type") == "Default" and not m["author"].get("isBot"))
    added = []
    for n, change in enumerate(DISCORD_BAD_MESSAGES.values()):
        added.append({**template, "id": f"84000000000000{n:04}", "content": f"good {n}"})
        added.append({**template, "id": f"85000000000000{n:04}", **change})
    data["messages"] += added
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(data))
    store = open_store(tmp_path)
    report = import_discord(store, [file])
    assert report.bad_messages == len(DISCORD_BAD_MESSAGES)
    assert [path for path, _ in report.malformed] == [str(file)]
    texts = {r[0] for r in store.conn.execute("SELECT text FROM posts")}
    assert {f"good {n}" for n in range(len(DISCORD_BAD_MESSAGES))} <= texts
    assert_consistent(store)


def test_a_deeply_nested_discord_file_is_reported_quickly_and_the_others_imported(tmp_path):
    nested = tmp_path / "nested.json"
    head = json.dumps({"guild": {"id": "1", "name": "g"}, "channel": {"id": "2", "name": "c"}})[:-1]
    nested.write_bytes(head.encode() + b', "messages": [' + b"[" * 40_000 + b"]" * 40_000 + b"]}")
    report = import_discord(open_store(tmp_path), [nested, *DISCORD_FILES])
    assert [path for path, _ in report.malformed] == [str(nested)]
    assert report.added > 0


def test_the_stream_reader_matches_json_loads_across_any_window():
    doc = [{"ts": f"17253000{n}.0001", "text": "héllo ñ " * n, "n": 10 ** n, "x": [True, None, 1.5e-7]}
           for n in range(60)]
    raw = json.dumps(doc, ensure_ascii=False).encode()
    for chunk in (1, 3, 64, 1 << 20):
        assert list(JsonStream(io.BytesIO(raw), chunk=chunk).items()) == doc
    with pytest.raises(ElementTooLarge):
        list(JsonStream(io.BytesIO(b'["' + b"a" * 100 + b'"]'), max_element=50, chunk=8).items())
    with pytest.raises(MalformedJson):
        list(JsonStream(io.BytesIO(b"[1, 2 3]")).items())


# -- not an export at all -------------------------------------------------------------


def test_what_is_not_a_slack_export_raises_before_anything_is_written(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello")
    text_file = tmp_path / "export.zip"
    text_file.write_text("this is not a zip")
    store = open_store(tmp_path)
    for path in (folder, text_file, SLACK_EXPORT / "general"):
        with pytest.raises(ExportError) as error:
            import_slack(store, path)
        assert "expected a Slack export" in str(error.value)
    with pytest.raises(ExportError) as error:
        import_slack(store, SLACK_EXPORT, observe=("no-such-channel",))
    assert "announcements" in str(error.value) and "general" in str(error.value)
    assert store.counts()["imports"] == 0 and store.counts()["posts"] == 0


def test_the_cli_says_what_was_expected_and_exits_2(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.json").write_text("[]")
    not_zip = tmp_path / "export.zip"
    not_zip.write_bytes(b"\x00\x01 not a zip")
    for args in (["import", "slack", str(folder)], ["import", "slack", str(not_zip)],
                 ["import", "slack", str(SLACK_EXPORT), "--observe", "nope"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert "expected" in result.output or "its channels" in result.output
        assert "Traceback" not in result.output and result.output.strip().count("\n") == 0


# -- runs killed halfway ---------------------------------------------------------------


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    return int(done.stdout)


def test_a_run_killed_halfway_is_marked_resumed_or_abandoned(memory_at):
    store = open_store(memory_at)
    pid = dead_pid()
    with store.transaction() as conn:
        for path in (str(SLACK_EXPORT), "/elsewhere/other-export.zip"):
            conn.execute("INSERT INTO imports (platform, path, started_at, added, skipped, malformed, status, pid) "
                         "VALUES ('slack', ?, 1, 0, 0, 0, 'running', ?)", [path, pid])
    import_slack(store, SLACK_EXPORT)
    rows = store.conn.execute("SELECT path, status, resumed_by FROM imports ORDER BY id").fetchall()
    newest = store.conn.execute("SELECT MAX(id) FROM imports").fetchone()[0]
    assert rows == [(str(SLACK_EXPORT), "resumed", newest), ("/elsewhere/other-export.zip", "abandoned", None),
                    (str(SLACK_EXPORT), "finished", None)]


def test_a_running_import_of_a_live_process_is_left_alone(memory_at):
    store = open_store(memory_at)
    other = Store.open(memory_at)
    running = other.start_import("slack", str(SLACK_EXPORT))  # this very process: alive
    import_slack(store, SLACK_EXPORT)
    assert store.conn.execute("SELECT status FROM imports WHERE id = ?", [running]).fetchone()[0] == "running"
