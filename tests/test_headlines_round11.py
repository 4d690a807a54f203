"""News headlines, session 11 (issue 11): more ways a headline says it is news, each read by kind.

advice/lists/headline.yaml ("@headline") gains
- a market that moves, told in the third person: a subject that is not the reader (rates, prices, shares, bills,
  « les loyers », « les prix ») with a verb of movement and a figure ("mortgage rates fall below 4%", « les
  loyers reculent de 4 % »);
- more scenes the news sets after "as": "as stores struggle", "as the deadline passes", "as talks stall";
- a lawsuit beside the court's other acts: "sues … over", "sued for".
And credit-sources.unsourced-figure reads a share of prices, fares, rents or wages (« une baisse de 10 % des
tarifs ») as a price that moves, not as a statistic that needs its source.
Each case is a pair: the headline gets no warning of the rules that read "@headline", and the same words
written to the reader as an offer (an imperative, "your", a deadline) still fire.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, numbered, quiet

QUIET = {"hard-sell.urgency", "hard-sell.pushy", "hard-sell.time-pressure", "give-first.value-before-ask",
         "self-promotion.plug"}

# (language, the headline, the same words as a push to the reader)
PAIRS = [
    ("en", "Mortgage rates fall below 4% for the first time since 2022",
     "Mortgage rates fall below 4%: lock in your rate today, call now"),
    ("en", "Broadband prices drop 20% as providers fight for customers",
     "Broadband prices drop 20% this week only: switch now, offer ends at midnight"),
    ("en", "Retailers slash prices by up to 70% as stores struggle to shift winter stock",
     "Up to 70% off everything while stocks last, shop now"),
    ("en", "'Last chance saloon' for peace talks as deadline passes",
     "Last chance: 50% off ends tonight, shop now before the deadline passes"),
    ("fr", "Immobilier : les loyers reculent de 4 % dans les grandes villes",
     "Les prix reculent de 40 % : commandez vite, aujourd'hui seulement"),
]


@pytest.mark.parametrize(("lang", "headline", "push"), PAIRS, ids=numbered(PAIRS))
def test_the_headline_is_quiet_and_the_push_of_the_same_words_fires(lang: str, headline: str, push: str):
    quiet(headline, lang, QUIET)
    assert fired(push, lang) & {"hard-sell.urgency", "hard-sell.pushy"}


def _reads_as_headline(text: str) -> bool:
    import re2

    from bot.engine import lists
    from bot.engine.text import fold

    return any(re2.compile(p).search(fold(text)) for p in lists.patterns_of("@headline"))


def test_a_market_moves_in_the_third_person_and_not_for_the_reader():
    """The movement needs a figure or a marker of news after it; "your rate" or a movement with no figure is
    not the news shape, and a second sentence or a "!" closes the shape as before."""
    assert _reads_as_headline("Shares in toy maker soar 40% after record Christmas")
    assert _reads_as_headline("Energy bills rise by £150 from April")
    assert _reads_as_headline("Les tarifs du gaz grimpent de 8 % en un mois")
    assert not _reads_as_headline("Prices drop today, grab yours")
    assert not _reads_as_headline("Prices drop 50% today only! Shop now")
    assert not _reads_as_headline("Prices drop 50% today. Shop now at example.com")


def test_a_lawsuit_is_a_court_acting_and_the_scene_takes_more_verbs():
    assert _reads_as_headline("Regulator sues airline over 'free' upgrade claims")
    assert _reads_as_headline("Ceasefire hopes fade as talks stall in Cairo")
    assert not _reads_as_headline("Sue us if you find it cheaper: 30% off today only!")


@pytest.mark.parametrize("push", ["Prices drop 30% from today, shop now before they go back up",
                                  "Shop now: prices fall 30% for the first time this year",
                                  "Prices fall 40% after Christmas, grab yours now while stocks last",
                                  "Grab yours now as stock runs out, 30% off today only",
                                  "Order today as the offer expires at midnight, 40% off everything"])
def test_a_shop_s_own_sale_told_with_a_news_cue_still_fires(push: str):
    """A market's move is one clause, with no comma or colon before or after it: "prices drop 30% from today,
    shop now" and "Shop now: prices fall 30%" are a shop's push; "as stock runs out", "as the offer expires" are
    what a shop says of its own sale, so they are not in the scene list."""
    assert not _reads_as_headline(push)
    assert fired(push, "en") & {"hard-sell.urgency", "hard-sell.pushy"}


# A share of a price is a price that moves, not a statistic (credit-sources.unsourced-figure, exceptions):
# (language, the price that moves, the same sentence counting people, which still asks for its source)
PRICE_SHARES = [
    ("fr", "Notre boutique suit le mouvement : la mairie annonce une baisse de 8 % des loyers commerciaux.",
     "Notre boutique suit le mouvement : la mairie annonce que 75 % des clients achètent local."),
    ("en", "Our sale is on: a cut of 15% of prices across the range",
     "Our sale is on: 75% of shoppers buy across the range"),
]


@pytest.mark.parametrize(("lang", "price", "statistic"), PRICE_SHARES,
                         ids=numbered(PRICE_SHARES))
def test_a_share_of_prices_needs_no_source_and_a_share_of_people_does(lang: str, price: str, statistic: str):
    quiet(price, lang, "credit-sources.unsourced-figure")
    fires(statistic, lang, "credit-sources.unsourced-figure")
