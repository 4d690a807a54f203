"""Headlines, round 25 (issue 11): the register of the news desk, not only of the front page.

A consumer column explains how to do a thing, a statistic sets a figure against last year or a record, a public
reacts, a firm reports its results, quoted selling words are taken apart as tricks. None of it speaks for a seller.
Each headline has a seller twin on the same subject, written to the reader with its call to act, that still sells:
the quiet comes from the register, not from a rule gone deaf. « dès lundi » after a figure is a start date, not
« des » (a share that would need its source).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet, silent

PUSHY = "hard-sell.pushy"
HARD_SELL = {PUSHY, "hard-sell.urgency", "hard-sell.time-pressure"}
FIGURE = "credit-sources.unsourced-figure"

# (language, the news, the seller's own words to the reader on the same subject)
HEADLINE_PAIRS = [
    # a consumer column's explainer
    ("en", "How to make a family food shop last longer in January",
     "Make your food shop last longer: shop our bulk packs, 20% off today only!"),
    ("fr", "Comment éviter de payer trop cher ses colis de fin d'année",
     "Ne payez plus trop cher vos colis ! Commandez aujourd'hui, livraison offerte, -20 % !"),
    # a figure set against an earlier period
    ("fr", "Électroménager : les prix en hausse de 2,8 % sur un an, 420 euros en moyenne",
     "Électroménager : nos prix en baisse de 20 % sur un an, commandez vite, stock limité !"),
    ("en", "Second-hand bike prices up 6% year on year, average now £310",
     "Our second-hand bikes are 20% cheaper than last year: order now, limited stock!"),
    # a public reacts
    ("en", "Sold out in minutes: fans furious as stadium tickets resell for £350",
     "Last tickets! Fans were furious they missed out last year, book now, only 20 left at £45"),
    # a figure set against the past as a record
    ("en", "Savings: Banks lift easy-access rates to 4.6%, highest since 2008",
     "Our easy-access rate is up to 4.6%, highest since 2008: apply now, offer ends Friday!"),
    ("fr", "Épargne : les banques relèvent leurs livrets à 3,6 %, au plus haut depuis 2008",
     "Notre livret passe à 3,6 %, au plus haut depuis 2008 : ouvrez-le vite, offre valable jusqu'à vendredi !"),
    # a firm's results
    ("en", "Budget airline posts £450m profit, up 11% on last year, and pays 12p dividend",
     "Fares from £19.99! Book now, only 100 seats left, sale ends tonight!"),
    ("fr", "Le groupe de luxe affiche 2 milliards de bénéfice, en hausse de 6 %, et verse 3 euros de dividende",
     "Nos sacs à -40 % seulement ce week-end, commandez vite, stock limité !"),
    # a draw as news
    ("en", "Record-breaking lottery jackpot of £180m up for grabs on Friday",
     "Record jackpot tonight! Buy your ticket now, only £2, don't miss out!"),
    # the scene of the news
    ("en", "Grab a bargain: second-hand furniture sales climb as households tighten their belts",
     "Grab a bargain: prices drop as our stock must go, 50% off today only!"),
    # a resale as news, with its marketplace
    ("en", "Limited edition 20p coin sells for £350 on eBay",
     "Limited edition 20p coins in stock, £3 each, order now before they sell out!"),
    ("fr", "Une pièce de 1 euro en édition limitée revendue 300 euros sur Leboncoin",
     "Pièces de 1 euro en édition limitée à 3 € seulement, commandez vite avant la rupture !"),
    # a survey's ranking, in the passive
    ("fr", "Le supermarché le moins cher de l'année désigné pour la deuxième fois",
     "Notre supermarché, le moins cher de l'année ! Commandez vite, -20 % aujourd'hui seulement !"),
    # why others make an offer
    ("en", "Market day: Greengrocers offer 'buy one, get one free' to win back shoppers",
     "Buy one, get one FREE on all fruit today only! Come in now, while stocks last"),
    ("fr", "Marché : les primeurs offrent « un acheté, un offert » pour faire revenir les clients",
     "Un acheté, un offert sur tous nos fruits aujourd'hui seulement ! Venez vite, dans la limite des stocks"),
    # quoted selling words taken apart
    ("en", "'Hurry, almost gone!' – the tricks booking sites use to rush you",
     "'Hurry, almost gone!' – only 2 rooms left at this price, book now!"),
    ("fr", "« Vite, presque épuisé ! » – les astuces des sites de réservation pour vous presser",
     "« Dernière chance ! » – il ne reste que 2 heures pour profiter de nos -50 %, commandez vite !"),
]

# (language, a rate that starts on a date, a share with no source in a post that sells)
START_DATE_PAIRS = [
    ("fr", "Notre livret passe à 2,5 % dès lundi, puis à 2,7 % dès le 1er avril.",
     "Notre nouveau livret arrive à 2,5 % dès lundi : 70 % des épargnants comparent les taux avant d'ouvrir un compte."),
    ("fr", "La banque abaisse le taux de son livret à 2,1 % dès demain",
     "Notre nouvelle gamme arrive : 65 % des clients lisent les avis avant d'acheter."),
]


@pytest.mark.parametrize(("lang", "news", "sale"), HEADLINE_PAIRS)
def test_the_news_has_no_finding_and_the_sellers_twin_still_sells(lang: str, news: str, sale: str) -> None:
    """The headline goal counts every rule's finding; the twin keeps hard-sell's, so no rule went deaf."""
    silent(news, lang)
    fires(sale, lang, HARD_SELL)


@pytest.mark.parametrize(("lang", "dated", "share"), START_DATE_PAIRS)
def test_des_after_a_figure_is_a_start_date_not_a_share(lang: str, dated: str, share: str) -> None:
    quiet(dated, lang, FIGURE)
    fires(share, lang, FIGURE)


def test_a_how_to_line_that_goes_on_with_a_call_is_no_headline() -> None:
    fires("How to save on energy: 30% off our smart thermostats today only, order now!", "en", PUSHY)
    assert PUSHY in fired("Comment payer moins cher : -30 % sur nos radiateurs aujourd'hui seulement, commandez vite !",
                          "fr")


def test_a_firms_update_told_in_the_third_person_is_no_plug() -> None:
    # The firm's own post is self-promotion: since session 26 it is the announcement that says so (« ajoute » no longer
    # reads as « m'ajouter »), so the test asks for either of the two self-promotion rules.
    own = {"self-promotion.plug", "self-promotion.announcement"}
    for rule in own:
        quiet("Mise à jour : l'appli de la mutuelle ajoute un outil de suivi gratuit pour ses adhérents", "fr", rule)
    assert own & fired("Nouveau : notre appli ajoute un outil de suivi gratuit, téléchargez-la maintenant sur notre site !",
                       "fr")
