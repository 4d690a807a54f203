"""Installed workspaces in team memory (bot.memory.installations): one row per workspace's
install, OAuth states used once, and forgetting a whole workspace without touching another.
Each test runs on both backends (`memory_at`: a SQLite file, then PostgreSQL)."""
from __future__ import annotations

import re
import threading
from dataclasses import replace
from datetime import UTC, datetime

from bot.app import build_coach
from bot.chat.context import Context
from bot.engine.text import Doc
from bot.memory.forgetting import forget_workspace
from bot.memory.installations import Installation, Installations
from bot.memory.ledger import Schedule
from bot.memory.postfeatures import features
from tests.memory_helpers import assert_consistent, is_postgres, open_store, post

APP = "1111.2222"
WORDS = "Thanks for the webinar replay, very useful"


def install(team: str, token: str = "", **extra: object) -> Installation:
    return Installation("slack", APP, team_id=team, bot_token=token or f"xoxb-{team}-1", bot_user_id=f"U{team}B",
                        team_name=f"Team {team}", **extra)  # type: ignore[arg-type]


def test_an_install_is_found_by_its_workspace_and_a_reinstall_replaces_it(memory_at):
    inst = Installations(open_store(memory_at))
    inst.save(install("T1", bot_scopes="commands,chat:write"))
    inst.save(install("T2"))
    found = inst.find("slack", APP, "", "T1")
    assert found is not None and found.bot_token == "xoxb-T1-1" and found.bot_scopes == "commands,chat:write"
    assert found.installed_at > 0 and found.is_org_install is False
    inst.save(install("T1", token="xoxb-T1-2", bot_scopes="commands"))
    again = inst.find("slack", APP, "", "T1")
    assert again is not None and (again.bot_token, again.bot_scopes) == ("xoxb-T1-2", "commands")
    assert inst.count("slack") == 2
    assert inst.find("slack", "another-app", "", "T1") is None
    assert inst.find("slack", APP, "E1", "T1") is None  # the enterprise is part of the key


def test_delete_is_idempotent_and_touches_only_that_workspace(memory_at):
    inst = Installations(open_store(memory_at))
    inst.save(install("T1"))
    inst.save(install("T2"))
    assert inst.delete("slack", APP, "", "T1") == 1
    assert inst.delete("slack", APP, "", "T1") == 0
    assert inst.find("slack", APP, "", "T1") is None
    assert inst.find("slack", APP, "", "T2") is not None


def test_installations_are_shared_by_every_process_on_the_file(memory_at):
    Installations(open_store(memory_at)).save(install("T1"))
    other = Installations(open_store(memory_at))  # a second worker
    found = other.find("slack", APP, "", "T1")
    assert found is not None and found.bot_token == "xoxb-T1-1"


def test_a_state_is_good_once_and_not_after_it_expired(memory_at):
    inst = Installations(open_store(memory_at))
    state = inst.issue_state()
    assert len(state) >= 40
    assert inst.consume_state(state) is True
    assert inst.consume_state(state) is False
    assert inst.consume_state("never-issued") is False
    old = inst.issue_state(ttl=600, now=1_000)
    assert inst.consume_state(old, now=1_601) is False


def test_expired_states_are_cleared_when_a_new_one_is_issued(memory_at):
    store = open_store(memory_at)
    inst = Installations(store)
    for _ in range(3):
        inst.issue_state(ttl=10, now=1_000)
    inst.issue_state(ttl=600)
    assert store.conn.execute("SELECT COUNT(*) FROM oauth_states").fetchone()[0] == 1


def test_two_workers_racing_for_one_state_let_exactly_one_through(memory_at):
    state = Installations(open_store(memory_at)).issue_state()
    workers = [Installations(open_store(memory_at)) for _ in range(4)]
    results: list[bool] = []
    barrier = threading.Barrier(len(workers))

    def consume(inst: Installations) -> None:
        barrier.wait()
        results.append(inst.consume_state(state))

    threads = [threading.Thread(target=consume, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False, False, False, True]


def _remember(store, team: str, user: str, text: str) -> None:
    coach = build_coach(store=store)
    ctx = Context(platform="slack", workspace=team, channel="C1", user=user)
    coach.review(text, ctx)
    store.log_posts([post(f"{team}-1", 1_700_000_000, member=user, workspace=team,
                          categories=("give",), text=f"{text} posted"),
                     replace(post(f"{team}-2", 1_700_000_100, member=user, workspace=team, kind="community",
                                  text=WORDS), language="en", features=features(Doc(WORDS, "en"), False, True))])
    ws = store.find_workspace("slack", team)
    store.set_setting("retention_days", 30, ws)
    store.nudges.save_schedule(Schedule("slack", team, "C1"), datetime.now(UTC))


def test_forget_workspace_deletes_everything_kept_about_it_and_nothing_of_another(memory_at):
    store = open_store(memory_at)
    inst = Installations(store)
    for team in ("T1", "T2"):
        inst.save(install(team))
        _remember(store, team, f"U{team}", f"Our guide for {team}: buy now!")
    before = store.counts()

    deleted = forget_workspace(store, "slack", "T1")

    assert deleted["installations"] == 1 and deleted["posts"] == 2 and deleted["reviews"] == 1
    assert deleted["workspaces"] == 1 and deleted["nudge_schedules"] == 1 and deleted["settings"] == 1
    assert store.find_workspace("slack", "T1") is None and inst.find("slack", APP, "", "T1") is None
    assert store.nudges.schedules("slack", "T1") == [] and len(store.nudges.schedules("slack", "T2")) == 1
    if not is_postgres(store):
        dump = "\n".join(store.conn.iterdump())
        team = re.compile(r"(?<![\w-])U?T1(?![\w-])")  # a whole value, not "...T11:42" in a timestamp
        assert not team.search(dump) and "xoxb-T1" not in dump
        assert "'T2'" in dump
    assert inst.find("slack", APP, "", "T2") is not None
    for table in ("channels", "members", "posts", "reviews", "daily_activity", "settings", "community_words"):
        assert store.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE workspace_id <> ?",
                                  [store.find_workspace("slack", "T2")]).fetchone()[0] == 0, table
    after = store.counts()
    assert after["posts"] == before["posts"] - 2 and after["reviews"] == before["reviews"] - 1
    assert before["community_words"] > after["community_words"] > 0  # T2's vocabulary stays
    assert_consistent(store)


def test_forget_workspace_twice_or_of_an_unknown_workspace_deletes_nothing_more(memory_at):
    store = open_store(memory_at)
    Installations(store).save(install("T1"))
    assert forget_workspace(store, "slack", "T1") == {"installations": 1}
    assert forget_workspace(store, "slack", "T1") == {}
    assert forget_workspace(store, "slack", "T404") == {}
