"""Speed round 22: rules skipped on drafts that lack what they need, and still run (and fire)
where it is there. What a counted measure needs (checks/indicators.py), the signals a signals
rule cannot fire without (checks/signal_needs.py), a gate's patterns read in the language's RE2
set, and the language clues' words read without a regex."""

from __future__ import annotations

from typing import Any

import pytest

from bench.corpus import EN, FR, drafts
from bot.engine import language, measures, patterns
from bot.engine.checks.base import Scope
from bot.engine.checks.indicators import SOURCES, indicator
from bot.engine.checks.needs import Patterns
from bot.engine.checks.registry import TYPES
from bot.engine.checks.signals import Scorer
from bot.engine.compiled import compile_with
from bot.engine.phrases import PhraseIndex
from bot.engine.review import ReviewContext, review
from bot.engine.rule import RuleSet
from bot.engine.text import Doc, fold
from tests.test_rule_requirements import _calls, _rule

# Drafts holding each measure's items in their less common forms.
ODD = ["Call +33 (0)6 12 34 56 78 now", "Only 19,90 € or USD 20 today", "-30 % on everything", "Text WIN to 80082",
       "Go to tinyurl.com/x", "www . example . com", "http : / / spam . biz", "Ping @team and #launch 🎉",
       "URGENT! Read this", "WIN A PRIZE TODAY", "Émission SPÉCIALE CE SOIR", "Quoi ？ Vraiment ！", "¡Hola!", "٣٠ %",
       "Price: £1.50/wk", "ça coûte 5 euros", "☀ sunny", "Great post, thanks", "no figures here"]


def _doc(text: str) -> Doc:
    return Doc(text, "en", fold(text))


def test_every_item_a_measure_counts_holds_its_indicator():
    registry = Patterns()
    ids = {metric: registry.add(indicator(metric)) for metric in SOURCES}  # type: ignore[arg-type]
    counted = dict.fromkeys(SOURCES, 0)
    for text in [*ODD, *FR, *EN, *drafts(60, 280)]:
        doc = _doc(text)
        present = registry.present(doc)
        assert present is not None
        for metric, known in ids.items():
            if measures.items(doc, metric):
                counted[metric] += 1
                assert known in present, (metric, text)
    assert all(counted.values()), counted  # every measure counted something: the check is not empty


def test_an_indicator_is_only_for_a_counted_measure():
    assert indicator("words") is None and indicator("caps_ratio") is None and indicator(None) is None
    assert indicator("prices") is indicator("prices")  # compiled once


@pytest.mark.parametrize(("metric", "drafts_", "calls"), [
    ("prices", ["Great post, thanks", "Only $49 today", "Bring 2 friends"], [0, 1, 1]),
    ("links", ["Great post. Thanks", "See https://example.com/x", "Go to shop.example.com"], [0, 1, 1]),
    ("shouting", ["Great post, thanks", "Great post, THANKS A LOT FOR IT", "A NASA launch"], [0, 1, 1]),
    ("emoji", ["Great post, thanks", "Great post 🎉", "Café crème"], [0, 1, 0]),
])
def test_a_counted_measure_over_its_max_is_called_only_with_what_it_counts(metric: str, drafts_: list[str],
                                                                           calls: list[int]):
    rule = _rule({"type": "metric", "metric": metric, "max": 0}, {}, {})
    assert _calls(rule, drafts_) == calls


def test_a_skipped_measure_still_fires_where_its_items_are():
    rule = _rule({"type": "metric", "metric": "prices", "max": 0}, {}, {})
    context = ReviewContext(compile_with(RuleSet([rule], []), TYPES), language="en")
    assert [f.excerpt for f in review("Only $49 today, for you", context).findings] == ["$49"]
    assert review("Only today, for you", context).findings == ()


def test_a_gate_on_a_counted_measure_needs_its_character():
    rule = _rule({"type": "metric", "metric": "exclamations", "max": 0, "when": [{"metric": "prices"}]}, {}, {})
    assert _calls(rule, ["Great post, thanks!", "Only $5 today!", "Bring 2 friends!"]) == [0, 1, 1]
    # From 0, a measure holds on every draft: no requirement.
    rule = _rule({"type": "metric", "metric": "exclamations", "max": 0,
                  "when": [{"metric": "prices", "min": 0}]}, {}, {})
    assert _calls(rule, ["Great post, thanks!"]) == [1]


