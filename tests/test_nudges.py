"""Weekly nudges: composing from team memory, and sending exactly once.

Every test runs on both backends (a real SQLite file, then a real PostgreSQL database) with an
injected clock; sends are
recorded by a plain function, so "exactly once" is counted, not assumed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time as pytime
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.app import build_coach
from bot.chat.coach import Coach
from bot.memory.ledger import LEASE, MAX_ATTEMPTS
from bot.memory.store import Store
from bot.nudges.schedule import due_slot
from bot.nudges.sending import NotDelivered, send_claimed, tick
from tests.nudge_helpers import (
    ADVICE,
    PARIS_MONDAY_NINE,
    ROOT,
    Sends,
    paris,
    schedule_all,
)


@pytest.fixture
def db(memory_at: str) -> str:
    """Team memory on each backend in turn: a SQLite file, then PostgreSQL (tests/conftest.py)."""
    return memory_at


@pytest.fixture
def coach(db) -> Coach:
    return build_coach(advice=ADVICE, store=Store(db))


# ---------------------------------------------------------------- restarts and the grace window


def test_restart_inside_the_grace_window_sends_once(coach, db):
    schedule_all(coach, paris())
    sends = Sends()
    # The first process ticks until a minute before the slot, then goes down.
    assert tick(coach, "slack", sends, PARIS_MONDAY_NINE - timedelta(minutes=1), owner="first") == []
    # A new process (new Coach, new store objects, same file) comes back 2h30 later.
    again = build_coach(advice=ADVICE, store=Store(db))
    back = PARIS_MONDAY_NINE + timedelta(hours=2, minutes=30)
    outcomes = tick(again, "slack", sends, back, owner="second")
    assert [o.status for o in outcomes] == ["sent"]
    # It keeps ticking, restarts once more: nothing else goes out this week.
    for minutes in range(1, 200, 7):
        tick(again, "slack", sends, back + timedelta(minutes=minutes), owner="second")
    third = build_coach(advice=ADVICE, store=Store(db))
    tick(third, "slack", sends, back + timedelta(hours=3), owner="third")
    assert sends.channels() == ["C1"]
    records = Store.open(db).nudges.records()
    assert [(r.week, r.status, r.attempt, r.owner) for r in records] == [("2026-W14", "sent", 1, "second")]


def test_after_the_grace_window_the_week_is_skipped_not_doubled(coach):
    schedule_all(coach, paris())
    sends = Sends()
    late = PARIS_MONDAY_NINE + timedelta(hours=6, seconds=1)
    assert tick(coach, "slack", sends, late, grace=timedelta(hours=6)) == []
    assert tick(coach, "slack", sends, late + timedelta(days=3), grace=timedelta(hours=6)) == []
    # Next Monday goes out as usual, once.
    next_monday = PARIS_MONDAY_NINE + timedelta(days=7)
    tick(coach, "slack", sends, next_monday, grace=timedelta(hours=6))
    tick(coach, "slack", sends, next_monday + timedelta(minutes=5), grace=timedelta(hours=6))
    assert sends.channels() == ["C1"]
    assert [r.week for r in coach.store.nudges.records()] == ["2026-W15"]


def test_a_schedule_moved_later_in_the_same_week_does_not_send_twice(coach):
    nudges = schedule_all(coach, paris())
    sends = Sends()
    tick(coach, "slack", sends, PARIS_MONDAY_NINE)
    # An admin moves the nudge to Wednesday: this week already had its nudge.
    nudges.save_schedule(paris(weekday=2), PARIS_MONDAY_NINE + timedelta(hours=1))
    tick(coach, "slack", sends, PARIS_MONDAY_NINE + timedelta(days=2))
    tick(coach, "slack", sends, PARIS_MONDAY_NINE + timedelta(days=9))  # next Wednesday: due again
    assert sends.channels() == ["C1", "C1"]


def test_switched_off_schedules_send_nothing(coach):
    schedule_all(coach, paris(enabled=False))
    sends = Sends()
    tick(coach, "slack", sends, PARIS_MONDAY_NINE)
    assert sends.posts == []


def test_ticking_through_daylight_saving_weeks_sends_once_a_week(coach):
    """Every 15 minutes for six weeks around the change, in Paris and Montreal:
    one nudge per channel per week, at the documented instant."""
    schedule_all(
        coach,
        paris("paris-gap", weekday=6, at=time(2, 30)),  # Sunday 02:30: missing on 29 March
        paris("montreal", weekday=0, at=time(9, 0), tz="America/Montreal"),
    )
    sends = Sends()
    sent_at: list[tuple[str, datetime]] = []

    def send(schedule, reply):
        sent_at.append((schedule.channel, now))
        return sends(schedule, reply)

    now = datetime(2026, 3, 1, tzinfo=UTC)
    while now < datetime(2026, 4, 12, tzinfo=UTC):
        tick(coach, "slack", send, now, grace=timedelta(hours=2))
        now += timedelta(minutes=15)
    paris_times = [at for c, at in sent_at if c == "paris-gap"]
    montreal_times = [at for c, at in sent_at if c == "montreal"]
    assert datetime(2026, 3, 29, 1, 0, tzinfo=UTC) in paris_times  # 03:00 CEST, end of the gap
    assert datetime(2026, 3, 22, 1, 30, tzinfo=UTC) in paris_times  # 02:30 CET the week before
    assert datetime(2026, 3, 2, 14, 0, tzinfo=UTC) in montreal_times  # 09:00 EST
    assert datetime(2026, 3, 9, 13, 0, tzinfo=UTC) in montreal_times  # 09:00 EDT
    assert len(paris_times) == 6 and len(montreal_times) == 6
    weeks = [(r.channel, r.week) for r in coach.store.nudges.records()]
    assert len(weeks) == len(set(weeks)) == 12


# ---------------------------------------------------------------- races


def test_two_tickers_racing_in_threads_send_exactly_once(db):
    Store(db)  # migrate once, as the adapter would at start
    channels = [f"C{i}" for i in range(4)]
    for ch in channels:
        Store.open(db).nudges.save_schedule(paris(ch), PARIS_MONDAY_NINE)
    sends = Sends()
    for week in range(3):
        now = PARIS_MONDAY_NINE + timedelta(days=7 * week, seconds=week)
        barrier = threading.Barrier(8)
        errors: list[BaseException] = []

        def run(i: int, now=now, barrier=barrier, errors=errors) -> None:
            coach = build_coach(advice=ADVICE, store=Store(db))  # each ticker: its own connections
            barrier.wait()
            try:
                tick(coach, "slack", sends, now, owner=f"ticker-{i}", nudges=Store.open(db).nudges)
            except BaseException as error:  # pragma: no cover - reported below
                errors.append(error)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
    assert sorted(sends.channels()) == sorted(channels * 3)
    records = Store.open(db).nudges.records()
    assert len(records) == 12 and {r.status for r in records} == {"sent"}


RACER = textwrap.dedent("""
    import sys
    import time
    from datetime import datetime
    from pathlib import Path
    from bot.app import build_coach
    from bot.nudges.sending import tick
    from bot.memory.store import Store

    db, log, now, name = sys.argv[1], Path(sys.argv[2]), datetime.fromisoformat(sys.argv[3]), sys.argv[4]
    coach = build_coach(store=Store(db))
    Path(log.with_suffix(".ready")).touch()
    while not Path(log.with_suffix(".go")).exists():
        time.sleep(0.001)  # polling for the start signal, not timing anything

    def send(schedule, reply):
        with log.open("a") as out:
            out.write(f"{name} {schedule.channel}\\n")
        return name

    for minute in range(5):  # each process ticks a few times, as a ticker would
        tick(coach, "slack", send, now.replace(minute=minute), owner=name)
