"""Round 34 of issue 15 (session 22): fresh38 written and run first, then its misses read by kind, French and
English, with the false coverage first (what makes a sentence look like a section without being one).

- Audience and everyone: refusing to target at all (« pas la peine de cibler. », "no point targeting.") is
  everyone, and names no audience; ruling one group out ("no need to target pensioners: our audience is…") is not,
  and the group ruled out is not the audience (`@ruled-out`);
  « pas la peine de » / "no need to" is nothing to be done, no problem of the people.
- Measurement: how fast we answer ("I reply to every enquiry the same evening", « le soir même ») is no count read
  (`@answer-pace` inside the measurement); counting the answers each month still is. "Count on" is reliance only
  before people ("we count on our regulars"); "supporters counted on the first of every month" is a count read.
- Purpose: a bare "for months" is how long a state has lasted ("a listing that has sat unsold for months"), no
  horizon; "for the next six months" still is one.
- Tool: "no need to" alone is an idiom, no tool at work; a name whose apposition in brackets says it is an AI or a
  tool, then the work (« CrêpoGram (IA) → écrit les posts », "AutoReel (the AI editor…) to cut the footage, write
  the captions"), is the subject of the work and takes no task (the kind of tool ends the apposition: "Jo (our app
  developer)" and "Maya (our assistant)" are people); a tool that "schedules everything" does the work, a person
  who does so is an owner.
- Content mix: the kind a share is about, said beside its proportion whatever its words (`@share-of`: « six
  publications sur dix sur le travail en cours », "our posts are mostly the machines: about two in three"); "mostly"
  with no share said in the clause is none.
- Presence: a resolution to be everywhere ("We will be everywhere.", « Nous serons partout. ») and being seen said
  to be the win ("Being seen is winning", « Être vu, c'est la moitié du chemin ») are presence as the goal; an aim
  that names a change keeps the presence its means.
- fresh38 meets the goals at the end of the round (its first run is kept in its first-run.json).
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import EVERYONE, PRESENCE, TOOL, covered, fired


@pytest.mark.parametrize("text", [
    "Sophie est d'accord avec Pierre : pas la peine de cibler.",
    "Inutile de cibler, dit Pierre.",
    "Pierre agrees: no point targeting.",
    "We won't target, he said.",
])  # fmt: skip
def test_refusing_to_target_is_everyone_and_no_audience(advice, text):
    found, sections = fired(advice, text), covered(advice, text)
    assert EVERYONE in found
    assert "relevance" not in sections


@pytest.mark.parametrize("text", [
    "Pas la peine de cibler les retraités : notre public, ce sont les jeunes parents qui n'ont pas le temps de cuisiner.",
    "No need to target pensioners: our audience is young parents who have no time to cook.",
])  # fmt: skip
def test_ruling_one_group_out_is_no_refusal_to_target(advice, text):
    assert EVERYONE not in fired(advice, text)
    assert "relevance" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Les clients ? Pas la peine de les relancer.",
    "Les clients ? Pas besoin de les relancer.",
    "Our customers? No need to print flyers for them.",
    "No need to target pensioners, they aren't on Instagram.",
    "Pas la peine de cibler les retraités, ils ne sont pas sur Instagram.",
])  # fmt: skip
def test_nothing_to_be_done_is_no_problem_of_the_people(advice, text):
    assert "relevance" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Our customers: parents who have no time to cook, no need to hide it.",
    "Nos clients : des parents qui n'ont pas le temps, pas la peine de le cacher.",
])  # fmt: skip
def test_an_idiom_beside_a_problem_leaves_the_audience(advice, text):
    assert "relevance" in covered(advice, text)
    assert TOOL not in fired(advice, text)


@pytest.mark.parametrize("text", [
    "I reply to every enquiry the same evening with a sample PDF and my price sheet.",
    "Je réponds à chaque demande le soir même avec un échantillon et ma fiche tarifaire.",
    "We count on our regulars every week.",
    "On compte sur eux chaque mois pour amener un ami.",
])  # fmt: skip
def test_no_count_is_read(advice, text):
    assert "measurement" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Every month I count how many enquiries we answered the same evening.",
    "Chaque semaine, on relève le nombre de demandes auxquelles on a répondu le jour même.",
    "Read: paying supporters counted on the first of every month by Tom, from the bank export.",
    "Bookings counted on the first of every month.",
])  # fmt: skip
def test_a_count_read_at_a_time(advice, text):
    assert "measurement" in covered(advice, text)


def test_how_long_a_state_lasted_is_no_horizon(advice):
    text = ("As an estate agent with a listing that has sat unsold for months, I want aerial shots, so that I can "
            "get viewings again.")
    assert "purpose" not in covered(advice, text)
    assert "purpose" in covered(advice, "Our aim: double the viewings of our rural listings over the next six months.")
    assert "purpose" in covered(advice, "Our aim: double the bookings for the next six months.")


@pytest.mark.parametrize("text", [
    "CrêpoGram (IA) écrit les posts, choisit les hashtags, programme tout.",
    "PostPilot (AI) writes the captions and schedules everything.",
    "We want AutoReel (the AI editor we subscribed to in October) to cut the footage, write the captions and post "
    "on its own.",
])  # fmt: skip
def test_a_tool_named_in_brackets_does_the_work(advice, text):
    found, sections = fired(advice, text), covered(advice, text)
    assert TOOL in found
    assert "sustainability" not in sections


@pytest.mark.parametrize("text", [
    "Sam schedules everything on Mondays, with Canva (the design tool) for the pictures.",
    "Marie programme tout le lundi, avec Canva (l'outil de mise en page).",
])  # fmt: skip
def test_a_person_who_schedules_everything_is_an_owner(advice, text):
    assert TOOL not in fired(advice, text)
    assert "sustainability" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "À peu près six publications sur dix sur le travail à l'établi, trois sur dix sur des pièces posées chez les "
    "clients.",
    "Our posts are mostly the machines themselves, close up: about two in three. The rest is players' high scores, "
    "roughly one in four.",
    "Two in three of our posts are about the menu, the rest is photos of the terrace.",
])  # fmt: skip
def test_the_kind_a_share_is_about(advice, text):
    assert "content-mix" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Our posts are mostly the same as last year.",
    "Nos publications sont surtout les mêmes que l'an dernier.",
    "Trois clients sur dix viennent pour le brunch.",
    "The rest is the boring admin, about one in four of my days.",
])  # fmt: skip
def test_a_share_with_no_kind_of_post_is_no_mix(advice, text):
    assert "content-mix" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "We will be everywhere. That is enough.",
    "Being seen is winning.",
    "Nous serons partout. Ça suffira.",
    "Être vu, c'est la moitié du chemin.",
])  # fmt: skip
def test_presence_said_as_a_resolution_or_as_the_win(advice, text):
    assert PRESENCE in fired(advice, text)


@pytest.mark.parametrize("text", [
    "We will be at the market every Saturday, to win 30 new customers by June.",
    "On sera partout où nos clients vont, pour gagner 30 clients d'ici juin.",
])  # fmt: skip
def test_presence_as_the_means_of_a_change(advice, text):
    assert PRESENCE not in fired(advice, text)


def test_fresh38_is_registered_with_its_first_run():
    folder = eval_plans.PLANS / "fresh38"
    assert folder in [path for path, _name in eval_plans.SETS]
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["counterfeits"] == [5, 8]
    assert first["both"]["counts"] == [31, 3, 4, 26]


def test_fresh38_meets_the_goals_at_the_end_of_the_round():
    figures = eval_plans.evaluate(eval_plans.PLANS / "fresh38")
    both = eval_plans.summary(figures)["both"]
    assert both["recall"] >= 0.9
    assert both["false_coverage"] <= 0.05
    assert figures.counterfeits_found == figures.counterfeits == 8
    assert not figures.false_counterfeits


@pytest.mark.parametrize("text", [
    "Maya (our assistant) writes the posts.",
    "Jo (our app developer) writes the posts.",
    "Lina (notre stagiaire) écrit les posts.",
])  # fmt: skip
def test_a_person_in_brackets_is_still_a_person(advice, text):
    assert "sustainability" in covered(advice, text)
    assert TOOL not in fired(advice, text)


def test_a_tool_in_brackets_takes_no_task(advice):
    text = "Montio (le monteur IA) écrit les légendes et publie tout seul."
    assert TOOL in fired(advice, text)
    assert "sustainability" not in covered(advice, text)
