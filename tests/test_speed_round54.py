"""Session 37, speed54: the literal filter's candidates searched lazily, one Python call each when a rule asks,
was built and measured dearer than the filter searching every candidate in its own C call (~280-character drafts
2.14 -> 2.57 M instructions: docs/history/speed.md), and reverted. What stays pinned is the cheaper form: on a pass
RE2 did not give up on, the filter answers every candidate in the one call, with no search from Python, and the
answer is each pattern's own (asked alone)."""

from __future__ import annotations

import pytest

from bot.engine.advice import load_advice
from bot.engine.checks import literals, needs
from bot.engine.text import Doc, fold
from tests.alone import alone, dev_rows

TEXTS = ["", " ", "Buy now!!! Limited offer, last chance.", "« Achetez maintenant », m'a dit le vendeur.",
         "Our shop now opens at 9. Prices from $4.99 — « soldes » jusqu'à -50 %.\n\nShop now!",
         "As the strike looms, the union said: « on ne lâchera rien ».", "Ｂｕｙ ｎｏｗ 🎉 ﬁnal sale"]


@pytest.fixture(scope="module")
def registries() -> dict[str, needs.Patterns]:
    advice = load_advice()
    found = {}
    for language in ("en", "fr"):
        registry = needs.patterns_of(advice.indexes[language])
        for text in ("warm", "warm again"):  # a language's first draft is answered pattern by pattern
            registry.present(Doc(text, language, fold(text)))
        assert registry.filter is not None
        found[language] = registry
    return found


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_filter_answers_its_candidates_in_one_call(registries, language: str, monkeypatch) -> None:
    registry = registries[language]
    searched: list[object] = []
    monkeypatch.setattr(literals, "matching_at_all", lambda *args: searched.append(args) or [])
    assert registry.filter is not None
    for text in TEXTS + dev_rows(60):
        doc = Doc(text, language, fold(text))
        found = set(registry.filter.present(doc, registry.patterns))
        assert found == set(alone(registry.patterns, doc)) & registry.filter.ids, text
    assert not searched  # no candidate searched from Python: the pass held on every text

