"""Gateway INTERACTION_CREATE payloads (`d` objects) shaped as Discord's
documentation shows them: "Receiving and Responding" (interaction object),
"Application Commands" (slash and message command examples) and "Component
Reference" (button clicks, modal submissions with Label-wrapped text inputs).

Documentation samples lack four fields discord.py 2.7 reads; they are real
fields of the interaction object and are filled in here: `application_id`,
`version` (always 1), `attachment_size_limit` and `member.flags`.
"""

from __future__ import annotations

from typing import Any

from tests.discord_standin import APP_ID, snowflake

GUILD_ID = "1290000000000000001"
CHANNEL_ID = "1290000000000000002"
USER_ID = "1290000000000000003"
NUDGE_CHANNEL_ID = "1290000000000000004"

# Permission bits (Discord "Permissions" topic)
ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
USE_APPLICATION_COMMANDS = 1 << 31

MEMBER_PERMISSIONS = (ADD_REACTIONS | VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES
                      | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS)
MANAGER_PERMISSIONS = MEMBER_PERMISSIONS | MANAGE_GUILD
APP_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY


def user(user_id: str = USER_ID, name: str = "camille") -> dict[str, Any]:
    return {"id": user_id, "username": name, "discriminator": "0", "global_name": name.capitalize(),
            "avatar": None, "public_flags": 0}


def member(permissions: int = MEMBER_PERMISSIONS, user_id: str = USER_ID) -> dict[str, Any]:
    return {
        "user": user(user_id), "nick": None, "avatar": None, "roles": [], "joined_at": "2025-03-01T10:00:00.000000+00:00",
        "premium_since": None, "deaf": False, "mute": False, "flags": 0, "pending": False,
        "permissions": str(permissions),
    }


def channel(channel_id: str = CHANNEL_ID, name: str = "marketing") -> dict[str, Any]:
    """A partial channel, as in the interaction's `channel` field."""
    return {"id": channel_id, "type": 0, "guild_id": GUILD_ID, "name": name, "position": 3, "parent_id": None,
            "nsfw": False, "topic": None, "last_message_id": None, "rate_limit_per_user": 0, "flags": 0,
            "permissions": str(MEMBER_PERMISSIONS)}


def interaction(kind: int, data: dict[str, Any], *, locale: str = "en-US",
                permissions: int = MEMBER_PERMISSIONS, message: dict[str, Any] | None = None) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "id": snowflake(),
        "application_id": APP_ID,
        "type": kind,
        "data": data,
        "guild": {"id": GUILD_ID, "locale": "en-US", "features": []},
        "guild_id": GUILD_ID,
        "channel": channel(),
        "channel_id": CHANNEL_ID,
        "member": member(permissions),
        "token": "tok-" + snowflake(),
        "version": 1,
        "app_permissions": str(APP_PERMISSIONS),
        "locale": locale,
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {"0": GUILD_ID},
        "context": 0,
        "attachment_size_limit": 10 * 1024 * 1024,
    }
    if message is not None:
        payload["message"] = message
    return payload


def slash(name: str, options: list[dict[str, Any]] | None = None, *, resolved: dict[str, Any] | None = None,
          **kw: Any) -> dict[str, Any]:
    """APPLICATION_COMMAND (type 2) for a CHAT_INPUT command (data.type 1)."""
    data: dict[str, Any] = {"id": snowflake(), "name": name, "type": 1, "guild_id": GUILD_ID}
    if options is not None:
        data["options"] = options
    if resolved is not None:
        data["resolved"] = resolved
    return interaction(2, data, **kw)


def review(text: str | None, **kw: Any) -> dict[str, Any]:
    options = [] if text is None else [{"name": "text", "type": 3, "value": text}]
    return slash("review", options, **kw)


def posted_message(content: str, message_id: str | None = None, author_id: str = "1290000000000000009") -> dict[str, Any]:
    """A message object, as in `resolved.messages` of a message command."""
    return {
        "id": message_id or snowflake(), "channel_id": CHANNEL_ID, "type": 0, "content": content,
        "author": user(author_id, "dominique"), "attachments": [], "embeds": [], "components": [],
        "mentions": [], "mention_roles": [], "mention_everyone": False, "pinned": False, "tts": False,
        "timestamp": "2026-11-02T08:30:00.000000+00:00", "edited_timestamp": None, "flags": 0,
    }


