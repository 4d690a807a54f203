"""Round 47 of issue 15 (session 35, helper plans51): fresh51 written and labelled first, run once, then read by kind.
What must hold, French and English, each reading beside a near-twin that must not be read so:

- A channel carrying the launch's videos ("Instagram carries the launch videos", « Instagram porte les vidéos du
  lancement ») is a channel's part, no tool running the launch; "The new app carries the launch: nothing else to
  plan" still is the tool doing the work.
- Posts said to be for everyone ("Our posts are for everybody", « Nos posts c'est pour tout le monde ») name whom they
  are for, and that is everyone; posts for "students on the campus who have eight pounds a meal" name an audience.
- Nobody forgotten, said as a whole clause ("nobody is forgotten", « personne n'est oublié ») is everyone; nobody
  forgotten *in* something (the thank-you post) is not.
- « scroller », the spoken anglicism, is scrolling the feeds as "scroll" is, and the gerund "without coming across our
  baguettes" is being come across as "come across our baguettes" is: being impossible to miss, said as the aim, is
  presence; when customers scroll, to post before then, is not.
- fresh51 keeps its first run.

Then fresh51b (written after those changes, labelled first, run once) was read after its run:

- An exam paper's or a form's answer label ("Answer: Commuters who only find out late.") is no kind of content (with
  "only", no share of the posts) and no one at work; the answer it labels still says who answers ("Answer: Priti,
  within a day.", « Réponse : Priti, dans la journée. ») and how the posts divide ("Answer: half the posts are how-to
  videos, the rest offers.").
- What nobody ever showed the readers ("because nobody ever showed them how to check") is their lack, no how-to of
  ours; "Half the posts show them how to check their brakes, the rest are offers" is still a mix.
- A wager on where we will be by a date ("Dana bets Kofi a curry that by next Christmas Locked In will be on every
  app", « Dana parie … que d'ici Noël prochain, Locked In sera sur toutes les applis ») is the aim: presence; the same
  wager on a change (the new room sold out every weekend) is none.
- fresh51b keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Instagram carries the launch videos; the members' newsletter carries the club news. Every video ends with the "
           "trial-lesson link.", False),
    ("en", "Instagram carries the campaign posts; the newsletter carries the marketing emails.", False),
    ("fr", "Instagram porte les vidéos du lancement ; la lettre des membres porte les nouvelles du club.", False),
    ("en", "The new app carries the launch: nothing else to plan.", True),
    ("en", "The new app will carry the whole campaign from now on.", True),
])
def test_a_channel_carrying_the_launch_videos(language, plan, expected):
    counterfeit(plan, "tool", language, expected=expected)


def test_channels_carrying_the_launch_videos_still_feed_each_other():
    covers("Instagram carries the launch videos; the members' newsletter carries the club news. Every video ends with "
           "the trial-lesson link, and every newsletter asks members to share that week's video.", "channels", "en")


@pytest.mark.parametrize("language, plan, everyone, audience", [
    ("fr", "Nos posts c'est pour tout le monde.", True, False),
    ("fr", "Couplet 2\nNos posts c'est pour tout le monde\nLes petits, les grands, les mamies", True, False),
    ("en", "Our posts are for everybody.", True, False),
    ("en", "Verse 2\nOur posts are for everybody\nThe young, the old, the grans", True, False),
    ("fr", "Nos posts sont pour les étudiants du campus, qui n'ont que 8 € par repas.", False, True),
    ("en", "Our posts are for students on the campus, who can't afford more than eight pounds a meal.", False, True),
])
def test_posts_for_everybody(language, plan, everyone, audience):
    counterfeit(plan, "everyone", language, expected=everyone)
    covers(plan, "audience", language, expected=audience)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Notre public : les étudiants du campus. Personne n'est oublié, c'est promis.", True),
    ("en", "Our audience: students on the campus. Nobody is forgotten, we promise.", True),
    ("fr", "Notre public : les étudiants qui n'ont que 8 € par repas ; personne n'est oublié dans les remerciements de fin "
           "d'année.", False),
    ("en", "Our audience: students who have eight pounds a meal; nobody is forgotten in the thank-you post at the end of "
           "the year.", False),
])
def test_nobody_forgotten(language, plan, expected):
    counterfeit(plan, "everyone", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Impossible de scroller sans tomber sur nos baguettes : c'est l'objectif.", True),
    ("fr", "Il faut qu'on tombe sur nos baguettes dès qu'on scrolle.", True),
    ("en", "Impossible to scroll without coming across our baguettes: that's the goal.", True),
    ("fr", "Nos clients scrollent le soir ; il faut qu'on publie avant 20 h.", False),
    ("en", "Our customers scroll in the evening; we have to post before 8 pm.", False),
    ("fr", "Il faut qu'on tombe sur un bon photographe avant l'été.", False),
])
def test_scrolling_and_coming_across_us(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


def test_fresh51_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh51"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [28, 1, 0, 35]
    assert first["counterfeits"] == [6, 8]
    assert first["false_counterfeits"] == 2


@pytest.mark.parametrize("language, plan, section, expected", [
    ("en", "Who are your posts for?\nAnswer: Commuters who only find out late.", "content-mix", False),
    ("en", "Who are your posts for?\nAnswer: Commuters who only find out late.", "owners", False),
    ("en", "Who are your posts for?\nAnswer: Commuters who only find out late.", "audience", True),
    ("en", "Q1. Who answers the messages?\nAnswer: Priti, within a day.", "owners", True),
    ("fr", "Q1. Qui répond aux messages ?\nRéponse : Priti, dans la journée.", "owners", True),
    ("en", "What will you post?\nAnswer: half the posts are how-to videos, the rest offers.", "content-mix", True),
])
def test_an_answer_label(language, plan, section, expected):
    covers(plan, section, language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Commuters who only find out late, because nobody ever showed them how to check.", False),
    ("en", "Half the posts show them how to check their brakes, the rest are offers.", True),
    ("fr", "La moitié des posts leur montrent comment vérifier leurs freins, le reste sont des offres.", True),
])
def test_what_nobody_showed_them(language, plan, expected):
    covers(plan, "content-mix", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Dana bets Kofi a curry that by next Christmas Locked In will be on every app there is.", True),
    ("fr", "Dana parie un curry avec Kofi que d'ici Noël prochain, Locked In sera sur toutes les applis qui existent.",
     True),
    ("en", "Dana bets Kofi a curry that by next Christmas the new room will have sold out every weekend.", False),
    ("fr", "Dana parie un curry avec Kofi que d'ici Noël prochain, la nouvelle salle sera complète tous les week-ends.",
     False),
    ("en", "I bet half our customers are on every app there is.", False),
])
def test_a_wager_on_where_we_will_be(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


def test_fresh51b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh51b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [15, 1, 0, 16]
    assert first["counterfeits"] == [3, 4]
    assert first["false_counterfeits"] == 0
