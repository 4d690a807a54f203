"""Round 26 of issue 15: the kinds of statement behind the misses of fresh29, and round 24's and 25's leftovers, read
in general form (sentences of our own, in other trades and words; bench/plans/probe26 holds more of them).

- Content mix: a count then a copula ("5 are offers", « cinq sont des coulisses », « trois des témoignages ») counts
  the kind after it, not "are" (which made every item one kind).
- Everyone: "Who we're playing for:" labels the audience; leaving no one out said as a passive ("No one is left
  out.", « Personne n'est laissé de côté. »).
- Audience: a feeling named as a noun ("out of boredom", « par ennui ») or the damage done ("a dog that has chewed
  the sofa") is a problem.
- Owners: a title's capitalised words after an article ("the Record Store Day run", « la Fête du Livre, qui tient »)
  are no person; a role in the plural with "who" ("photographers who shoot weddings") is a group, not the team;
  "our photographer", « notre photographe » is one of ours (the rule's "our" no longer voids it; "our team" stays
  no one in particular).
- Purpose: "Our heading:", « Destination : » label an aim; whom we want to reach is no aim; the minutes of a clock
  time ("10 p.m.", "22h30") are no figure.
- What is none of these: "without us" (our absence) is no problem of people; replying "to reviews on Sundays" is no
  count read.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import EVERYONE, PRESENCE, counterfeits_and_covered, covered, fired


@pytest.mark.parametrize("mix, counts", [
    ("Of every 10 posts, 5 are workshop clips, 3 are customers telling how they use our hooks, 2 are offers.",
     "Of every 10 customers, 5 are regulars, 3 are tourists, 2 are students."),
    ("Sur dix publications, cinq sont des coulisses, trois des témoignages, deux des offres.",
     "Sur dix clients, cinq sont des habitués, trois des touristes, deux des étudiants."),
])  # fmt: skip
def test_a_count_then_a_copula_counts_the_kind_after_it(advice, mix, counts):
    assert "content-mix" in covered(advice, mix)
    assert "content-mix" not in covered(advice, counts)


@pytest.mark.parametrize("counterfeit, twin", [
    ("Who we're baking for: honestly, no one is left out.",
     "Who we're baking for: night-shift nurses who can't find fresh bread after midnight."),
    ("Notre public : personne n'est laissé de côté.",
     "Notre public : les infirmières de nuit qui ne trouvent pas de pain frais après minuit ; personne n'attend."),
    ("Who we're playing for: literally everybody with a pulse.",
     "Who we're playing for: teenagers who can't find a quiet room to practise after school."),
])  # fmt: skip
def test_everyone_said_as_a_passive_or_under_whom_we_play_for(advice, counterfeit, twin):
    assert EVERYONE in fired(advice, counterfeit)
    assert EVERYONE not in fired(advice, twin)


@pytest.mark.parametrize("problem, no_problem", [
    ("Our people: cat owners who work long shifts and come home to a sofa shredded out of boredom.",
     "Our people: cat owners who work long shifts and come home to a purring cat."),
    ("Nos clients : des propriétaires de chats qui travaillent tard et retrouvent le canapé saccagé par ennui.",
     "Nos clients : des propriétaires de chats qui travaillent tard et retrouvent un chat qui ronronne."),
])  # fmt: skip
def test_a_feeling_named_or_the_damage_done_is_a_problem(advice, problem, no_problem):
    assert "relevance" in covered(advice, problem)
    assert "relevance" not in covered(advice, no_problem)


@pytest.mark.parametrize("title, person", [
    ("We post every day through the Spring Book Fair run in May.",
     "We post every day through May; Dev runs the page."),
    ("On publie chaque jour jusqu'à la Fête du Livre, qui tient tout le mois de mai.",
     "On publie chaque jour jusqu'en mai ; Inès, qui tient la page, répond aux messages."),
])  # fmt: skip
def test_a_titles_capitalised_words_are_no_person(advice, title, person):
    assert "sustainability" not in covered(advice, title)
    assert "sustainability" in covered(advice, person)


@pytest.mark.parametrize("group, team", [
    ("Photographers who shoot weddings can't find a studio with daylight in Leeds.",
     "Our photographer shoots the weddings and posts them on Fridays."),
    ("Les photographes qui couvrent des mariages ne trouvent pas de studio lumineux à Lille.",
     "Notre photographe filme les mariages et les publie le vendredi."),
])  # fmt: skip
def test_a_plural_role_with_who_is_a_group_and_our_photographer_is_ours(advice, group, team):
    fired_, covered_ = counterfeits_and_covered(advice, group)
    assert "relevance" in covered_ and "sustainability" not in covered_
    assert "sustainability" in covered(advice, team)


@pytest.mark.parametrize("text", ["Our team posts every day.", "Notre équipe publie tous les jours."])
def test_our_team_unqualified_stays_no_one_in_particular(advice, text):
    assert "sustainability" not in covered(advice, text)


@pytest.mark.parametrize("counterfeit, aim", [
    ("Our heading: not a single site in the valley where someone looks for a campsite and the Meadow isn't coming up.",
     "Our heading: 40 more pitches booked by July 2028, up from 25."),
    ("Notre destination : être sur tous les réseaux et toutes les cartes.",
     "Destination : 40 emplacements de plus réservés d'ici juillet 2028, contre 25 aujourd'hui."),
])  # fmt: skip
def test_a_heading_or_a_destination_labels_the_aim(advice, counterfeit, aim):
    assert PRESENCE in fired(advice, counterfeit)
    fired_, covered_ = counterfeits_and_covered(advice, aim)
    assert "purpose" in covered_ and PRESENCE not in fired_


@pytest.mark.parametrize("question, aim", [
    ("Q3. Who are we trying to reach this year?\nA. Nurses on night shifts who can't find a gym open after 10 p.m.",
     "Who are we trying to reach this year? 40 more nurses by June, up from 10."),
    ("Qui veut-on toucher cette année ?\nLes infirmières de nuit qui ne trouvent aucune salle ouverte après 22h30.",
     "Qui veut-on toucher cette année ? 40 infirmières de plus d'ici juin, contre 10 aujourd'hui."),
])  # fmt: skip
def test_whom_we_want_to_reach_is_no_aim_and_a_clock_time_no_figure(advice, question, aim):
    covered_ = covered(advice, question)
    assert "relevance" in covered_ and "purpose" not in covered_
    assert "purpose" in covered(advice, aim)


@pytest.mark.parametrize("absence, lack", [
    ("Our target: not a feed in the region without us.", "Our target: parents who get through the week without a sitter."),
    ("Notre cible : pas une appli de la région sans nous.", "Notre cible : les parents qui passent la semaine sans nounou."),
])  # fmt: skip
def test_our_absence_is_no_problem_of_people(advice, absence, lack):
    assert "relevance" not in covered(advice, absence)
    assert "relevance" in covered(advice, lack)


@pytest.mark.parametrize("replying, counting", [
    ("Leo replies to comments after closing, and to reviews on Saturdays.",
     "Leo replies to reviews on Saturdays and counts the bookings every Monday."),
    ("Léo répond aux commentaires après la fermeture, et aux avis le samedi.",
     "Léo répond aux avis le samedi et compte les réservations chaque lundi."),
])  # fmt: skip
def test_replying_to_reviews_is_no_count_read(advice, replying, counting):
    assert "measurement" not in covered(advice, replying)
    assert "measurement" in covered(advice, counting)
