"""Session 25's hand reading (issue 11): brand and community posts in both languages, read one by one.

About 60 posts of our own were read (podcast episodes, food-bank rotas, hiring posts, outage apologies, newsletters,
server rules, donation matching, launches and their pushy twins, each written in English and in French). What the
merged rounds had left wrong, fixed in general form:
- An apology that makes up for a late order with free delivery on the next one (« la livraison offerte sur leur
  prochaine commande ») drew hard-sell.pushy in French only: « livraison offerte / gratuite » counted as `free`, as
  `price-push` and a third time as a selling word. The selling word now leaves the phrase to the first two, as in
  English; a sale that pushes its free delivery still draws the finding.
- « Achetez-la maintenant avant que votre taille soit épuisée » drew nothing where "Shop it now before your size sells
  out" drew time-pressure: a stock running out said with « être épuisé » is scarcity, and a shop's spring « collection »
  was read as a charity's « collecte » (one stem), which weighed against a sale. A stock told as news (« la farine de
  seigle est épuisée depuis ce matin ») stays quiet.
Each case is a pair: the ordinary post stays quiet on the rule, its twin draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
TIME = "hard-sell.time-pressure"

PAIRS = [
    ("fr", PUSHY, "On s'est plantés. Les commandes de samedi sont parties en retard à cause d'une panne d'imprimante. Les "
     "personnes concernées auront la livraison offerte sur leur prochaine commande, sans code. Désolés.",
     "Livraison offerte sur tout le site ce week-end seulement ! Commandez vite, -30 % avec le code VITE30 !"),
    ("en", PUSHY, "We messed up. Saturday's orders shipped late because of a label printer fault. Everyone affected gets "
     "free shipping on their next order, no code needed. Sorry.",
     "Free shipping on everything this weekend only! Order fast, 30% off with code FAST30!"),
    ("fr", TIME, "La farine de seigle est épuisée depuis ce matin, merci de votre patience : le moulin livre mardi.",
     "Notre collection de printemps vient de sortir 🌸 Achetez-la maintenant avant que votre taille soit épuisée !"),
    ("en", TIME, "The rye flour ran out this morning, thanks for your patience: the mill delivers on Tuesday.",
     "Our spring collection just dropped 🌸 Shop it now before your size sells out!"),
]


@pytest.mark.parametrize("lang, rule, ordinary, pushy", PAIRS, ids=[f"{p[0]}-{p[1]}-{i}" for i, p in enumerate(PAIRS)])
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, pushy: str):
    quiet(ordinary, lang, rule)
    fires(pushy, lang, rule)
