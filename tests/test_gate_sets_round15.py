"""The gate patterns' RE2 sets (session 15): patterns anchored at the draft's start in one set, the others in
another, each with room for its DFA states. The split is for speed only: which patterns match a draft is the
same as asking each pattern on its own, whichever set holds it, in both case modes."""

from __future__ import annotations

import pytest

from bot.engine.checks.needs import SET_MEMORY, Patterns
from bot.engine.patterns import compile_regex, matches_at_all
from bot.engine.text import Doc

SOURCES = [
    (r"^(?:[^\n!.?]|\.\d)*\b(?:launches|unveils)\b[^\n!]*$", True),  # a headline's whole line
    (r"^\s*[«\"] ?[^»\"\n]{2,60}[»\"] ?: ?(?:why|how)\b", True),
    (r"\bshop now\b", True),
    (r"\b(?:our|we|you)\b", True),
    (r"^Dear [A-Z][a-z]+", False),  # case-sensitive, anchored
    (r"\bNASA\b", False),
]
DRAFTS = [
    "Startup launches £199 robot vacuum with free delivery",
    "'Hurry!': why retailers want you to panic-buy",
    "50% off the whole range today only, shop now!",
    "Dear Maria, our club meets on Tuesday.",
    "We launch our vacuum today! Shop now",
    "NASA unveils its new rover",
    "",
]


def _registry() -> tuple[Patterns, list[int]]:
    registry = Patterns()
    ids = [registry.add(compile_regex(source, fold)) for source, fold in SOURCES]
    return registry, ids


@pytest.mark.parametrize("text", DRAFTS)
def test_the_sets_answer_as_each_pattern_alone(text: str) -> None:
    registry, ids = _registry()
    doc = Doc(text, "en")
    present = registry.present(doc)
    assert present is not None
    for (source, fold), pattern_id in zip(SOURCES, ids, strict=True):
        assert (pattern_id in present) == matches_at_all(compile_regex(source, fold), doc), source


def test_anchored_and_unanchored_patterns_sit_in_different_sets_with_room() -> None:
    registry, _ = _registry()
    registry.present(Doc("warm", "en"))
    assert registry.sets is not None
    by_id = {i: source for (source, _fold), i in registry.ids.items()}
    for _fold, _set, ids in registry.sets:
        kinds = {by_id[i].startswith("^") for i in ids if i >= 0}
        assert len(kinds) == 1  # never mixed
    # Session 16 (speed29): the folded patterns RE2 knows a literal of are asked through its filter instead
    # (checks/literals.py); the others keep this layout, anchored and not, folded and case-sensitive.
    filtered = registry.filter.ids if registry.filter is not None else frozenset()
    in_sets = [i for _fold, _set, ids in registry.sets for i in ids if i >= 0]
    assert sorted(in_sets + sorted(filtered)) == sorted(by_id)  # each pattern asked one way, once
    assert filtered  # "shop now", "launches", "why": literals a draft must hold
    assert sum(not fold for fold, _set, _ids in registry.sets) == 2  # case-sensitive: anchored apart
    assert SET_MEMORY >= 32 << 20
