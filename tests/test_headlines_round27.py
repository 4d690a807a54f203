"""Headlines, round 27 (issue 11): the consumer and shopping desks.

A newsroom's deals column is named by its period ("Deals of the day:", « Bons plans du jour : ») and lists others'
offers in the third person; the newsroom may speak of its own check ("our pick", « que nous avons trouvés ») but
never of its own stock. A bare French « moins cher » compares, as "cheaper" does: alone it is no offer to sell.
Each headline has a seller twin on the same subject, in the seller's voice or with a call, that still sells: the
quiet comes from the shape, not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired

PUSHY = "hard-sell.pushy"
HARD_SELL = {PUSHY, "hard-sell.urgency", "hard-sell.time-pressure"}

# (language, the news, the seller's own words on the same subject)
HEADLINE_PAIRS = [
    # a deals column named by its period, others' offers in the third person
    ("en", "Deals of the day: cordless drill cut to £79 and half-price duvets",
     "Deals of the day: 30% off all our duvets, today only"),
    ("en", "Deals of the week: our pick of the best offers on coffee machines",
     "Deals of the week: 40% off our coffee machines, shop now before midnight"),
    ("en", "Today's best deals: e-reader down to £65 and cast-iron pans half price",
     "Today's best deals: our cast-iron pans half price, order today, ends midnight"),
    ("fr", "Bons plans du jour : une friteuse sans huile à 49 euros et des draps à moitié prix",
     "Bons plans du jour : -30 % sur nos draps, aujourd'hui seulement"),
    ("fr", "Les bons plans de la semaine : les meilleurs prix que nous avons trouvés sur les téléviseurs",
     "Les bons plans de la semaine : profitez de -40 % sur tous nos téléviseurs jusqu'à dimanche"),
    ("fr", "Aspirateurs : les meilleures offres du week-end, dès 89 euros",
     "Aspirateurs : les meilleures offres du week-end chez nous, commandez vite, -30 % jusqu'à dimanche"),
]


@pytest.mark.parametrize(("lang", "news", "sale"), HEADLINE_PAIRS)
def test_the_news_has_no_finding_and_the_sellers_twin_still_sells(lang: str, news: str, sale: str) -> None:
    """The headline goal counts every rule's finding; the twin keeps hard-sell's, so no rule went deaf."""
    assert (fired(news, lang), bool(fired(sale, lang) & HARD_SELL)) == (set(), True)


def test_a_bare_moins_cher_compares_as_cheaper_does() -> None:
    """« moins cher » alone weighs as "cheapest" (a bargain word), not as an offer to sell."""
    assert PUSHY not in fired("Où acheter son sapin de Noël le moins cher cette année", "fr")
    assert PUSHY not in fired("Which supermarket was cheapest in November", "en")
    assert PUSHY in fired("Nos sapins sont les moins chers de la région : commandez vite, -20 % jusqu'à dimanche !", "fr")


def test_the_newsrooms_check_is_no_sellers_word_but_its_stock_is() -> None:
    """"our pick" is the desk's choice; "our candles" is the shop's stock."""
    assert PUSHY not in fired("Deals of the day: our pick of the best offers on kitchen gadgets", "en")
    assert PUSHY in fired("Deals of the day: 30% off all our kitchen gadgets, today only", "en")
    assert PUSHY in fired("Bons plans du jour : -30 % sur nos bougies, aujourd'hui seulement", "fr")
