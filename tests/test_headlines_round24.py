"""Headlines and French ordinary text, round 24 (issue 11): the news tells what others do.

A headline reports in the third person: a firm launches, a public body offers, a court orders, shops shut, a
tax deadline nears, selling words are named as a thing after an article. None of it is said to the reader.
The same facts written by the seller, to the reader, with its call to act, still sell: each case is a pair,
so the quiet comes from the register and not from a rule gone deaf. French and English chat: a relative
who won, the buyer who missed the sale, a club's own free session for its members.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet, silent

PUSHY = "hard-sell.pushy"
HARD_SELL = {PUSHY, "hard-sell.urgency", "hard-sell.time-pressure"}

# (language, the news in the third person, the seller's own words to the reader)
HEADLINE_PAIRS = [
    # a launch told by the news
    ("en", "Startup launches £199 robot vacuum with free delivery until Sunday",
     "We launch our £199 robot vacuum today: free delivery until Sunday, order now!"),
    ("fr", "Le géant de la tech dévoile un casque moins cher à 499 euros",
     "On lance notre casque moins cher à 499 euros : commandez-le vite, offre limitée !"),
    ("en", "Festival early-bird tickets go on sale Friday at £120",
     "Early-bird tickets on sale now at £120, only 50 left, book yours today!"),
    ("fr", "Le nouveau smartphone sera vendu 899 euros à partir de vendredi",
     "Notre nouveau smartphone à 899 euros seulement jusqu'à vendredi, commandez vite, stock limité !"),
    # others' doors that shut
    ("en", "Half-price sale at furniture chain ends Sunday as stores shut",
     "Half-price sale ends Sunday! Everything must go, shop now before we close"),
    ("fr", "Liquidation totale jusqu'à dimanche alors que les magasins de l'enseigne ferment",
     "Liquidation totale : -70 % jusqu'à dimanche, on ferme, venez vite !"),
    # a public body acts
    ("en", "Council offers £500 grants for home insulation until funds run out",
     "£500 off your home insulation until stocks run out: call us now, only 10 surveys left!"),
    ("fr", "La commune offre 500 euros d'aide à l'isolation jusqu'à épuisement des fonds",
     "Aide de 500 € pour votre isolation jusqu'à épuisement des stocks : appelez-nous vite au 06 12 34 56 78 !"),
    # selling words named as a thing
    ("fr", "Paiement fractionné : le « achetez maintenant, payez plus tard » dans le viseur du gouvernement",
     "Achetez maintenant, payez plus tard : votre canapé livré demain, commandez vite !"),
    ("en", "Regulators take aim at the 'buy now, pay later' boom",
     "Buy now, pay later! Your sofa delivered tomorrow, order today, offer ends tonight!"),
    # a tax deadline
    ("fr", "Impôts : plus que deux jours pour déclarer ses revenus en ligne dans le département",
     "Déclarez vos revenus avec notre expert : plus que deux jours pour en profiter, réservez vite !"),
    ("en", "Tax return deadline: two days left for 1.2 million to file online",
     "Tax returns filed for you. Last chance! Only 2 days left, book our experts today!"),
    # a court acts
    ("en", "Judge orders retailer to refund 'free trial' subscribers",
     "Start your FREE trial today, cancel anytime, offer ends Sunday!"),
    ("fr", "Abonnements « essai gratuit » : le juge ordonne le remboursement des clients",
     "Votre essai GRATUIT commence aujourd'hui, sans engagement, offre valable jusqu'à dimanche !"),
    # a dilemma the news asks and its sources answer
    ("en", "Buy now or wait? Experts split on whether house prices will fall further",
     "Buy now or regret it? Our sale ends tonight, 50% off everything"),
    ("fr", "Acheter maintenant ou attendre ? Les experts divisés sur la baisse des prix immobiliers",
     "Acheter maintenant ou regretter ? Nos soldes finissent ce soir, -50 % sur tout"),
    # an explainer on what others do
    ("en", "Flash sales and countdown clocks: how websites push you to buy",
     "Flash sale with a countdown clock: 50% off for 2 hours only, buy now!"),
    ("fr", "Ventes flash et comptes à rebours : comment les sites nous poussent à acheter",
     "Vente flash avec compte à rebours : -50 % pendant 2 heures seulement, achetez maintenant !"),
    # a public scheme that ends
    ("en", "Electric car grant ends tonight, leaving buyers facing higher prices",
     "Our £3,000 electric car discount ends tonight: order now before prices rise!"),
    ("fr", "Bonus écologique : fin du dispositif ce soir, les acheteurs paieront plus cher",
     "Notre remise de 3 000 € sur la voiture électrique se termine ce soir : commandez vite avant la hausse !"),
    # a lottery's rollover as news
    ("en", "Biggest ever Lotto rollover: £20m up for grabs on Saturday",
     "Win £20m on Saturday! Buy your Lotto ticket on our app now, first line free, offer ends tonight"),
]

# (language, an ordinary post between friends or to members, the seller's twin)
ORDINARY_PAIRS = [
    ("fr", "Mon frère a gagné 50 € au grattage, il se prend pour un millionnaire mdr",
     "Gagnez 50 € au grattage ! Jouez maintenant sur notre appli, bonus offert"),
    ("en", "My brother won £50 on a scratchcard and now he thinks he's a millionaire lol",
     "Win £50 on our scratchcards! Play now on our app, free bonus for new players"),
    ("fr", "Je suis dégoûté, j'ai raté les soldes de la Fnac d'un jour, la télé est repassée à 799 €",
     "Soldes : la télé à 799 € seulement, plus qu'un jour, foncez !"),
    ("en", "Gutted, I missed the sale by a day and the TV is back up to £799",
     "Sale: the TV at just £599, one day left, hurry!"),
    ("fr", "Le club de badminton propose une séance d'essai gratuite samedi à 10h au gymnase, venez avec des "
           "baskets propres.",
     "Séance d'essai OFFERTE si vous réservez aujourd'hui ! Ensuite 49 €/mois, ne ratez pas cette offre !"),
    ("en", "The badminton club offers a free trial session on Saturday at 10am at the sports hall, bring clean "
           "trainers.",
     "FREE trial session if you book today! Then £39 a month, don't miss this offer!"),
    ("fr", "Le foyer rural organise une sortie au zoo le 18 mai, 25 € transport compris, il reste quelques places dans le car.",
     "Sortie au zoo : il reste quelques places ! Réservez vite votre billet à -30 %, offre limitée !"),
]

# the stock told as a count, « plus que 3 en stock », sells in French as "only 3 left in stock" does in English
STOCK_SALES = [
    ("fr", "Console à 499 € : plus que 3 en stock, foncez avant la rupture !"),
    ("en", "Console at £499: only 3 left in stock, hurry before they sell out!"),
]

# French chat drops the subject: « Commandé un gâteau … » is « j'ai commandé », the buyer's praise
BUYER_PRICE_PAIRS = [
    ("fr", "Commandé un gâteau d'anniversaire à la petite boulangerie du marché, parfait. Seulement 25 € en plus !",
     "Commandez votre gâteau d'anniversaire chez nous, seulement 25 € !"),
    ("en", "Ordered a birthday cake from the little bakery by the market, perfect. Only £25 too!",
     "Order your birthday cake from us, only £25!"),
]

# a seller who borrows the headline's shape but goes on with a call to the reader still sells
HEADLINE_SHAPED_SALES = [
    ("en", "Acme launches summer sale: 50% off everything until Sunday, shop now"),
    ("fr", "La boutique dévoile sa collection à -30 % jusqu'à ce soir seulement, profitez-en"),
    ("en", "Tickets go on sale Friday at 9am, only 100 available, book now to avoid disappointment"),
    ("fr", "Le club de tennis propose un essai gratuit : inscrivez-vous vite, places limitées, -20 % jusqu'à dimanche"),
    ("en", "My sister won £500 with this app, download it now and claim your bonus"),
    ("fr", "Ma cousine a gagné 500 € avec cette appli, téléchargez-la vite et réclamez votre bonus !"),
    ("en", "I missed the sale last time so don't be like me: 40% off ends tonight, shop now"),
    ("en", "Fix now or wait? Our experts say book today: 20% off until Sunday"),
]


@pytest.mark.parametrize(("lang", "news", "sale"), HEADLINE_PAIRS)
def test_a_headline_is_quiet_and_its_seller_twin_is_not(lang: str, news: str, sale: str) -> None:
    found = fired(news, lang)
    assert not found & HARD_SELL, found
    fires(sale, lang, HARD_SELL)


@pytest.mark.parametrize(("lang", "news", "sale"), HEADLINE_PAIRS)
def test_a_headline_has_no_warning_of_any_rule(lang: str, news: str, sale: str) -> None:
    """The headline goal counts any warning or blocker, not only hard-sell's."""
    silent(news, lang)


