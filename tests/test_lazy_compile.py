"""A one-draft `coach review` compiles the draft's language only (load_advice(lazy=True)):
the other language is compiled when a draft of it comes, and the findings are the eager ones."""

from __future__ import annotations

import pytest

from bench.corpus import drafts
from bot.engine.advice import load_advice
from bot.engine.checks.base import CheckType
from bot.engine.checks.registry import TYPES
from bot.engine.compiled import compile_with
from bot.engine.review import ReviewContext, review
from bot.engine.rule import pack_dirs
from bot.engine.rules import load_rules


def _findings(draft: str, context: ReviewContext) -> list[tuple[str, tuple[int, int], str]]:
    result = review(draft, context)
    return [(f.rule, f.span, f.message) for f in (*result.findings, *result.shadow)]


def test_a_lazy_advice_compiles_a_language_when_a_draft_of_it_comes():
    lazy = load_advice(kinds=("post",), lazy=True)
    assert lazy.compiled and not dict(lazy.indexes)  # nothing compiled yet
    review("Buy now!!! Limited offer, last chance. Sign up for our newsletter.", ReviewContext(lazy))
    assert set(dict(lazy.indexes)) == {"en"}
    assert all(set(dict(c.run)) == {"en"} for c in lazy.compiled)
    review("Achetez maintenant !!! Offre limitée, dernière chance.", ReviewContext(lazy))
    assert set(dict(lazy.indexes)) == {"en", "fr"}


def test_lazy_and_eager_advice_find_the_same():
    eager = ReviewContext(load_advice(kinds=("post",)))
    lazy = ReviewContext(load_advice(kinds=("post",), lazy=True))
    texts = drafts(60, 280) + drafts(20, 2000)
    found = [_findings(text, lazy) for text in texts]
    assert found == [_findings(text, eager) for text in texts]
    assert any(found)


def test_a_rule_that_fails_in_one_language_is_left_out_of_that_language_only():
    rule_set = load_rules(pack_dirs())
    lexicon = TYPES["lexicon"]

    def french_fails(rule, language, index):
        if language == "fr":
            raise ValueError("no French today")
        return lexicon.compile(rule, language, index)

    types = {**{name: TYPES[name] for name in TYPES}, "lexicon": CheckType(
        "lexicon", french_fails, lexicon.settings, lexicon.doc, lexicon.lists)}
    lazy = compile_with(rule_set, types, kinds=("post",), lazy=True)
    before = len(lazy.errors)
    lazy.indexes["en"]
    assert len(lazy.errors) == before  # English compiled whole
    lazy.indexes["fr"]
    failed = lazy.errors[before:]
    assert failed and all("fr: no French today" in e.message for e in failed)
    lexicons = [c for c in lazy.compiled if c.rule.type == "lexicon"]
    assert lexicons and all(c.run["fr"](None) == [] for c in lexicons)  # type: ignore[arg-type]
    eager = compile_with(rule_set, types, kinds=("post",))
    assert not any(c.rule.type == "lexicon" for c in eager.compiled)  # eager: the rule is left out


def test_a_language_coach_does_not_have_is_no_compile():
    lazy = load_advice(kinds=("post",), lazy=True)
    with pytest.raises(KeyError):
        lazy.indexes["de"]
