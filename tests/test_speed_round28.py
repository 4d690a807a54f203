"""The gate patterns' RE2 sets split by shape (session 16, speed28). One set of ~180 patterns rebuilt its DFA
states on text it had not met; the patterns are now dealt into several sets (`needs.groups`): word lists
without a loop together, anchored patterns and patterns with a loop in small sets. The split is for speed
only: which patterns match a draft must be the same as with one set, and as asking each pattern alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import drafts
from bot.engine.checks import needs
from bot.engine.checks.needs import ANCHORED_PER_SET, LOOPS_PER_SET, Patterns, groups
from bot.engine.patterns import Pattern
from bot.engine.text import Doc, fold
from tests.alone import alone, dev_rows, shipped_patterns, shipped_registry


@pytest.fixture(scope="module")
def shipped() -> dict[str, list[Pattern]]:
    """Every gate pattern of the shipped packs, per language (the registries a review reads)."""
    return {language: list(shipped_patterns(language)) for language in ("en", "fr")}


def _registry(patterns: list[Pattern], one_set: bool = False) -> Patterns:
    """A registry holding `patterns`; `one_set`: the former layout (anchored apart, every other pattern in one set)."""
    registry = Patterns()
    for pattern in patterns:
        registry.add(pattern)
    if one_set:
        registry.sets = None
        original = needs.groups
        needs.groups = lambda found: [g for g in ([p for p in found if p[0].startswith("^")],  # type: ignore[assignment]
                                                  [p for p in found if not p[0].startswith("^")]) if g]
        try:
            registry._build()
        finally:
            needs.groups = original
    return registry


def _texts() -> list[str]:
    """Drafts of every sort: the bench's, and a sample of the dev sets' rows (ours, in the repository)."""
    return drafts(40, 280) + drafts(10, 2000) + dev_rows(260)


def _doc(text: str, language: str) -> Doc:
    return Doc(text, language, fold(text))


# -- how the patterns are dealt --------------------------------------------------------------

LOOPED = [r"\bsaid [^.!?\n]{0,30} now\b", r"(?:[\w'-]+ ){0,3}says\b", r"\bclick\S*", r"\b\d{1,2} ?x [a-z]",
          r"\bdesign\w*", r"\bfree.*gift", r"\b[a-z]+ing now\b", r"(?:ab)+c"]
PLAIN = [r"\bshop now\b", r"\b(?:our|we|you)\b", r"colou?r", r"\bn°\d\b", r"\{1,2\}", r"\b(?:buy|achetez)\b"]


@pytest.mark.parametrize("source", LOOPED)
def test_a_pattern_with_a_loop_is_dealt_apart_from_the_word_lists(source: str) -> None:
    dealt = groups([(source, 0), (r"\bshop now\b", 1)])
    assert len(dealt) == 2
    assert [(r"\bshop now\b", 1)] in dealt


@pytest.mark.parametrize("source", PLAIN)
def test_a_word_list_without_a_loop_shares_the_one_set(source: str) -> None:
    assert groups([(source, 0), (r"\bgive away\b", 1)]) == [[(source, 0), (r"\bgive away\b", 1)]]


@given(st.lists(st.sampled_from(LOOPED + PLAIN + ["^" + s for s in LOOPED + PLAIN]), max_size=120))
@settings(max_examples=200, deadline=None)
def test_every_pattern_lands_in_exactly_one_set_of_its_own_shape(sources: list[str]) -> None:
    patterns = [(source, i) for i, source in enumerate(sources)]
    dealt = groups(patterns)
    assert sorted(p for group in dealt for p in group) == sorted(patterns)
    assert all(group for group in dealt)
    for group in dealt:
        anchored = {source.startswith("^") for source, _ in group}
        assert len(anchored) == 1  # never mixed
        if anchored == {True}:
            assert len(group) <= ANCHORED_PER_SET
        elif any(needs._LOOP.search(source) for source, _ in group):
            assert all(needs._LOOP.search(source) for source, _ in group)
            assert len(group) <= LOOPS_PER_SET
    sizes = [len(g) for g in dealt if g[0][0].startswith("^")]
    assert not sizes or max(sizes) - min(sizes) <= 1  # dealt in turn: even sets


def test_the_shipped_patterns_are_split_into_small_sets(shipped: dict[str, list[Pattern]]) -> None:
    for language, patterns in shipped.items():
        registry = shipped_registry(language)  # (its patterns, added in turn and asked once)
        assert registry.patterns == patterns and registry.sets is not None
        assert len(registry.sets) > 4
        plain = max(len(ids) - 1 for _, _, ids in registry.sets)
        assert plain < len(patterns) / 2  # no set holds most of them any more


# -- the same answers --------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_split_sets_answer_as_one_set_and_as_each_pattern_alone(shipped: dict[str, list[Pattern]],
                                                                     language: str) -> None:
    patterns = shipped[language]
    split, single = _split_and_single(shipped, language)
    assert split.sets is not None and len(single.sets or ()) < len(split.sets)
    asked = frozenset(range(len(patterns))) - split.refused
    for text in _texts():
        doc = _doc(text, language)
        found = split.present(doc)
        assert found is not None
        assert found == single.present(_doc(text, language)), text[:80]
        assert found & asked == alone(patterns, doc) & asked, text[:80]


WORDS = ["buy", "now", "free", "gift", "said", "says", "our", "we", "you", "click", "here", "limited", "offer",
         "achetez", "gratuit", "notre", "vous", "maintenant", "100", "€", "%", "!", "?", ".", ",", ":", "\n",
         "NASA", "LAST", "CHANCE", "dear", "hi", "sale", "deal", "https://exemple.fr", "#promo", "@coach", "«", "»"]


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60), st.sampled_from(["en", "fr"]))
@settings(max_examples=150, deadline=None)
def test_on_any_mix_of_selling_words_the_split_sets_answer_as_one_set(shipped: dict[str, list[Pattern]],
                                                                      words: list[str], language: str) -> None:
    text = " ".join(words)
    split, single = _split_and_single(shipped, language)
    assert split.present(_doc(text, language)) == single.present(_doc(text, language))


_BUILT: dict[str, tuple[Patterns, Patterns]] = {}


def _split_and_single(shipped: dict[str, list[Pattern]], language: str) -> tuple[Patterns, Patterns]:
    """Both registries of a language, built once for the module (compiling a set is dear)."""
    found = _BUILT.get(language)
    if found is None:
        found = _BUILT[language] = (shipped_registry(language), _registry(shipped[language], one_set=True))
    return found