def message_command(content: str, name: str = "Review with Coach", **kw: Any) -> dict[str, Any]:
    """APPLICATION_COMMAND (type 2) for a MESSAGE command (data.type 3)."""
    target = posted_message(content)
    data = {"id": snowflake(), "name": name, "type": 3, "guild_id": GUILD_ID, "target_id": target["id"],
            "resolved": {"messages": {target["id"]: target}}}
    return interaction(2, data, **kw)


def coach_message(components: list[dict[str, Any]], embeds: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The ephemeral message Coach sent, as a component interaction carries it."""
    from tests.discord_standin import BOT_USER

    return {
        "id": snowflake(), "channel_id": CHANNEL_ID, "type": 20, "content": "", "author": BOT_USER,
        "attachments": [], "embeds": embeds or [], "components": components, "mentions": [], "mention_roles": [],
        "mention_everyone": False, "pinned": False, "tts": False, "flags": 64, "application_id": APP_ID,
        "timestamp": "2026-11-02T08:31:00.000000+00:00", "edited_timestamp": None, "webhook_id": APP_ID,
    }


def click(custom_id: str, components: list[dict[str, Any]] | None = None, **kw: Any) -> dict[str, Any]:
    """MESSAGE_COMPONENT (type 3): a button (component_type 2) was clicked."""
    return interaction(3, {"custom_id": custom_id, "component_type": 2},
                       message=coach_message(components or []), **kw)


def submit(custom_id: str, values: dict[str, str], **kw: Any) -> dict[str, Any]:
    """MODAL_SUBMIT (type 5): text inputs wrapped in Labels (type 18), as current
    documentation sends them (each with the numeric `id` Discord assigns)."""
    components = [
        {"type": 18, "id": 2 * n + 1, "component": {"type": 4, "id": 2 * n + 2, "custom_id": key, "value": value}}
        for n, (key, value) in enumerate(values.items())
    ]
    return interaction(5, {"custom_id": custom_id, "components": components}, **kw)


def guild_create(preferred_locale: str = "en-US") -> dict[str, Any]:
    """A GUILD_CREATE `d` object (a guild object plus the gateway's extra fields),
    as the gateway sends it when the bot connects; only the bot is listed as a member."""
    from tests.discord_standin import BOT_USER

    everyone = {"id": GUILD_ID, "name": "@everyone", "permissions": str(MEMBER_PERMISSIONS), "position": 0,
                "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}
    return {
        "id": GUILD_ID, "name": "Les Jardins de Marie", "icon": None, "splash": None, "discovery_splash": None,
        "owner_id": USER_ID, "afk_channel_id": None, "afk_timeout": 300, "verification_level": 1,
        "default_message_notifications": 1, "explicit_content_filter": 0, "roles": [everyone], "emojis": [],
        "features": [], "mfa_level": 0, "application_id": None, "system_channel_id": None, "system_channel_flags": 0,
        "rules_channel_id": None, "vanity_url_code": None, "description": None, "banner": None, "premium_tier": 0,
        "preferred_locale": preferred_locale, "public_updates_channel_id": None, "nsfw_level": 0,
        "premium_progress_bar_enabled": False, "stickers": [],
        # GUILD_CREATE extras
        "joined_at": "2026-10-01T09:00:00.000000+00:00", "large": False, "unavailable": False, "member_count": 2,
        "voice_states": [], "members": [{"user": BOT_USER, "roles": [], "joined_at": "2026-10-01T09:00:00.000000+00:00",
                                         "deaf": False, "mute": False, "flags": 0}],
        "channels": [{k: v for k, v in channel().items() if k not in ("guild_id", "permissions")}],
        "threads": [], "presences": [], "stage_instances": [], "guild_scheduled_events": [], "soundboard_sounds": [],
    }
