"""The PostgreSQL the tests run against (tests/postgres.py): a real throwaway server, a
database per test, and the two things the nudge ledger will rely on across processes:
transactions and advisory locks. When PostgreSQL cannot start, the test fails: never a skip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from psycopg_pool import ConnectionPool

from tests import postgres

ROOT = Path(__file__).resolve().parents[1]
LEDGER_KEY = 17_2026  # any bigint: the ledger will derive one per channel-week


def test_a_test_gets_an_empty_database_of_its_own_reached_only_through_a_socket(postgres_url: str):
    assert postgres_url.startswith("postgresql://coach@/t")
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT current_database()").fetchone()[0] == postgres_url.split("/")[3].split("?")[0]
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]
        assert tables == 0
        assert conn.execute("SHOW listen_addresses").fetchone()[0] == ""  # no TCP listener at all
        assert conn.execute("SELECT inet_server_addr()").fetchone()[0] is None  # this connection is a Unix socket
        conn.execute("CREATE TABLE left_behind (id int)")  # the next test's database must not have it


def test_the_next_test_does_not_see_what_the_last_one_left(postgres_url: str):
    with psycopg.connect(postgres_url) as conn:
        found = conn.execute("SELECT to_regclass('public.left_behind')").fetchone()[0]
    assert found is None


def test_a_transaction_is_seen_by_another_connection_only_once_committed(postgres_url: str):
    with psycopg.connect(postgres_url, autocommit=True) as setup:
        setup.execute("CREATE TABLE ledger (channel text, week text, PRIMARY KEY (channel, week))")
    with psycopg.connect(postgres_url) as writer, psycopg.connect(postgres_url, autocommit=True) as reader:
        writer.execute("INSERT INTO ledger VALUES ('C1', '2026-W48')")  # opens a transaction
        assert reader.execute("SELECT count(*) FROM ledger").fetchone()[0] == 0
        writer.commit()
        assert reader.execute("SELECT count(*) FROM ledger").fetchone()[0] == 1
        writer.execute("INSERT INTO ledger VALUES ('C1', '2026-W49')")
        writer.rollback()
        assert reader.execute("SELECT week FROM ledger").fetchall() == [("2026-W48",)]


def test_an_advisory_lock_held_by_one_pooled_connection_is_refused_to_the_other(postgres_url: str):
    pool = ConnectionPool(postgres_url, min_size=2, max_size=2, open=True)
    with pool, pool.connection() as one, pool.connection() as other:
        assert one.info.backend_pid != other.info.backend_pid  # two server processes
        try_lock = "SELECT pg_try_advisory_lock(%s)"
        assert one.execute(try_lock, (LEDGER_KEY,)).fetchone()[0] is True
        assert other.execute(try_lock, (LEDGER_KEY,)).fetchone()[0] is False
        assert other.execute(try_lock, (LEDGER_KEY + 1,)).fetchone()[0] is True  # other keys stay free
        assert one.execute("SELECT pg_advisory_unlock(%s)", (LEDGER_KEY,)).fetchone()[0] is True
        assert other.execute(try_lock, (LEDGER_KEY,)).fetchone()[0] is True
        other.execute("SELECT pg_advisory_unlock_all()")
        one.commit()
        other.commit()


def test_a_transaction_lock_is_released_by_commit(postgres_url: str):
    with psycopg.connect(postgres_url) as one, psycopg.connect(postgres_url) as other:
        try_xact_lock = "SELECT pg_try_advisory_xact_lock(%s)"
        assert one.execute(try_xact_lock, (LEDGER_KEY,)).fetchone()[0] is True
        assert other.execute(try_xact_lock, (LEDGER_KEY,)).fetchone()[0] is False
        other.rollback()
        one.commit()  # the send is recorded: the lock goes with the transaction
        assert other.execute(try_xact_lock, (LEDGER_KEY,)).fetchone()[0] is True
        other.commit()


def test_another_process_is_refused_the_lock_while_it_is_held(postgres_url: str):
    probe = ("import sys, psycopg\n"
             "with psycopg.connect(sys.argv[1]) as c:\n"
             "    print(c.execute('SELECT pg_try_advisory_lock(%s)', (int(sys.argv[2]),)).fetchone()[0])\n")

    def other_worker() -> str:
        done = subprocess.run([sys.executable, "-c", probe, postgres_url, str(LEDGER_KEY)],
                              capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    with psycopg.connect(postgres_url, autocommit=True) as holder:
        assert holder.execute("SELECT pg_try_advisory_lock(%s)", (LEDGER_KEY,)).fetchone()[0] is True
        assert other_worker() == "False"
    assert other_worker() == "True"  # the holder's session ended, and its lock with it


# -- when PostgreSQL cannot run, and after the session -----------------------------------

PROBE = """\
from pathlib import Path


def test_probe(postgres_server):
    Path({out!r}).write_text(str(postgres_server.folder))
    assert (postgres_server.folder / "data" / "postmaster.pid").exists()
"""


def run_probe(tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path / "folder.txt"
    (tmp_path / "test_probe.py").write_text(PROBE.format(out=str(out)))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.postgres", "-p", "no:cacheprovider", "-q", "-rA",
         str(tmp_path / "test_probe.py")],
        cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=180, check=False)
    return done, out


def test_no_postgresql_fails_the_test_with_what_to_do_and_never_skips_it(tmp_path: Path):
    done, _ = run_probe(tmp_path, COACH_PG_BINDIR=str(tmp_path / "nowhere"))
    assert done.returncode == 1, done.stdout
    assert "This test needs PostgreSQL, which could not start" in done.stdout
    assert "holds no initdb" in done.stdout and "apt-get install -y postgresql" in done.stdout
    assert "1 error" in done.stdout and "skipped" not in done.stdout


def test_the_server_is_stopped_and_its_folder_removed_when_the_session_ends(tmp_path: Path):
    done, out = run_probe(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    folder = Path(out.read_text())
    assert folder.name.startswith("coach-pg-") and not folder.exists()


def test_as_root_without_a_user_to_run_the_server_as_the_message_says_so(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    monkeypatch.setenv("COACH_PG_USER", "no-such-user-coach")
    with pytest.raises(postgres.PostgresUnavailable, match="refuses to run as root.*no 'no-such-user-coach' user"):
        postgres._server_account()
