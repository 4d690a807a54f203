"""Recall round 62 (issue 11, session 40): French pushes of 2026 (shopping and delivery apps, broadcast lists,
marketplace sellers, gyms and salons, trading "signals" groups, carriers' and energy suppliers' switches, Black
Friday, Cyber Monday, « French Days », Québec's « Vendredi fou », Christmas), with their English twins. Each case
stands beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard sell: a shopping event framing a discount with a nudge; a switch pushed with an offer for new customers only;
  a delivery app's push to open it; a signals group's winning trades; a classified's first comer with the cash;
  the hurry in chat spelling (« dépêchez vs »); a push's short window (« ce midi seulement »); a restock
  "but not for long"; a clearance named as the deal.
- their twins stay quiet: the event's footfall in the news, a customer thinking of switching, a parcel tracked in
  the app, a regulator's warning that names the signals, a family selling before a move, a thing given away to the
  first who asks, the weather "but not for long".
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

HARD = "hard-sell."

# (what, English, French): both must draw a hard-sell finding
PUSHY_CASES = [
    ("a shopping event framing a discount with a nudge",
     "Cyber Monday at Nordwave: 40% off every jacket, come and see us today",
     "Vendredi fou chez Boutique Lila : 40 % de rabais sur les manteaux, passez nous voir aujourd'hui"),
    ("a switch pushed, new customers only",
     "Switch to VoltaPlus today and save on your electricity bill, new customers only",
     "Passez chez VoltaPlus et économisez sur votre facture d'électricité, offre réservée aux nouveaux clients"),
    ("a plan to change, new customers only",
     "Upgrade your plan: 60GB for $6.99/mo, new customers only",
     "Changez de forfait : 60 Go à 6,99 €/mois, offre réservée aux nouveaux clients"),
    ("a delivery app's push to open it",
     "Open the app and order now: a free dessert with every burger tonight",
     "Ouvre vite l'appli : un dessert offert pour tout burger commandé ce soir"),
    ("an app's order in one tap, a moment to give in",
     "Order in one tap, delivered in 20 minutes, 15% off your first order",
     "Commande en 1 clic, livrée en 20 minutes, -15 % sur ta première commande"),
    ("a signals group's winning trades",
     "Premium signals: 90% winning trades last month, join the channel for $39",
     "Signaux VIP : 90 % de trades gagnants le mois dernier, rejoins le canal pour 39 €"),
    ("a classified's first comer with the cash",
     "selling my guitar $200, first one here with cash takes it, lots of interest",
     "vds guitare 200€, le premier qui vient avec l'argent la prend, plusieurs personnes intéressées"),
    ("the hurry in chat spelling",
     "selling my leather jacket $40, grab it b4 its gone",
     "vds veste en cuir 40€, dépêchez vs"),
    ("a push's short window",
     "Your favourite sushi at 30% off, this lunchtime only",
     "Ta commande préférée à -30 % ce midi seulement"),
    ("a restock but not for long",
     "Psst... your favourite trainers are back in stock, but not for long",
     "Psst… tes sneakers préférées sont de retour en stock, mais pas pour longtemps"),
    ("a clearance named as the deal",
     "Total clearance at Brook's: up to 60% off the whole shop, hurry in",
     "Grande liquidation chez Brook : jusqu'à -60 % sur tout le magasin"),
]

# (what, English, French): neither may draw a hard-sell finding
PUSHY_QUIET = [
    ("the event's footfall in the news",
     "Black Friday footfall was down 6% on last year, retailers said on Monday",
     "Vendredi fou : l'achalandage a baissé de 6 % par rapport à l'an dernier, selon les détaillants"),
    ("a customer thinking of switching",
     "thinking of switching energy supplier, has anyone tried Voltaplus?",
     "je pense changer de fournisseur d'électricité, quelqu'un a testé Voltaplus ?"),
    ("a parcel tracked in the app",
     "Your parcel has shipped and arrives Thursday. Track it in the app.",
     "Ton colis est expédié, livraison prévue jeudi. Suis-le dans l'appli."),
    ("a regulator's warning that names the signals",
     "The market regulator warns against Telegram channels that sell premium signals to beginners",
     "L'AMF met en garde contre les canaux Telegram qui vendent des signaux VIP aux débutants"),
    ("a family selling before a move",
     "The kids have outgrown them: selling the bunk bed (£60) and the desk (£25), everything has to go before we move on the 30th.",
     "Nos enfants ont grandi : on vend le lit superposé (60 €) et le bureau (25 €), tout doit partir avant le déménagement le 30."),
    ("the weather, not for long",
     "Sunny this morning, but not for long: rain arrives at noon.",
     "Il fait beau ce matin, mais pas pour longtemps : la pluie arrive à midi."),
    ("a thing given away to the first who asks",
     "Giving away a baby gate, the first one who wants it can pick it up from my porch",
     "Je donne une barrière de sécurité, le premier qui la veut peut passer la prendre sur mon perron"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_CASES))
def test_pushy_case_draws_hard_sell(text: str, lang: str) -> None:
    fires(text, lang, HARD)


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_QUIET))
def test_ordinary_twin_stays_quiet_on_hard_sell(text: str, lang: str) -> None:
    quiet(text, lang, HARD)
