"""Where each installed workspace's bot token lives: one row per install, and the OAuth
states of installs in progress.

    inst = Installations(store)                  # over team memory's Store
    inst.save(Installation("slack", client_id, team_id="T1", bot_token="xoxb-..."))
    inst.find("slack", client_id, "", "T1")      # one primary-key read
    inst.delete("slack", client_id, "", "T1")    # 0 or 1; idempotent
    state = inst.issue_state(ttl=600); inst.consume_state(state)  # True once, then False

Platform-neutral: the Slack adapter (adapters/slack/oauth.py) translates slack_sdk's
installation into this record and back. Only the latest install of a workspace is kept
(a reinstall with new scopes replaces the row), so a lookup is one row and a database
backup holds one token per workspace, not its history. Coach asks for no user scopes:
no user token is ever stored. With COACH_TOKEN_KEY set, the bot and refresh tokens are
sealed at rest (bot.memory.sealing). Tables: migration 007 (bot.memory.schema), on either backend.
"""

from __future__ import annotations

import secrets
import time
from contextlib import AbstractContextManager
from dataclasses import astuple, dataclass, fields, replace
from typing import Protocol

from bot.memory.sealing import PREFIX, Sealer
from bot.memory.sql import Connection

STATE_TTL = 600  # seconds a member has to approve the app on Slack's page

TABLES = """
CREATE TABLE installations (
    platform             TEXT NOT NULL,
    client_id            TEXT NOT NULL,
    enterprise_id        TEXT NOT NULL DEFAULT '',
    team_id              TEXT NOT NULL DEFAULT '',
    bot_token            TEXT NOT NULL,
    is_org_install       INTEGER NOT NULL DEFAULT 0,
    app_id               TEXT NOT NULL DEFAULT '',
    team_name            TEXT NOT NULL DEFAULT '',
    enterprise_name      TEXT NOT NULL DEFAULT '',
    installer_id         TEXT NOT NULL DEFAULT '',
    bot_id               TEXT NOT NULL DEFAULT '',
    bot_user_id          TEXT NOT NULL DEFAULT '',
    bot_scopes           TEXT NOT NULL DEFAULT '',
    bot_refresh_token    TEXT NOT NULL DEFAULT '',
    bot_token_expires_at INTEGER,
    installed_at         INTEGER NOT NULL,
    PRIMARY KEY (platform, client_id, enterprise_id, team_id)
);
CREATE INDEX installations_team ON installations (platform, team_id);
CREATE TABLE oauth_states (
    state      TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
);
CREATE INDEX oauth_states_expiry ON oauth_states (expires_at);
"""


@dataclass(frozen=True)
class Installation:
    """One workspace's install of one app: what a later request needs to answer there."""

    platform: str  # "slack"
    client_id: str  # the app that was installed (one Coach may serve two apps)
    team_id: str  # the workspace; '' for an org-wide install
    bot_token: str
    enterprise_id: str = ""  # '' off Enterprise Grid
    is_org_install: bool = False
    app_id: str = ""
    team_name: str = ""
    enterprise_name: str = ""
    installer_id: str = ""
    bot_id: str = ""
    bot_user_id: str = ""
    bot_scopes: str = ""  # comma-separated, as Slack gives them
    bot_refresh_token: str = ""  # only when token rotation is on
    bot_token_expires_at: int | None = None
    installed_at: int = 0  # seconds since 1970, UTC


COLUMNS = tuple(f.name for f in fields(Installation))
KEY = ("platform", "client_id", "enterprise_id", "team_id")


class Store(Protocol):
    @property
    def conn(self) -> Connection: ...

    def transaction(self, exclusive: bool = False) -> AbstractContextManager[Connection]: ...


