"""A throwaway PostgreSQL server for the tests that ask for one, started once per session.

Tests ask with a fixture (wired in through `tests/conftest.py`; nothing starts unless a test
asks):
- `postgres_url`: a database of the test's own on that server, as a `postgresql://` URL
  (the form `COACH_DATABASE_URL` takes), dropped after the test;
- `postgres_server`: the server itself, to make more databases or to reach it another way.

How it runs: `initdb -A trust` into a temporary folder, then `pg_ctl start` with no TCP
listener (`listen_addresses=''`): the only way in is a Unix socket in that same private
folder, so parallel sessions never meet and nothing on the machine can connect to it. The
server is stopped and its folder removed when the session ends. PostgreSQL refuses to run
as root, and CI and the development machines run as root: there the server runs as the
`postgres` user (`COACH_PG_USER` to choose another), which the Debian package creates.

Binaries: `$COACH_PG_BINDIR`, else the newest `/usr/lib/postgresql/*/bin` (Debian), else
`pg_config --bindir`, else `initdb` on the PATH. `.ci/run` installs the `postgresql`
package when none is found.

A test that needs PostgreSQL and cannot have it FAILS (an error naming what is missing and
how to get it): it is never skipped, so a green run always means the PostgreSQL tests ran.
"""

from __future__ import annotations

import itertools
import os
import pwd
import re
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pytest

if TYPE_CHECKING:
    import psycopg

DEBIAN_ROOT = Path("/usr/lib/postgresql")
ROLE = "coach"  # the superuser initdb creates; tests connect as it, with no password (-A trust)
PORT = 5432  # names the socket file only: there is no TCP listener, and the folder is private
HOW_TO_GET_IT = ("Install PostgreSQL (Debian: `apt-get update && apt-get install -y postgresql`; `.ci/run` "
                 "does this by itself), or set COACH_PG_BINDIR to the folder holding initdb and pg_ctl.")