""")


def test_two_processes_racing_on_one_file_send_exactly_once(db, tmp_path):
    Store(db)
    for ch in ("C1", "C2"):
        Store.open(db).nudges.save_schedule(paris(ch), PARIS_MONDAY_NINE)
    script = tmp_path / "racer.py"
    script.write_text(RACER)
    procs = []
    for i in range(3):
        log = tmp_path / f"racer{i}.log"
        procs.append((log, subprocess.Popen(
            [sys.executable, str(script), str(db), str(log), PARIS_MONDAY_NINE.isoformat(), f"proc-{i}"],
            cwd=ROOT, stderr=subprocess.PIPE, text=True)))
    # Start them together once all three are ready (polling their files; nothing is timed).
    while not all(log.with_suffix(".ready").exists() or proc.poll() is not None for log, proc in procs):
        pytime.sleep(0.001)
    for log, _ in procs:
        log.with_suffix(".go").touch()
    lines = []
    for log, proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        lines += log.read_text().splitlines() if log.exists() else []
    assert sorted(line.split()[1] for line in lines) == ["C1", "C2"]
    assert {r.status for r in Store.open(db).nudges.records()} == {"sent"}


# ---------------------------------------------------------------- crashes between claim and send


def test_crash_after_claim_before_posting_is_sent_once_after_the_lease(coach):
    nudges = schedule_all(coach, paris())
    slot = due_slot(PARIS_MONDAY_NINE, paris())
    # A ticker claims, then its process dies before it marks the claim `sending`.
    assert nudges.claim(paris(), slot, "dead-process", PARIS_MONDAY_NINE) is not None
    sends = Sends()
    # While the lease runs, nobody else sends.
    tick(coach, "slack", sends, PARIS_MONDAY_NINE + LEASE - timedelta(seconds=1), owner="heir")
    assert sends.posts == []
    # Once it has run out, the claim is provably unsent: one heir sends it.
    after = PARIS_MONDAY_NINE + LEASE
    tick(coach, "slack", sends, after, owner="heir")
    tick(coach, "slack", sends, after, owner="other-heir")
    tick(coach, "slack", sends, after + LEASE * 2, owner="late-heir")
    assert sends.channels() == ["C1"]
    (record,) = nudges.records()
    assert (record.status, record.owner, record.attempt) == ("sent", "heir", 2)


def test_crash_while_posting_is_never_sent_again(coach):
    nudges = schedule_all(coach, paris())
    slot = due_slot(PARIS_MONDAY_NINE, paris())
    claim = nudges.claim(paris(), slot, "dead-process", PARIS_MONDAY_NINE)
    # The process marked the claim `sending`, called the platform, and died:
    # the post may or may not be in the channel.
    assert nudges.begin_send(claim, PARIS_MONDAY_NINE, "some.rule")
    sends = Sends()
    for hours in (0, 1, 2, 5):
        tick(coach, "slack", sends, PARIS_MONDAY_NINE + timedelta(hours=hours, minutes=11), owner="heir")
    assert sends.posts == []
    (record,) = nudges.records()
    assert record.status == "sending" and record.owner == "dead-process"


CRASHER = textwrap.dedent("""
    import os, sys
    from datetime import datetime
    from bot.app import build_coach
    from bot.nudges.sending import tick
    from bot.memory.store import Store

    coach = build_coach(store=Store(sys.argv[1]))

    def send(schedule, reply):
        os._exit(3)  # killed in the middle of the platform call

    tick(coach, "slack", send, datetime.fromisoformat(sys.argv[2]), owner="crasher")
