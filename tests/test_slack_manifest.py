"""The app manifest and the adapter agree: every command, shortcut and event
the manifest creates has a listener, and the scopes cover the Web API calls."""

from __future__ import annotations

from pathlib import Path

import yaml

from adapters.slack.listeners import REVIEW_SHORTCUT, SLASH_COMMANDS

MANIFEST = Path(__file__).resolve().parent.parent / "slack-manifest.yaml"


def test_the_manifest_matches_the_listeners():
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    features, settings = manifest["features"], manifest["settings"]
    assert {c["command"] for c in features["slash_commands"]} == {f"/{name}" for name in SLASH_COMMANDS}
    assert all(c["should_escape"] is False for c in features["slash_commands"])
    (shortcut,) = features["shortcuts"]
    assert (shortcut["type"], shortcut["callback_id"]) == ("message", REVIEW_SHORTCUT)
    assert features["app_home"]["home_tab_enabled"] is True
    assert settings["socket_mode_enabled"] is True and settings["interactivity"]["is_enabled"] is True
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_home_opened", "message.channels",
                                                                  "message.groups"}
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"commands", "chat:write", "files:write", "users:read", "im:write",
            "channels:history", "groups:history"} == scopes
    assert len(manifest["display_information"]["long_description"]) >= 175  # Slack's minimum