# Durability is pointless for a server that is deleted at the end of the session, and costly.
SERVER_OPTIONS = ("-c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                  "-c full_page_writes=off -c max_connections=100")


class PostgresUnavailable(RuntimeError):
    """PostgreSQL could not be started; the message says why and what to do."""


def _version(bindir: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", bindir.parent.name)) or (0,)


def find_bindir() -> Path:
    """The folder holding initdb, pg_ctl and postgres."""
    wanted = os.environ.get("COACH_PG_BINDIR", "").strip()
    if wanted:
        if (Path(wanted) / "initdb").is_file():
            return Path(wanted)
        raise PostgresUnavailable(f"COACH_PG_BINDIR is {wanted!r}, which holds no initdb. {HOW_TO_GET_IT}")
    debian = sorted((p.parent for p in DEBIAN_ROOT.glob("*/bin/initdb")), key=_version, reverse=True)
    if debian:
        return debian[0]
    if shutil.which("pg_config"):
        done = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False)
        if done.returncode == 0 and (Path(done.stdout.strip()) / "initdb").is_file():
            return Path(done.stdout.strip())
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise PostgresUnavailable(f"No PostgreSQL server binaries (initdb, pg_ctl) were found. {HOW_TO_GET_IT}")


def _server_account() -> pwd.struct_passwd | None:
    """Whom to run the server as: None for ourselves, the `postgres` user when we are root."""
    if os.geteuid() != 0:
        return None
    name = os.environ.get("COACH_PG_USER", "").strip() or "postgres"
    try:
        return pwd.getpwnam(name)
    except KeyError:
        raise PostgresUnavailable(
            f"The tests run as root, PostgreSQL refuses to run as root, and there is no {name!r} user to run it "
            f"as. The Debian package `postgresql` creates the `postgres` user; or set COACH_PG_USER to an "
            f"existing unprivileged user, or run the tests as one.") from None


def _parent_folder(account: pwd.struct_passwd | None) -> Path:
    """Where to make the server's folder: the temporary folder, unless the server's account
    could not get through it (a root-only $TMPDIR) or the socket's path would be too long
    (about 100 characters at most); then /tmp."""
    base = Path(tempfile.gettempdir()).resolve()
    reachable = account is None or all(folder.stat().st_mode & 0o001 for folder in (base, *base.parents))
    return base if reachable and len(str(base)) <= 60 else Path("/tmp")


@dataclass
class PostgresServer:
    """A running throwaway server: its folder (data and socket) and how to reach it."""

    bindir: Path
    folder: Path
    account: pwd.struct_passwd | None
    port: int = PORT
    user: str = ROLE

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, dbname: str = "postgres") -> str:
        """A libpq URL for `dbname` over the socket, as COACH_DATABASE_URL would hold it."""
        return f"postgresql://{self.user}@/{dbname}?host={quote(str(self.folder), safe='')}&port={self.port}"

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        """Run one of the server's programs as the server's account."""
        as_user = {} if self.account is None else {
            "user": self.account.pw_uid, "group": self.account.pw_gid, "extra_groups": []}
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
        if self.account is not None:
            env.update(HOME=self.account.pw_dir, USER=self.account.pw_name, LOGNAME=self.account.pw_name)
        return subprocess.run([str(self.bindir / args[0]), *args[1:]], cwd=self.folder, env=env,
                              capture_output=True, text=True, timeout=timeout, check=False, **as_user)

    def log_tail(self, lines: int = 20) -> str:
        log = self.folder / "server.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> PostgresServer:
    """initdb and start a server in a fresh private folder; raises PostgresUnavailable."""
    bindir = find_bindir()
    account = _server_account()
    # Not under pytest's basetemp: as root that is a 0700 folder the postgres user cannot enter.
    folder = Path(tempfile.mkdtemp(prefix="coach-pg-", dir=_parent_folder(account)))
    if account is not None:
        os.chown(folder, account.pw_uid, account.pw_gid)
    server = PostgresServer(bindir=bindir, folder=folder, account=account)
    try:
        steps = [
            ("initdb", "-D", str(server.data), "-A", "trust", "-U", ROLE, "-E", "UTF8", "--locale=C", "--no-sync"),
            ("pg_ctl", "-D", str(server.data), "-l", str(folder / "server.log"), "-w", "-t", "60",
             "-o", f"-k {shlex.quote(str(folder))} -p {PORT} {SERVER_OPTIONS}", "start"),
        ]
        for step in steps:
            try:
                done = server.run(*step, timeout=90)
            except (OSError, subprocess.SubprocessError) as error:
                raise PostgresUnavailable(f"PostgreSQL's {step[0]} could not run from {bindir}: {error}") from None
            if done.returncode != 0:
                said = (done.stderr or done.stdout).strip()[-1500:]
                raise PostgresUnavailable(
                    f"PostgreSQL's {step[0]} (from {bindir}) failed with status {done.returncode}:\n{said}\n"
                    f"{server.log_tail()}")
    except BaseException:
        server.stop()
        raise
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One server for the whole session (starting one takes about 3 s), stopped at the end.
    If it cannot start, every test that asked for it fails with the reason (pytest keeps the
    error of a session fixture, so the start is not retried per test)."""
    try:
        server = start_server()
    except PostgresUnavailable as error:
        pytest.fail(f"This test needs PostgreSQL, which could not start: {error}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


_numbers = itertools.count(1)


def _admin(server: PostgresServer) -> psycopg.Connection:
    try:
        import psycopg
    except ImportError:
        pytest.fail("This test needs psycopg 3: install the dev extras (`make test` does: pip install -e '.[dev]').",
                    pytrace=False)
    return psycopg.connect(server.url(), autocommit=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh database for this test alone, as a postgresql:// URL; dropped afterwards."""
    slug = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:40].strip("_")
    name = f"t{next(_numbers)}_{slug}"
    with _admin(postgres_server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield postgres_server.url(name)
    finally:
        with _admin(postgres_server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- team memory on PostgreSQL, for the tests that run on both backends ------------------

def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[-30:]


@pytest.fixture(scope="module")
def postgres_module_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A database for this test module, team memory's migrations applied once; dropped at the end."""
    from bot.memory.store import Store

    name = f"m{next(_numbers)}_{_slug(request.module.__name__)}"
    with _admin(postgres_server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = postgres_server.url(name)
    Store.open(url).close()
    try:
        yield url
    finally:
        with _admin(postgres_server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def empty_memory(url: str) -> None:
    """Every table of team memory and the nudges emptied, ids starting again at 1: a fresh store."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_coach_migrations'")]
        conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
        conn.execute("INSERT INTO store_meta (key, value) VALUES ('forgets', 0)")


@pytest.fixture
def postgres_memory(postgres_module_url: str) -> Iterator[str]:
    """The module's database, emptied for this test; every store the test opened is closed after it."""
    from bot.memory import postgres as backend

    empty_memory(postgres_module_url)
    try:
        yield postgres_module_url
    finally:
        for pool in list(backend.OPEN):
            pool.close()
