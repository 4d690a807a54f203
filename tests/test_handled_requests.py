"""Slack's retries across workers: the requests already taken are kept in team memory's database
(`store.requests`), so a retry that reaches another Coach process on the same database gets an
acknowledgement and no second answer. Every test runs on both backends (`memory_at`)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator

import pytest

from adapters.slack import build_app, serve_http, serve_in_thread
from bot.app import build_coach
from bot.config import Config
from bot.memory.store import Store
from tests.slack_requests import command_body, event_body, home_opened, post, signed
from tests.slack_standin import BOT_TOKEN, SIGNING_SECRET, SlackStandIn

FORM = "application/x-www-form-urlencoded"
MEMBER = "U0MEMBER01"
CHANNEL = "C0MARKET01"
HARD_SELL = "Buy now!!! Limited offer, last chance"


def test_a_key_is_taken_once_and_a_long_expired_one_can_be_taken_again(memory_at: str):
    store = Store.open(memory_at)
    assert store.requests.first("event:Ev1", now=1_000_000) is True
    assert store.requests.first("event:Ev1", now=1_000_060) is False  # Slack's retry a minute later
    assert store.requests.first("trigger:123.456", now=1_000_060) is True  # another gesture
    assert store.requests.first("event:Ev1", now=1_000_000 + 2 * 3600) is True  # long after: a new request
    store.requests.prune(now=1_000_000 + 4 * 3600)
    assert store.conn.execute("SELECT COUNT(*) FROM handled_requests").fetchone()[0] == 0


def test_threads_racing_for_one_key_let_exactly_one_through(memory_at: str):
    stores = [Store.open(memory_at) for _ in range(2)]  # two workers' stores, as two processes would have
    winners: list[str] = []
    start = threading.Barrier(8)

    def worker(i: int) -> None:
        start.wait()
        if stores[i % 2].requests.first("event:EvRACE"):
            winners.append(f"thread-{i}")

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(winners) == 1


def test_processes_racing_for_the_same_keys_take_each_one_once(memory_at: str):
    Store.open(memory_at).close()  # schema first, as `coach run` does
    script = textwrap.dedent("""
        import sys
        from bot.memory.store import Store
        store = Store.open(sys.argv[1])
        print(" ".join(k for k in (f"event:Ev{n}" for n in range(40)) if store.requests.first(k)))
    """)
    racers = [subprocess.Popen([sys.executable, "-c", script, memory_at], stdout=subprocess.PIPE, text=True)
              for _ in range(3)]
    taken = [racer.communicate(timeout=120)[0].split() for racer in racers]
    assert all(racer.returncode == 0 for racer in racers)
    every = [key for keys in taken for key in keys]
    assert sorted(every) == sorted(f"event:Ev{n}" for n in range(40))  # each key once, none lost


@pytest.fixture
def two_workers(memory_at: str) -> Iterator[tuple[SlackStandIn, list[str]]]:
    """Two Coach workers behind a load balancer: each its own Bolt app, HTTP server and store,
    both on the same database, both answering through the same Slack stand-in."""
    standin = SlackStandIn()
    standin.add_user(MEMBER, locale="en-US", name="Maria")
    config = Config(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET, slack_api_url=standin.api_url)
    servers, urls = [], []
    for _ in range(2):
        server = serve_http(build_app(build_coach(store=Store.open(memory_at)), config), 0, host="127.0.0.1")
        serve_in_thread(server)
        servers.append(server)
        urls.append(f"http://127.0.0.1:{server.server_port}/slack/events")
    yield standin, urls
    for server in servers:
        server.shutdown()
        server.server_close()
    standin.close()


def test_a_command_retried_to_another_worker_gets_no_second_reply(two_workers):
    standin, (first, second) = two_workers
    hook = standin.hook()
    body = command_body("/review", HARD_SELL, user=MEMBER, channel=CHANNEL, response_url=hook)
    assert post(first, body, signed(body, FORM))[0] == 200
    name = hook.rsplit("/", 1)[-1]
    standin.wait(lambda calls: any(c.kind == "hook" and c.method == name for c in calls), 10)
    status, answer, _ = post(second, body, signed(body, FORM, retry=1))  # Slack timed out on the first
    assert (status, answer) == (200, "")
    time.sleep(0.5)
    assert len(standin.sent(kind="hook")) == 1


def test_an_event_retried_to_another_worker_is_handled_once(two_workers):
    standin, (first, second) = two_workers
    event = home_opened(MEMBER)
    body = event_body(event, "Ev0WORKERS01")
    assert post(first, body, signed(body, "application/json"))[0] == 200
    standin.wait_for("views.publish")
    assert post(second, body, signed(body, "application/json", retry=1))[0] == 200
    time.sleep(0.5)
    assert len(standin.sent("views.publish")) == 1
    other = event_body(home_opened(MEMBER), "Ev0WORKERS02")  # a new event is still handled, by either worker
    assert post(second, other, signed(other, "application/json"))[0] == 200
    standin.wait(lambda calls: sum(c.method == "views.publish" for c in calls) == 2, 10)
