"""Round 22 of issue 15: the kinds of statement behind the misses of fresh22 to fresh25, read in general form (sentences
of our own; bench/plans/probe22 holds more of them).

- Presence said as being impossible to miss, as nobody able to miss us wherever they look, as being part of the
  digital furniture; the networks inside such a statement are no channels linked.
- Vanity as being followed by N people, and as an amount in words ("two hundred thumbs-up").
- Everyone as every limit lifted at once ("no age limit, no level"), as nobody outside the target, as anyone with two
  hands; a group with one limit lifted ("beginners, no age limit") stays a group.
- A tool as the marketing department, or with nothing left for us but to pay; a tool with its adjectives ("the new AI
  suite writes"); a name paid for is a product (« on paie Postly, qui rédige… »), not a person.
- A tool's scheduling is no pace of ours, and a network's feed (the noun) no link between channels.
- Owners: someone who said they could do a task or offered to; someone asked past a few words ("Dev, about the page —
  can you upload…"). A mailing of ours is no answering; "answers the phone" is no kind of content.
- Audience: a group said with « dont » / "whose", or after a comma ("landlords, who…"); « on règle ça » is no tool on
  its own, so it no longer voids the audience.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import (
    EVERYONE,
    PRESENCE,
    TOOL,
    VANITY,
    counterfeits_and_covered,
    covered,
    fired,
)


@pytest.mark.parametrize("kind, counterfeit, twin", [
    (PRESENCE, "Main aim: we want the bakery to be impossible to miss.",
     "Main aim: 40 more cake orders a month by June, up from 25."),
    (PRESENCE, "Notre but : que la boulangerie devienne impossible à rater en ligne.",
     "Notre but : 40 commandes de gâteaux de plus par mois d'ici juin, contre 25 aujourd'hui."),
    (PRESENCE, "Goal: nobody who opens Instagram or YouTube in Leeds can miss the dojo.",
     "Goal: 15 new adult members at the dojo by March, up from 6."),
    (PRESENCE, "Objectif : qu'un Lyonnais qui ouvre Instagram ou YouTube ne puisse pas passer à côté du dojo.",
     "Objectif : 15 nouveaux adhérents adultes au dojo d'ici mars, contre 6 aujourd'hui."),
    (PRESENCE, "Our ambition: to be part of the town's digital furniture.",
     "Our ambition: to be the town's first choice for tyre repairs, 30 jobs a week by May."),
    (PRESENCE, "Notre ambition : faire partie du décor numérique de la ville.",
     "Notre ambition : 30 réparations de pneus par semaine d'ici mai."),
    (VANITY, "Success: being followed by 6,000 people on TikTok.", "Success: 60 paid lessons a month, counted every Friday."),
    (VANITY, "Réussite : être suivis par 6 000 personnes sur TikTok.", "Réussite : 60 cours payés par mois, comptés chaque vendredi."),
    (VANITY, "We'll know it works when each post collects two hundred thumbs-up.",
     "We'll know it works when each month brings two hundred paid tickets."),
    (VANITY, "On saura que ça marche quand chaque publication récoltera deux cents pouces levés.",
     "On saura que ça marche quand chaque mois apportera deux cents billets payés."),
    (EVERYONE, "Our audience? No age limit, no skill level: the club speaks to anyone with two hands.",
     "Our audience: adults who have never held a paddle and fear capsizing, no age limit."),
    (EVERYONE, "Notre public ? Aucune limite d'âge ni de niveau : le club parle à quiconque a deux mains.",
     "Notre public : les adultes qui n'ont jamais tenu une pagaie et ont peur de chavirer, sans limite d'âge."),
    (EVERYONE, "Target: honestly, nobody is outside our target.", "Target: dog owners in flats who can't leave the dog alone all day."),
    (EVERYONE, "Cible : franchement, personne n'est hors cible.", "Cible : les maîtres en appartement qui ne peuvent pas laisser le chien seul toute la journée."),
    (EVERYONE, "Who for: there's nobody who never needs a key cut.", "Who for: landlords who lose the keys to their flats."),
    (EVERYONE, "Pour qui : il n'y a personne qui ne perde jamais ses clés.", "Pour qui : les bailleurs qui perdent les clés de leurs logements."),
    (TOOL, "We signed up to Scribo, which writes and posts our captions; it's our marketing department now.",
     "We signed up to Scribo, which drafts captions; Nina edits and posts them."),
    (TOOL, "On paie Scribo, qui rédige et publie nos légendes ; c'est notre service marketing maintenant.",
     "On paie Scribo, qui propose des légendes ; Nina les corrige et les publie."),
    (TOOL, "The new AI suite writes and schedules our posts; we just pay the invoice.",
     "The new AI suite suggests post ideas; Sam picks and writes them."),
    (TOOL, "La nouvelle suite d'IA rédige et programme nos posts ; on se contente de payer la facture.",
     "La nouvelle suite d'IA suggère des idées ; Sam choisit et rédige."),
])  # fmt: skip
def test_counterfeits_said_in_new_words_are_found_and_their_twins_are_not(advice, kind, counterfeit, twin):
    assert kind in fired(advice, counterfeit)
    assert kind not in fired(advice, twin)


@pytest.mark.parametrize("text, section", [
    ("Main aim: we want the bakery to be impossible to miss.", "purpose"),
    ("Qu'un Lyonnais qui ouvre Instagram, YouTube ou Facebook ne puisse pas passer à côté du dojo.", "multichannel"),
    ("Nobody who opens Instagram, YouTube or Facebook should be able to miss the dojo.", "multichannel"),
    ("Nobody who opens Instagram, YouTube or Facebook should be able to miss the dojo.", "relevance"),
    ("Success: being followed by 6,000 people on TikTok.", "measurement"),
    ("Our audience? No age limit, no skill level: the club speaks to anyone with two hands.", "relevance"),
    ("Cible : franchement, personne n'est hors cible. Il n'y a personne qui ne se déguise jamais.", "relevance"),
])
def test_a_counterfeit_covers_nothing(advice, text, section):
    assert section not in covered(advice, text)


@pytest.mark.parametrize("tool, ours", [
    ("Our AI suite writes and schedules all our posts across Facebook and Instagram. Once set up, it keeps the feed running.",
     "Each Facebook post sends people to Instagram, where the reels link back to the page. Once the fair is over, we keep "
     "posting every Monday."),
    ("Notre suite d'IA rédige et programme toutes nos publications ; elle tourne toute seule.",
     "On publie chaque lundi ; après le salon, on continue au même rythme."),
])
def test_a_tools_scheduling_is_no_pace_and_its_feed_no_link(advice, tool, ours):
    found, sections = counterfeits_and_covered(advice, tool)
    assert TOOL in found
    assert not {"consistency", "multichannel"} & sections
    assert "consistency" in covered(advice, ours)


@pytest.mark.parametrize("owner, nobody", [
    ("Jonas said he could film on Saturdays.", "Jonas said the films look great."),
    ("Jonas a dit qu'il pouvait filmer le samedi.", "Jonas a dit que les films étaient réussis."),
    ("Mia has offered to write the captions.", "Mia has offered us a discount on frames."),
    ("Mia s'est proposée pour écrire les légendes.", "Mia nous a proposé une remise sur les cadres."),
    ("hey Dev, about the page — can you upload a few shots of the new roofs?", "hey Dev, about the page — nice shots of the new roofs!"),
    ("Léa, pour la page Facebook, tu peux partager les photos du chantier ?", "Léa, pour la page Facebook, les photos du chantier sont belles !"),
])
def test_someone_who_said_they_could_offered_or_was_asked_owns_the_task(advice, owner, nobody):
    assert "sustainability" in covered(advice, owner)
    assert "sustainability" not in covered(advice, nobody)


@pytest.mark.parametrize("mailing, answering", [
    ("Inès handles the follow-up email after each visit.", "Inès handles the emails from customers within a day."),
    ("Inès gère l'e-mail d'après visite.", "Inès gère les e-mails des clients dans la journée."),
    ("Tom looks after the welcome email for new members.", "Tom answers members' messages the same evening."),
    ("Tom s'occupe de l'e-mail de bienvenue des nouveaux adhérents.", "Tom répond aux messages des adhérents le soir même."),
])
def test_a_mailing_of_ours_is_no_answering(advice, mailing, answering):
    assert "reputation" not in covered(advice, mailing)
    assert "reputation" in covered(advice, answering)


def test_answers_as_someones_doing_is_no_kind_of_content(advice):
    assert "content-mix" not in covered(advice, "I'll post on Facebook now and then, and my son answers the phone and the messages.")
    assert "content-mix" in covered(advice, "Mostly repair tips and answers to common questions, one offer a month at most.")


@pytest.mark.parametrize("group", [
    "We'd like more work from landlords, who need gas certificates every year and usually leave it to the last minute.",
    "We write for cyclists whose brakes squeal and who don't know it's a ten-minute fix.",
    "On écrit pour les cyclistes dont les freins grincent et qui ne savent pas que ça se répare en dix minutes.",
    "Notre public : les jardiniers qui ne savent pas qu'on règle une tondeuse en une heure.",
])
def test_a_group_said_with_whose_dont_or_after_a_comma_is_an_audience(advice, group):
    assert "relevance" in covered(advice, group)


def test_a_name_paid_for_is_a_product_and_a_name_at_work_a_person(advice):
    assert TOOL in fired(advice, "On paie Scribo, qui rédige et publie nos posts ; c'est notre service marketing maintenant.")
    assert "sustainability" in covered(advice, "Karim, qui rédige nos posts, les publie le mardi.")