""")


def test_a_process_killed_inside_the_send_leaves_the_week_unsent_and_reported(coach, db, tmp_path):
    schedule_all(coach, paris())
    script = tmp_path / "crasher.py"
    script.write_text(CRASHER)
    done = subprocess.run([sys.executable, str(script), str(db), PARIS_MONDAY_NINE.isoformat()], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    sends = Sends()
    tick(coach, "slack", sends, PARIS_MONDAY_NINE + LEASE * 3, owner="restarted")
    assert sends.posts == []
    (record,) = Store.open(db).nudges.records()
    assert (record.status, record.owner) == ("sending", "crasher")


def test_an_error_after_the_request_left_is_unknown_and_not_retried(coach):
    nudges = schedule_all(coach, paris())

    def timeout(schedule, reply):
        raise TimeoutError("no answer from the platform")

    outcomes = tick(coach, "slack", timeout, PARIS_MONDAY_NINE)
    assert [o.status for o in outcomes] == ["unknown"]
    sends = Sends()
    tick(coach, "slack", sends, PARIS_MONDAY_NINE + timedelta(minutes=30))
    assert sends.posts == []
    assert nudges.records()[0].status == "unknown"


def test_a_refused_post_is_retried_and_sent_once(coach):
    nudges = schedule_all(coach, paris())
    sends = Sends()
    refusals = iter([NotDelivered("not_in_channel")])

    def flaky(schedule, reply):
        error = next(refusals, None)
        if error:
            raise error
        return sends(schedule, reply)

    assert [o.status for o in tick(coach, "slack", flaky, PARIS_MONDAY_NINE)] == ["failed"]
    assert [o.status for o in tick(coach, "slack", flaky, PARIS_MONDAY_NINE + timedelta(minutes=1))] == ["sent"]
    tick(coach, "slack", flaky, PARIS_MONDAY_NINE + timedelta(minutes=2))
    assert sends.channels() == ["C1"]
    assert (nudges.records()[0].status, nudges.records()[0].attempt) == ("sent", 2)


def test_refusals_stop_after_max_attempts(coach):
    nudges = schedule_all(coach, paris())
    calls = []

    def refuse(schedule, reply):
        calls.append(1)
        raise NotDelivered("channel_not_found")

    for minute in range(MAX_ATTEMPTS + 3):
        tick(coach, "slack", refuse, PARIS_MONDAY_NINE + timedelta(minutes=minute))
    assert len(calls) == MAX_ATTEMPTS
    assert nudges.records()[0].status == "failed"


def test_a_ticker_whose_claim_was_taken_over_does_not_post(coach):
    nudges = schedule_all(coach, paris())
    slot = due_slot(PARIS_MONDAY_NINE, paris())
    slow = nudges.claim(paris(), slot, "slow", PARIS_MONDAY_NINE)
    sends = Sends()
    later = PARIS_MONDAY_NINE + LEASE + timedelta(minutes=1)
    tick(coach, "slack", sends, later, owner="heir")  # the heir takes over and sends
    outcome = send_claimed(coach, nudges, slow, sends, later)  # the slow one wakes up
    assert outcome.status == "lost"
    assert sends.channels() == ["C1"]


def test_a_schedule_set_after_this_weeks_slot_starts_next_week(coach):
    nudges = coach.store.nudges
    nudges.save_schedule(paris(), PARIS_MONDAY_NINE + timedelta(hours=1), by="admin")  # set at 10:00
    sends = Sends()
    tick(coach, "slack", sends, PARIS_MONDAY_NINE + timedelta(hours=1, minutes=1))
    assert sends.posts == []  # as /settings said: "next one: next Monday"
    tick(coach, "slack", sends, PARIS_MONDAY_NINE + timedelta(days=7))
    assert sends.channels() == ["C1"]