@pytest.mark.parametrize(("lang", "post", "sale"), ORDINARY_PAIRS)
def test_an_ordinary_post_is_quiet_and_its_seller_twin_is_not(lang: str, post: str, sale: str) -> None:
    found = fired(post, lang)
    assert not found & HARD_SELL, found
    fires(sale, lang, HARD_SELL)


@pytest.mark.parametrize(("lang", "text"), HEADLINE_SHAPED_SALES)
def test_a_sale_in_a_headline_shape_still_sells(lang: str, text: str) -> None:
    fires(text, lang, PUSHY)


def test_an_exception_does_not_remove_a_headline() -> None:
    """« payez plus tard » is one of hard-sell.pushy's exceptions; a headline that names it in quote marks
    is still a headline (an exception carves a selling match, never a signal of ordinary text)."""
    named = "Crédit : le « achetez maintenant, payez plus tard » inquiète les associations de consommateurs"
    quiet(named, "fr", PUSHY)
    fires("Achetez maintenant, payez plus tard ! Commandez vite, offre limitée !", "fr", PUSHY)


@pytest.mark.parametrize(("lang", "told", "sale"), BUYER_PRICE_PAIRS)
def test_a_buyer_tells_the_price_and_the_shop_shows_it(lang: str, told: str, sale: str) -> None:
    quiet(told, lang, "hard-sell.price-tag")
    fires(sale, lang, "hard-sell.price-tag")


@pytest.mark.parametrize(("lang", "text"), STOCK_SALES)
def test_a_count_left_in_stock_sells(lang: str, text: str) -> None:
    fires(text, lang, PUSHY)
