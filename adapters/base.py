"""The adapter contract: what every platform (Slack, Discord, the console) gives `coach run`.

An adapter only translates: platform events into the Coach's calls (`command`, `act`,
`observe`, `prompt_for_command`, `prompt_for_button`) and the Coach's platform-neutral replies
into the platform's messages. What a button or an empty /review does is decided by the core.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from bot.chat.coach import Coach
from bot.config import Config

MODULES = {"slack": "adapters.slack", "discord": "adapters.discord", "console": "adapters.console"}


class Adapter(Protocol):
    """An adapter module (adapters.slack, adapters.discord, adapters.console) provides these."""

    def banner(self, config: Config) -> str:
        """What `coach run` says as it starts this adapter."""
        ...

    def run(self, coach: Coach, config: Config) -> None:
        """Serve `coach` on this platform until interrupted (weekly nudges included, where the
        platform posts them). Wrong or unreachable tokens raise ConfigError, one sentence."""
        ...


def adapter(platform: str) -> Adapter:
    """The adapter of a platform, imported when it starts (the others' libraries never load)."""
    module: Adapter = importlib.import_module(MODULES[platform])  # type: ignore[assignment]
    return module


@contextmanager
def quiet(logger_name: str) -> Iterator[None]:
    """Silence a platform library's own error lines while checking tokens: the one sentence
    Coach raises (ConfigError) says it all."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)
