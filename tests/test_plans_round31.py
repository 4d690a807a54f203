"""Round 31 of issue 15: what fresh34's misses showed, read in general form (the rule files' examples hold more).

- Cadence: answering reviews at a pace ("I answer the Google reviews every day at lunch") is no pace of posting; a
  lighter pace for the other season ("one a fortnight in winter") and every weekday are one.
- Presence as the goal: the name coming up in every conversation (« que le nom revienne dans chaque conversation »)
  is being everywhere, not an objective, unless a result the business wants follows it.
- Channels: a sweep of everywhere ("our name on every feed, every story, every map") links no channel to another.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import PRESENCE, covered, fired


@pytest.mark.parametrize("text", [
    "I answer the Google reviews every day at lunch, and I'll keep doing it after the summer.",
    "Je réponds aux avis Google tous les midis, et je continue après l'été.",
])  # fmt: skip
def test_answering_at_a_pace_is_no_posting_pace(advice, text):
    assert "consistency" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Two videos a week from March to October, one a fortnight in winter.",
    "Deux vidéos par semaine de mars à octobre, une par quinzaine l'hiver.",
    "We post every weekday at 7.30, and we keep the morning post going over the holidays.",
])  # fmt: skip
def test_a_pace_for_each_season_or_every_weekday_is_cadence(advice, text):
    assert "consistency" in covered(advice, text)


@pytest.mark.parametrize(("counterfeit", "sound"), [
    ("We want the Lantern's name to come up in every conversation about board games.",
     "We want the Lantern's name to come up in every conversation about board games, so that 50 new members join by "
     "June."),
    ("Ce qu'on veut : que le nom de la Cave Orée revienne dans chaque conversation sur le whisky.",
     "Ce qu'on veut : que le nom de la Cave Orée revienne dans chaque conversation sur le whisky, pour vendre 300 "
     "coffrets avant Noël."),
])  # fmt: skip
def test_the_name_everywhere_is_presence_unless_a_result_follows(advice, counterfeit, sound):
    assert PRESENCE in fired(advice, counterfeit)
    assert PRESENCE not in fired(advice, sound)


@pytest.mark.parametrize(("sweep", "linked"), [
    ("The shop's Instagram page. Our name on every feed, every story, every map.",
     "Every Instagram story sends people to the shop's Facebook page."),
    ("La page Instagram de la boutique. Notre nom sur chaque fil, chaque story, chaque carte.",
     "Chaque story Instagram renvoie vers la page Facebook de la boutique."),
])  # fmt: skip
def test_a_sweep_of_everywhere_links_no_channels(advice, sweep, linked):
    assert "multichannel" not in covered(advice, sweep)
    assert "multichannel" in covered(advice, linked)
