"""The team-memory settings an admin may set, and what each accepts.

    value = check("retention_days", "30")    # -> 30, or SettingError saying what is allowed

A value that habits, nudges or the store could not use is refused when it is set,
with the allowed values, instead of crashing a report days later.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.engine.targets import bundled_targets
from bot.memory.store import CATEGORIES, STORE_TEXT


class SettingError(ValueError):
    """A key Coach does not know, or a value it cannot use; the message says what is allowed."""


@dataclass(frozen=True)
class Spec:
    allowed: str  # what the value may be, as told to the admin
    parse: Callable[[Any], Any]  # the JSON-or-text value -> the stored value; raises ValueError


def _choice(value: Any) -> str:
    if value not in STORE_TEXT:
        raise ValueError
    return value


def _whole(low: int, high: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError
        return value

    return parse


def _per_week(value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or not 0 < value <= 100:
        raise ValueError
    return value


def _mix(value: Any) -> dict[str, float]:
    if not isinstance(value, dict) or not value or not set(value) <= set(CATEGORIES):
        raise ValueError
    shares = {}
    for key, share in value.items():
        if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
            raise ValueError
        shares[key] = float(share)
    if sum(shares.values()) > 1.0001:
        raise ValueError
    return shares


def _topics(value: Any) -> list[str]:
    if isinstance(value, str):  # plain text: comma-separated
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) and 0 < len(v) <= 100 for v in value) or len(value) > 200:
        raise ValueError
    return value


SETTINGS: dict[str, Spec] = {
    "store_text": Spec(f"one of {', '.join(STORE_TEXT)}", _choice),
    "retention_days": Spec("a whole number of days, 0 (keep everything) to 36500", _whole(0, 36_500)),
    "target_mix": Spec('shares between 0 and 1 of ' + ", ".join(CATEGORIES) + ', adding up to 1 at most, '
                       'e.g. ' + json.dumps(bundled_targets().shares()) + ' (advice/targets.yaml)', _mix),
    "target_posts_per_week": Spec("a number of posts a week, above 0 and up to 100", _per_week),
    "audience_topics": Spec('a list of words or phrases, e.g. ["vélo", "réparation"] or vélo, réparation', _topics),
    "nudge_silence_days": Spec("a whole number of days, 1 to 365", _whole(1, 365)),
}


def parse_value(text: str) -> Any:
    """A value typed on the command line: JSON when it reads as JSON, else the text itself."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def check(key: str, value: Any) -> Any:
    """The value to store for `key` (text is read as JSON first), or SettingError."""
    spec = SETTINGS.get(key)
    if spec is None:
        raise SettingError(f"unknown setting {key!r}; the settings are: {', '.join(SETTINGS)}")
    if isinstance(value, str):
        value = parse_value(value)
    try:
        return spec.parse(value)
    except (ValueError, TypeError):
        raise SettingError(f"{key} cannot be {json.dumps(value, ensure_ascii=False)}: it must be "
                           f"{spec.allowed}") from None
