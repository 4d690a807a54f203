"""Precision on ordinary posts, round 27 (issue 11): jokes in sales words, and words that someone else said.

- Selling words put on the writer's own jokes, sarcasm or brain cells, with a joke marker after them ("buy one get
  one free on my bad jokes lol", « offre limitée sur mes blagues mdr »): the `joke-sale` signal (hard-sell.pushy,
  hard-sell.time-pressure) and hard-sell.urgency's gate read @joke-sale. A product named ("our puzzle books") still
  sells, whatever the "haha".
- A board, a chalkboard or a placard that carried the words, then a colon ("had a board outside: '…'", "my dad's old brochure: '…'"), and the
  elided « l'affiche du ciné : « … » »: @reported-quote.
- Things that carry words named as a kind, then "like" and the quotation ("adverts like 'Hurry! …'", « des réclames
  comme « Dépêchez-vous … » »): a frame of @reported-quote.
- A brand word ("Grand Opening", « grande ouverture ») said by a third person ("the mayor … said \"…\"", « le maire a
  déclaré « … » ») or in a sentence handed to the paper (", the local paper reported", « , rapporte le journal »):
  @attributed, so the reader rules' @brand-voice gate stays shut. "Our founder said" is still the brand.
- A call to the usual number, to regulars ("call the usual number", « appelez le numéro habituel »): @noun-call.

Each case is a pair: the ordinary text is quiet, and its twin (the same subject in the seller's own words) fires.
"""

from __future__ import annotations

import pytest
import yaml

from bot.engine.patterns import pattern_problem
from tests.review_helpers import fires, quiet

HARD_SELL = {"hard-sell.pushy", "hard-sell.urgency", "hard-sell.time-pressure"}
READER = "relevance.talk-to-the-reader"

# (language, ordinary text, the seller's own twin): hard-sell findings
PAIRS = [
    ("en", "Limited time offer: my dad jokes, free with every message, no refunds haha",
     "Limited time offer: our joke books, 50% off today only, order now!"),
    ("en", "Act now!! Only two brain cells left in stock after this week lol",
     "Act now!! Only two left in stock after this week, order today!"),
    ("fr", "Offre limitée : mes blagues nulles, gratuites avec chaque message mdr",
     "Offre limitée : nos livres de blagues à -50 % aujourd'hui seulement, commandez vite !"),
    ("fr", "Agissez vite !! Plus que deux neurones en stock cette semaine ptdr",
     "Agissez vite !! Plus que deux en stock cette semaine, commandez aujourd'hui !"),
    ("en", "History corner: in 1958 the papers carried adverts like \"Hurry! Only 3 days left to buy the new television\". Some things never change.",
     "Hurry! Only 3 days left to buy the new television, order now before the price goes up!"),
    ("fr", "Un peu d'histoire : en 1958 les journaux publiaient des réclames comme « Dépêchez-vous, plus que 3 jours pour acheter le nouveau téléviseur ».",
     "Dépêchez-vous, plus que 3 jours pour acheter le nouveau téléviseur, commandez vite !"),
    ("en", "Grandad's shop in 1962 had a board outside: 'Fresh today, buy now, 2 for 1 on pears'. It's in our shed now.",
     "Fresh today, buy now, 2 for 1 on pears, hurry, only a few boxes left!"),
    ("fr", "L'affiche du cinéma de mon village dans les années 70 : « Réservez vite ! Places limitées ! », je l'ai encadrée.",
     "Réservez vite ! Places limitées ! -50 % ce soir seulement, dernière chance !"),
    ("en", "Found my dad's old brochure from 1979: \"Order today, free delivery anywhere in the county, only 2 days left!\" Prices were so low.",
     "Our new brochure: \"Order today, free delivery anywhere in the county, only 2 days left, 50% off, hurry!\""),
    ("fr", "Petit mot pour nos habitués : il reste 2 tables ce soir, appelez le numéro habituel si vous comptiez venir.",
     "Plus que 2 tables ce soir !!! Appelez-nous MAINTENANT, réservez vite, dernière chance !"),
]

# (language, a third person's or a paper's words, the brand speaking): the reader rule
READER_PAIRS = [
    ("en", "The mayor cut the ribbon and said \"Grand Opening day is a proud day for this street and for every family who has lived here for years\".",
     "Grand Opening day at our new bakery! It is a proud day for our team and for every family who has shopped with us for years."),
    ("en", "Grand opening of the new children's ward this morning, with the health minister and three hundred staff and volunteers, the local paper reported.",
     "Grand opening of our new studio this morning, with our whole team and three hundred guests and partners, a proud day for the business."),
    ("fr", "Le maire a coupé le ruban et a déclaré « Cette grande ouverture est une fierté pour la rue et pour toutes les familles qui y vivent depuis des années ».",
     "Grande ouverture de notre nouvelle boulangerie ! C'est une fierté pour notre équipe et pour toutes les familles qui viennent chez nous depuis des années."),
    ("fr", "Grande ouverture du nouveau service de pédiatrie ce matin, avec la ministre de la santé et trois cents soignants et bénévoles, rapporte le journal local.",
     "Grande ouverture de notre nouveau studio ce matin, avec toute notre équipe et trois cents invités et partenaires, une fierté pour notre entreprise."),
]


@pytest.mark.parametrize(("lang", "ordinary", "seller"), PAIRS)
def test_ordinary_text_is_quiet_and_its_sellers_twin_fires(lang: str, ordinary: str, seller: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(seller, lang, HARD_SELL)


@pytest.mark.parametrize(("lang", "reported", "brand"), READER_PAIRS)
def test_brand_words_someone_else_said_open_no_reader_gate(lang: str, reported: str, brand: str) -> None:
    quiet(reported, lang, READER)
    fires(brand, lang, READER)


def test_a_product_with_a_joke_marker_still_sells() -> None:
    fires("Buy one get one free on our scented candles lol, shop now, only 3 left!", "en", HARD_SELL)
    fires("Un acheté, un offert sur nos bougies parfumées mdr, commandez vite, plus que 3 !", "fr", HARD_SELL)


def test_the_founder_quoting_the_brand_is_still_the_brand() -> None:
    text = ("Our founder said \"Grand Opening day is a proud day for our team\" and we are opening the doors of our "
            "new shop on the high street this Saturday with our full range.")
    fires(text, "en", READER)


@pytest.mark.parametrize("name", ["joke-sale", "attributed", "reported-quote", "noun-call"])
def test_the_lists_patterns_compile_within_the_cost_limit(name: str) -> None:
    with open(f"advice/lists/{name}.yaml", encoding="utf-8") as stream:
        patterns = yaml.safe_load(stream)["patterns"]
    assert [pattern_problem(p, True) for p in patterns] == [None] * len(patterns)
