"""Settings from the environment (and .env): where data lives, which adapter runs.

`.env` is looked for once: $COACH_ENV_FILE if set, else the nearest `.env` from the
current directory up, else the one in Coach's own checkout (where `make run` reads it).
Relative paths in it (`COACH_DATA_DIR=./data`) are relative to the `.env` file, not to
wherever Coach is started from, and every path is made absolute once, here: imports
never seem to vanish because a command ran from another folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PLATFORMS = ("slack", "discord", "console")
PATH_KEYS = ("COACH_DATA_DIR", "COACH_DB", "COACH_ADVICE_LOCAL")
DATABASE_SCHEMES = ("postgresql://", "postgres://")  # COACH_DATABASE_URL's; anything else is refused
CHECKOUT = Path(__file__).resolve().parents[1]  # the source tree, for an editable install (`make run`)


class ConfigError(ValueError):
    """Settings Coach cannot start with; the message is one sentence naming what to fix."""


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "coach"


def is_postgres_url(where: object) -> bool:
    """Whether `where` (a path or a URL) names a PostgreSQL database."""
    return isinstance(where, str) and where.startswith(DATABASE_SCHEMES)


def safe_url(url: str) -> str:
    """A database URL fit to print: the password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


@dataclass
class Config:
    data_dir: Path = field(default_factory=_default_data_dir)
    db_path: Path | None = None
    database_url: str = ""  # COACH_DATABASE_URL: postgresql://... puts team memory on PostgreSQL
    advice_local: Path | None = None  # admins' layers (advice/local/<workspace>/...)
    slack_bot_token: str = ""
    slack_app_token: str = ""
    slack_signing_secret: str = ""
    slack_port: int = 3000
    slack_api_url: str = ""  # tests point the Web API at a local stand-in
    slack_client_id: str = ""  # OAuth mode (installs to many workspaces): the app's credentials
    slack_client_secret: str = ""
    slack_redirect_uri: str = ""  # optional: the Redirect URL set in OAuth & Permissions
    token_key: str = ""  # COACH_TOKEN_KEY: Fernet key(s) sealing stored workspace tokens (bot.memory.sealing)
    discord_token: str = ""
    discord_guild_id: str = ""  # development server: commands sync there instantly
    discord_sync: str = "auto"  # auto (guild if set, else global; skipped when unchanged) | force | off
    discord_observe: bool = False  # request the Message Content intent for observed channels
    discord_shards: str = ""  # COACH_DISCORD_SHARDS: "auto", "8" or "0-3/8" (this process's shards / total)
    admin_ids: frozenset[str] = frozenset()
    platform: str = ""  # COACH_PLATFORM: slack | discord | console, when both platforms are configured
    env_file: Path | None = None  # the .env that was read, if any

    @property
    def db(self) -> Path:
        """The SQLite file (the default store)."""
        return self.db_path or self.data_dir / "coach.db"

    @property
    def database(self) -> str:
        """What Store.open takes: the PostgreSQL URL when COACH_DATABASE_URL is set, else the SQLite file."""
        return self.database_url or str(self.db)

    @property
    def database_label(self) -> str:
        """The database, fit to print (a URL's password hidden)."""
        return safe_url(self.database_url) if self.database_url else str(self.db)

    @property
    def memory_exists(self) -> bool:
        """Whether team memory may hold something yet (a database server always may)."""
        return bool(self.database_url) or self.db.exists()

    @property
    def slack_configured(self) -> bool:
        return bool(self.slack_bot_token or self.slack_app_token or self.slack_signing_secret)

    @property
    def slack_oauth(self) -> bool:
        """OAuth mode: Coach serves every workspace that installs it, each with its own token."""
        return bool(self.slack_client_id or self.slack_client_secret)

    @property
    def discord_configured(self) -> bool:
        return bool(self.discord_token or self.discord_guild_id)

    def problems(self) -> list[str]:
        """Half-set platform settings, each as one sentence naming the missing variable."""
        out = []
        if self.slack_oauth:
            out.extend(self._oauth_problems())
        elif self.slack_configured and not self.slack_bot_token:
            given = "SLACK_APP_TOKEN" if self.slack_app_token else "SLACK_SIGNING_SECRET"
            out.append(f"{given} is set but SLACK_BOT_TOKEN is not: add the Bot User OAuth Token (xoxb-...) "
                       "from OAuth & Permissions to .env, or remove the Slack settings.")
        elif self.slack_bot_token and not (self.slack_app_token or self.slack_signing_secret):
            out.append("SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode, xapp-...) nor "
                       "SLACK_SIGNING_SECRET (HTTP mode) is: add one of them to .env.")
        if self.discord_guild_id and not self.discord_token:
            out.append("DISCORD_GUILD_ID is set but DISCORD_TOKEN is not: add the bot token from the Developer "
                       "Portal (Bot, Reset Token) to .env, or remove DISCORD_GUILD_ID.")
        if self.database_url and not is_postgres_url(self.database_url):
            out.append(f"COACH_DATABASE_URL must be a PostgreSQL URL (postgresql://user:password@host/database); "
                       f"leave it unset to keep team memory in the SQLite file {self.db}.")
        if self.platform and self.platform not in PLATFORMS:
            out.append(f"COACH_PLATFORM is {self.platform!r}: use one of {', '.join(PLATFORMS)}.")
        return out

    def _oauth_problems(self) -> list[str]:
        missing = [n for n, v in (("SLACK_CLIENT_ID", self.slack_client_id), ("SLACK_CLIENT_SECRET",
                   self.slack_client_secret), ("SLACK_SIGNING_SECRET", self.slack_signing_secret)) if not v]
        out = [f"OAuth mode (installs to many workspaces) needs {', '.join(missing)} too: copy "
               f"{'them' if len(missing) > 1 else 'it'} from Basic Information, App Credentials."] if missing else []
        for name, value in (("SLACK_BOT_TOKEN", self.slack_bot_token), ("SLACK_APP_TOKEN", self.slack_app_token)):
            if value:
                out.append(f"{name} is set with SLACK_CLIENT_ID: in OAuth mode each workspace's token comes from "
                           f"its install and Slack reaches Coach over HTTP; remove {name}, or the OAuth settings "
                           "to serve one workspace.")
        return out

    def choose(self, requested: str | None = None) -> tuple[str, str]:
        """(adapter, note): which adapter `coach run` starts, and why when there was a choice.
        Raises ConfigError for half-set settings or a platform that is not configured."""
        problems = self.problems()
        if problems:
            raise ConfigError(" ".join(problems))
        ready = [name for name, ok in (("slack", self.slack_bot_token or self.slack_oauth),
                                       ("discord", self.discord_token)) if ok]
        wanted = requested or self.platform
        if wanted:
            if wanted != "console" and wanted not in ready:
                token = "SLACK_BOT_TOKEN" if wanted == "slack" else "DISCORD_TOKEN"
                raise ConfigError(f"{wanted} was asked for but {token} is not set in .env or the environment.")
            return wanted, ""
        if len(ready) == 2:
            return "slack", ("Slack and Discord are both configured: starting Slack. Set COACH_PLATFORM=discord "
                             "(or `coach run --platform discord`) to start Discord; run one process per platform "
                             "to serve both (they share the database safely).")
        return (ready[0] if ready else "console"), ""

    @property
    def adapter(self) -> str:
        """Which adapter `coach run` starts: tokens in .env switch from the console."""
        try:
            return self.choose()[0]
        except ConfigError:
            return "console"


