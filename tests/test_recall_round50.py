"""Recall round 50 (issue 11, session 33): the SMS and mail shapes strangers send, read by kind in both languages, each
pinned beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard-sell.pushy: a bill with a service taken away unless paid at once through a link (a council's bins, a line cut); the
  first N who act getting a deal that ends after them; adult streams sold with a free sign-up; copies of luxury watches sold
  cheap; gains credited to a person one "invested with".
- their ordinary twins stay quiet on hard-sell.pushy: a council's own collection notice, a club's first members thanked, a
  parents' warning about adult links, a grandfather's watch repaired, a pension invested with a fund.
- self-promotion: one's own newsletter with its link below, links swapped with a stranger's site, one's own piece "free to
  read". A school form below, a paper's free essay and a friend's newsletter praised stay quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw hard-sell.pushy
PUSHY_PAIRS = [
    ("a service taken away unless paid within hours through a link",
     "Council: your green bin permit is overdue. Settle £42 at bins-renew-now.com within 48 hrs or your bin will be collected",
     "Mairie : votre abonnement aux déchets verts est en retard, réglez 42 € sous 48 h sur bacs-renouveler.fr ou votre bac sera retiré"),
    ("a phone line cut unless a fee is paid today",
     "Final reminder: pay the £3.99 fee today at line-keep.net or your number will be disconnected",
     "Dernier rappel : payez les 3,99 € aujourd'hui sur ligne-garder.fr sinon votre ligne sera coupée"),
    ("the first N getting a deal that ends after them",
     "Presale is open: the first 40 members get lifetime access at half price, after that it's gone",
     "La prévente est lancée : les 40 premiers membres ont l'accès à vie à moitié prix, après c'est fini"),
    ("adult streams with a free sign-up",
     "Uncensored 18+ videos, new girls every day, sign up free at hotcams-now.xxx",
     "Vidéos pour les +18 sans censure, nouvelles filles chaque jour, inscription gratuite sur camchaudes.xxx"),
    ("copies of luxury watches sold cheap",
     "Replica watches from $79, Swiss quality, free shipping, order today",
     "Copies suisses de montres de luxe dès 79 €, livraison offerte, commandez aujourd'hui"),
    ("gains credited to a person one invested with",
     "Invested with Mrs Carter last month and made my first profit in 3 days, message her",
     "J'ai investi avec Madame Carter le mois dernier et j'ai eu mes premiers gains en 3 jours, écrivez-lui"),
]

# (what, English, French): neither may draw hard-sell.pushy
ORDINARY_PAIRS = [
    ("a council's own collection notice",
     "Green bin collections restart on 3 March. If you renewed your permit, your bin will be emptied every other Monday",
     "Les collectes de déchets verts reprennent le 3 mars. Si vous avez renouvelé l'abonnement, votre bac sera vidé un lundi sur deux"),
    ("a club's first members thanked",
     "The first 40 members of the choir got a thank-you card at the concert",
     "Les 40 premiers membres de la chorale ont reçu une carte de remerciement au concert"),
    ("a parents' warning about adult links",
     "Parents, fake accounts are sending 18+ links in game chats, please talk to your kids",
     "Parents, de faux comptes envoient des liens +18 dans les chats de jeux, parlez-en à vos enfants"),
    ("a grandfather's watch repaired",
     "Grandad's Swiss watch is fixed at last, it cost £79 but it runs perfectly",
     "La montre suisse de mon grand-père est enfin réparée, 79 € mais elle marche parfaitement"),
    ("a pension invested with a fund",
     "I invested with an index fund for ten years, slow and boring but it worked",
     "J'ai investi dans un fonds indiciel pendant dix ans, lent et ennuyeux mais ça a marché"),
]

# (what, English, French): both must draw self-promotion or give-first
PROMO_PAIRS = [
    ("one's own newsletter with its link below",
     "I write a free monthly newsletter about growing veg in pots, subscribe with the link below",
     "J'écris une newsletter gratuite chaque mois sur le potager en pots, inscription juste en dessous"),
    ("links swapped with a stranger's site",
     "Hello, I run a baking blog and would love to exchange links with your site",
     "Bonjour, je tiens un blog de pâtisserie et j'aimerais échanger des liens avec votre site"),
    ("one's own piece, free to read",
     "New post on my Substack about leaving the city, free to read, tell me what you think",
     "Nouveau texte sur mon substack sur mon départ de la ville, gratuit à lire, dites-moi ce que vous en pensez"),
]

# (what, English, French): neither may draw self-promotion.plug
ORDINARY_PROMO_PAIRS = [
    ("a school form below",
     "The sign up sheet for the school fair is in the link below, thanks to all volunteers",
     "La fiche d'inscription pour la kermesse est ci-dessous, merci aux bénévoles"),
    ("a paper's free essay",
     "Loved this essay, it's free to read on the paper's website",
     "J'ai adoré cet essai, il est gratuit à lire sur le site du journal"),
    ("a friend's newsletter praised",
     "My friend writes a lovely newsletter about birds, I read it every Sunday",
     "Mon amie écrit une jolie lettre sur les oiseaux, je la lis chaque dimanche"),
]


@pytest.mark.parametrize(("what", "en", "fr"), PUSHY_PAIRS, ids=[p[0] for p in PUSHY_PAIRS])
def test_a_pushy_shape_draws_hard_sell_pushy_in_both_languages(what, en, fr):
    fires(en, "en", PUSHY)
    fires(fr, "fr", PUSHY)


@pytest.mark.parametrize(("what", "en", "fr"), ORDINARY_PAIRS, ids=[p[0] for p in ORDINARY_PAIRS])
def test_its_ordinary_twin_stays_quiet_on_pushy_in_both_languages(what, en, fr):
    quiet(en, "en", PUSHY)
    quiet(fr, "fr", PUSHY)


@pytest.mark.parametrize(("what", "en", "fr"), PROMO_PAIRS, ids=[p[0] for p in PROMO_PAIRS])
def test_ones_own_writing_pushed_draws_self_promotion_in_both_languages(what, en, fr):
    fires(en, "en", PROMO)
    fires(fr, "fr", PROMO)


@pytest.mark.parametrize(("what", "en", "fr"), ORDINARY_PROMO_PAIRS, ids=[p[0] for p in ORDINARY_PROMO_PAIRS])
def test_its_ordinary_twin_stays_quiet_on_the_plug_in_both_languages(what, en, fr):
    quiet(en, "en", "self-promotion.plug")
    quiet(fr, "fr", "self-promotion.plug")