def test_a_gate_pattern_absent_from_the_set_is_not_searched(monkeypatch: pytest.MonkeyPatch):
    searched: list[str] = []
    found = patterns._found
    monkeypatch.setattr(patterns, "_found", lambda pattern, doc: searched.append(doc.text) or found(pattern, doc))
    rule = _rule({"type": "metric", "metric": "exclamations", "max": 0, "unless": [{"pattern": r"\bre ?:"}]}, {}, {})
    context = ReviewContext(compile_with(RuleSet([rule], []), TYPES), language="en")
    assert len(review("Great post, thanks!", context).findings) == 1  # the gate read, the pattern not searched
    assert review("Re: great post, thanks!", context).findings == ()  # present: searched, and it holds
    assert searched == ["Re: great post, thanks!"]


def _shouted_sale() -> Any:
    """A signals rule that fires only on a sale word in capitals beside shouting (as hard-sell.shouting)."""
    return _rule({"type": "signals", "threshold": 2.5, "signals": {
        "shouted": {"weight": 0.35, "metric": "shouting", "caps_words": 2},
        "sale-word": {"weight": 0.05, "fold": False, "pattern": r"\b(?:SALE|DEAL)\b"},
        "shouted-sale": {"weight": 2, "all": ["shouted", "sale-word"]},
        "exclamation": {"weight": 0.3, "metric": "exclamations"},
        "deadline": {"weight": 0.3}}},
        {"signals": {"deadline": ["ce soir"]}}, {"signals": {"deadline": ["tonight"]}})


def _scored(scorer: Scorer, index: PhraseIndex, texts: list[str]) -> tuple[list[int], list[bool]]:
    """Whether each draft's sum was taken (the bounds asked), and whether the rule fired."""
    asked: list[int] = []
    bound = scorer._reachable

    def counting(scope: Scope) -> Any:
        asked[-1] += 1
        return bound(scope)

    scorer._reachable = counting  # type: ignore[method-assign]
    fired = []
    for text in texts:
        asked.append(0)
        doc = Doc(text, index.language, fold(text))
        fired.append(bool(scorer.run(Scope(doc, index.scan(doc.tokens)))))
    return asked, fired


def test_a_signals_rule_is_not_scored_without_a_signal_it_cannot_fire_without():
    index = PhraseIndex("en")
    scorer = Scorer(_shouted_sale(), "en", index)
    texts = ["Big sale tonight!", "WE ARE OPEN ALL NIGHT tonight!", "HUGE SALE TONIGHT!!", "Only a SALE tonight"]
    asked, fired = _scored(scorer, index, texts)
    assert asked == [0, 0, 1, 1]  # lower case: no capitals; capitals without the sale word: no sum taken
    assert fired == [False, False, True, False]  # "SALE" alone is no shouting (two words in capitals)


def test_a_signals_rule_without_its_signals_in_a_language_is_never_scored():
    rule = _rule({"type": "signals", "threshold": 2, "signals": {"deal": {"weight": 2}}},
                 {}, {"signals": {"deal": ["great deal"]}})
    french, english = PhraseIndex("fr"), PhraseIndex("en")
    assert _scored(Scorer(rule, "fr", french), french, ["Une bonne affaire, great deal"]) == ([0], [False])
    assert _scored(Scorer(rule, "en", english), english, ["A great deal"]) == ([1], [True])


@pytest.mark.parametrize("text", ["it's l'an", "'hello there'", "rock'n'roll", "a''b", "x' y", "don't-stop",
                                  "ab'cd'ef g", "3'4 a'B", "Crème brûlée l'été", "plain words, no marks"])
def test_the_clue_words_are_the_regex_words(text: str):
    folded = fold(text)
    expected = (language._ASCII_WORDS if folded.isascii() else language._WORDS).findall(folded)
    assert language._read(folded)[:2] == (expected, sum(map(len, expected)))


def test_hits_and_findings_built_directly_keep_the_dataclass_contract():
    import dataclasses

    from bot.engine.checks.base import Hit
    from bot.engine.review import Finding

    first, second = Hit(1, 2), Hit(1, 2)
    assert first == second and first.values == {} and first.values is not second.values  # a dict of its own
    assert Hit(1, 2, {"count": 3}, severity="blocker") == Hit(start=1, end=2, values={"count": 3}, severity="blocker")
    assert dataclasses.replace(first, end=5) == Hit(1, 5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.start = 3  # type: ignore[misc]
    finding = Finding("r", "t", "tip", (0, 1), "x", "m", "w", "h", (), None, "s")
    assert (finding.count, finding.quotes, finding.strength) == (1, (), 1.0)
    assert dataclasses.astuple(finding) == ("r", "t", "tip", (0, 1), "x", "m", "w", "h", (), None, "s", 1, (), 1.0)
    assert dataclasses.replace(finding, count=2).count == 2 and hash(finding) == hash(dataclasses.replace(finding))
