"""What the rule tests share: the bundled advice, loaded once per worker, and the rules a
draft fires in a given language."""

from __future__ import annotations

from functools import lru_cache

from bot.engine.advice import Advice, load_advice
from bot.engine.review import ReviewContext, review


@lru_cache(maxsize=1)
def advice() -> Advice:
    return load_advice()


def fired(text: str, lang: str) -> set[str]:
    """The ids of the rules with a finding on `text`, reviewed as `lang`."""
    return {f.rule for f in review(text, ReviewContext(advice(), language=lang)).findings}
