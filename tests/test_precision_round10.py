"""Precision on ordinary text, round 10 (issue 11, point 4): hard-sell.pushy.

Kinds of text a community manager would not call a hard sell: a family's birth news pointing
to a page of "new arrivals", money in someone else's bank account talked about in a comment,
a mailing-list thread that names a project ("call it ...") and says something "would be one of
the first places" to break, a digest of headlines each credited to a paper and a date.
Each case is written twice: the ordinary text stays quiet, and the same kind of text turned into
the push still fires, so the quiet comes from the kind of text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"

# (language, the ordinary text, the same kind of text that still fires)
PAIRS = [
    # a birth announced with a site and "click on new arrivals" against a baby shop's new arrivals
    ("en",
     "We are so happy to announce the birth of our son, he was born on Monday and weighed 8 pounds. Photos at "
     "www.ward-example.org, click on new arrivals; mother and baby are doing fine.",
     "New arrivals for your little one: click on www.baby-example.com for 20% off, this week only."),
    ("fr",
     "Nous avons la joie d'annoncer la naissance de notre fils, il pesait 3,5 kilos. Les photos sont sur "
     "www.maternite-exemple.fr, cliquez sur nouveautés ; maman et bébé vont bien.",
     "Nouveautés pour votre bébé : cliquez sur www.bebe-exemple.fr, -20 % cette semaine seulement."),
    # someone else's bank account in a discussion against a request for the reader's account
    ("en",
     "Parents who take money from their children don't just look at their bank account and think a 3000 dollar "
     "deposit showed up by magic.",
     "Send us your bank account number to release the 3000 dollar deposit waiting for you."),
    ("fr",
     "Les parents qui prennent l'argent de leurs enfants ne regardent pas leur compte bancaire en pensant qu'un "
     "dépôt de 3000 euros est arrivé par magie.",
     "Envoyez-nous votre compte bancaire pour débloquer le dépôt de 3000 euros qui vous attend."),
    # peers on a list naming a project against a launch that asks to be among the first
    ("en",
     "Re: [dev-list] A distro of our own? It would be hard work, call it Basalt Linux, and the installer would be "
     "one of the first places it breaks.",
     "Be one of the first to try Basalt Linux Pro: call now, only 50 licences left!"),
    # a digest of credited headlines about money against a fund pitching the same words
    ("en",
     "press digest: fund put $40 million in a firm that went bust bloomberg, 12/03/01; exchange clears all "
     "trades after withdrawal from asia reuters, 12/03/01",
     "Put $40 in our trading fund today, trades every hour and withdrawal any time, click to join!"),
    ("fr",
     "Revue de presse : le fonds a placé 40 millions d'euros dans une société en faillite, Les Echos, 03/12/01 ; "
     "la bourse valide toutes les transactions, Le Monde, 03/12/01.",
     "Placez 40 € dans notre fonds de trading aujourd'hui, gains garantis, cliquez pour rejoindre !"),
]


@pytest.mark.parametrize(("language", "ordinary", "push"), PAIRS)
def test_ordinary_text_is_quiet_and_the_push_still_fires(language: str, ordinary: str, push: str):
    quiet(ordinary, language, PUSHY)
    fires(push, language, PUSHY)


def test_a_family_announcement_does_not_hide_a_shop_pitch():
    """The family's words pull the sum down; they do not silence a pitch that piles up signals."""
    pitch = ("Proud parents? Celebrate the birth of your baby girl with our new arrivals: 40% off, "
             "only 5 left, order now at www.baby-example.com!")
    fires(pitch, "en", PUSHY)