class Installations:
    """The verbs over the two tables; any number of processes share them through the database."""

    def __init__(self, store: Store, sealer: Sealer | None = None):
        self.store = store
        self.sealer = sealer or Sealer()

    # -- installations -----------------------------------------------------

    def save(self, installation: Installation) -> None:
        """Upsert on (platform, client id, enterprise, team): a reinstall replaces the row."""
        row = astuple(replace(installation, bot_token=self.sealer.seal(installation.bot_token),
                                  bot_refresh_token=self.sealer.seal(installation.bot_refresh_token)))
        if not installation.installed_at:
            row = row[:-1] + (int(time.time()),)
        row = tuple(int(v) if isinstance(v, bool) else v for v in row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in COLUMNS if c not in KEY)
        with self.store.transaction() as conn:
            conn.execute(f"INSERT INTO installations ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))}) "
                         f"ON CONFLICT ({', '.join(KEY)}) DO UPDATE SET {updates}", row)

    def find(self, platform: str, client_id: str, enterprise_id: str, team_id: str) -> Installation | None:
        row = self.store.conn.execute(
            f"SELECT {', '.join(COLUMNS)} FROM installations WHERE platform = ? AND client_id = ? "
            "AND enterprise_id = ? AND team_id = ?", [platform, client_id, enterprise_id, team_id]).fetchone()
        if not row:
            return None
        found = _record(row)
        return replace(found, bot_token=self.sealer.open(found.bot_token),
                       bot_refresh_token=self.sealer.open(found.bot_refresh_token))

    def reseal(self) -> int:
        """Seal every token with the newest key (plain ones from before a key was set, and ones
        sealed with an older key when several are given); how many rows changed. Run at start-up."""
        if not self.sealer.keys:
            return 0
        changed = 0
        with self.store.transaction() as conn:
            rows = conn.execute(f"SELECT {', '.join(KEY)}, bot_token, bot_refresh_token FROM installations").fetchall()
            for *key, token, refresh in rows:
                self.sealer.open(token)  # a token no key opens stops the start here, before a request fails on it
                if token.startswith(PREFIX) and (not refresh or refresh.startswith(PREFIX)) and len(self.sealer.keys) == 1:
                    continue
                conn.execute("UPDATE installations SET bot_token = ?, bot_refresh_token = ? WHERE platform = ? "
                             "AND client_id = ? AND enterprise_id = ? AND team_id = ?",
                             [self.sealer.renew(token), self.sealer.renew(refresh), *key])
                changed += 1
        return changed

    def delete(self, platform: str, client_id: str, enterprise_id: str, team_id: str) -> int:
        """Delete one install: 1, or 0 when there was none (uninstall events may come twice)."""
        with self.store.transaction() as conn:
            return conn.execute("DELETE FROM installations WHERE platform = ? AND client_id = ? AND "
                                "enterprise_id = ? AND team_id = ?",
                                [platform, client_id, enterprise_id, team_id]).rowcount

    def of_team(self, platform: str, team_id: str) -> list[Installation]:
        """Every install in a workspace (one per app that Coach serves): what forget deletes.
        Tokens as stored (sealed when a key is set): nothing here needs them."""
        rows = self.store.conn.execute(f"SELECT {', '.join(COLUMNS)} FROM installations WHERE platform = ? "
                                       "AND team_id = ? ORDER BY client_id", [platform, team_id]).fetchall()
        return [_record(r) for r in rows]

    def count(self, platform: str) -> int:
        return int(self.store.conn.execute("SELECT COUNT(*) FROM installations WHERE platform = ?",
                                           [platform]).fetchone()[0])

    # -- OAuth states ------------------------------------------------------

    def issue_state(self, ttl: int = STATE_TTL, now: float | None = None) -> str:
        """A fresh random state valid `ttl` seconds; expired ones are deleted in the same write."""
        now = int(time.time() if now is None else now)
        state = secrets.token_urlsafe(32)
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM oauth_states WHERE expires_at <= ?", [now])
            conn.execute("INSERT INTO oauth_states (state, expires_at) VALUES (?, ?)", [state, now + ttl])
        return state

    def consume_state(self, state: str, now: float | None = None) -> bool:
        """True once for a state issued and not expired; False for any later or unknown one,
        even when two workers race for it (the row is deleted and returned in one statement)."""
        now = int(time.time() if now is None else now)
        with self.store.transaction() as conn:
            row = conn.execute("DELETE FROM oauth_states WHERE state = ? RETURNING expires_at", [state]).fetchone()
        return row is not None and int(row[0]) > now


def _record(row: tuple) -> Installation:
    values = dict(zip(COLUMNS, row, strict=True))
    values["is_org_install"] = bool(values["is_org_install"])
    return Installation(**values)
