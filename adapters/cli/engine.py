"""What `coach review` takes from the core, in one place.

Importing this module loads the review engine (rules, language detection, RE2), so
commands import it when they run, never at start-up: `coach --help` and the other
commands do not pay for it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.chat.replies import review_reply
from bot.chat.reply import Reply
from bot.engine import advice as _advice
from bot.engine.advice import Advice
from bot.engine.review import SEVERITY_RANK, DraftProblem, Finding, Review, ReviewContext, review

_Key = tuple[tuple[str, ...] | None, tuple[str, ...] | None, bool]
_HANDED: dict[_Key, Advice] = {}  # at most one: what the quick path loaded, for the group to take


def _key(roots: Iterable[Path] | None, kinds: Iterable[str] | None, lazy: bool) -> _Key:
    return (None if roots is None else tuple(str(r) for r in roots), None if kinds is None else tuple(kinds), lazy)


def load_advice(roots: Iterable[Path] | None = None, kinds: Iterable[str] | None = None,
                lazy: bool = False) -> Advice:
    """bot.engine.advice.load_advice, loaded once per command line: when the quick path
    (adapters/cli/quick.py) hands a draft to the group (a draft it cannot review, a warning to
    print), it hands over the advice it loaded too, and the group's identical ask takes it
    instead of reading and compiling the packs again. Taken once: a later ask (another
    command in the same process, as CliRunner runs them) reads the files again."""
    handed = _HANDED.pop(_key(roots, kinds, lazy), None)
    _HANDED.clear()
    if handed is not None:
        return handed
    return _advice.load_advice(roots, kinds, lazy)


def hand_over(advice: Advice, roots: Iterable[Path] | None, kinds: Iterable[str], lazy: bool) -> None:
    """Keep `advice` for the group's next identical load_advice (the quick path's, when the
    group answers the command line in its place)."""
    _HANDED.clear()
    _HANDED[_key(roots, kinds, lazy)] = advice


def drop_handed() -> None:
    """Forget what was handed over: the quick path failed in a way that may have left it half built."""
    _HANDED.clear()

__all__ = ["SEVERITY_RANK", "Advice", "DraftProblem", "Finding", "Reply", "Review", "ReviewContext",
           "drop_handed", "hand_over", "load_advice", "review", "review_reply"]
