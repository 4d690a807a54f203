"""Round 46 of issue 15 (session 35, helper plans50): fresh50 written and labelled first, run once, then read by kind.
What must hold, French and English:

- How someone fares ("let's see how Marcus gets on") is no getting onto a network; "we need to get on TikTok" still is
  presence.
- How fast we answer (« d'ici la fin de la journée », "by the end of the day", "within the day") is no horizon of a
  change: keeping on answering the booking enquiries is no purpose; "30 more bookings by the end of the year" still is.
- A task the writer has given up (« je ne m'en occupe plus », "I don't deal with it any more") names no owner; « je m'en
  occupe : je publie le mardi » still does.
- The name the plan gave a tool ("Lunetto, the app my supplier sold me") is the tool wherever it is said, in a cleft
  too (« C'est Lunetto qui décide », "It's Lunetto that decides"): no one at work, so the tool doing everything (« fait
  tout », "does everything") is found; a person's name in the same sentences is an owner, no tool.
- A form's instruction to whoever fills it in (« Cochez une seule réponse par question. », "Tick one answer only per
  question.") is nothing the plan says: no share of the posts; « Une seule promo par mois, le reste en conseils » still is
  a mix.
- fresh50 keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Nobody has decided how often the posts go out. Alan: \"let's see how Marcus gets on\".", False),
    ("en", "Let's see how they get on with the new leaflets before we decide.", False),
    ("fr", "Personne n'a décidé du rythme des posts. Alan : « on verra comment Marcus s'en sort ».", False),
    ("en", "We need to get on TikTok this year.", True),
    ("en", "Goal: get on TikTok.", True),
    ("fr", "Objectif : être sur TikTok.", True),
])
def test_how_someone_gets_on_is_no_network(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "The Claimant agrees to keep answering the booking enquiries on Instagram and by email, within the day.", False),
    ("fr", "Abby continue de répondre aux nouvelles demandes de réservation d'ici la fin de la journée.", False),
    ("en", "Abby keeps answering the new booking enquiries by the end of the day.", False),
    ("en", "We want 30 more bookings by the end of the year.", True),
    ("fr", "On veut 30 réservations de plus d'ici la fin de l'année.", True),
    ("en", "We want 30 more bookings a month by June, and we'll answer every enquiry within the day.", True),
])
def test_an_answer_s_pace_is_no_horizon(language, plan, expected):
    covers(plan, "purpose", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Depuis qu'on a l'appli, je ne m'en occupe plus.", False),
    ("en", "Since we got the app, I don't deal with it any more.", False),
    ("fr", "Depuis janvier, je m'en occupe : je publie le mardi.", True),
    ("en", "Since January I deal with it: I post on Tuesdays.", True),
])
def test_a_task_given_up_has_no_owner(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


@pytest.mark.parametrize("language, plan, kind, expected", [
    ("fr", "Lunetto, l'appli que m'a vendue mon fournisseur, fait tout. C'est Lunetto qui décide, je ne m'en occupe plus.",
     "tool", True),
    ("en", "Lunetto, the app my frame supplier sold me, does everything. It's Lunetto that decides, I don't deal with it "
           "any more.", "tool", True),
    ("fr", "Autre : « Lunetto, l'appli que m'a vendue mon fournisseur de montures. Elle fait tout. »", "tool", True),
    ("fr", "Lou, mon apprentie, fait tout. C'est Lou qui décide, je ne m'en occupe plus.", "tool", False),
    ("fr", "Instagram, Pinterest, TikTok : on choisit ? Non, on fait tout.", "tool", False),
    ("en", "Instagram, Pinterest, TikTok: do we choose? No, we do everything.", "tool", False),
    ("en", "Lou, my apprentice, does everything. It's Lou who decides, I don't deal with it any more.", "tool", False),
])
def test_a_tool_s_given_name_is_no_one(language, plan, kind, expected):
    counterfeit(plan, kind, language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Lou, mon apprentie, fait tout. C'est Lou qui décide, je ne m'en occupe plus."),
    ("en", "Lou, my apprentice, does everything. It's Lou who decides, I don't deal with it any more."),
])
def test_a_person_s_name_still_owns(language, plan):
    covers(plan, "owners", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Rempli par : Hélène Roux. Cochez une seule réponse par question.", False),
    ("en", "Filled in by: Helen Roux. Tick one answer only per question.", False),
    ("en", "Tick only one answer for each question: tips or offers.", False),
    ("fr", "Une seule promo par mois, le reste en conseils.", True),
    ("en", "One promotion a month at most, the rest tips.", True),
])
def test_a_form_s_instruction_is_no_mix(language, plan, expected):
    covers(plan, "content-mix", language, expected=expected)


def test_fresh50_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh50"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [25, 2, 4, 33]
    assert first["counterfeits"] == [7, 8]
    assert first["false_counterfeits"] == 1
