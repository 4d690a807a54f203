"""Precision, session 35 (lead, issue 11): recall round 52's ordinary twins that still drew a warning, read by kind.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- A purchase told by the buyer's circle: a relative with what they got and its price ("mum got three roses for £10",
  « maman a eu trois rosiers pour 10 € ») or a thing named, then bought ("Early bird ticket for the festival bought",
  « Billet … acheté »). The shop's own "three roses for £10, get yours now" still presses.
- A thing kept for a friend since an earlier word ("Reply YES if you still want the spare room", « si tu veux toujours
  la chambre d'amis »): an arrangement, not a keyword; "reply YES if you want the offer" is still a short code's.
- A service time told in the past ("payments … were refunded within the hour", « ont été remboursés dans l'heure »):
  what was done, no deadline on the reader; "50% off everything within the hour, order now!" still presses.
- The messages one receives, said to tell the writer what to do ("texts telling me to reply YES for prizes", « des SMS
  qui me disent de répondre OUI »): reported to ask how to stop them; the text itself still sells.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

PUSHY = "hard-sell.pushy"
HARD = "hard-sell."

# (language, rules the ordinary draft must not draw, ordinary draft, rules its twin must draw, twin)
PAIRS = [
    ("en", HARD, "The sale at the garden centre ends Sunday, mum got three roses for £10",
     PUSHY, "Our garden centre sale ends Sunday! Three roses for £10, get yours now"),
    ("fr", HARD, "Les soldes à la jardinerie finissent dimanche, maman a eu trois rosiers pour 10 €",
     PUSHY, "Nos soldes finissent dimanche ! Trois rosiers pour 10 €, venez vite chercher les vôtres"),
    ("en", HARD, "Early bird ticket for the festival bought, see you all in the mud in June",
     HARD, "Early bird tickets for the festival: only 48 hours left, book yours!"),
    ("fr", HARD, "Billet early bird pour le festival acheté, on se retrouve dans la boue en juin",
     HARD, "Billets early bird pour le festival : plus que 48 heures, réservez le vôtre !"),
    ("en", HARD, "Reply YES if you still want the spare room for the weekend, otherwise I'll offer it to Sarah",
     PUSHY, "Reply YES if you want the offer: 50% off your next bill, today only"),
    ("fr", HARD, "Réponds OUI si tu veux toujours la chambre d'amis ce week-end, sinon je la propose à Sarah",
     PUSHY, "Réponds OUI si tu veux l'offre : -50 % sur ta facture, aujourd'hui seulement"),
    ("en", HARD, "My phone keeps getting texts telling me to reply YES for prizes, how do I block short codes?",
     PUSHY, "Reply YES to claim your prize now, you have been selected!"),
    ("fr", HARD, "Je reçois sans arrêt des SMS qui me disent de répondre OUI pour gagner des cadeaux, comment bloquer les numéros courts ?",
     PUSHY, "Réponds OUI pour réclamer ton cadeau maintenant, tu as été sélectionné !"),
    ("en", HARD, "Black Friday update: about 4% of payments failed between 9 and 10am and were refunded within the hour. Sorry to everyone affected.",
     PUSHY, "Black Friday deal: 50% off everything within the hour, order now!"),
    ("fr", HARD, "Black Friday : environ 4 % des paiements ont échoué entre 9 h et 10 h et ont été remboursés dans l'heure. Désolés pour les personnes concernées.",
     PUSHY, "Black Friday : -50 % sur tout dans l'heure, commandez maintenant !"),
]


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary", "fires_on", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, quiet_on: Rules, ordinary: str, fires_on: Rules,
                                                    twin: str) -> None:
    quiet(ordinary, lang, quiet_on)
    fires(twin, lang, fires_on)
