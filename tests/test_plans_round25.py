"""Round 25 of issue 15: the kinds of statement behind the misses of fresh28, read in general form (sentences of our
own, in other trades and words; bench/plans/probe25 holds more of them).

- A quiz's or an FAQ's numbered question ("Q1. Who…?", « Question 2 : Qui… ? ») is a heading, answered below.
- Everyone: "anybody" as the whole answer, on its line ("A. Anybody.") or after a dash ("Trick question — anybody.");
  "we don't leave anyone out" (the "n't" of "don't" has no word boundary before it).
- Presence: the first thing a phone shows, wherever people are, is us; "not a feed in the county without us".
- Photos that "get shared on Instagram" use a channel: no presence as the aim.
- Audience: not knowing whom we write for names no one.
- Cadence: a time of day ("after service", « après le service ») is no follow-up; a period gone by (« quand la rentrée
  est passée », "once the rush has passed") and « ne pas s'arrêter » are.
- Owners: a named person with where they work ("Janet from the ticket office", « Sandrine de l'accueil ») does the task.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import EVERYONE, PRESENCE, counterfeits_and_covered, covered, fired


@pytest.mark.parametrize("kind, counterfeit, twin", [
    (EVERYONE, "Q1. Who are we trying to reach this year?\nA. Anybody.",
     "Q1. Who are we trying to reach this year?\nA. Night-shift nurses who can't find a gym open after 10 p.m."),
    (EVERYONE, "Who are we trying to reach this year?\nTrick question — anybody. We don't leave anyone out.",
     "Who are we trying to reach this year?\nTrick question — retired cyclists who can't fix a puncture."),
    (EVERYONE, "Notre public : on n'exclut personne, on ne laisse personne de côté.",
     "Notre public : les parents de jeunes enfants ; on ne laisse personne sans réponse."),
    (EVERYONE, "Our audience: we don't leave anyone out.",
     "Our audience: hikers who get caught out by the weather; we don't leave them without a forecast."),
    (PRESENCE, "Our target: wherever a hiker lands in Snowdonia, the first thing their phone should show them is our hut.",
     "Our target: 30 more nights booked by August; the first thing hikers ask at the door is the forecast."),
    (PRESENCE, "Notre cap : partout où un randonneur arrive, la première chose que son téléphone doit lui montrer, c'est notre refuge.",
     "Notre cap : 30 nuitées de plus d'ici août ; la première chose que les randonneurs demandent, c'est la météo."),
    (PRESENCE, "Our target: not a screen in the valley without us.",
     "Our target: 30 more nights booked by August. Not a week without a post."),
    (PRESENCE, "Notre cap : pas un écran du canton sans nous.",
     "Notre cap : 30 nuitées de plus d'ici août. Pas une semaine sans publication."),
])  # fmt: skip
def test_counterfeits_said_in_new_words_are_found_and_their_twins_are_not(advice, kind, counterfeit, twin):
    assert kind in fired(advice, counterfeit)
    assert kind not in fired(advice, twin)


@pytest.mark.parametrize("text", [
    "Our goal: 12,000 followers. The best photos guests send us get shared on Instagram with them tagged.",
    "Notre objectif : 12 000 abonnés. Les plus belles photos des clients sont partagées sur Instagram.",
])  # fmt: skip
def test_photos_shared_on_a_network_are_no_presence_aim(advice, text):
    assert PRESENCE not in fired(advice, text)


@pytest.mark.parametrize("unknown, known", [
    ("On ne sait toujours pas ce qu'on veut obtenir, ni pour qui on écrit.",
     "On écrit pour les infirmières de nuit qui ne trouvent aucune salle ouverte après 22 h."),
    ("We still don't know who we're writing for, or what we want from it.",
     "We write for night-shift nurses who can't find a gym open after 10 p.m."),
])  # fmt: skip
def test_not_knowing_whom_we_write_for_names_no_audience(advice, unknown, known):
    assert "relevance" not in covered(advice, unknown)
    assert "relevance" in covered(advice, known)


@pytest.mark.parametrize("time_of_day, follow_up", [
    ("Karim répond aux messages le soir après le service, et aux avis le dimanche.",
     "Un message chaque lundi matin ; quand la rentrée est passée, ne pas s'arrêter en novembre."),
    ("Karim replies to messages in the evening after service, and to reviews on Sundays.",
     "One post every Monday morning; once the summer rush has passed, we carry on."),
])  # fmt: skip
def test_a_time_of_day_is_no_follow_up_and_a_period_gone_by_is(advice, time_of_day, follow_up):
    assert "consistency" not in covered(advice, time_of_day)
    assert "consistency" in covered(advice, follow_up)


@pytest.mark.parametrize("worker, fan", [
    ("Janet from the ticket office will answer the reviews herself, within two days.",
     "Janet from the ticket office loves our reels."),
    ("Sandrine de l'accueil répond elle-même aux avis, sous deux jours.",
     "Sandrine de l'accueil adore nos vidéos."),
])  # fmt: skip
def test_a_named_person_with_where_they_work_is_an_owner(advice, worker, fan):
    assert "sustainability" in covered(advice, worker)
    assert "sustainability" not in covered(advice, fan)


def test_a_numbered_quiz_question_heads_its_answer(advice):
    """The question is a heading: its answer below it is read with it, as under "Who are we trying to reach?"."""
    fired_, covered_ = counterfeits_and_covered(
        advice, "Q3. Who are we trying to reach this year?\nA. Nurses on night shifts who can't find a gym open late.")
    assert "relevance" in covered_ and EVERYONE not in fired_
    fired_, _ = counterfeits_and_covered(advice, "Question 2 : Qui veut-on toucher cette année ?\nR. N'importe qui.")
    assert EVERYONE in fired_
