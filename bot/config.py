"""Settings from the environment (and .env): where data lives, which adapter runs."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv


def _data_dir() -> Path:
    if os.environ.get("COACH_DATA_DIR"):
        return Path(os.environ["COACH_DATA_DIR"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "coach"


@dataclass
class Config:
    data_dir: Path = field(default_factory=_data_dir)
    db_path: Path | None = None
    advice_local: Path | None = None  # admins' layers (advice/local/<workspace>/...)
    slack_bot_token: str = ""
    slack_app_token: str = ""
    slack_signing_secret: str = ""
    slack_port: int = 3000
    slack_api_url: str = ""  # tests point the Web API at a local stand-in
    discord_token: str = ""
    discord_guild_id: str = ""  # development server: commands sync there instantly
    discord_sync: str = "auto"  # auto (guild if set, else global; skipped when unchanged) | force | off
    discord_observe: bool = False  # request the Message Content intent for observed channels
    admin_ids: frozenset[str] = frozenset()

    @property
    def db(self) -> Path:
        return self.db_path or self.data_dir / "coach.db"

    @property
    def adapter(self) -> str:
        """Which adapter `coach run` starts: tokens in .env switch from the console."""
        if self.slack_bot_token and (self.slack_app_token or self.slack_signing_secret):
            return "slack"
        if self.discord_token:
            return "discord"
        return "console"


def load_config(env_file: str | None = ".env") -> Config:
    if env_file and Path(env_file).exists():
        load_dotenv(env_file, override=False)
    env = os.environ
    return Config(
        db_path=Path(env["COACH_DB"]).expanduser() if env.get("COACH_DB") else None,
        advice_local=Path(env["COACH_ADVICE_LOCAL"]).expanduser() if env.get("COACH_ADVICE_LOCAL") else None,
        slack_bot_token=env.get("SLACK_BOT_TOKEN", ""),
        slack_app_token=env.get("SLACK_APP_TOKEN", ""),
        slack_signing_secret=env.get("SLACK_SIGNING_SECRET", ""),
        slack_port=int(env.get("SLACK_PORT", "3000") or 3000),
        slack_api_url=env.get("SLACK_API_URL", ""),
        discord_token=env.get("DISCORD_TOKEN", ""),
        discord_guild_id=env.get("DISCORD_GUILD_ID", "").strip(),
        discord_sync=(env.get("DISCORD_SYNC", "auto") or "auto").strip().lower(),
        discord_observe=env.get("DISCORD_OBSERVE", "").strip().lower() in ("1", "true", "yes", "on"),
        admin_ids=frozenset(x.strip() for x in env.get("COACH_ADMIN_IDS", "").split(",") if x.strip()),
    )
