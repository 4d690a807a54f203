"""Regression tests for small engine fixes found while writing the advice pack."""

from __future__ import annotations

from typing import Any

from bot.engine.advice import compile_rules
from bot.engine.review import ReviewContext, review
from bot.engine.rules import Rule, RuleSet


def _rule(check: dict[str, Any], fr: dict[str, Any], en: dict[str, Any]) -> Rule:
    base = {"message": "{match}", "why": "w", "how": "h", "examples": {"bad": ["x"], "good": ["y"]}}
    return Rule.from_data({
        "id": "test.rule", "version": 1, "status": "active", "severity": "warning", "topic": "hard-sell",
        "applies_to": ["post"], "weight": 10, "source": {"article": "a", "section": "s"},
        "check": check, "fr": {**base, **fr}, "en": {**base, **en},
    })


def _excerpts(rule: Rule, text: str, language: str) -> list[str]:
    advice = compile_rules(RuleSet([rule], []))
    return [f.excerpt for f in review(text, ReviewContext(advice, language=language)).findings]


def test_phrase_without_accents_matches_accented_draft():
    # The first word of a phrase used to be looked up by key only when its key and
    # folded stem were equal, so "derniere" (typed without accent) missed "dernière".
    rule = _rule({"type": "lexicon"}, {"phrases": ["derniere chance"]}, {"phrases": ["last chance"]})
    assert _excerpts(rule, "C'est la dernière chance pour vous", "fr") == ["dernière chance"]
    assert _excerpts(rule, "C'est la derniere chance pour vous", "fr") == ["derniere chance"]


def test_curly_apostrophe_in_draft_matches_phrase_first_word():
    # "Don’t" (typographic apostrophe, as phones and Slack type it) must meet "don't".
    rule = _rule({"type": "lexicon"}, {"phrases": ["ne ratez pas"]}, {"phrases": ["don't miss out"]})
    assert _excerpts(rule, "Don’t miss out on the workshop with us", "en") == ["Don’t miss out"]
    assert _excerpts(rule, "Don't miss out on the workshop with us", "en") == ["Don't miss out"]


def test_reader_focus_honours_exceptions():
    # `exceptions` is accepted for metric rules; reader_focus used to ignore it.
    rule = _rule(
        {"type": "metric", "metric": "reader_focus", "min": 2},
        {"self": ["nous"], "reader": ["vous"], "exceptions": ["dites-nous"]},
        {"self": ["we", "us"], "reader": ["you"], "exceptions": ["tell us"]},
    )
    assert _excerpts(rule, "Tell us, tell us, tell us what you think", "en") == []
    assert _excerpts(rule, "We did it and we are proud of it", "en") == ["We"]
    assert _excerpts(rule, "Dites-nous tout, dites-nous vite", "fr") == []


def test_substitute_fix_replaces_a_leading_french_elision():
    # Tokens skip "n'", so the span of "n'hésitez pas à nous contacter" used to start at
    # "hésitez" and the fix left "N'" behind: "N'Écrivez-nous".
    rule = _rule({"type": "substitute"},
                 {"swap": {"n'hésitez pas à nous contacter": "écrivez-nous", "au jour d'aujourd'hui": "aujourd'hui"}},
                 {"swap": {"don't hesitate to contact us": "write to us"}})
    advice = compile_rules(RuleSet([rule], []))
    text = "Une question ? N’hésitez pas à nous contacter. Au jour d'aujourd'hui, tout va vite."
    found = review(text, ReviewContext(advice, language="fr")).findings
    assert [f.excerpt for f in found] == ["N’hésitez pas à nous contacter", "Au jour d'aujourd'hui"]
    assert [f.fix for f in found] == ["Écrivez-nous", "Aujourd'hui"]


def test_question_mark_inside_a_link_is_not_a_question():
    # "?utm_source=..." used to count as a question, silencing "ask a question" rules.
    rule = _rule({"type": "metric", "metric": "questions", "min": 1}, {}, {})
    text = "Our new guide is online: https://example.com/guide?utm_source=news&x=1"
    assert _excerpts(rule, text, "en") == [text]
    assert _excerpts(rule, "Our new guide is online. What do you think?", "en") == []
