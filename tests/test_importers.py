"""Importing a Slack export and DiscordChatExporter files into team memory."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import textwrap
import zipfile

import pytest

from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.slack_export import import_slack, plain_text
from bot.memory.store import Store
from tests.memory_helpers import (
    DISCORD_FILES,
    SLACK_EXPORT,
    assert_consistent,
    counts_without_log,
    open_store,
)


def _posts(store: Store, where: str = "1 = 1") -> list[tuple]:
    return store.conn.execute(
        f"SELECT m.platform_id, c.name, p.kind, p.thread_id, p.text, p.converse FROM posts p "
        f"JOIN channels c ON c.id = p.channel_id JOIN members m ON m.id = p.member_id WHERE {where} "
        f"ORDER BY p.posted_at").fetchall()


def test_slack_export_directory(memory_at):
    store = open_store(memory_at)
    report = import_slack(store, SLACK_EXPORT, workspace_name="Acme Marketing", observe=("general",))
    assert (report.added, report.bots, report.system, report.malformed) == (21, 2, 4, [])
    assert store.workspaces()[0]["platform_id"] == "T0ACME001"  # from users.json
    posts = _posts(store)
    texts = [p[4] for p in posts]
    assert "Scheduled post published" not in texts  # bot message
    assert "Reminder: newsletter planning call at 10." not in texts  # Slackbot
    assert not any("has joined the channel" in t for t in texts)  # join events
    # markup as a person reads it
    assert "Glad it helps @Dan, tell us how it goes." in texts
    assert "Shop the autumn sale: 20% off all notebooks with promo code AUTUMN & free shipping" in texts
    assert "Three tips for better headlines, step by step: our blog post https://acme.example/blog/headlines" in texts
    # thread replies keep their thread and converse
    replies = [p for p in posts if p[3]]
    assert len(replies) == 2 and all(p[5] == 1 for p in replies)
    # the observed channel is the community's voice, the others are the team's posts
    assert {p[2] for p in posts if p[1] == "general"} == {"community"}
    assert {p[2] for p in posts if p[1] == "announcements"} == {"team"}
    assert store.conn.execute("SELECT COUNT(*) FROM community_words").fetchone()[0] > 0
    assert_consistent(store)


def test_slack_zip_gives_the_same_as_the_folder(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in SLACK_EXPORT.rglob("*.json"):
            zf.write(file, "Acme Slack export/" + file.relative_to(SLACK_EXPORT).as_posix())
    from_zip, from_dir = open_store(tmp_path, "zip.db"), open_store(tmp_path, "dir.db")
    import_slack(from_zip, archive)
    import_slack(from_dir, SLACK_EXPORT)
    assert counts_without_log(from_zip) == counts_without_log(from_dir)
    assert _posts(from_zip) == _posts(from_dir)


def test_slack_markup():
    users = {"U1": ("Ana", False)}
    assert plain_text("<@U1> see <#C2|random> &amp; <https://x.example/a|the page> <!here>", users) == \
        "@Ana see #random & the page https://x.example/a @here"
    assert plain_text("<mailto:a@b.example|a@b.example> <https://y.example>", users) == "a@b.example https://y.example"


def test_discord_export_with_a_thread(memory_at):
    store = open_store(memory_at)
    report = import_discord(store, DISCORD_FILES, observe=("general",))
    assert (report.added, report.bots, report.system, report.malformed) == (16, 1, 3, [])
    ws = store.workspaces()
    assert [(w["platform"], w["platform_id"], w["name"]) for w in ws] == [("discord", "810000000000000001", "Acme Community")]
    # the thread's messages are in its parent channel, with the thread's id, as conversation
    thread = _posts(store, "p.thread_id = '810000000000000021'")
    assert len(thread) == 3 and {p[1] for p in thread} == {"general"} and all(p[5] for p in thread)
    assert store.counts()["channels"] == 2  # announcements and general; no channel for the thread
    # a reply keeps the message it answers
    question = store.conn.execute("SELECT message_id FROM posts WHERE text LIKE 'How do you keep%'").fetchone()[0]
    assert _posts(store, "p.text LIKE 'We plan a month ahead%'")[0][3] == question
    # an image alone is still a post
    assert store.conn.execute("SELECT COUNT(*) FROM posts WHERE text = ''").fetchone()[0] == 1
    assert_consistent(store)


def test_reimporting_adds_nothing(memory_at):
    store = open_store(memory_at)
    import_slack(store, SLACK_EXPORT)
    import_discord(store, DISCORD_FILES)
    before = counts_without_log(store)
    again_slack = import_slack(store, SLACK_EXPORT)
    again_discord = import_discord(store, DISCORD_FILES)
    assert again_slack.added == 0 and again_slack.skipped == 21
    assert again_discord.added == 0 and again_discord.skipped == 16
    assert counts_without_log(store) == before
    assert store.counts()["imports"] == 2 + 2 * len(DISCORD_FILES)  # the import log records each run


def test_malformed_slack_file_is_reported_and_the_rest_imported(tmp_path):
    export = tmp_path / "export"
    shutil.copytree(SLACK_EXPORT, export)
    broken = export / "announcements" / "2024-10-12.json"
    broken.write_text('[{"type": "message", "user": "U01ALICE", "text": "cut', encoding="utf-8")
    (export / "general" / "2024-10-13.json").write_text('{"not": "a list"}', encoding="utf-8")
    store = open_store(tmp_path)
    report = import_slack(store, export)
    paths = [path for path, _ in report.malformed]
    assert str(broken) in paths and any(p.endswith("general/2024-10-13.json") for p in paths)
    assert "not valid JSON" in dict(report.malformed)[str(broken)]
    assert report.added == 21


def test_malformed_discord_file_is_reported_and_the_others_imported(tmp_path):
    broken = tmp_path / "broken.json"
    text = DISCORD_FILES[0].read_text(encoding="utf-8")
    broken.write_text(text[: len(text) // 2], encoding="utf-8")  # cut in the middle of the messages
    not_export = tmp_path / "other.json"
    not_export.write_text(json.dumps({"hello": "world"}), encoding="utf-8")
    store = open_store(tmp_path)
    report = import_discord(store, [broken, not_export, *DISCORD_FILES[1:]])
    assert [path for path, _ in report.malformed] == [str(broken), str(not_export)]
    clean = open_store(tmp_path, "clean.db")
    full = import_discord(clean, DISCORD_FILES[1:])
    assert report.added >= full.added  # the other files in full, plus what the cut file held before the cut
    assert_consistent(store)
    # importing the whole file later completes it
    import_discord(store, DISCORD_FILES[:1])
    everything = open_store(tmp_path, "everything.db")
    import_discord(everything, DISCORD_FILES)
    assert counts_without_log(store)["posts"] == counts_without_log(everything)["posts"]


class Boom(Exception):
    pass


def test_an_import_stopped_midway_is_completed_by_the_next_run(tmp_path):
    store = open_store(tmp_path)
    calls = {"n": 0}
    original = store.log_posts

    def failing(records):  # the third batch never arrives
        calls["n"] += 1
        if calls["n"] == 3:
            raise Boom
        return original(records)

    store.log_posts = failing  # type: ignore[method-assign]
    with pytest.raises(Boom):
        import_slack(store, SLACK_EXPORT, batch=4)
    partial = store.counts()["posts"]
    assert 0 < partial < 21
    assert_consistent(store)
    store.log_posts = original  # type: ignore[method-assign]
    report = import_slack(store, SLACK_EXPORT, batch=4)
    assert report.skipped == partial and report.added == 21 - partial
    reference = open_store(tmp_path, "reference.db")
    import_slack(reference, SLACK_EXPORT)
    assert counts_without_log(store) == counts_without_log(reference)
    assert_consistent(store)


def test_a_killed_import_leaves_a_consistent_file_that_the_rerun_completes(tmp_path):
    path = tmp_path / "killed.db"
    Store.open(path).close()
    # A real SIGKILL in the middle of the third write transaction (rows inserted, not committed).
    script = textwrap.dedent(f"""
        import os, signal
        from bot.memory.store import Store
        from bot.memory.importers.discord_export import import_discord
        from bot.memory.importers.slack_export import import_slack

        class Dying(Store):
            writes = 0
            def _insert_posts(self, conn, batch):
                result = super()._insert_posts(conn, batch)
                Dying.writes += 1
                if Dying.writes == 3:
                    os.kill(os.getpid(), signal.SIGKILL)
                return result

        store = Dying({str(path)!r})
        import_slack(store, {str(SLACK_EXPORT)!r}, batch=3)
    """)
    proc = subprocess.run([sys.executable, "-c", script], timeout=120)
    assert proc.returncode == -signal.SIGKILL
    store = Store.open(path)
    assert_consistent(store)
    partial = store.counts()["posts"]
    assert 0 < partial < 21  # the batches committed before the kill; the third died with the process
    report = import_slack(store, SLACK_EXPORT)
    assert report.added == 21 - partial
    reference = open_store(tmp_path, "reference.db")
    import_slack(reference, SLACK_EXPORT)
    assert counts_without_log(store) == counts_without_log(reference)
    assert_consistent(store)
