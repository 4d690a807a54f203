"""Who is asking: a Slack user turned into the core's Context.

`users.info` (with `include_locale`) tells a member's language and whether they
are a workspace admin or owner. Answers are cached for ten minutes, so a busy
channel costs one Web API call per member, and someone whose admin rights were
removed loses them within minutes. Ids in COACH_ADMIN_IDS are admins whatever
Slack says.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.chat.context import Context

log = logging.getLogger("coach.slack")


@dataclass(frozen=True)
class Member:
    locale: str = ""
    is_admin: bool = False
    name: str = ""


class People:
    def __init__(self, admin_ids: frozenset[str] = frozenset(), ttl: float = 600, failure_ttl: float = 60):
        self.admin_ids = admin_ids
        self.ttl, self.failure_ttl = ttl, failure_ttl
        self._cache: dict[tuple[str, str], tuple[float, Member]] = {}
        self._lock = threading.Lock()

    def member(self, client: WebClient, team: str, user: str) -> Member:
        key = (team, user)
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(key)
            if cached and cached[0] > now:
                return cached[1]
        try:
            data = client.users_info(user=user, include_locale=True)["user"]
            profile = data.get("profile") or {}
            member = Member(
                locale=str(data.get("locale") or ""),
                is_admin=bool(data.get("is_admin") or data.get("is_owner") or data.get("is_primary_owner")),
                name=str(profile.get("display_name") or profile.get("real_name") or data.get("name") or ""),
            )
            expires = now + self.ttl
        except (SlackApiError, SlackClientError, KeyError, TypeError) as error:
            # Without users:read (or during an outage) Coach still works: English
            # labels, and admin rights only from COACH_ADMIN_IDS.
            log.warning("users.info failed for %s: %s", user, error)
            member, expires = Member(), now + self.failure_ttl
        with self._lock:
            self._cache[key] = (expires, member)
            if len(self._cache) > 10_000:
                for stale in [k for k, (until, _) in self._cache.items() if until <= now]:
                    del self._cache[stale]
        return member

    def context(self, client: WebClient, *, team: str, user: str, channel: str = "", user_name: str = "",
                look_up: bool = True) -> Context:
        """The core's Context for this request. `look_up=False` skips users.info
        (for channel messages, where neither language nor rights matter)."""
        member = self.member(client, team, user) if look_up and user else Member()
        return Context(
            platform="slack",
            workspace=team,
            channel=channel,
            user=user,
            user_name=member.name or user_name,
            locale=member.locale,
            is_admin=member.is_admin or user in self.admin_ids,
        )
