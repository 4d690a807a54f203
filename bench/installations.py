"""Slack installs to many workspaces, for `make bench` (also `python -m bench.installations`).

10,000 workspaces installed in one SQLite file, then the token lookup every request
from one of them makes (Bolt's authorize calls `find_bot`): p50 / p99 over 20,000
lookups of random workspaces, and of workspaces that uninstalled (a miss). Measured
on Coach's store (one row per workspace, a primary-key read) through the interface
Bolt calls, and on the store layer alone; side by side with slack_sdk's own
SQLite3InstallationStore holding the same installs (its peer: it keeps every install
as a row and reads the latest, on a new connection per call). Both files live in
/dev/shm when there is one: the peer commits each save with a sync, which on disk
takes minutes for 10,000 installs and measures the disk, not the store.

Then the same on PostgreSQL (COACH_BENCH_DATABASE_URL, else a throwaway local server
started as the tests start one, over its Unix socket): Coach's store on psycopg's pool.
"""

from __future__ import annotations

import logging
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

N_WORKSPACES = 10_000
N_LOOKUPS = 20_000
CLIENT_ID = "1111111111.2222222222"


def _team(i: int) -> str:
    return f"T{i:09d}"


def _slack_installation(i: int):
    from slack_sdk.oauth.installation_store import Installation

    return Installation(app_id="A0COACH01", team_id=_team(i), team_name=f"Workspace {i}", user_id="U0INSTALL1",
                        bot_token=f"xoxb-{i}-{random.getrandbits(64):016x}", bot_id=f"B{i:09d}",
                        bot_user_id=f"U{i:09d}", bot_scopes="commands,chat:write,users:read", installed_at=time.time())


def _percentiles(times: list[float]) -> str:
    times.sort()
    p50, p99 = times[len(times) // 2], times[int(len(times) * 0.99) - 1]
    return f"p50 {p50 * 1e6:,.0f} µs, p99 {p99 * 1e6:,.0f} µs"


def _time(lookup: Callable[[str], object], teams: list[str]) -> list[float]:
    times = []
    for team in teams:
        started = time.perf_counter()
        lookup(team)
        times.append(time.perf_counter() - started)
    return times


def _postgres() -> tuple[str, Callable[[], None]] | str:
    """(a database URL, how to stop what was started), or why there is none."""
    import os

    if os.environ.get("COACH_BENCH_DATABASE_URL"):
        return os.environ["COACH_BENCH_DATABASE_URL"], lambda: None
    try:
        from tests.postgres import PostgresUnavailable, start_server
    except ImportError as error:
        return f"no PostgreSQL harness ({error})"
    try:
        server = start_server()
    except PostgresUnavailable as error:
        return str(error).splitlines()[0]
    return server.url(), server.stop


def _postgres_rows(present: list[str], missing: list[str], gone: list[str]) -> Iterator[str]:
    from adapters.slack.oauth import CoachInstallationStore
    from bot.memory.installations import Installations
    from bot.memory.store import Store

    found = _postgres()
    if isinstance(found, str):
        yield f"PostgreSQL: not measured: {found}"
        return
    url, stop = found
    try:
        store = Store.open(url)
        with store.transaction() as conn:  # a database kept from an earlier run
            conn.execute("DELETE FROM installations")
        ours = CoachInstallationStore(Installations(store), CLIENT_ID)
        started = time.perf_counter()
        for i in range(N_WORKSPACES):
            ours.save(_slack_installation(i))
        elapsed = time.perf_counter() - started
        yield (f"Coach on PostgreSQL (local socket): {N_WORKSPACES:,} installs saved in {elapsed:.1f} s "
               f"({N_WORKSPACES / elapsed:,.0f}/s)")
        for team in gone:
            ours.delete_all(enterprise_id=None, team_id=team)
        lookup = lambda t: ours.find_bot(enterprise_id=None, team_id=t)  # noqa: E731
        _time(lookup, present[:500])
        yield (f"  Coach on PostgreSQL, find_bot: {_percentiles(_time(lookup, present))}; "
               f"an uninstalled workspace: {_percentiles(_time(lookup, missing))}")
        store.close()
    finally:
        stop()


def run() -> Iterator[str]:
    from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore

    from adapters.slack.oauth import CoachInstallationStore
    from bot.memory.installations import Installations
    from bot.memory.store import Store

    logging.getLogger("coach.slack").setLevel(logging.WARNING)
    rng = random.Random(17)
    shm = Path("/dev/shm")
    with tempfile.TemporaryDirectory(dir=shm if shm.is_dir() else None) as tmp:
        yield f"files in {'/dev/shm' if shm.is_dir() else 'a temporary folder on disk'}"
        store = Store.open(Path(tmp) / "coach.db")
        ours = CoachInstallationStore(Installations(store), CLIENT_ID)
        peer = SQLite3InstallationStore(database=str(Path(tmp) / "slack_sdk.db"), client_id=CLIENT_ID)
        installs = [_slack_installation(i) for i in range(N_WORKSPACES)]
        for name, target in (("Coach", ours), ("slack_sdk SQLite3InstallationStore", peer)):
            started = time.perf_counter()
            for installation in installs:
                target.save(installation)
            elapsed = time.perf_counter() - started
            yield f"{name}: {N_WORKSPACES:,} installs saved in {elapsed:.1f} s ({N_WORKSPACES / elapsed:,.0f}/s)"
        gone = [_team(i) for i in range(0, N_WORKSPACES, 10)]  # one in ten uninstalled
        for team in gone:
            ours.delete_all(enterprise_id=None, team_id=team)
            peer.delete_all(enterprise_id=None, team_id=team)
        gone_set = set(gone)
        present = [t for t in (_team(rng.randrange(N_WORKSPACES)) for _ in range(N_LOOKUPS * 2)) if t not in gone_set]
        present = present[:N_LOOKUPS]
        missing = [rng.choice(gone) for _ in range(N_LOOKUPS // 4)]
        for team in present[:200]:  # the same answers from both stores before any timing
            a = ours.find_bot(enterprise_id=None, team_id=team)
            b = peer.find_bot(enterprise_id=None, team_id=team)
            assert a is not None and b is not None and a.bot_token == b.bot_token
        assert ours.find_bot(enterprise_id=None, team_id=gone[0]) is None

        yield (f"token lookup with {N_WORKSPACES:,} workspaces installed ({len(gone):,} of them then uninstalled), "
               f"{N_LOOKUPS:,} requests from random workspaces:")
        rows = [
            ("Coach, find_bot (what Bolt calls)", lambda t: ours.find_bot(enterprise_id=None, team_id=t)),
            ("Coach, store layer (Installations.find)",
             lambda t: ours.installations.find("slack", CLIENT_ID, "", t)),
            ("slack_sdk SQLite3InstallationStore, find_bot", lambda t: peer.find_bot(enterprise_id=None, team_id=t)),
        ]
        for name, lookup in rows:
            _time(lookup, present[:500])  # warm the page cache and the connection
            hits = _percentiles(_time(lookup, present))
            misses = _percentiles(_time(lookup, missing))
            yield f"  {name}: {hits}; an uninstalled workspace: {misses}"
        store.close()
    yield from _postgres_rows(present, missing, gone)


if __name__ == "__main__":
    for line in run():
        print(line)
