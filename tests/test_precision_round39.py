"""Precision on ordinary English and French posts, round 39 (issue 11): money, deadlines and offers mentioned, not sold.

What must hold, each case a pair (the ordinary draft is quiet on hard-sell, its pushy twin still draws it):
- A scam warning that tells the reader to hang up, says it is not their bank, or describes someone asking for cash
  upfront (« raccrochez », « ce n'est pas votre banque », « ne tombez pas dans le panneau », « demande du liquide
  d'avance ») quotes the bait to disarm it (hard-sell.pushy `scam-talk`, and hard-sell.urgency's gate).
- An automatic out-of-office reply that gives a number for urgent matters (`out-of-office`: "I'm away until",
  « je suis absent jusqu'au ») calls nobody to buy; a sale that merely starts with "I'm away" still sells.
- A shop's sales word quoted, then debunked ("a \"limited edition\" drink, turned out to be the same",
  « « édition limitée » : en fait la même ») is a customer's sarcasm (@joke-sale); the quoted word alone is not.
- A shopper's visit told ("Went yesterday and got …", « J'y suis allé hier ») and a shopper's empty wallet beside a
  sale ("my wallet has £15") are a customer's day (@sale-told).
- A friend's poll closing ("last chance to say if you want in") is no sales deadline; "last chance to order" is.
- A customer weighing a switch aloud (« ça vaut le coup si … ? ») asks others (@pushy-help-ask).
Each ordinary draft drew hard-sell on main before this round (checked against main `523130c`), except the first English
scam warning and the French « édition limitée », which were already quiet and guard the new signals' neighbours.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

HARD_SELL = "hard-sell."

PAIRS = [
    # scam warnings: hang up / not your bank; cash asked upfront at the door
    ("en", "PSA: if \"your bank\" texts a link to \"verify your account\", it is not your bank. Hang up and ring the number on your card.",
     "Verify your account now at secure-bank-check.example or it will be suspended within 24 hours!"),
    ("fr", "Un faux livreur passe « aujourd'hui seulement » et demande du liquide d'avance pour un colis. Ne tombez pas dans le panneau.",
     "Aujourd'hui seulement : -50 % sur tout le magasin, commandez vite avant minuit !"),
    ("en", "Heads up: two men are offering gutter cleaning \"today only\" on Park Road and asking for cash upfront.",
     "Gutter cleaning 30% off today only! Book now, only 3 slots left!"),
    # an out-of-office reply with a number for urgent matters; a sale that opens with the same words
    ("fr", "Objet : Absence\n\nJe suis absent jusqu'au lundi 9. Pour toute urgence sur une commande, appelez le standard au 01 00 00 00 00.",
     "Je suis absent jusqu'à lundi, mais pas nos soldes ! -40 % sur tout, dernière chance, commandez vite !"),
    # a sales word quoted and debunked; the seller's own quoted word
    ("en", "Saw a \"limited edition\" cereal at the shop, turned out to be the same one with a new box.",
     "Our \"limited edition\" cereal is back: only 50 boxes left, order now!"),
    ("fr", "Une boisson « édition limitée » au supermarché : en fait la même avec une nouvelle étiquette.",
     "Notre boisson « édition limitée » est de retour : plus que 50 packs, commandez vite !"),
    # a shopper's visit and wallet; the shop's call
    ("en", "The bakery does all its bread half price after 4pm. Went yesterday and got a sourdough for £1.80",
     "All our bread half price after 4pm! Come in now, only while stocks last!"),
    ("en", "The game store's summer sale starts Friday. My wishlist has 25 games and my wallet has £12. Pray for me",
     "Summer sale starts tomorrow! 70% off 40 games, buy now before it ends!"),
    # a friend's poll closing; a sales deadline
    ("en", "last chance to say if u want in on the group gift for sarah, collecting £10 each by wed",
     "Last chance to order your gift box, £10 off, ends Wednesday, shop now!"),
    # a switch weighed aloud; the provider's pitch
    ("fr", "J'ai changé de fournisseur d'électricité, 50 € offerts au passage, mais le tarif n'est que 2 % moins cher. Ça vaut le coup si vous étiez au tarif réglementé ?",
     "Changez de fournisseur aujourd'hui : 50 € offerts et un tarif moins cher, souscrivez maintenant !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_draws_hard_sell(lang: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(twin, lang, HARD_SELL)


def test_a_warning_word_does_not_quiet_a_phish_that_keeps_its_threat_and_link() -> None:
    """scam-talk is −3: a pitch that says "don't hang up" still keeps its prize, deadline and link."""
    text = "Congratulations! You have WON a £500 voucher. Don't hang up, claim now at win-prize.example before midnight!"
    fires(text, "en", HARD_SELL)