def find_env_file(start: Path | None = None) -> Path | None:
    """$COACH_ENV_FILE, else the nearest .env from `start` (the current directory) up,
    else the checkout's own .env."""
    if os.environ.get("COACH_ENV_FILE"):
        return Path(os.environ["COACH_ENV_FILE"]).expanduser().resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".env").is_file():
            return folder / ".env"
    own = CHECKOUT / ".env"
    return own if own.is_file() and (CHECKOUT / "pyproject.toml").is_file() else None


def _path(value: str, base: Path) -> Path:
    path = Path(value).expanduser()
    return (path if path.is_absolute() else base / path).resolve()


def _read_env_file(file: Path) -> dict[str, str | None]:
    """The file's settings, parsed by python-dotenv (imported here: a command that reads no
    settings, like `coach review`, does not pay for it nor for the logging it imports)."""
    from dotenv import dotenv_values

    return dotenv_values(file)


def load_config(env_file: str | Path | None = None, *, read_env_file: bool = True) -> Config:
    """The settings: the process environment first, then the .env file for what it lacks."""
    file = Path(env_file).expanduser().resolve() if env_file else (find_env_file() if read_env_file else None)
    if file is not None and (not file.exists() or file.is_dir()):  # /dev/null is fine: no settings
        raise ConfigError(f"COACH_ENV_FILE names {file}, which is not a file.")
    from_file = {k: v for k, v in _read_env_file(file).items() if v is not None} if file else {}
    env = {**from_file, **os.environ}  # the environment wins, as with python-dotenv's override=False

    def path_of(key: str) -> Path | None:
        if not env.get(key):
            return None
        base = file.parent if key not in os.environ and file is not None else Path.cwd()
        return _path(env[key], base)

    def flag(key: str) -> bool:
        return str(env.get(key, "")).strip().lower() in ("1", "true", "yes", "on")

    try:
        port = int(env.get("SLACK_PORT", "3000") or 3000)
    except ValueError:
        raise ConfigError(f"SLACK_PORT is {env['SLACK_PORT']!r}: it must be a port number, e.g. 3000.") from None
    return Config(
        data_dir=path_of("COACH_DATA_DIR") or _default_data_dir().resolve(),
        db_path=path_of("COACH_DB"),
        database_url=env.get("COACH_DATABASE_URL", "").strip(),
        advice_local=path_of("COACH_ADVICE_LOCAL"),
        slack_bot_token=env.get("SLACK_BOT_TOKEN", "").strip(),
        slack_app_token=env.get("SLACK_APP_TOKEN", "").strip(),
        slack_signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
        slack_port=port,
        slack_api_url=env.get("SLACK_API_URL", ""),
        slack_client_id=env.get("SLACK_CLIENT_ID", "").strip(),
        slack_client_secret=env.get("SLACK_CLIENT_SECRET", "").strip(),
        slack_redirect_uri=env.get("SLACK_REDIRECT_URI", "").strip(),
        token_key=env.get("COACH_TOKEN_KEY", "").strip(),
        discord_token=env.get("DISCORD_TOKEN", "").strip(),
        discord_guild_id=env.get("DISCORD_GUILD_ID", "").strip(),
        discord_sync=(env.get("DISCORD_SYNC", "auto") or "auto").strip().lower(),
        discord_observe=flag("DISCORD_OBSERVE"),
        discord_shards=env.get("COACH_DISCORD_SHARDS", "").strip().lower(),
        admin_ids=frozenset(x.strip() for x in env.get("COACH_ADMIN_IDS", "").split(",") if x.strip()),
        platform=env.get("COACH_PLATFORM", "").strip().lower(),
        env_file=file,
    )
