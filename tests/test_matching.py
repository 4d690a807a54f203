"""Matching is French-aware: case, accents, inflection, apostrophes, elisions, word boundaries."""

from __future__ import annotations

import pytest

from bot.engine.review import ReviewContext, review


def fired(advice, text: str, language: str) -> list[str]:
    return [f.excerpt for f in review(text, ReviewContext(advice, language=language)).findings]


@pytest.fixture
def urgency(pack):
    pack.rule(
        check="type: lexicon",
        fr="""
        phrases: [achetez maintenant, offre limitée, l'offre du jour, dernière * chance]
        exceptions: [offre limitée aux membres]
        """,
        en="phrases: [buy now, limited offer, don't miss]",
    )
    return pack.load()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ACHETEZ MAINTENANT", ["ACHETEZ MAINTENANT"]),  # case
        ("Offres limitées ce mois-ci", ["Offres limitées"]),  # inflection
        ("une offre limitee", ["offre limitee"]),  # accents typed or not
        ("Achète maintenant", ["Achète maintenant"]),  # another form of the verb
        ("Profitez de l’offre du jour", ["l’offre du jour"]),  # curly apostrophe and elision (quoted with its article)
        ("la dernière belle chance", ["dernière belle chance"]),  # wildcard
        ("achetezmaintenant", []),  # word boundaries
        ("Une offre limitée aux membres du club", []),  # exception, matched the same way
        ("Une offre limitées aux membres du club", []),  # exceptions are inflection-insensitive too
    ],
)
def test_french_matching(urgency, text, expected):
    assert fired(urgency, text, "fr") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Buying now is easy", ["Buying now"]),
        ("Don’t miss this", ["Don’t miss"]),
        ("limited offers inside", ["limited offers"]),
        ("buynow", []),
    ],
)
def test_english_matching(urgency, text, expected):
    assert fired(urgency, text, "en") == expected


def test_spans_are_code_point_offsets_in_the_original(urgency):
    text = "🎉 Élan : achetez maintenant"
    (finding,) = review(text, ReviewContext(urgency, language="fr")).findings
    assert text[finding.span[0] : finding.span[1]] == "achetez maintenant"
