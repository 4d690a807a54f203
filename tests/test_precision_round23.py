"""Precision on ordinary posts, round 23 (issue 11): who writes, and whose words the selling words are.

A post that reports a seller's words in quote marks is written by someone who does not sell: a customer
("the garage said '£300 if I book today'"), a reader of spam ("those 'claim your gift now' texts"), a
reporter ("asked whether he would 'act now'"). The words are framed: a verb of saying opens the quote, or
the quote names a thing between its determiner and the next word. A buyer who tells, in the first person,
what they ordered or bought ("I ordered the limited edition", « j'ai commandé l'édition limitée ») tells the
shop's scarcity, and presses nobody.

Each case is a pair: the reported text has no hard-sell finding, and the seller's own words, unquoted and
addressed to the reader, still have one, so the quiet comes from who writes and not from a rule gone deaf.
A seller who quotes praise and sends the reader to a shop's address still sells.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
TIME_PRESSURE = "hard-sell.time-pressure"
HARD_SELL = {PUSHY, URGENCY, TIME_PRESSURE}

# (language, the seller's words reported by someone else, the seller's own words to the reader)
REPORTED_PAIRS = [
    # a customer quotes the seller's "book today"
    ("en", "Got a quote for new tyres and the man said £240 'if you book today'. Going to ring round first.",
     "New tyres for just £240 if you book today! Call now, offer ends tonight."),
    ("fr", "Devis pour des pneus : le garagiste m'a dit « 240 € si vous réservez aujourd'hui ». Je vais comparer avant.",
     "Vos pneus neufs pour seulement 240 € si vous réservez aujourd'hui ! Appelez vite, offre valable jusqu'à ce soir."),
    # spam described by the one who gets it
    ("en", "My gran keeps getting those 'claim your reward now' texts and asks me every time if she should reply.",
     "Claim your reward now! Reply YES before midnight to get your £100 voucher."),
    ("fr", "Ma grand-mère reçoit tous les jours des SMS « réclamez votre récompense maintenant » et me demande si elle "
           "doit répondre.",
     "Réclamez votre récompense maintenant ! Répondez OUI avant minuit pour votre bon de 100 €."),
    # a reporter's question about someone else's words
    ("en", "The presenter asked the chancellor whether he would 'act now' on rents. He changed the subject.",
     "Act now! Rents go up tomorrow, lock in your price today with a 20% discount."),
    # a shop's sign named as a thing
    ("en", "Walked past the 'closing down sale' shop again, it's been closing down for two years. Same posters.",
     "Closing down sale! Everything must go, 70% off today only, shop now!"),
    ("fr", "Repassé devant la boutique « liquidation totale », ça fait deux ans qu'elle liquide. Les mêmes affiches.",
     "Liquidation totale ! Tout doit disparaître, -70 % aujourd'hui seulement, foncez !"),
    # a testimony told of a debt
    ("fr", "Mon collègue raconte que le « achetez maintenant, payez plus tard » l'a mené au découvert tous les mois.",
     "Achetez maintenant, payez plus tard ! Votre télé livrée demain, sans justificatif, demande en 2 minutes !"),
]

# (language, a report in indirect speech, the same offer made to the reader)
INDIRECT_PAIRS = [
    ("en", "The aquarium said entry would be free this weekend only, to mark its anniversary. No booking is needed.",
     "Free entry this weekend only! Book your VIP tour now, 50% off, limited places!"),
    ("fr", "L'aquarium sera gratuit ce week-end seulement pour son anniversaire, a indiqué la direction. Pas besoin de réserver.",
     "Entrée gratuite ce week-end seulement ! Réservez vite votre visite VIP, -50 %, places limitées !"),
]

# (language, a buyer telling what they ordered, the shop's own scarcity to the reader)
BUYER_PAIRS = [
    ("en", "I got the last seat on the Friday coach, sorry if you wanted it! They might add another one.",
     "Last seats on the Friday coach! Book yours now, only 2 left, offer ends tonight!"),
    ("fr", "J'ai eu la dernière place dans le car de vendredi, désolée si vous la vouliez ! Ils en ajoutent peut-être un.",
     "Dernières places dans le car de vendredi ! Réservez vite, plus que 2, offre valable ce soir seulement !"),
    ("en", "I ordered the limited edition mug three weeks ago, it's nearly sold out, and still no parcel. Anyone else "
           "waiting?",
     "Limited edition mugs, nearly sold out! Order yours now before Friday!"),
    ("fr", "J'ai commandé l'édition limitée il y a trois semaines et toujours pas de colis. Quelqu'un d'autre attend ?",
     "Édition limitée, bientôt épuisée ! Commandez la vôtre avant vendredi !"),
]


@pytest.mark.parametrize(("lang", "reported", "own"), REPORTED_PAIRS)
def test_a_sellers_words_reported_by_someone_else_are_quiet(lang: str, reported: str, own: str) -> None:
    quiet(reported, lang, HARD_SELL)
    fires(own, lang, HARD_SELL)


@pytest.mark.parametrize(("lang", "buyer", "shop"), BUYER_PAIRS)
def test_a_buyer_telling_what_they_ordered_presses_nobody(lang: str, buyer: str, shop: str) -> None:
    quiet(buyer, lang, HARD_SELL)
    fires(shop, lang, HARD_SELL)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Our customers say \"the best deal of the year\"! 50% off until tonight, only 10 left, order fast at "
           "shop.example.com"),
    ("fr", "Nos clients disent « la meilleure affaire de l'année » ! -50 % jusqu'à ce soir, plus que 10 pièces, "
           "commandez vite sur boutique.example.fr"),
])
def test_a_seller_who_quotes_praise_and_gives_a_shop_address_still_pushes(lang: str, text: str) -> None:
    fires(text, lang, PUSHY)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_words_unquoted_are_the_writers_own(lang: str) -> None:
    quoted = {"en": "The seller told me 'last chance, only 2 left' but the same sign has been up since March.",
              "fr": "Le vendeur m'a dit « dernière chance, plus que 2 » mais la même affiche est là depuis mars."}
    own = {"en": "Last chance, only 2 left! Buy yours now, the sign comes down in March.",
           "fr": "Dernière chance, plus que 2 ! Achetez le vôtre maintenant, l'affiche part en mars."}
    assert not fired(quoted[lang], lang) & HARD_SELL
    assert fired(own[lang], lang) & HARD_SELL


@pytest.mark.parametrize(("lang", "report", "offer"), INDIRECT_PAIRS)
def test_a_report_in_indirect_speech_is_quiet(lang: str, report: str, offer: str) -> None:
    quiet(report, lang, HARD_SELL)
    fires(offer, lang, PUSHY)


# (language, a customer's story of what they bought in the sale, the shop's own sale to the reader)
CUSTOMER_SALE_PAIRS = [
    ("en", "I bought a sofa in your January sale for £499 and one leg has snapped. Could you send a replacement leg?",
     "January sale in our shop: every sofa 30% off until Sunday."),
    ("fr", "Bonjour, j'ai acheté une lampe chez vous pendant les soldes et l'interrupteur ne marche plus. Que faire ?",
     "Les soldes commencent chez nous samedi : -30 % sur toutes nos lampes, venez tôt !"),
]


@pytest.mark.parametrize(("language", "story", "sale"), CUSTOMER_SALE_PAIRS)
def test_a_customer_who_bought_in_the_sale_promotes_no_discount(language: str, story: str, sale: str) -> None:
    """The lead's hand reading (session 14): a customer's complaint named « les soldes » and got a
    give-first.promote-the-gift suggestion; the buyer's own story promotes nothing, the shop's sale still does."""
    selling = {"give-first.promote-the-gift"} | HARD_SELL
    quiet(story, language, selling)
    assert fired(sale, language) & selling  # (the review keeps the strongest finding where two cover one span)


# (language, an event's free admission beside its limited places, free entry into a draw as the bait)
FREE_ADMISSION_PAIRS = [
    ("en", "Our Christmas market is back! 40 local stalls, mulled wine, carols at 4pm and Santa's grotto (£4 per child, "
           "book your slot online as places are limited). Free entry. See you there!",
     "FREE entry into our weekly draw to win £500 cash! Txt WIN to 80086 now, only 3 places left."),
    ("fr", "Notre marché de Noël revient samedi ! 40 exposants, vin chaud, atelier du Père Noël (4 € par enfant, places "
           "limitées, réservez en ligne). Entrée gratuite, venez nombreux !",
     "Participation GRATUITE à notre tirage au sort : gagnez 500 € ! Envoyez GAIN au 71234 maintenant, plus que 3 places."),
]


@pytest.mark.parametrize(("language", "event", "bait"), FREE_ADMISSION_PAIRS)
def test_an_events_free_admission_is_no_bait(language: str, event: str, bait: str) -> None:
    """The lead's hand reading (session 14): a Christmas market's "Free entry." added "free" to its limited
    places and made a hard-sell finding; free admission is a fact about the event, while free entry into a
    draw, with a number to text, is still the bait."""
    quiet(event, language, PUSHY)
    fires(bait, language, PUSHY)


# (language, a charity's annual report that thanks its donors, a brand's own launch that sends the reader to it)
THANKS_PAIRS = [
    ("fr", "Notre rapport annuel est en ligne ! Cette année, vous nous avez aidés à financer 300 repas et 40 ateliers "
           "de quartier. Merci à vous tous.",
     "Notre nouvelle appli est en ligne ! Téléchargez-la dès maintenant sur notre site : www.exemple.fr"),
    ("en", "Our annual report is out! This year you helped us fund 300 meals and 40 neighbourhood workshops. "
           "Thank you to every one of you.",
     "Our new app is live! Download it now from our website: www.example.com"),
]


@pytest.mark.parametrize(("language", "thanks", "launch"), THANKS_PAIRS)
def test_thanks_to_the_donors_announce_no_product(language: str, thanks: str, launch: str) -> None:
    """The lead's hand reading (session 14): « notre rapport annuel est en ligne … merci à vous » was read as
    a brand announcing its own product; thanks (@tribute) speak to the people they honour."""
    quiet(thanks, language, "self-promotion.announcement")
    fires(launch, language, "self-promotion.announcement")
