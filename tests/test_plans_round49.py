"""Round 49 of issue 15 (session 36, helper plans52): fresh53 written and labelled first (after round 48's last
change), run once, then read by kind. What must hold, French and English, each reading beside a near-twin:

- "It is our plan for the year" under a screenplay's title is the document, no tool said to be the plan.
- A toast ("Raise a glass", « Levons nos verres ») is no growth aimed at; "Raise weekday bookings…" is.
- Hearts or likes counted every night ("counted its hearts every night") are vanity, no measurement; bookings counted
  every night are one.
- What "will be visible everywhere", « sera visible partout », then the places listed after it, is presence as the aim
  and no channels linked; the same with an outcome beside it is no counterfeit.
- A tool's kind "called" its name ("a new app called PrintGenie", « une appli appelée Fourno ») names a tool, and the
  tool picking the times it likes is the tool at work; an intern called Tom is a person.
- A verse line after a comma ("…called PrintGenie," then "Which is clever (and not even teeny):") is no label over
  the lines below: the stanza is one sentence.
- "And you answer the DMs…", « Et tu réponds aux messages… » say who answers; "And you answer to nobody" does not.
- fresh53 keeps its first run.

Then fresh53b (written after those changes, labelled first, run once) was read after its run:

- Posts that « s'adressent à tout le monde » (the plural) say whom they are for: everyone.
- What "will be on every app, every feed", « sera sur chaque appli », and "there will be nowhere you can look without
  seeing our bikes", « il n'y aura nulle part où vous pourrez regarder sans voir nos vélos » are presence as the aim.
- The pace lowered after the season (« en septembre on réduit à un par semaine », "in the summer break, one post a
  fortnight") is what comes after; the same pace with nothing after is no cadence.
- fresh53b keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "RISE AND SHINE\na short screenplay, written by Ola for the planning day — it is our plan for the year\n\n"
           "OLA pins a sheet to the wall.", False),
    ("en", "The plan.\n\nWe found PostPal, an app. It writes the captions, picks the times it likes and posts them.", True),
])
def test_it_is_our_plan_is_the_document(language, plan, expected):
    counterfeit(plan, "tool", language, expected=expected)


@pytest.mark.parametrize("language, plan, section, expected", [
    ("en", "The plan.\n\nSo that's it, our plan for the year,\nRaise a glass and give Inkwell a cheer!", "purpose", False),
    ("fr", "Le plan.\n\nVoilà notre plan pour l'année,\nLevons nos verres à l'atelier !", "purpose", False),
    ("en", "The plan.\n\nRaise weekday bookings from 12 to 30 a week by June.", "purpose", True),
    ("en", "The plan.\n\nAnd the little toy shop counted its hearts every night.", "measurement", False),
    ("en", "The plan.\n\nWe count the bookings every night.", "measurement", True),
    ("fr", "Le plan.\n\nEt la petite boutique comptait les cœurs chaque soir.", "measurement", False),
    ("fr", "Le plan.\n\nOn compte les réservations chaque soir.", "measurement", True),
    ("fr", "Le plan.\n\nDésormais, le pain sera visible partout : sur Instagram, sur TikTok, sur Facebook, sur Google.",
     "channels", False),
    ("en", "The plan.\n\nAnd you answer the DMs and the Google reviews before the first bake ends.", "answering", True),
    ("en", "The plan.\n\nAnd you answer to nobody, that's the dream.", "answering", False),
    ("fr", "Le plan.\n\nEt tu réponds aux messages et aux avis Google avant la fin de la première fournée.", "answering",
     True),
    ("fr", "Le plan.\n\nEt tu réponds à personne, c'est le rêve.", "answering", False),
])
def test_words_doing_double_duty(language, plan, section, expected):
    covers(plan, section, language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan.\n\nDésormais, le pain sera visible partout : sur Instagram, sur TikTok, sur Facebook, sur Google.", True),
    ("en", "The plan.\n\nFrom now on, the bread will be visible everywhere: on Instagram, on TikTok, on Facebook.", True),
    ("fr", "Le plan.\n\nD'ici juin, 30 commandes de plus : le pain sera visible partout, et chaque post renvoie vers la "
           "boutique en ligne.", False),
])
def test_what_will_be_visible_everywhere(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "The plan.\n\nWe have bought a new app called PrintGenie,\nWhich is clever (and not even teeny):\nIt writes "
           "every post,\nPicks the times it likes most,\nAnd it publishes all without any.", True),
    ("fr", "Le plan.\n\nOn a pris une appli appelée Fourno. Elle écrit les posts, choisit les heures qu'elle préfère et "
           "les publie.", True),
    ("en", "The plan.\n\nWe have a new intern called Tom. He writes every post and picks the times he likes most.", False),
])
def test_a_tool_called_by_its_name(language, plan, expected):
    counterfeit(plan, "tool", language, expected=expected)


def test_fresh53_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh53"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [28, 4, 1, 31]
    assert first["counterfeits"] == [5, 8]
    assert first["false_counterfeits"] == 1


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan.\n\nNos publications s'adressent à tout le monde.", True),
    ("fr", "Le plan.\n\nNos publications s'adressent aux parents qui n'osent pas inscrire leurs enfants.", False),
])
def test_posts_addressed_to_everyone(language, plan, expected):
    counterfeit(plan, "everyone", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "The plan.\n\nfrom now on SPOKES & SONS will be on EVERY app, EVERY feed, EVERY screen.", True),
    ("en", "The plan.\n\nthere will be NOWHERE you can look without seeing our bikes.", True),
    ("fr", "Le plan.\n\nIl n'y aura nulle part où vous pourrez regarder sans voir nos vélos.", True),
    ("fr", "Le plan.\n\nDésormais, Spokes sera sur chaque appli, chaque fil, chaque écran de la ville.", True),
    ("en", "The plan.\n\nfrom now on SPOKES & SONS will be open EVERY Sunday.", False),
])
def test_on_every_app_and_nowhere_without_us(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan.\n\nUn post Instagram le mercredi et un le samedi, d'avril à août ; en septembre on réduit à un par "
           "semaine.", True),
    ("fr", "Le plan.\n\nUn post Instagram le mercredi et un le samedi, d'avril à août.", False),
    ("en", "The plan.\n\nThe match-day photo post on Instagram, every Sunday from August to May; in the summer break, one "
           "post a fortnight.", True),
    ("en", "The plan.\n\nThe match-day photo post on Instagram, every Sunday from August to May.", False),
])
def test_the_pace_lowered_after_the_season(language, plan, expected):
    covers(plan, "cadence", language, expected=expected)


def test_fresh53b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh53b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [9, 0, 2, 21]
    assert first["counterfeits"] == [2, 4]
    assert first["false_counterfeits"] == 0
