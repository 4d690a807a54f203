"""hard-sell.pushy, round seventeen (issue 11): a handful of known kinds, each as a pair.

CAUGHT: tax-refund phishing (a refund announced, then a claim asked for) and parcel-fee phishing (a
parcel said to be held beside a small fee), in both languages. QUIET: "X sells out" as a betrayal in a
headline, a customer's goodbye to a closing shop, an order confirmation that lists what was bought, a
staff mail about ordering through the IT portal, a trial's renewal notice, an office gift swap. Each
quiet kind has a pushy twin on the same surface that must still add up, so a fix that only removed a
signal would fail here.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "hard-sell.pushy"

CAUGHT = [
    ("en", "You are due a tax refund, claim it here"),
    ("en", "Good news: you are entitled to a tax refund of $412. Claim your refund at irs-return.example.com"),
    ("fr", "Vous avez droit à un remboursement d'impôt, réclamez-le sur ce lien"),
    ("fr", "Bonne nouvelle : un remboursement d'impôts de 287 € vous attend, réclamez-le sur impots-retour.example.fr"),
    ("en", "Your parcel is held, a fee of £2.99 is required, pay now"),
    ("en", "Your package is on hold: a customs fee of $1.95 is due, pay it at track-pkg.example.com"),
    ("fr", "Votre colis est en attente, frais de 1,99 € à régler"),
    ("fr", "Votre colis est bloqué : des frais de douane de 2,49 € sont à payer sur suivi-colis.example.fr"),
    # the stock meaning of selling out still counts
    ("en", "Tickets are selling out, book now"),
    ("en", "Almost sold out, order now"),
    # the quiet kinds' pushy twins
    ("en", "We're closing down! Everything 50% off, only 10 left, shop now at corner-shop.example.com"),
    ("fr", "On ferme ! Tout à -50 %, plus que 10 en stock, commandez maintenant sur boutique.example.fr"),
    ("en", "Start your free trial today! Only $9.99/month, offer ends tonight: app-deal.example.com"),
]

QUIET = [
    ("en", "Integrity sells out: why the senator changed his mind"),
    ("en", "Selling out: the day my favourite band signed with a bank"),
    ("fr", "Le groupe a vendu son âme : pourquoi le nouvel album sonne comme une pub"),
    ("en", "Our corner shop is closing down, everything 50% off, sad to see it go"),
    ("fr", "Ma librairie préférée ferme : tout à -50 %, ça va me manquer."),
    ("en", "The cheese shop on our street is closing down, 40% off all stock this week. Sad, I used to go there every Saturday."),
    ("fr", "La fromagerie de la rue ferme, tout à -40 % cette semaine. Triste, on y allait chaque samedi."),
    ("fr", "Merci pour votre commande n° 5521 : 2 cartouches d'encre 24,90 €, 1 ramette 6 €. Livraison offerte."),
    ("fr", "Merci pour votre commande ! 2 x t-shirt 19,90 €, 1 x casquette 12 €, livraison offerte."),
    ("en", "Thank you for your order: 2 x ink cartridges $24.90, 1 x paper ream $6. Free delivery."),
    ("en", "New headsets for home working: £45 each from your team budget. Order yours through the IT portal."),
    ("fr", "Les nouveaux casques sont arrivés, 45 € sur le budget de l'équipe : commandez le vôtre via le portail informatique."),
    ("en", "Your trial renews at $9.99/month on 3 May."),
    ("en", "Your free trial ends on 3 May and then renews at $9.99/month. Cancel anytime in Settings."),
    ("fr", "Votre essai se renouvelle à 9,99 €/mois le 3 mai, résiliable dans les réglages."),
    ("en", "Secret Santa is back! Sign up by Friday, spend limit £10, gift exchange at the party. Don't miss out!"),
    ("en", "Office gift exchange: draw a name by Friday, £10 limit, gifts at the Christmas party. Don't miss it!"),
    ("fr", "Père Noël secret ! Tirez votre nom avant vendredi, budget 10 €, échange des cadeaux à la fête du 18 décembre. Ne ratez pas ça !"),
    # either half of the parcel scam alone is a courier's ordinary notice; a refund told as news
    ("en", "Your parcel is waiting at the post office, bring your ID."),
    ("fr", "Le remboursement d'impôt arrive en juillet pour la plupart des foyers, selon le ministère."),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_pushy_kind_is_found(lang: str, text: str) -> None:
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_ordinary_kind_stays_quiet(lang: str, text: str) -> None:
    quiet(text, lang, RULE)
