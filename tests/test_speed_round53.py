"""Session 36, speed53: the patterns read in full (a rule's `exception_pattern` carves and `reported_quotes`
frames, checks/pattern_groups.py) are registered in their language's gate registry (checks/needs.py
`patterns_of`) instead of a registry of their own: the one pass over the draft that says which gate patterns
match at all says it of the carves and frames too, instead of a second literal filter and its sets. Speed only:
each group's spans must be those of every pattern searched alone, and the registry's answer for each pattern
the answer of that pattern asked alone."""

from __future__ import annotations

import pytest

from bot.engine.advice import load_advice
from bot.engine.checks import needs, pattern_groups
from bot.engine.checks.needs import OneByOne
from bot.engine.checks.pattern_groups import Group, spans_found
from bot.engine.patterns import regex_spans
from bot.engine.text import Doc, fold
from tests.alone import alone, dev_rows

# Text the shared pass could get wrong: quotations (a match between two of them is searched again), accents,
# letters RE2 folds onto ASCII ones, emoji, blanks, calls and attributions the shipped carves read.
AWKWARD = ["", " ", "It's a charity shop now, and I shop now at the market.", "SHOP NOW!!! Order #48213 shipped",
           "« Achetez maintenant », m'a dit le vendeur. Boutique solidaire ouverte dès 9 h.",
           '"Buy now," she said. "Limited offer," he replied.', "Ｂｕｙ ｎｏｗ 🎉🎉 ﬁnal sale", "K\u212aelvin sale",
           "Our shop now opens at 9. Prices from $4.99 — « soldes » jusqu'à -50 %.\n\nShop now!"]


@pytest.fixture(scope="module")
def shipped() -> dict[str, tuple[needs.Patterns, list[Group]]]:
    """Per language: the gate registry and the groups the shipped rules read, with its sets built."""
    advice = load_advice()
    found = {}
    for language in ("en", "fr"):
        index = advice.indexes[language]
        registry = needs.patterns_of(index)
        for text in ("warm", "warm again"):  # a language's first draft is answered pattern by pattern
            registry.present(Doc(text, language, fold(text)))
        shared = pattern_groups._LANGUAGES[index]
        assert shared.patterns is registry
        groups = [made for made in shared.groups.values() if made]
        found[language] = (registry, groups)
    return found


def _doc(text: str, language: str) -> Doc:
    return Doc(text, language, fold(text))


def test_the_groups_share_their_languages_gate_registry(shipped) -> None:
    for language, (registry, groups) in shipped.items():
        assert groups, language
        assert all(made.registry is registry for made in groups)
        assert registry.sets is not None  # the pass below is the sets' and filter's, not pattern by pattern
        carved = {i for made in groups for i in made.ids}
        assert len(carved) > 50  # the shipped carves and frames (~107 a language) are all in it


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_groups_spans_are_every_pattern_searched_alone(shipped, language: str) -> None:
    registry, groups = shipped[language]
    texts = AWKWARD + dev_rows(400)
    found_some = 0
    for text in texts:
        doc = _doc(text, language)
        present = registry.present(doc)
        assert not isinstance(present, OneByOne)
        for made in groups:
            grouped = [span for spans in spans_found(made, doc) for span in spans]
            by_itself = [span for pattern in made.patterns for span in regex_spans(pattern, doc)]
            assert grouped == by_itself, (text, made.patterns)
            found_some += bool(grouped)
    assert found_some > 20  # the drafts do meet the carves and frames


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shared_pass_says_of_each_carve_what_it_says_alone(shipped, language: str) -> None:
    registry, groups = shipped[language]
    patterns = [pattern for made in groups for pattern in made.patterns]
    ids = [i for made in groups for i in made.ids]
    met = 0
    for text in AWKWARD + dev_rows(300):
        doc = _doc(text, language)
        present = registry.present(doc)
        assert present is not None
        by_itself = alone(patterns, doc)
        assert {k for k, i in enumerate(ids) if i in present} == by_itself, text
        met += bool(by_itself)
    assert met > 5  # (13 of the English sample when written)
