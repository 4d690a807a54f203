"""The composition root: the one module that knows every feature and wires them.

    coach = build_coach(advice=..., store=...)    # a Coach with every command and action
    coach = coach_for(config)                     # what `coach run` / `coach chat` start

Commands and actions are listed here, in the order `/help` shows them; check types are listed
in bot/engine/checks/registry.py and messages are data (bot/messages/*.yaml), so nothing
anywhere registers itself as a side effect of being imported.
"""

from __future__ import annotations

from typing import Any

from bot.chat.coach import ActionHandler, Coach, CommandSpec
from bot.chat.commands import forget, memory, plan, review, rules, settings
from bot.config import Config
from bot.memory.store import Store

COMMANDS: tuple[CommandSpec, ...] = (
    review.REVIEW,
    review.HELP,
    forget.COMMAND,
    memory.HABITS,
    memory.OBSERVE,
    settings.COMMAND,
    plan.COMMAND,
    rules.COMMAND,
)
ACTIONS: dict[str, ActionHandler] = {
    "review_again": review.review_again,
    "dismiss": memory.dismiss_action,
    "posted": memory.posted_action,
}


def build_coach(**fields: Any) -> Coach:
    """A Coach answering every command and action (fields as Coach takes them: advice, store...)."""
    fields.setdefault("commands", {spec.name: spec for spec in COMMANDS})
    fields.setdefault("actions", dict(ACTIONS))
    return Coach(**fields)


def open_store(config: Config) -> Store:
    """Team memory: PostgreSQL at COACH_DATABASE_URL when set, else the SQLite file at config.db
    (COACH_DB); purged of what is past its retention."""
    store = Store.open(config.database)
    store.purge()
    return store


def coach_for(config: Config) -> Coach:
    """The Coach every adapter shares: the packs and the admins' layers (hot-reloaded), and team memory."""
    from bot.layers.files import local_root
    from bot.layers.source import AdviceSource
    from bot.layers.watch import AdviceWatcher

    config.data_dir.mkdir(parents=True, exist_ok=True)
    source = AdviceSource(local_root=local_root(config))
    source.watcher = AdviceWatcher(source).start()
    return build_coach(advice=source, store=open_store(config))
