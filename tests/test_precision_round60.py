"""Precision, session 39 (prec60, issue 11): hard-sell findings on ordinary English text, read by kind.

Each case is a pair: the ordinary draft draws no hard-sell finding, its twin still does. Every ordinary draft of PAIRS
drew a hard-sell finding on the start code (main 1e424fa1, checked on an archive of it); none is a line of a
development set:
- a buyer's review with its subject dropped, or a thing bought "on sale" (« en promo »): "Got the kettle on sale for £22
  and honestly it's brilliant", as "I bought the boots in the sale" (bought-in-sale);
- a shift job's own marks ("immediate start", "warehouse staff", "bar staff"): the pay and "apply online" of a job advert
  (@pushy-job-ad);
- a headline with a question as its lead, then a crowd the news shows queueing "as" a third party slashes its prices
  (« … font la queue alors que l'enseigne brade ses prix »; @headline);
- a notice labelled by its public body at its start ("City council notice: … allocated first come, first served",
  « Avis de la mairie : … »; hard-sell.urgency's gate).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

HS = "hard-sell."

# (language, ordinary draft, its pushy twin)
PAIRS = [
    ("en", "Got the kettle on sale for £22 and honestly it's brilliant. Boils fast, quiet, and worth it at that price.",
     "Get the kettle on sale for £22, today only, order now before they're gone!"),
    ("fr", "Eu le fer à repasser en promo à 19 €, franchement top, ça vaut largement le prix, je recommande.",
     "Le fer à repasser en promo à 19 €, aujourd'hui seulement, commandez vite avant la rupture !"),
    ("en", "Warehouse staff needed for the January stocktake, £11.80/hr, immediate start. Limited positions, apply online.",
     "Immediate start! Earn £500 a day from home, no experience needed. Limited positions, apply now!"),
    ("en", "Bar staff needed for our festival weekend, £12.50/hr, immediate start. Limited positions, apply online.",
     "Immediate start! Earn £400 a day from your phone, no experience needed. Limited positions, apply now!"),
    ("en", "GRAB A TELLY? Hundreds of shoppers queue from dawn as electronics chain slashes prices",
     "GRAB A TELLY! Prices slashed today only, get down here now before they're all gone!"),
    ("fr", "PRIX CASSÉS ? Des centaines de clients font la queue dès l'aube alors que le géant de l'électroménager brade "
     "ses prix",
     "PRIX CASSÉS ! On brade tout aujourd'hui seulement, venez vite avant qu'il n'y ait plus rien !"),
    ("en", "City council notice: stalls at the Christmas market are allocated first come, first served. Forms close on 15 "
     "November.",
     "Council-approved Christmas market stalls going fast, first come first served, book yours today!"),
    ("en", "District council reminder: the deadline for market stall forms is Friday, spaces are allocated first come, "
     "first served.",
     "Market stalls going fast, deadline Friday, first come first served, book yours today!"),
]


@pytest.mark.parametrize(("lang", "ordinary", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, HS)
    fires(twin, lang, HS)


# Pushy twins near the new readings: a seller's own words keep their hard-sell finding
PUSHY = [
    ("en", "We got the jackets on sale for $39 just for you, today only, order now before they sell out!"),
    ("fr", "Prise de poste immédiate ! Gagnez 300 € par jour depuis chez vous, sans expérience. Places limitées, postulez vite !"),
    ("en", "GRAB A BARGAIN? Shoppers queue from 5am as we slash prices, come down now before it's all gone!"),
    ("fr", "BONNE AFFAIRE ! On brade tout, prix cassés aujourd'hui seulement, venez vite avant qu'il n'y ait plus rien !"),
]


@pytest.mark.parametrize(("lang", "twin"), PUSHY, ids=numbered(PUSHY))
def test_a_push_keeps_its_finding(lang: str, twin: str) -> None:
    fires(twin, lang, HS)
