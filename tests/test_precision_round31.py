"""Precision on ordinary posts, round 31 (issue 11): brand and small-business social posts, in English and French.

- A shop's own sale told as over ("The summer sale is over. Thank you", « nos soldes sont terminées »): @sale-told, read
  by hard-sell.pushy and now by give-first.promote-the-gift's gate.
- Orders or bookings opened, told as news ("Pre-order now open for the 2027 planner"): "order now" is not pressed there
  (hard-sell.pushy's exceptions, @urgency-exceptions).
- The link in the bio named as the place to order ("Order at the link in bio", « à commander via le lien en bio »): a
  pointer, as a plain web address; a bare "Link in bio!" beside a countdown still calls.
- A public place's free day ("Today only: free entry for everyone at the museum", « le musée est gratuit pour tous »):
  @free-sight, a negative signal of hard-sell.pushy and hard-sell.urgency's gate.
- An edition's size ("a limited edition of 50 prints, signed and numbered", « édition limitée à 50 exemplaires »):
  the scarcity exceptions of hard-sell.pushy and hard-sell.time-pressure.
- A message's label naming the shop or the orders ("Shop update: …", « Commandes : … »): @noun-call.
- A collection service ("Order online for click and collect"): shop-policy.
- A venue's seating rule ("Doors at 7, first come first served for seating", « premier arrivé premier servi pour les
  places assises »): @urgency-exceptions.
- A service headline that sends its public to check ("Council tax rebate: check if you're owed £150", « Chèque
  énergie : vérifiez si vous y avez droit »): @headline.

Each case is a pair: the ordinary text is quiet, and its twin (the same subject in the seller's own words) fires.
"""

from __future__ import annotations

import pytest
import yaml

from bot.engine.patterns import pattern_problem
from tests.review_helpers import fires, quiet

HARD_SELL = {"hard-sell.pushy", "hard-sell.urgency", "hard-sell.time-pressure", "hard-sell.shouting"}
GIFT = "give-first.promote-the-gift"

# (language, ordinary post, the seller's own twin): hard-sell findings
PAIRS = [
    ("en", "What a weekend. The summer sale is over, the shop looks bare, and we're very grateful.",
     "Hurry before the sale is over! 50% off everything, shop now."),
    ("fr", "Nos soldes d'été sont terminées. Merci à tous, la boutique est presque vide !",
     "Dépêchez-vous avant que les soldes soient terminées : -50 % sur tout, commandez maintenant !"),
    ("en", "Our 2027 wall calendar is here: twelve linocut prints of the coast, A3, £18. Order at the link in bio.",
     "Link in bio! Order now, 50% off today only!"),
    ("fr", "Notre calendrier 2027 est là : douze linogravures de la côte, 18 €. À commander via le lien en bio.",
     "Lien en bio ! Commandez vite, -50 % aujourd'hui seulement !"),
    ("en", "Pre-order now open for the 2027 planner, shipping in November.",
     "Pre-order now! Only 20 planners left at the launch price, offer ends tonight!"),
    ("en", "Today only: free entry for everyone at the museum to celebrate our 150th birthday.",
     "Today only: free gift for everyone who orders! Shop now."),
    ("fr", "Aujourd'hui seulement : le musée est gratuit pour tous pour fêter ses 150 ans.",
     "Aujourd'hui seulement : cadeau gratuit pour tous, commandez vite !"),
    ("en", "A limited edition of 50 prints, each signed and numbered, £60.",
     "Limited edition! Only 50 made, grab yours before they're gone!"),
    ("fr", "Édition limitée à 50 exemplaires, signés et numérotés : nos affiches de la fête du village, 30 €.",
     "Édition limitée ! Plus que 10 exemplaires, commandez vite !"),
    ("en", "Shop update: the tote bags are now £18 instead of £22 because the new supplier is cheaper, and we're passing that on.",
     "Shop now: 50% off all totes, today only!"),
    ("en", "Order online for click and collect, ready in 2 hours.",
     "Order online NOW for click and collect, 50% off today only!"),
    ("en", "Council tax rebate: check if you're owed £150",
     "Council tax rebate: check if you're owed £150 at council-rebate.co.uk now!"),
    ("en", "Doors at 7, first come, first served for seating. The bar is open all night.",
     "First come first served! Only 20 tickets left, book now!"),
    ("fr", "Ouverture des portes à 19 h, premier arrivé premier servi pour les places assises. Le bar reste ouvert.",
     "Premier arrivé, premier servi ! Plus que 20 billets, réservez vite !"),
    ("fr", "Remboursement de taxe foncière : vérifiez si vous y avez droit",
     "Remboursement d'impôt : vous avez droit à 150 €, réclamez-le vite sur impots-remboursement.fr !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "seller"), PAIRS)
def test_an_ordinary_brand_post_is_quiet_and_its_sellers_twin_fires(lang: str, ordinary: str, seller: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(seller, lang, HARD_SELL)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The summer sale is over. Thank you, the shop looks bare and we're very grateful."),
    ("fr", "Nos soldes d'été sont terminées. Merci à tous, la boutique est presque vide !"),
])
def test_a_sale_told_as_over_promotes_no_gift(lang: str, text: str) -> None:
    quiet(text, lang, GIFT)


def test_a_shops_free_entry_beside_a_sale_still_pushes() -> None:
    fires("Museum shop: 50% off everything today only! Free entry for everyone, hurry!", "en", "hard-sell.pushy")


def test_a_price_after_an_edition_is_still_scarcity() -> None:
    fires("Pièces de 2 euros en édition limitée à 4 € seulement, commandez vite avant la rupture !", "fr", "hard-sell.pushy")


@pytest.mark.parametrize(("name", "marker"), [("free-sight", "museums?"), ("sale-told", "wrapped up"), ("sale-told", "vente privee"),
                                              ("noun-call", "announcement"), ("headline", "(?:check|find out|see) (?:if|whether)")])
def test_the_new_patterns_compile_within_the_cost_limit(name: str, marker: str) -> None:
    with open(f"advice/lists/{name}.yaml", encoding="utf-8") as stream:
        patterns = [p for p in yaml.safe_load(stream)["patterns"] if marker in p]
    assert len(patterns) == 1
    assert pattern_problem(patterns[0], True) is None
