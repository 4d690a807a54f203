"""Round 37 of issue 15 (session 25): round 36's leftovers read in general form, then fresh41 written and labelled
first, run once and read by kind. What must hold, French and English:

- A sole writer's list of things to do ("1. Post something every Monday", « 1. Publier une photo chaque vendredi »;
  "I" twice, "we" never) names the writer as the one who does it; a team's list, or an item that is a question
  (« poster mes projets sur Behance ? »), names no one.
- A play's speaker (« ANNICK. — ») opens the line they say, and a question that follows on ("And the reviews?",
  « Et les messages des gens ? ») reads with its answer, so a pronoun answering it (« Théo y répond ») answers them.
- An A to Z's entry ("R — Reviews and messages.") reads with the sentence after it.
- What a post tells the reader (« leur montrer qu'on récupère tout le monde ») is no audience of everyone; the other
  season asked about with its pace given (« Et l'hiver ? Une photo par mois ») is what comes after, "We'll see" is not.
- A count named by a noun (« Comptage des inscriptions »), a dated review (« Bilan en octobre ») and figures read
  from the till roll are measurement; "at the till" is a place to work.
- A motion voted down (« » Rejetée », "Defeated") is not the plan; "Actual: 4 likes" is what happened, no vanity goal;
  "being there is the whole point" is presence as the goal; what a tool cannot do is no problem of the people.
- fresh41 keeps its first run; fresh39c and fresh40 meet the goals; fresh41 meets the recall and false-coverage goals.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from bot.engine.advice import load_advice
from tests.plan_helpers import PRESENCE, VANITY, covered, fired


@pytest.fixture(scope="module")
def advice():
    return load_advice()


@pytest.mark.parametrize("text", [
    "My resolutions for the workshop, just for me:\n1. Post a photo of my bench every Friday.\n2. Answer the reviews the same day.",
    "Mes résolutions pour l'atelier, rien que pour moi :\n1. Publier une photo de mon établi chaque vendredi.\n2. Répondre aux avis le jour même.",
])
def test_a_sole_writers_list_names_the_writer(advice, text):
    assert "sustainability" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Our to-do list for the shop this year:\n1. Post a photo of the bench every Friday.\n2. Answer the reviews the same day.",
    "My ideas for my marketing, in no order:\n- post my projects on Behance? LinkedIn?",
    "Mes idées pour ma com, en vrac :\n- poster mes projets sur Behance ? LinkedIn ?",
])
def test_a_teams_list_or_a_question_names_no_one(advice, text):
    assert "sustainability" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "MARC. — Et les avis Google ?\nSOLÈNE. — Yanis y répond aussi, le lundi.",
    "MARC. — And the Google reviews?\nSOLENE. — Yanis replies to those too, on Mondays.",
    "R — Reviews and messages. Sam answers them within a day.",
    "R — Avis et messages. Inès y répond dans la journée.",
])
def test_an_answer_reads_with_its_question_or_entry(advice, text):
    assert "reputation" in covered(advice, text)


@pytest.mark.parametrize("text", ["Et les avis Google ? On verra plus tard.", "R — Reviews and messages. Still to decide."])
def test_a_question_answered_by_nothing_is_no_answering(advice, text):
    assert "reputation" not in covered(advice, text)


def test_what_a_post_tells_is_no_audience_of_everyone(advice):
    text = ("Pour qui : les familles qui ont peur que les enfants tombent à l'eau ; on veut leur montrer que la rivière "
            "est calme et qu'on récupère tout le monde au bout.")
    assert "relevance" in covered(advice, text)


@pytest.mark.parametrize("text, wanted", [
    ("Deux posts par semaine pendant la saison. Et l'hiver ? Une photo par mois de l'atelier.", True),
    ("Two posts a week during the season. And in winter? One photo a month from the workshop.", True),
    ("Deux posts par semaine pendant la saison. Et l'hiver ? On verra.", False),
    ("Two posts a week during the season. And in winter? We'll see.", False),
])
def test_the_other_season_needs_its_pace(advice, text, wanted):
    assert ("consistency" in covered(advice, text)) is wanted


@pytest.mark.parametrize("text, wanted", [
    ("| Tâche | Qui et quand |\n|---|---|\n| Comptage des inscriptions | Paul, chaque lundi de septembre |", True),
    ("Bilan en octobre : le nombre de baptêmes réservés par le site, comparé aux 140 de l'an dernier.", True),
    ("Fifty more service washes a month by the end of term, counted from the till roll at the end of each month.", True),
    ("Anyone who hears about a message while at the till passes it to Colin.", False),
])
def test_counts_named_dated_or_from_the_till_are_measurement(advice, text, wanted):
    assert ("measurement" in covered(advice, text)) is wanted


@pytest.mark.parametrize("text, wanted", [
    ("Motion 3 : « Viser 10 000 abonnés avant l'été. » Rejetée (12 voix contre).", False),
    ("Motion 3: \"Aim for 10,000 followers by the summer.\" Defeated (12 votes to 3).", False),
    ("Motion 3: \"Aim for 10,000 followers by the summer.\" Carried unanimously.", True),
    ("Steps: post a photo of a clean machine. Actual: 4 likes, all from my family.", False),
    ("Étapes : poster une photo d'une machine propre. Constat : 4 j'aime, tous de ma famille.", False),
])
def test_votes_down_and_observed_counts_are_no_vanity_goal(advice, text, wanted):
    assert (VANITY in fired(advice, text)) is wanted


@pytest.mark.parametrize("text", ["An account on every platform going (being there is the whole point).",
                                  "Un compte sur toutes les plateformes (être là, c'est tout l'intérêt)."])
def test_being_there_as_the_whole_point_is_presence(advice, text):
    assert PRESENCE in fired(advice, text)


@pytest.mark.parametrize("text", ["Léa répond aux messages des clients le samedi matin, quand l'outil n'y arrive pas.",
                                  "Lea answers the customers' messages on Saturday morning, when the tool can't cope."])
def test_what_a_tool_cannot_do_is_no_problem_of_the_people(advice, text):
    assert "relevance" not in covered(advice, text)


def test_fresh41_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh41"
    assert folder in [path for path, _name in eval_plans.SETS]
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [28, 1, 6, 29]
    assert first["counterfeits"] == [4, 6]


@pytest.mark.parametrize("name", ["fresh39c", "fresh40", "fresh41"])
def test_the_sets_meet_the_section_goals(name):
    figures = eval_plans.evaluate(eval_plans.PLANS / name)
    both = eval_plans.summary(figures)["both"]
    assert both["recall"] >= 0.9
    assert both["false_coverage"] <= 0.05
    assert not figures.false_counterfeits


@pytest.mark.parametrize("name", ["fresh39c", "fresh40"])
def test_every_counterfeit_is_found(name):
    figures = eval_plans.evaluate(eval_plans.PLANS / name)
    assert figures.counterfeits_found == figures.counterfeits
