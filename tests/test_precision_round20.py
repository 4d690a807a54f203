"""Precision on ordinary posts, round 20 (issue 11): a customer who asks for help with a promo code announces
nothing. `self-promotion.announcement` reads the help-request list as a gate (`@help-request`: "can anyone",
« quelqu'un a réussi »), as `give-first.value-before-ask` does since round 19; the shop that announces its own
code still gets the finding."""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "self-promotion.announcement"

PAIRS = [
    ("fr", "Mon code promo ne marche pas, il devait être valable jusqu'à dimanche. Quelqu'un a déjà eu le souci ?",
     "C'est parti : notre nouvelle collection est en ligne ! Profitez de notre code promo NOEL20 sur notre boutique, "
     "lien en bio 👉 https://boutique.example/noel #nouveaute #soldes"),
    ("fr", "Mon code promo est refusé alors que la pub le disait valable jusqu'à dimanche ?? Quelqu'un sait si "
           "c'est normal ?",
     "C'est parti : notre nouvelle collection est en ligne ! Profitez de notre code promo NOEL20 sur notre boutique, "
     "lien en bio 👉 https://boutique.example/noel #nouveaute #soldes"),
    ("en", "My promo code says expired but the email said it was valid until Sunday?? Can anyone tell me if it still "
           "works in the app?",
     "Introducing our new winter collection, live now! Use our promo code SNOW20 in our shop, link in bio "
     "https://shop.example/winter #newdrop #sale"),
]


@pytest.mark.parametrize("language, ordinary, push", PAIRS)
def test_a_customer_asking_about_a_code_announces_nothing_and_the_shop_s_code_still_does(language, ordinary, push):
    quiet(ordinary, language, RULE)
    fires(push, language, RULE)
