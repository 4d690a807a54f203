"""Session 31's hand reading (issue 11): 30 findings drawn at random from the ordinary rows of `make eval` (seed 3121),
before precision and recall rounds 48 were merged. Two were wrong: a friend's "répondez OUI si vous venez au dîner" (mended
by round 48's @rsvp) and the seats left in a group's bus, mended here in general form:
- the seats left in one's own car or the group's bus ("only 2 seats left in the car, we'll leave at 8", « il reste les 4
  dernières places dans le bus ») are a ride, not a shelf. A tour operator's seats sold with a call to book still press,
  through hard-sell.pushy when the vehicle is named (the urgency gate is quiet on it) and through urgency when it is not.
Also mended, from precision round 48's leftover: a club's yearly dues told beside its free trial walks ("membership is £15
a year", « adhésion 15 € par an ») drew hard-sell.pushy; dues are what belonging costs, not a price pushed.
Each case is a pair: the ordinary post stays quiet on the rule, its twin draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, numbered, quiet

URGENCY = "hard-sell.urgency"
PUSHY = "hard-sell.pushy"

PAIRS = [
    ("fr", URGENCY, "il reste les 4 dernières places dans le bus, on devrait partir un peu plus tôt demain",
     "Sortie Disneyland : il reste les 4 dernières places, réservez vite !"),
    ("en", URGENCY, "Only 2 seats left in the car, so we'll leave at 8 sharp on Saturday.",
     "Outlet village day trip: only 2 seats left, book yours today!"),
    ("en", URGENCY, "There's room for one more in our van if anyone needs a lift to the match",
     "Only one place left on the coach trip, don't miss out!"),
    ("en", PUSHY, "The walking club starts again on Sunday mornings: membership is £15 per year, and your first two walks "
                  "are free to try it out. We leave at 9 from the town hall.",
     "Gym membership just £15 per year, first month FREE, only 10 spots left, join now before it's gone!"),
    ("fr", PUSHY, "Le club de marche reprend le dimanche matin : adhésion 15 € par an, et les deux premières sorties sont "
                  "gratuites pour essayer. Départ 9 h devant la mairie.",
     "Adhésion à la salle seulement 15 € par an, premier mois GRATUIT, plus que 10 places, inscrivez-vous vite !"),
    ("fr", PUSHY, "Rappel : la cotisation annuelle de 20 € est à régler à l'AG, et les sorties d'essai restent gratuites.",
     "Cotisation annuelle de 20 € seulement aujourd'hui, séance gratuite offerte, inscrivez-vous vite, places limitées !"),
]


@pytest.mark.parametrize("lang, rule, ordinary, twin", PAIRS, ids=numbered(PAIRS))
def test_the_ordinary_post_stays_quiet_and_its_twin_still_fires(lang: str, rule: str, ordinary: str, twin: str):
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)


@pytest.mark.parametrize(("lang", "draft"), [
    ("fr", "Sortie Disneyland : plus que 4 places dans le bus, réservez vite, 49 € l'aller-retour !"),
    ("en", "Outlet day trip: only 4 seats left in the minibus, book now, just £25 return!"),
])
def test_seats_sold_in_a_named_vehicle_still_draw_a_hard_sell_finding(lang: str, draft: str):
    assert any(rule.startswith("hard-sell.") for rule in fired(draft, lang))
