"""Round 32 of issue 15: fresh35's misses, fresh34's false coverage and fresh32's cadence, read in general form.

- Purpose: an amount of a thing after "above" or "over" ("the waiting list back above ten names") is a figure, not an
  age; "the one goal" is a determiner, no amount; "half empty" is how full a place is, no amount either.
- Presence: the business on every screen someone looks at, and being there said to be the win, are presence as the goal.
- Everyone: no household or shop we wouldn't call a customer (a double negation) is everyone; the people of a place
  ("a class where everyone already knows the poses") are not the audience.
- Channels: a van's wrap carries a message as a sign does.
- Cadence: a posting day said "on a Friday night" or "on Friday nights" is a weekly pace (fresh32's regression: the
  answering pace round 31 rightly took out had been what covered it).
- Audience: our own review point ("if by June we don't have 10 visits"), whoever answers and hands over when they
  don't know, and portraits of the people who work here, name no problem of the audience.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import EVERYONE, PRESENCE, covered, fired


@pytest.mark.parametrize("text", [
    "What we want: by the end of April every pitch at the allotments rented out again, and the waiting list back above "
    "twelve names.",
    "Ce qu'on veut : d'ici fin avril, toutes les parcelles des jardins relouées, et la liste d'attente repassée au-dessus "
    "de douze noms.",
])  # fmt: skip
def test_an_amount_above_a_figure_is_no_age(advice, text):
    assert "purpose" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Who we want by the end of April: gardeners over 60 who can no longer dig a whole plot.",
    "Ceux qu'on veut d'ici fin avril : les jardiniers de plus de 60 ans qui ne peuvent plus bêcher toute une parcelle.",
])  # fmt: skip
def test_people_and_their_age_are_still_no_objective(advice, text):
    assert "purpose" not in covered(advice, text)


@pytest.mark.parametrize(("counterfeit", "sound"), [
    ("The one goal this spring: the Crate on every screen a neighbour looks at during the street fair.",
     "The one goal this spring: the Crate on every screen a neighbour looks at, so that 40 new members sign up by May."),
    ("Le seul objectif ce printemps : la salle sur chaque écran qu'un habitant du quartier regarde pendant la fête.",
     "Le seul objectif ce printemps : la salle sur chaque écran qu'un habitant du quartier regarde, pour remplir 40 "
     "places de plus par concert d'ici juin."),
    ("Our aim for the season: just being there is the win.",
     "Our aim for the season: 30 more bookings a month by June, up from 50."),
    ("Notre but pour la saison : être là, c'est déjà gagné.",
     "Notre but pour la saison : 30 réservations de plus par mois d'ici juin, contre 50 aujourd'hui."),
])  # fmt: skip
def test_on_every_screen_and_being_there_are_presence(advice, counterfeit, sound):
    assert PRESENCE in fired(advice, counterfeit)
    assert "purpose" not in covered(advice, counterfeit)
    assert PRESENCE not in fired(advice, sound)


@pytest.mark.parametrize("text", [
    "The one goal this term: the club on every screen a fresher looks at.",
    "When the office is half empty over August, we keep the morning post going.",
    "Quand la rédaction est à moitié vide en août, on garde le post du matin.",
])  # fmt: skip
def test_the_one_goal_and_half_empty_are_no_figure(advice, text):
    assert "purpose" not in covered(advice, text)


@pytest.mark.parametrize(("everyone", "group"), [
    ("Who it's for: there isn't a household, shop or office in the county I wouldn't call a customer.",
     "Who it's for: there isn't a landlord in the county I wouldn't call a customer once their boiler breaks."),
    ("Pour qui : il n'y a pas un foyer, un commerce ou un bureau du canton que je ne considère comme un client.",
     "Pour qui : il n'y a pas un propriétaire du canton que je ne considère comme un client."),
    ("Our customers: there is nobody in town who isn't a potential client.",
     "Our customers: landlords in town whose tenants keep ringing about damp."),
    ("Notre clientèle : il n'y a personne dans la commune qui ne soit un client potentiel.",
     "Notre clientèle : les propriétaires de la commune dont les locataires se plaignent de l'humidité."),
])  # fmt: skip
def test_no_one_we_would_not_call_a_customer_is_everyone(advice, everyone, group):
    assert EVERYONE in fired(advice, everyone)
    assert EVERYONE not in fired(advice, group)


@pytest.mark.parametrize("text", [
    "Who I'm talking to: nurses in their 30s with sore backs from long shifts, who feel awkward walking into a class "
    "where everyone already knows the poses.",
    "À qui je parle : des infirmières de nuit qui ont mal au dos et n'osent pas entrer dans un cours où tout le monde "
    "connaît déjà les postures.",
])  # fmt: skip
def test_the_people_of_a_place_are_not_everyone(advice, text):
    assert EVERYONE not in fired(advice, text)
    assert "relevance" in covered(advice, text)


@pytest.mark.parametrize(("linked", "alone"), [
    ("How people find us: the van wraps carry a QR code to our Google profile, which sends them to the booking form.",
     "The van wraps are bright green, with our phone number."),
    ("Comment on nous trouve : les camionnettes floquées portent un QR code vers notre fiche Google, qui mène au "
     "formulaire de réservation.",
     "Les camionnettes floquées sont vert vif, avec notre numéro."),
])  # fmt: skip
def test_a_van_wrap_is_a_channel(advice, linked, alone):
    assert "multichannel" in covered(advice, linked)
    assert "multichannel" not in covered(advice, alone)


@pytest.mark.parametrize(("pace", "visits"), [
    ("Ben posts the week's photos on a Friday night, and that keeps going whatever happens.",
     "Our regulars mostly drop in on a Saturday morning, as they always have."),
    ("Ben posts the week's photos on Friday nights, and that keeps going after the season.",
     "Families mostly come on Sunday afternoons, as they always have."),
    ("Ben publie les photos de la semaine le vendredi soir, et ça continue quoi qu'il arrive.",
     "Nos habitués passent surtout le samedi matin, comme toujours."),
])  # fmt: skip
def test_a_posting_day_on_a_weekday_is_a_pace(advice, pace, visits):
    assert "consistency" in covered(advice, pace)
    assert "consistency" not in covered(advice, visits)


@pytest.mark.parametrize("text", [
    "How we'll know: each month-end I count the visits booked through the form. If by June we don't have 10 visits, "
    "we rethink everything.",
    "Comment on saura : chaque fin de mois, je compte les visites réservées par le formulaire. Si en juin on n'a pas "
    "10 visites, on revoit tout.",
    "Comments and messages from parents on Instagram: Malik answers them; if he doesn't know, he passes them to the "
    "chair.",
    "Pour les commentaires et les messages des parents sur Instagram, c'est Malik qui répond ; s'il ne sait pas, il "
    "transmet à la présidente.",
    "What we post: portraits of the people who work at the estate, and the harvest.",
    "Ce qu'on publie : des portraits des gens qui travaillent au domaine, et les vendanges.",
])  # fmt: skip
def test_our_review_point_our_hand_off_and_our_portraits_are_no_audience(advice, text):
    assert "relevance" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Parents of young actors: they don't know when rehearsals end and wait outside in the cold.",
    "Les parents des jeunes comédiens ne savent pas quand finissent les répétitions et attendent dehors.",
])  # fmt: skip
def test_the_audience_not_knowing_is_still_their_problem(advice, text):
    assert "relevance" in covered(advice, text)
