"""Session 35, speed52: the gate sets' always-matching first pattern.

Each RE2 set of a language's gate patterns holds, first, a pattern every text matches: a pass that does not
report it is a pass RE2 gave up on (its DFA out of memory), and the draft is then read as "every pattern may
match" (None). That pattern is now `\\A` rather than "": the empty pattern matches at every byte, so every DFA
state of the set was a match state and RE2 recorded it again at each byte of the draft (~20 % of a set's pass,
~4 % of a ~280-character review's instructions). These tests hold what the change must keep: the first pattern
is reported on every text, whatever it holds, and a pass without it still reads as a failed one.
"""

from __future__ import annotations

import pytest

from bot.engine.checks.needs import Patterns
from bot.engine.patterns import compile_regex, matches_at_all, utf8
from bot.engine.text import Doc

SOURCES = [
    (r"^(?:[^\n!.?]|\.\d)*\b(?:launches|unveils)\b[^\n!]*$", True),  # anchored, with a loop
    (r"\b(?:our|we|you)\b", True),  # no literal RE2 can require: left to the sets
    (r"[^.!?]{0,30}\bnow\b", True),  # a loop without a literal of its own
    (r"^Dear [A-Z][a-z]+", False),  # case-sensitive, anchored
    (r"\bNASA\b", False),
    (r"(?:^|\n)\s*(?:ps|nb)\b", True),  # a line's start, not the text's
    (r"x*", True),  # matches the empty text: it must not stand in for the first pattern
]
TEXTS = [
    "",
    " ",
    "\n\nshop now\n",
    "Dear Maria, our club meets on Tuesday.",
    "NASA unveils its new rover\nps: we love it",
    "Économisez maintenant : l'offre 🎉 expire à minuit",
    "a" * 3000,
    "\u00a0\u202f\t",
]


def _registry() -> Patterns:
    registry = Patterns()
    for source, fold in SOURCES:
        registry.add(compile_regex(source, fold))
    registry.present(Doc("warm", "en"))  # builds the sets
    assert registry.sets is not None
    return registry


@pytest.mark.parametrize("text", TEXTS)
def test_every_set_reports_its_first_pattern_on_any_text(text: str) -> None:
    registry = _registry()
    doc = Doc(text, "en")
    assert registry.sets
    for fold, found, _ids in registry.sets:
        assert 0 in found.Match(utf8(doc, fold))


@pytest.mark.parametrize("text", TEXTS)
def test_the_sets_still_answer_as_each_pattern_alone(text: str) -> None:
    registry = _registry()
    doc = Doc(text, "en")
    present = registry.present(doc)
    assert present is not None  # no pass read as a failed one
    for (source, fold), pattern_id in registry.ids.items():
        assert (pattern_id in present) == matches_at_all(compile_regex(source, fold), doc), source


class _GaveUp:
    """A set whose pass failed: RE2 reports nothing at all, not even the first pattern."""

    def Match(self, text: bytes) -> list[int]:  # noqa: N802 (the binding's name)
        return []


class _FoundNothing:
    """A set whose pass found none of its own patterns: only the first one."""

    def Match(self, text: bytes) -> list[int]:  # noqa: N802
        return [0]


def test_a_pass_without_the_first_pattern_reads_as_failed() -> None:
    registry = _registry()
    fold, _found, ids = registry.sets[0]  # type: ignore[index]
    registry.sets[0] = (fold, _GaveUp(), ids)  # type: ignore[index]
    assert registry.present(Doc("NASA unveils its new rover", "en")) is None  # every pattern may match

    registry = _registry()
    fold, _found, ids = registry.sets[0]  # type: ignore[index]
    registry.sets[0] = (fold, _FoundNothing(), ids)  # type: ignore[index]
    present = registry.present(Doc("NASA unveils its new rover", "en"))
    assert present is not None
    assert not present & frozenset(i for i in ids if i >= 0)  # that set's patterns: none present
