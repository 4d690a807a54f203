"""Round 51 of issue 15 (session 37, helper plans55): fresh55 written and labelled first (before any change of the
round and before its writer read the plan rules), run once on main's code, then read by kind, in both languages:

- a lack told as "neither … nor" ("…and have neither the time nor the tools to keep it") is the audience's problem;
- a shop's sign (« on commande une nouvelle enseigne ») is no teachers, though « enseignants » shares its stem;
- what anyone has, then a free day ("anyone with two hands and a free Saturday") chooses no one, and
  « Qui nous cherchons : » asks whom the plan is for (round 50's leftover);
- « vendredi » is no sale: an aim of presence with a Friday horizon was read as a real aim (round 50's leftover
  « … sur chaque appli d'ici vendredi »).
- fresh55 keeps its first run.

Then fresh55b (written after those changes, labelled first, run once: the clean check, not tuned on) keeps its first
run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "The plan.\n\nWho it's for: people in the villages who have just bought a house with a big garden and have "
           "neither the time nor the tools to keep it.", True),
    ("en", "The plan.\n\nWho it's for: retired people who have neither a car nor a bus stop nearby.", True),
    ("fr", "Le plan.\n\nPour qui : les gens des villages qui viennent d'acheter une maison avec un grand jardin et n'ont "
           "ni le temps ni les outils pour l'entretenir.", True),
    ("en", "The plan.\n\nWe have neither the time nor the money for ads.", False),
])
def test_a_lack_told_as_neither_nor(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan.\n\nOn commande aussi une nouvelle enseigne, ça coûte septante-cinq euros de plus mais bon, elle "
           "le vaut.", False),
    ("fr", "Le plan.\n\nOn commande une nouvelle enseigne, ça coûte cher mais bon.", False),
    ("fr", "Le plan.\n\nNous visons les enseignants du collège qui n'ont pas le temps de cuisiner le midi.", True),
    ("en", "The plan.\n\nWe're ordering a new shop sign too, it costs a lot but fine.", False),
])
def test_a_shop_sign_is_no_teacher(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Volunteer drive.\n\nWho we want: honestly, anyone with two hands and a free Saturday.", True),
    ("en", "Volunteer drive.\n\nWho we're after: anybody with a phone and a spare hour.", True),
    ("en", "Volunteer drive.\n\nWho we want: anyone with a van and a free Saturday.", False),
    ("fr", "Opération bénévoles.\n\nQui nous cherchons : franchement, n'importe qui avec deux mains et un samedi de "
           "libre.", True),
    ("fr", "Opération bénévoles.\n\nQui on cherche : tout le monde, vraiment.", True),
    ("fr", "Opération bénévoles.\n\nQui nous cherchons : des retraités du quartier qui s'ennuient le samedi.", False),
])
def test_anyone_with_what_anyone_has(language, plan, expected):
    counterfeit(plan, "everyone", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan.\n\nObjectif : être sur toutes les applis d'ici vendredi.", True),
    ("fr", "Le plan.\n\nObjectif : être sur toutes les applis le vendredi.", True),
    ("en", "The plan.\n\nGoal: be on every app by Friday.", True),
    ("fr", "Le plan.\n\nObjectif : vendre 200 coffrets d'ici vendredi, annoncés sur Instagram.", False),
])
def test_a_friday_sells_nothing(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Le plan.\n\nObjectif : vendre 200 coffrets d'ici vendredi."),
    ("fr", "Le plan.\n\nBut : que nos vendeuses vendent deux fois plus d'ici juin."),
    ("fr", "Le plan.\n\nObjectif : 200 coffrets vendus d'ici Noël."),
])
def test_selling_is_still_a_change(language, plan):
    covers(plan, "purpose", language, expected=True)


def test_fresh55_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh55"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [36, 1, 1, 26]
    assert first["counterfeits"] == [8, 8]
    assert first["false_counterfeits"] == 0


def test_fresh55b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh55b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [15, 2, 1, 14]
    assert first["counterfeits"] == [3, 4]
    assert first["false_counterfeits"] == 0
