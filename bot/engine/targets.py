"""The content-mix targets: one set, in advice/targets.yaml, for /habits, the weekly nudge,
/plan and the history rule content-mix.promo-share.

    bundled_targets() -> Targets               the file shipped with Coach (read once)
    load_targets(path) -> (Targets, errors)    any targets file, validated like a rule file
    targets.shares()                           {"give": 0.5, "ask": 0.2, ...}
    targets.bounds()                           {"give": (0.5, 1.0), "ask": (0.0, 0.2), ...}
    targets.with_shares(team_setting)          a team's own shares, read the same way

Each share says how it is read: `at-least` (a floor), `at-most` (a ceiling) or `about`
(an aim shown beside the figures, never a finding). A file that does not validate is
reported as file:line:key, like a rule, and leaves no targets rather than wrong ones.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.engine.rule import RuleError, bundled_advice_dir, display_path, key_text, schema_problems

TARGETS_FILE = "targets.yaml"
CATEGORIES = ("give", "ask", "converse", "entertain", "news")  # of the content mix, posts and calendar rows
KEEPS = ("at-least", "at-most", "about")

if TYPE_CHECKING:  # imported when the file is read: a review with no team history never reads it
    import jsonschema


@dataclass(frozen=True)
class Target:
    """The share a category of post should have in a team's mix."""

    category: str
    share: float
    keep: str = "about"  # at-least | at-most | about

    @property
    def bound(self) -> tuple[float, float] | None:
        """[low, high] for a floor or a ceiling; None for an aim."""
        if self.keep == "at-least":
            return (self.share, 1.0)
        if self.keep == "at-most":
            return (0.0, self.share)
        return None


@dataclass(frozen=True)
class Targets:
    """A team's mix of post categories, and the file it was read from."""

    mix: tuple[Target, ...] = ()
    path: str = ""

    def get(self, category: str) -> Target | None:
        return next((t for t in self.mix if t.category == category), None)

    def shares(self) -> dict[str, float]:
        return {t.category: t.share for t in self.mix}

    def bounds(self) -> dict[str, tuple[float, float]]:
        return {t.category: t.bound for t in self.mix if t.bound is not None}

    def with_shares(self, shares: Mapping[str, Any] | None) -> Targets:
        """These targets with a team's own shares (the store's `target_mix` setting); a category
        the file does not name is an aim. Values that are not numbers are ignored."""
        if not shares:
            return self
        mix = {t.category: t for t in self.mix}
        for category, value in shares.items():
            if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
                known = mix.get(str(category))
                mix[str(category)] = replace(known, share=float(value)) if known else Target(str(category), float(value))
        return replace(self, mix=tuple(mix.values()))


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema

    schema = json.loads((bundled_advice_dir() / "targets.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def load_targets(path: Path) -> tuple[Targets, list[RuleError]]:
    """Read and validate a targets file; on any error, no targets and the errors."""
    from bot.engine import yamlfile

    shown = display_path(path)
    try:
        located = yamlfile.load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return Targets(path=shown), [RuleError(shown, 1, "", f"cannot read: {exc}")]
    except yamlfile.YamlError as exc:
        return Targets(path=shown), [RuleError(shown, exc.line, "", exc.message)]
    data = located.data
    if not isinstance(data, dict):
        return Targets(path=shown), [RuleError(shown, 1, "", "expected a mapping with version and content_mix")]
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        found = []
        for error in errors:
            key_path, message = schema_problems(error)[0]
            if "propertyNames" in error.schema_path:  # the path stops at the mapping: name the key
                key_path, message = key_path + [str(error.instance)], "not a category (give, ask, converse, entertain, news)"
            found.append(RuleError(shown, located.line(tuple(key_path)), key_text(key_path), message))
        return Targets(path=shown), found
    mix = tuple(Target(category, float(entry["share"]), entry.get("keep", "about"))
                for category, entry in data["content_mix"].items())
    total = sum(t.share for t in mix)
    if total > 1 + 1e-9:  # a mix, like a team's own target_mix (bot.team_settings)
        message = f"the shares add up to {total:g}: 1 at most"
        return Targets(path=shown), [RuleError(shown, located.line(("content_mix",)), "content_mix", message)]
    return Targets(mix, shown), []


@lru_cache(maxsize=1)
def bundled_targets() -> Targets:
    """advice/targets.yaml as shipped (its errors: `coach rules check`, and the test of the pack)."""
    return load_targets(bundled_advice_dir() / TARGETS_FILE)[0]


def targets_for(store: Any, workspace_id: int | None, channel_id: int | None = None) -> Targets:
    """The targets a team works to: the file's, with the team's own shares when it set them
    (`coach memory-setting target_mix ...`, the store's setting for the channel or workspace)."""
    base = bundled_targets()
    if store is None or not workspace_id:
        return base
    return base.with_shares(store.get_setting("target_mix", workspace_id, channel_id or 0, default=None))
