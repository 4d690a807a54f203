"""Round 14 of issue 15: an aim read by its object.

When a statement states an aim, what it aims at decides: only a place on the networks, only a count of
reactions or only a tool is a counterfeit; a change for the business or the reader makes it a real
objective even when a network is named as the means. Pairs in French and English: the counterfeit is
found and covers no purpose; its sound twin is not flagged and covers the purpose.
"""

from __future__ import annotations

import pytest

from bot.engine.plan.aims import real_aims
from bot.engine.plan.readings import READINGS, reading
from bot.engine.text import fold
from bot.plans.review import review_plan

TITLE = "Atelier Test\n\n"
COUNTERFEITS = ("plan.presence-as-goal", "plan.vanity-metrics", "plan.tool-as-plan")


def review(advice, text: str):
    result = review_plan(TITLE + text, advice)
    fired = {f.rule for f in result.findings if f.rule in COUNTERFEITS}
    covered = {c.topic for c in result.checklist if c.status == "covered"}
    return fired, covered


# (an aim whose object is empty, its rule, a real aim on the same things)
PAIRS = [
    ("Notre but pour 2026 : exister enfin sur Instagram et Pinterest.", "plan.presence-as-goal",
     "Notre but pour 2026 : être sur Pinterest pour vendre 40 coffrets de plus d'ici Noël."),
    ("On voudrait être actifs sur LinkedIn avant septembre.", "plan.presence-as-goal",
     "On voudrait être actifs sur LinkedIn pour signer 3 contrats de plus avant septembre."),
    ("This year's mission: have an account on Threads, Bluesky and TikTok.", "plan.presence-as-goal",
     "This year's mission: 30 more bookings by June, from an account on TikTok that links to the diary."),
    ("The aim for spring is to get onto TikTok.", "plan.presence-as-goal",
     "The aim for spring is to get onto TikTok so that 15 new students enrol by May."),
    ("Objectif : 2 000 abonnés sur TikTok avant l'été.", "plan.vanity-metrics",
     "Objectif : 200 commandes de plus avant l'été, venues de TikTok."),
    ("Our target for Q3: we want 3k followers and way more likes.", "plan.vanity-metrics",
     "For Q3 we want 60 more paying members, and we stop looking at likes."),
    ("Notre objectif de l'année : lancer enfin notre blog.", "plan.tool-as-plan",
     "Notre objectif de l'année : lancer un blog qui nous amène 10 demandes de devis par mois d'ici juin."),
    ("Goal for the year: build an app for the gym.", "plan.tool-as-plan",
     "Goal for the year: 25 % fewer calls to the front desk by December, with bookings moving to an app."),
]


@pytest.mark.parametrize("empty, rule, real", PAIRS)
def test_an_aim_is_judged_by_its_object(advice, empty: str, rule: str, real: str):
    fired, covered = review(advice, empty)
    assert rule in fired
    assert "purpose" not in covered
    fired, covered = review(advice, real)
    assert not fired
    assert "purpose" in covered


@pytest.mark.parametrize("language, text, name", [
    ("fr", "## Objectif\nUne page Facebook et une fiche Google bien remplies.\n", "@aims-at-presence"),
    ("en", "## Goal\nA TikTok account for the shop, and a Pinterest page too.\n", "@aims-at-presence"),
    ("fr", "On vise 500 j'aime par publication d'ici Pâques.", "@aims-at-vanity"),
    ("en", "We hope to double the likes on our posts by Easter.", "@aims-at-vanity"),
    ("fr", "Le but, c'est tout simplement d'avoir un site internet.", "@aims-at-tool"),
    ("en", "Objective: finally set up a CRM this spring.", "@aims-at-tool"),
])
def test_the_aim_and_its_object_are_two_spans(language: str, text: str, name: str):
    folded = fold(text)
    spans = reading(name, text, folded, language)
    assert len(spans) == 2  # the aim, then what it aims at: one statement meets both needs of the rule
    aim, thing = (folded[s:e] for s, e in spans)
    assert aim != thing and spans[0][1] <= spans[1][0]


@pytest.mark.parametrize("language, text", [
    ("fr", "Objectif : être sur Instagram pour gagner 20 nouveaux clients d'ici juin."),
    ("en", "Goal: be on Instagram so that 20 new clients book a fitting by June."),
])
def test_a_network_as_the_means_of_a_real_aim_is_no_presence(language: str, text: str):
    folded = fold(text)
    assert reading("@aims-at-presence", text, folded, language) == []
    assert reading("@networks", text, folded, language) == []  # the purpose rule does not refuse it
    assert real_aims(folded, language)


@pytest.mark.parametrize("language, text", [
    ("fr", "Notre but : être visibles partout où sont nos clientes."),
    ("en", "Our goal: be visible wherever our customers are."),
])
def test_customers_named_as_the_place_to_be_are_no_change(language: str, text: str):
    folded = fold(text)
    assert reading("@aims-at-presence", text, folded, language)
    assert real_aims(folded, language) == []


@pytest.mark.parametrize("language, text", [
    ("en", "We want to answer every comment on Instagram within a day, and Tom does it."),
    ("fr", "On veut répondre à chaque avis Google sous 24 h ; c'est Léa qui s'en charge."),
    ("en", "Audience: we want to reach new parents in Leeds who can't find a swim slot after work."),
])
def test_an_aim_about_something_else_is_no_counterfeit(advice, language: str, text: str):
    for name in ("@aims-at-presence", "@aims-at-vanity", "@aims-at-tool"):
        assert reading(name, text, fold(text), language) == []
    fired, _ = review(advice, text)
    assert not fired


def test_the_aim_readings_are_named():
    assert {"@aims-at-presence", "@aims-at-vanity", "@aims-at-tool"} <= set(READINGS)


@pytest.mark.parametrize("language, text", [
    ("fr", "Objectif : remplir les 12 places du stage de juillet, en passant par la page Facebook et la lettre."),
    ("en", "Goal: sell out the 40 seats of the May workshop through our Facebook page and the newsletter."),
])
def test_a_real_aim_refuses_the_presence_counterfeit(advice, language: str, text: str):
    folded = fold(text)
    assert reading("@real-aim", text, folded, language)
    fired, covered = review(advice, text)
    assert "plan.presence-as-goal" not in fired
    assert "purpose" in covered
