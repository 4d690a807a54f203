"""Who is asking, from where: what an adapter knows about a request."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Context:
    """Where a message comes from (platform, workspace, channel) and who wrote it."""

    platform: str = "console"  # console | slack | discord | cli
    workspace: str = "local"  # Slack team id, Discord guild id
    channel: str = "console"
    user: str = "me"
    user_name: str = ""
    locale: str = ""  # the user's interface language ("fr", "en-US", ...), if known
    is_admin: bool = False

    @property
    def language(self) -> str:
        """The user's language when it is one Coach speaks, else English."""
        code = (self.locale or "").lower()[:2]
        return code if code in ("fr", "en") else "en"
