"""Round 52 of issue 15 (session 37, helper plans56): fresh56 written and labelled first (before any change of the
round and before its writer read the plan rules), run once on main's code, then read by kind, in both languages:

- a cleft naming who does the task, where they work between commas (« c'est Corinne, au comptoir, qui répondra »,
  "it's Corinne, at the counter, who will answer"): an owner (English read no cleft at all);
- how people fare told with a longer subject ("how the new members are getting on"): no network got onto;
- the end of a tour as when a count is read (« le bilan de fin de tournée », "the end-of-tour report").
- fresh56 keeps its first run; fresh56b (written after those changes, labelled first, run once: the clean check,
  not tuned on) keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan.\n\nPour vos messages, c'est Corinne, au comptoir, qui répondra à chacun sous 24 heures.", True),
    ("fr", "Le plan.\n\nC'est la gérante, à l'accueil, qui répondra aux avis.", True),
    ("en", "The plan.\n\nFor your messages, it's Corinne, at the counter, who will answer each of you within 24 hours.",
     True),
    ("en", "The plan.\n\nIt's Corinne who will answer each of you within 24 hours.", True),
    ("en", "The plan.\n\nIt's Zoe, our best customer, who posts the most.", False),
    ("fr", "Le plan.\n\nC'est Zoé, notre meilleure cliente, qui publie le plus.", False),
])
def test_a_cleft_names_the_owner(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "The plan.\n\nOnce the course is under way, one post a week through the summer on how the new members are "
           "getting on.", False),
    ("en", "The plan.\n\nA monthly post on how our first customers are getting on.", False),
    ("fr", "Le plan.\n\nUne publication par semaine tout l'été sur ce que deviennent les nouveaux membres.", False),
    ("en", "The plan.\n\nOur goal: getting on every app by June.", True),
])
def test_how_people_are_getting_on_is_no_presence(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan.\n\nLes entrées de chaque représentation seront comptées par la billetterie et présentées dans le "
           "bilan de fin de tournée remis au Département.", True),
    ("en", "The plan.\n\nTicket sales for each show will be counted by the box office and presented in the end-of-tour "
           "report to the council.", True),
    ("en", "The plan.\n\nThe admissions will be counted at the end of the tour.", True),
    ("fr", "Le plan.\n\nFête de fin de tournée pour les bénévoles.", False),
    ("en", "The plan.\n\nEnd-of-tour party for the volunteers.", False),
])
def test_the_end_of_a_tour_is_when_a_count_is_read(language, plan, expected):
    covers(plan, "measurement", language, expected=expected)


def test_fresh56_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh56"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [27, 2, 2, 17]
    assert first["counterfeits"] == [3, 5]
    assert first["false_counterfeits"] == 1


DICTATED = {
    "en": ("note to self the plan for the shop dictated in the car okay so the goal is to be everywhere people round here "
           "look on every feed every group every local page by the summer and the way I'll know it's working is when we "
           "hit five thousand followers on Instagram and a few hundred likes on every post who's it for honestly "
           "everybody anyone at all who walks past we'll post on Instagram and TikTok and every TikTok gets shared into "
           "the Instagram stories with the booking link and if people leave a comment I'll reply in the evening"),
    "fr": ("note pour moi le plan dicté en voiture alors le but c'est d'être partout où les gens du coin regardent sur "
           "chaque fil chaque groupe chaque page locale d'ici l'été et je saurai que ça marche quand on aura cinq mille "
           "abonnés sur Instagram et quelques centaines de j'aime sur chaque publication pour qui franchement tout le "
           "monde n'importe qui qui passe devant la boutique on va publier sur Instagram et TikTok et chaque TikTok est "
           "repartagé dans les stories Instagram avec le lien de réservation et si les gens laissent un commentaire je "
           "réponds le soir"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("kind", ["presence", "vanity"])
def test_a_plan_dictated_without_punctuation_is_read_point_by_point(language, kind):
    counterfeit(DICTATED[language], kind, language, expected=True)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_dictated_plan_measures_nothing_with_its_follower_count(language):
    covers(DICTATED[language], "measurement", language, expected=False)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "# Traiteur des Halles : lettre à nos clients\n\nVous avez été nombreux à nous écrire après les fêtes : des "
           "commandes de bûches égarées, des messages restés sans réponse pendant des semaines.", False),
    ("en", "# Halls Catering: letter to our customers\n\nMany of you wrote to us after the holidays: Yule log orders "
           "lost, messages left unanswered for weeks.", False),
    ("fr", "# Traiteur des Halles : lettre à nos clients\n\nPour qui : les familles du quartier qui n'ont pas le temps "
           "de cuisiner le soir.", True),
    ("en", "# Halls Catering: letter to our customers\n\nWho it's for: local families who have no time to cook in the "
           "evening.", True),
])
def test_whom_a_letter_is_written_to_is_no_audience(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


def test_fresh56b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh56b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [16, 0, 1, 15]
    assert first["counterfeits"] == [5, 6]
    assert first["false_counterfeits"] == 0
