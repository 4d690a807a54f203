"""Recall round 58 (issue 11, session 38): French pushy posts from retail, classifieds and deal channels, and their
English twins. Each case stands beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard sell: an offer held to a day in chat, the « ne » of « ne … que » dropped; a deal's end foretold in chat with a
  deal channel's cheer; the first N orders rewarded, with the dawdling refused; a cart left waiting and checked out
  today; a bargain's rush in slang; the hours given to act on a flash sale; after the clean check, the last
  hours written « 48h », the first customers who leave with a gift, « réduc » for a share off.
- their twins stay quiet: a concert's date asked, a resolution that will not last, a parent's curfew, a factory's
  first orders delivered, a basket forgotten at the market, a file handed in within 48 hours, a shift's last hours,
  the first customers reported, a buyer's share off told.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

HARD = "hard-sell.pushy"

# (what, English, French): both must draw hard-sell.pushy
PUSHY_CASES = [
    ("an offer held to a day in chat",
     "The burger meal at £5, it's only for today guys, run to your restaurant",
     "Le menu burger à 5 €, c'est que pour aujourd'hui les gars, foncez dans votre resto"),
    ("a deal's end foretold in chat, with the channel's cheer",
     "Big promo on nappies, 50% off with the coupon, go go go it's not gonna last",
     "Grosse promo sur les couches, -50% avec le coupon, go go go ça va pas durer"),
    ("the first N orders rewarded, the dawdling refused",
     "The first 50 orders get a free pouch 🎁 Don't hang about!",
     "Les 50 premières commandes reçoivent une trousse offerte 🎁 Ne traînez pas !"),
    ("a cart left waiting and checked out today",
     "Julie, your cart is waiting… and 10% off if you check out today",
     "Julie, votre panier vous attend… et -10% si vous validez aujourd'hui"),
    ("a bargain's rush in slang",
     "crazy deal guys, the 3 game pack at £45 instead of £140, snap it up",
     "bon plan de ouf les gars, le pack 3 jeux a 45e au lieu de 140, ruez vous dessus"),
    ("the hours given to act on a flash sale",
     "Flash sale at Runnix: 48h to grab your kit at mini prices, go go go! runnix.com",
     "Vente flash chez Runnix : 48h pour vous équiper à prix mini, go go go ! runnix.fr"),
    # mended after the clean check fr_retail58b
    ("the last hours counted, written as one word",
     "Last 48h to enjoy 25% off every coat, see you in store!",
     "Dernières 48h pour profiter de -25% sur les manteaux, on vous attend !"),
    ("the first customers who leave with a gift",
     "The first 100 customers leave with a free mug on Sunday, come early and quick!",
     "Les 100 premiers clients repartent avec un mug offert dimanche, venez tôt et vite !"),
    ("a share off in chat spelling",
     "60% off Stridex trainers, snap them up",
     "60% de réduc sur les baskets Stridex, ruez-vous dessus"),
]

# (what, English, French): neither may draw hard-sell.pushy
PUSHY_QUIET = [
    ("a concert's date asked",
     "wait the concert is only for tonight? i thought it was tomorrow",
     "attends le concert c'est que pour ce soir ? j'avais compris demain"),
    ("a resolution that will not last",
     "my gym motivation, it's not gonna last, I can feel it already",
     "ma motivation pour la salle de sport, ça va pas durer, je le sens déjà"),
    ("a parent's curfew",
     "Don't hang about after school today, we're leaving for grandma's at 5",
     "Traînez pas après l'école aujourd'hui, on part chez mamie à 17h"),
    ("a factory's first orders delivered",
     "The plant says the first 100 orders have been delivered to the region's hospitals",
     "L'usine indique que les 100 premières commandes ont été livrées aux hôpitaux de la région"),
    ("a basket forgotten at the market",
     "I left my basket at the market, your cart is waiting at the neighbour's, she said",
     "J'ai oublié mon panier au marché, la voisine m'a dit : votre panier vous attend chez moi"),
    ("a file handed in within 48 hours",
     "I had 48h to grab my things from the flat, it was tight but done",
     "J'ai eu 48h pour rendre mon dossier à la fac, c'était serré mais c'est fait"),
    ("the last hours of a shift",
     "The last 48h have been exhausting at the hospital, I'm off to bed",
     "Les dernières 48h ont été épuisantes à l'hôpital, je vais me coucher"),
    ("the first customers reported",
     "The first 50 customers left disappointed, there was no stock, the manager told the paper",
     "Les 50 premiers clients sont repartis déçus, il n'y avait plus de stock, raconte la gérante"),
    ("a buyer's share off told",
     "I got 30% off my glasses thanks to my health insurance",
     "J'ai eu 30% de réduc sur mes lunettes grâce à ma mutuelle"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_CASES))
def test_pushy_case_draws_hard_sell(text: str, lang: str) -> None:
    fires(text, lang, HARD)


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_QUIET))
def test_ordinary_twin_stays_quiet_on_hard_sell(text: str, lang: str) -> None:
    quiet(text, lang, HARD)
