"""Precision round 53 (prec53, issue 11): ordinary posts of kinds earlier rounds lacked, read by kind.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them); every
ordinary draft here drew the rule on the start of the round (main a322efe0):
- Debt advice naming the lenders to keep away from (« avant d'aller voir les organismes de crédit rapide », "steer clear of
  quick loans with no credit check"): a warning, no loan offered (advice/lists/lender-avoided.yaml). A loan's own pitch,
  even one that opens on "avoid payday lenders", still presses.
- A prize or a parcel the writer won or ordered, then said to have arrived (« j'ai gagné le panier garni et il est arrivé
  ce matin », "I won the hamper and it has arrived"): received, not launched. "It has arrived! Our new recipe book…" still
  announces.
- A cohort of a course named by its number (« la promo 2 de notre formation de secouristes », "promo 3 of our coding
  bootcamp"): trainees, not a sale. « Notre promo de printemps : -20 % » is still one.
- The reader's own certificate that may run out, told as a condition (« Si le vôtre expire avant, le centre … a de la
  place », "If yours expires before that, try the centre on Mill Lane"): a case the notice plans for, no deadline on an offer.
  "Your MOT expires at the end of the month: only 3 slots left this week, hurry!" still presses.
And one decision: a small account's milestone thanked with its count keeps vanity-metrics.audience-count's suggestion:
it is the rule's own bad example ("We just hit 50,000 subscribers, thank you all!") at a smaller size, and no size makes a
count of followers a result. Session 37 (prec54's hand reading) took back one shape of it, not by size: a person's own
milestone told with surprise ("didn't expect that") or as their first is quiet (tests/test_precision_round54.py); the
account's milestone thanked as a result, with or without "my", keeps the suggestion here.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

PUSHY = "hard-sell.pushy"
HARD = "hard-sell."
ANNOUNCE = "self-promotion.announcement"
GIFT = "give-first.promote-the-gift"
PRESSURE = "hard-sell.time-pressure"
AUDIENCE = "vanity-metrics.audience-count"

# (language, rules the ordinary draft must not draw, ordinary draft, rules its twin must draw, twin)
PAIRS = [
    ("fr", HARD, "Le microcrédit de l'épicerie solidaire m'a dépannée, allez les voir avant d'aller voir les organismes de crédit rapide",
     PUSHY, "Crédit rapide accordé en 24 h, sans justificatif : demandez le vôtre maintenant !"),
    ("fr", HARD, "Fuyez les crédits rapides sans justificatif, appelez d'abord le point conseil budget",
     PUSHY, "Évitez les banques ! Nos crédits rapides sans justificatif, demandez maintenant !"),
    ("en", HARD, "Steer clear of quick loans with no credit check, ring the debt helpline first",
     PUSHY, "Avoid payday lenders! Our loans have no credit check, apply now!"),
    ("fr", ANNOUNCE, "Merci pour le jeu concours, j'ai gagné le panier garni et il est arrivé ce matin, trop bon !",
     ANNOUNCE, "Il est arrivé ! Notre nouveau livre de recettes est disponible, lien en bio"),
    ("en", ANNOUNCE, "Thanks for the giveaway, I won the hamper and it has arrived, so good!",
     ANNOUNCE, "It has arrived! Our new recipe book is out now, get yours at the link in bio"),
    ("fr", GIFT, "La promo 2 de notre formation de secouristes s'est terminée samedi, bravo à vous 12",
     GIFT, "Notre promo de printemps : -20 % sur tout le miel, profitez-en !"),
    ("en", GIFT, "Well done to promo 3 of our coding bootcamp, all 14 of you graduated on Saturday!",
     GIFT, "Our spring promo: 20% off all our honey, grab yours this week!"),
    ("fr", HARD, "Le garage est complet pour les contrôles techniques jusqu'au 20. Si le vôtre expire avant, le centre de la zone artisanale a souvent de la place.",
     PRESSURE, "Votre contrôle technique expire à la fin du mois ? Il reste peu de places cette semaine au garage, réservez la vôtre !"),
    ("en", HARD, "No MOT slots left until the 20th, sorry! If yours expires before that, try the centre on Mill Lane, they often have space.",
     PRESSURE, "Your MOT expires at the end of the month: only 3 slots left this week, hurry!"),
]


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary", "fires_on", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, quiet_on: Rules, ordinary: str, fires_on: Rules,
                                                    twin: str) -> None:
    quiet(ordinary, lang, quiet_on)
    fires(twin, lang, fires_on)


@pytest.mark.parametrize(("lang", "milestone"), [
    ("en", "Just hit 200 followers on my pottery account, thank you"),
    ("en", "We just hit 200 followers on our pottery account, thank you all!"),
    ("fr", "On vient de passer les 200 abonnés sur notre compte de poterie, merci à tous !"),
])
def test_a_small_milestone_thanked_keeps_its_suggestion(lang: str, milestone: str) -> None:
    fires(milestone, lang, AUDIENCE)
