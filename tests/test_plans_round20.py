"""Round 20 of issue 15: a negation about the business is no problem of the audience (sentences of our own).

A plan that says what the business is not ("The club isn't a school team.", « Le club n'est pas en
section. ») names no one's problem, even beside people who are happy (« Les parents adorent… »). A problem
needs people as its subject ("parents can't find…", « les parents ne trouvent pas… ») or as the owner of the
clause ("our studio doesn't open when they leave work"). A real audience told with the people first and the
negation after stays an audience.
"""

from __future__ import annotations

import pytest

from bot.engine.plan.readings import reading
from tests.plan_helpers import counterfeits_and_covered

AUDIENCE = "relevance"
PLAN_END = "\n\nWe post on Instagram twice a week.\n"
PLAN_END_FR = "\n\nOn publie sur Instagram deux fois par semaine.\n"


def covered(advice, text: str) -> set[str]:
    return counterfeits_and_covered(advice, text)[1]


def problems(text: str, language: str) -> list[str]:
    folded = text.lower()
    return [folded[s:e] for s, e in reading("@difficulty", text, folded, language)]


@pytest.mark.parametrize(("text", "end"), [
    ("The club isn't a school team.", PLAN_END),
    ("The club isn't a school team. Parents love the Saturday mornings.", PLAN_END),
    ("Le club n'est pas en section. Les parents adorent le samedi matin.", PLAN_END_FR),
    ("Notre salle n'ouvre pas le dimanche, et les familles du quartier viennent le samedi.", PLAN_END_FR),
])
def test_what_the_business_is_not_covers_no_audience(advice, text, end):
    assert AUDIENCE not in covered(advice, text + end)


@pytest.mark.parametrize(("text", "end"), [
    ("The club isn't a school team. Working parents can't find a slot on Wednesdays.", PLAN_END),
    ("Le club n'est pas en section. Les parents qui travaillent ne trouvent pas de créneau le mercredi.", PLAN_END_FR),
])
def test_people_as_the_subject_of_the_negation_are_an_audience(advice, text, end):
    assert AUDIENCE in covered(advice, text + end)


@pytest.mark.parametrize(("text", "end"), [
    ("Office workers with back pain who put off the physio because they don't know they can book directly. "
     "The clinic isn't a hospital.", PLAN_END),
    ("Les employés de bureau qui repoussent le kiné parce qu'ils ne savent pas qu'on peut réserver en direct. "
     "Le cabinet n'est pas un hôpital.", PLAN_END_FR),
])
def test_a_real_audience_beside_what_the_business_is_not_stays_covered(advice, text, end):
    assert AUDIENCE in covered(advice, text + end)


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Our studio doesn't open when they leave work.", "en", "doesn't"),
    ("Notre salle n'ouvre pas quand ils sortent du travail.", "fr", "n'ouvre"),
])
def test_the_people_as_owner_of_the_clause_keep_the_problem(text, language, kept):
    assert kept in problems(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("We don't do birthday parties.", "en"),
    ("Our prices aren't the cheapest in town.", "en"),
    ("Nous ne sommes pas une école de danse.", "fr"),
    ("Le club n'a pas de section loisirs.", "fr"),
])
def test_a_negation_about_us_or_our_offer_is_no_problem(text, language):
    assert problems(text, language) == []
