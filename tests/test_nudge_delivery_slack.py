"""Weekly nudges through Slack's real WebClient, against the local Slack stand-in:
exactly one chat.postMessage per channel per week, whatever the tickers do."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, time, timedelta

import pytest
from slack_sdk import WebClient

from adapters.slack.nudges import nudge_send
from bot.app import build_coach
from bot.chat.coach import Coach
from bot.engine.advice import load_advice
from bot.memory.store import PostRecord, Store
from bot.nudges.schedule import Schedule
from bot.nudges.sending import tick
from tests.slack_standin import BOT_TOKEN, TEAM, SlackStandIn

ADVICE = load_advice()
MONDAY_NINE_PARIS = datetime(2026, 3, 30, 7, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "coach.db"


def client_for(slack_api: SlackStandIn) -> WebClient:
    return WebClient(token=BOT_TOKEN, base_url=slack_api.api_url)


def setup(db, channels=("C0MARKET1",), history=True) -> Coach:
    coach = build_coach(advice=ADVICE, store=Store(db))
    nudges = coach.store.nudges
    for channel in channels:
        nudges.save_schedule(Schedule("slack", TEAM, channel, 0, time(9), "Europe/Paris", "fr"),
                             MONDAY_NINE_PARIS - timedelta(days=7))
    if history:
        coach.store.log_posts([
            PostRecord("slack", TEAM, "C0SOCIAL", "U1", f"m{i}", (MONDAY_NINE_PARIS - timedelta(days=i + 1)).timestamp(),
                       "Voici notre guide", categories=frozenset({"give"}))
            for i in range(0, 30, 3)])
    return coach


def posts(slack_api: SlackStandIn) -> list[str]:
    return [c.body["channel"] for c in slack_api.sent("chat.postMessage")]


def test_the_nudge_is_posted_in_french_with_its_chart(slack_api, db):
    coach = setup(db)
    [outcome] = tick(coach, "slack", nudge_send(client_for(slack_api)), MONDAY_NINE_PARIS)
    assert outcome.status == "sent"
    [call] = slack_api.sent("chat.postMessage")
    assert call.body["channel"] == "C0MARKET1"
    assert "Votre semaine avec Coach" in call.body["text"]
    blocks = json.dumps(call.body["blocks"], ensure_ascii=False)
    assert "ces 7 derniers jours" in blocks
    assert "L'astuce de la semaine" in blocks
    # The chart goes up with files_upload_v2 into the same channel.
    [complete] = slack_api.sent("files.completeUploadExternal")
    assert complete.body["channel_id"] == "C0MARKET1"
    [upload] = slack_api.sent(kind="upload")
    assert upload.raw.startswith(b"\x89PNG")
    # The ledger keeps the message ts Slack gave.
    [record] = Store.open(db).nudges.records()
    assert record.status == "sent" and record.message_id == outcome.message_id != ""


def test_ticking_all_week_posts_once_per_channel_per_week(slack_api, db):
    coach = setup(db, channels=("C0MARKET1", "C0COMMU02"), history=False)
    send = nudge_send(client_for(slack_api))
    now = MONDAY_NINE_PARIS - timedelta(hours=1)
    while now < MONDAY_NINE_PARIS + timedelta(days=14):
        tick(coach, "slack", send, now)
        now += timedelta(minutes=30)
    assert sorted(posts(slack_api)) == ["C0COMMU02", "C0COMMU02", "C0MARKET1", "C0MARKET1"]
    assert [r.week for r in Store.open(db).nudges.records()] == ["2026-W14"] * 2 + ["2026-W15"] * 2


def test_racing_tickers_with_real_clients_post_once(slack_api, db):
    setup(db, channels=("C0MARKET1", "C0COMMU02", "C0NEWS003"))
    barrier = threading.Barrier(6)

    def ticker(i: int) -> None:
        coach = build_coach(advice=ADVICE, store=Store(db))  # one process' worth of objects each
        send = nudge_send(client_for(slack_api))
        barrier.wait()
        for minute in range(3):
            tick(coach, "slack", send, MONDAY_NINE_PARIS + timedelta(minutes=minute), owner=f"ticker-{i}")

    threads = [threading.Thread(target=ticker, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(posts(slack_api)) == ["C0COMMU02", "C0MARKET1", "C0NEWS003"]


def test_a_channel_coach_is_not_in_is_retried_then_posted_once(slack_api, db):
    coach = setup(db, history=False)
    send = nudge_send(client_for(slack_api))
    slack_api.failing["chat.postMessage"] = "not_in_channel"
    [first] = tick(coach, "slack", send, MONDAY_NINE_PARIS)
    assert first.status == "failed" and "not_in_channel" in first.detail
    del slack_api.failing["chat.postMessage"]  # an admin invites Coach to the channel
    [second] = tick(coach, "slack", send, MONDAY_NINE_PARIS + timedelta(minutes=1))
    tick(coach, "slack", send, MONDAY_NINE_PARIS + timedelta(minutes=2))
    assert second.status == "sent"
    assert posts(slack_api) == ["C0MARKET1", "C0MARKET1"]  # the refused call, then the one that posted
    assert [(r.status, r.attempt) for r in Store.open(db).nudges.records()] == [("sent", 2)]


def test_a_failure_after_the_post_is_never_retried(slack_api, db):
    coach = setup(db)  # with history: a chart to upload
    send = nudge_send(client_for(slack_api))
    slack_api.failing["files.completeUploadExternal"] = "internal_error"
    [outcome] = tick(coach, "slack", send, MONDAY_NINE_PARIS)
    assert outcome.status == "unknown"  # the text went out, the chart did not
    slack_api.failing.clear()
    for minutes in (1, 15, 60):
        tick(coach, "slack", send, MONDAY_NINE_PARIS + timedelta(minutes=minutes))
    assert posts(slack_api) == ["C0MARKET1"]


def test_an_admin_schedules_with_the_slash_command_then_the_nudge_arrives(slack_api, db):
    """The whole path: `/coach settings ...` through the Slack adapter (signed,
    as Slack sends it) sets the schedule in the core; the tick posts."""
    from adapters.slack import build_app, serve_http, serve_in_thread
    from bot.config import Config
    from bot.nudges.schedule import next_due
    from tests.slack_requests import command_body, post, signed
    from tests.slack_standin import SIGNING_SECRET

    slack_api.add_user("U0ADMIN001", locale="fr-FR", admin=True, name="Sam")
    coach = build_coach(advice=ADVICE, store=Store(db))
    config = Config(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET, slack_api_url=slack_api.api_url)
    server = serve_http(build_app(coach, config), 0, host="127.0.0.1")
    serve_in_thread(server)
    try:
        hook = slack_api.hook()
        body = command_body("/coach", "settings nudge_day=lundi nudge_time=09:00 nudge_tz=Europe/Paris nudge_lang=fr",
                            user="U0ADMIN001", channel="C0MARKET1", response_url=hook)
        status, _, _ = post(f"http://127.0.0.1:{server.server_port}/slack/events", body,
                            signed(body, "application/x-www-form-urlencoded"))
        assert status == 200
        slack_api.wait(lambda calls: any(c.kind == "hook" for c in calls))  # the ephemeral answer
        [answer] = slack_api.sent(kind="hook")
        assert "C'est noté" in json.dumps(answer.body, ensure_ascii=False)
    finally:
        server.shutdown()
        server.server_close()
    [schedule] = Store.open(db).nudges.schedules("slack")
    assert (schedule.workspace, schedule.channel, schedule.weekday, schedule.tz) == (TEAM, "C0MARKET1", 0, "Europe/Paris")
    due = next_due(schedule.since, schedule)
    send = nudge_send(client_for(slack_api))
    tick(coach, "slack", send, due)
    tick(coach, "slack", send, due + timedelta(minutes=5))
    assert posts(slack_api) == ["C0MARKET1"]


def test_a_connection_dropped_after_the_request_is_not_resent(db):
    """Slack got the request, the connection dropped before the answer: the
    post may exist. slack_sdk would retry it by default; a nudge never is."""
    import socket

    coach = setup(db, history=False)
    listener = socket.create_server(("127.0.0.1", 0))
    requests: list[bytes] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                data = conn.recv(65536)
                if data:
                    requests.append(data)  # read the request, then hang up without answering

    threading.Thread(target=serve, daemon=True).start()
    try:
        client = WebClient(token=BOT_TOKEN, base_url=f"http://127.0.0.1:{listener.getsockname()[1]}/api/")
        assert len(client.retry_handlers) >= 1  # the default client would retry the dropped request
        [outcome] = tick(coach, "slack", nudge_send(client), MONDAY_NINE_PARIS)
        tick(coach, "slack", nudge_send(client), MONDAY_NINE_PARIS + timedelta(minutes=30))
    finally:
        listener.close()
    assert outcome.status == "unknown"
    assert len([r for r in requests if b"chat.postMessage" in r]) == 1
    assert Store.open(db).nudges.records()[0].status == "unknown"
