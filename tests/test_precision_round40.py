"""Precision on ordinary English and French posts, round 40 (issue 11): sales words, deadlines and prices in someone's own day.

What must hold, each case a pair (the ordinary draft is quiet on hard-sell, its pushy twin still draws it):
- A sales word in scare quotes with the charge it really made, told by the customer ('That "free" trial charged me
  £9.99', « L'essai « gratuit » m'a prélevé 9,99 € ») is irony (hard-sell.pushy `quoted-charged`); the seller's own
  quoted "free" with a price to come still sells.
- The "X: … Also X: …" joke sets a seller's slogan against its deeds (@joke-sale); the slogan said outright still sells.
- A group's own food order ("who wants what?", « qui veut quoi ? ») is no shop's order (`group-order`, @personal).
- A meeting's own link in an invitation is no call to click; a link to claim a voucher is.
- One's own password expiring, with a warning against links, is an IT notice (urgency exceptions, @pushy-scam-talk).
- French elision: « dernière chance d'admirer la comète » is a sight, as « de voir » was.
- A relative's own pass running out (`kin-expiry`) and a deadline received (`deadline-received`: « ils m'ont donné
  48 h pour ») are someone's own dates (hard-sell.time-pressure).
- Urgency words on one's own day: a countdown to one's driving test, a place to swim before its demolition.
- A grant named by its public purpose, in a headline's shape (@headline); the same with "your" and "!" is no headline.
- A price told between friends with a chat marker (« mdr … seulement 2 € ») is no price tag (hard-sell.price-tag now
  reads @personal, as hard-sell.urgency does).
Each ordinary draft drew hard-sell on main before this round (checked against main `87d31f7`), except the English
"Also supermarkets" joke, the French flat offered for 48 hours and the English driving test, which were already quiet
and guard the new signals' neighbours.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

HARD_SELL = "hard-sell."

PAIRS = [
    # a scare-quoted sales word with the charge it really made; the seller's own quoted word
    ("en", 'That "free" trial charged me £9.99 the day it ended. Set a reminder, everyone.',
     'Our "free" trial: just £1 today, then £9.99 a month. Start now!'),
    ("fr", "L'essai « gratuit » m'a prélevé 9,99 € le jour de la fin. Mettez un rappel, tout le monde.",
     "Notre essai « gratuit » : 1 € aujourd'hui, puis 9,99 € par mois. Commencez maintenant !"),
    # the "X: … Also X: …" joke; the shop's own slogan
    ("en", 'Supermarkets: "prices slashed!!" Also supermarkets: added 40p to the milk last week. We see you.',
     "Prices slashed!! 40% off everything this weekend only, shop now!"),
    # a group's own order; a shop's order
    ("en", "Order now or the curry house stops delivering at ten, who wants what?",
     "Order now, the kitchen closes at ten! 20% off every curry, tonight only!"),
    ("fr", "Commande maintenant sinon le chinois ne livre plus après 22 h, qui veut quoi ?",
     "Commandez maintenant, la cuisine ferme à 22 h ! -20 % sur tous les plats, ce soir seulement !"),
    # a meeting's own link; a phish's link
    ("en", "Click the link in the invite to join the call at 3, the slides are in the calendar entry.",
     "Click the link now to claim your £100 voucher before midnight!"),
    # one's own password expiring, with the warning off links
    ("en", "Reminder: your password expires in 3 days. Change it from the usual portal, never from a link in an email.",
     "Your password expires today! Click here now to keep your account, or lose access within 24 hours!"),
    # French elision: a sight to see before it goes; a shop's last chance
    ("fr", "Dernière chance d'admirer la comète ce soir, elle ne reviendra pas avant 2090.",
     "Dernière chance de profiter de -50 % sur la collection, commandez ce soir !"),
    # a relative's own pass expiring; a seller's offer expiring
    ("en", "my sister's railcard expires friday, she says you can borrow it for the trip on thursday!",
     "Membership at £49 for the year until Sunday, 80% sold. Book yours!"),
    # a deadline received, not pressed
    ("fr", "ils m'ont donné 48 h pour accepter l'appart !! 900 € par mois, je fais quoi",
     "Plus que 48 h pour réserver votre appartement à 900 € par mois, dépêchez-vous !"),
    # urgency words on one's own day
    ("en", "Only 3 weeks left until my driving test and I still can't reverse park",
     "Only 3 days left to book your driving lessons at 30% off, hurry!"),
    ("fr", "Dernière chance de nager dans la vieille piscine avant la démolition en mai, qui vient ?",
     "Dernière chance de profiter de notre piscine à -30 %, réservez maintenant !"),
    # a grant named by its public purpose in a headline
    ("en", "Only days left to apply for home insulation grant",
     "Only days left to claim your home insulation grant! Call us now"),
    # a price told between friends; a price tag
    ("fr", "mdr le bus pour la plage est à seulement 2 € maintenant, faut qu'on y aille plus souvent",
     "Le bus pour la plage à seulement 2 € ! Réservez vite votre place !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_draws_hard_sell(lang: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(twin, lang, HARD_SELL)


def test_a_scare_quote_without_a_charge_told_still_sells() -> None:
    """quoted-charged needs both halves: the quote and a past charge to the customer; a seller's "free" is left counting."""
    text = 'Get our "free" starter box today, then £29.99 a month. Sign up now, only 100 boxes left!'
    fires(text, "en", HARD_SELL)


def test_someone_elses_offer_expiring_is_not_read_as_a_relatives_pass() -> None:
    """kin-expiry names the writer's or a relative's own pass; « votre offre … expire » is the seller's date and still counts."""
    text = "Votre offre d'adhésion expire dimanche. Réservez votre place, 49 € l'année !"
    fires(text, "fr", "hard-sell.time-pressure")
