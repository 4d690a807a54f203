"""Precision on ordinary text, round 8 (issue 11, point 4).

Kinds of text a community manager would never call a sales push or a plug: an automatic notice
(an order or an account confirmed), a newsletter's display line, a message asked for in private
with nothing to sell, a trade told in the first person, a past expiry reported in a work thread,
a team's birthday wishes, a blog post's footnote references, a question asking leave to share,
a short reply in a chat.
Each case is written twice: the ordinary text stays quiet, and the same words turned into the
push (a threat, a deadline, an ask) still fire, so the quiet comes from the kind of text and not
from a rule that went deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet

PUSHY = "hard-sell.pushy"

# (rule, language, the ordinary text, the push it must still catch)
PAIRS = [
    # an automatic notice (@service-notice) against phishing dressed as one
    (PUSHY, "en",
     "Registration confirmed - welcome to the forum! Do not reply to this message. If you did not request "
     "this account, click here.",
     "Your account has been suspended! Do not reply to this message: click here to verify your details "
     "within 24 hours."),
    (PUSHY, "fr",
     "Inscription confirmée, bienvenue sur le forum ! Ne répondez pas à ce message. Si vous n'êtes pas à "
     "l'origine de cette demande, cliquez ici.",
     "Votre compte a été suspendu ! Ne répondez pas à ce message : cliquez ici pour confirmer vos coordonnées "
     "avant 24 heures."),
    # a newsletter's display line against a real ask to click
    (PUSHY, "en",
     "If this message is not displaying properly, click here to view it in your browser. In this issue: "
     "spring in the garden, shop news.",
     "Spring in the garden: click here and shop the sale now, 40% off everything."),
    (PUSHY, "fr",
     "Si ce message ne s'affiche pas correctement, cliquez ici pour le voir dans votre navigateur. Au "
     "sommaire : le jardin au printemps.",
     "Le jardin au printemps : cliquez ici et commandez maintenant, -40 % sur tout."),
    # a message asked for in private, alone against beside an offer
    (PUSHY, "en", "Just dm me your email bro, I need one more for the team sheet",
     "DM me for the promo code, only 5 left!"),
    (PUSHY, "fr", "écris-moi en mp pour l'adresse de la soirée",
     "écris-moi en mp pour le code promo, plus que 5 places !"),
    # a trade told in the first person against a coin pushed
    (PUSHY, "en", "just buy 20 puts $nvda, wish me luck", "buy $tsla now, 100x soon, last chance to get in!"),
    (PUSHY, "fr", "j'ai acheté 20 actions $tsla hier, on verra bien",
     "achetez $tsla maintenant, dernière chance avant le 100x !"),
    # a past expiry reported in a work thread against an offer that expires
    (PUSHY, "en",
     "Purchase should be from the old supplier under deal ticket 4411, which expired in September; the new "
     "one is now in the system.",
     "This deal expires in 2 days: order now and save 30%!"),
]

# (rule, language, the ordinary text, the same kind of text that still fires)
OTHERS = [
    # a short reply in a chat (its markers: "wait so", "ugh", « attends donc », « zut ») against the same
    # words without them, which read as a brand's post that forgets its reader
    ("relevance.talk-to-the-reader", "en",
     "Wait so I should not sell our new shavers by telling my customers that they are not good enough and "
     "could do better. Ugh.",
     "So I should not sell our new shavers by telling my customers that they are not good enough and could "
     "do better."),
    ("relevance.talk-to-the-reader", "fr",
     "Attends donc je devrais pas vendre nos nouveaux rasoirs en disant à mes clients qu'ils sont pas assez "
     "bien et qu'ils pourraient faire mieux. Zut.",
     "Donc je devrais pas vendre nos nouveaux rasoirs en disant à mes clients qu'ils sont pas assez bien et "
     "qu'ils pourraient faire mieux."),
    # a team's birthday wishes (@tribute) against a brand post of the same length
    ("give-first.share-knowledge", "en",
     "Happy birthday! Our team would like to take time out on Friday afternoon to wish a happy birthday to all "
     "of our team members born in June and July: Anna, Paul, Maria and Kevin. We will celebrate with cake and "
     "punch in the kitchen at 3 pm, come along!",
     "Big news! Our team would like to take time out on Friday afternoon to show the new range to all of our "
     "customers in town: candles, soaps, mugs and scarves. We will open with cake and punch in the shop at "
     "3 pm, come along!"),
    ("give-first.share-knowledge", "fr",
     "Joyeux anniversaire ! Notre équipe aimerait prendre un moment vendredi après-midi pour souhaiter un "
     "joyeux anniversaire à tous les membres de notre équipe nés en juin et juillet : Anna, Paul, Maria et "
     "Kevin. Nous fêterons cela avec un gâteau dans la cuisine à 15 h, venez nombreux !",
     "Grande nouvelle ! Notre équipe aimerait prendre un moment vendredi après-midi pour présenter la nouvelle "
     "collection à tous nos clients du quartier : bougies, savons, tasses et foulards. Nous ouvrirons avec un "
     "gâteau à la boutique à 15 h, venez nombreux !"),
    # a work mail's "we will be holding meetings" against a brand that shows up somewhere
    ("give-first.share-knowledge", "en",
     "Dates and places have changed: we will be holding floor meetings on the following dates with the whole "
     "department, so come along to the entrance of the main hall: Tuesday 17 April at 10 am, Wednesday 18 "
     "April at 2 pm, Thursday 19 April at 9 am.",
     "Dates and places have changed: we will be at the garden fair on the following dates with the whole "
     "range, so come along to the entrance of the main hall: Tuesday 17 April at 10 am, Wednesday 18 April "
     "at 2 pm, Thursday 19 April at 9 am."),
    ("give-first.share-knowledge", "fr",
     "Les dates ont changé : nous serons en réunion d'étage aux dates suivantes avec tout le service, "
     "rendez-vous à l'entrée du grand hall : mardi 17 avril à 10 h, mercredi 18 avril à 14 h, jeudi 19 "
     "avril à 9 h, et samedi toute la journée.",
     "Les dates ont changé : nous serons au salon du jardin aux dates suivantes avec toute la gamme, "
     "rendez-vous à l'entrée du grand hall : mardi 17 avril à 10 h, mercredi 18 avril à 14 h, jeudi 19 "
     "avril à 9 h, et samedi toute la journée."),
    # a trading desk's own deal and ticket numbers against the same words selling
    ("hard-sell.sales-density", "en",
     "carlos, i created the following deal for 4/01 production: deal #: 689508 meter #: 98-6782 deal volume: "
     "5,000 expected vol.: 4,200 price: ifhsc less $0.05, the best price and deal we could buy and sell at for "
     "the purchase.",
     "carlos, here is the deal for 4/01: deal volume: 5,000 expected vol.: 4,200 price: less $0.05, the best "
     "price and deal you can buy, sell or purchase at, the deal of the year, buy now at this price."),
    ("hard-sell.sales-density", "fr",
     "Carlos, j'ai créé l'affaire suivante pour la production du 4/01 : contrat n° 689508, compteur 98-6782, "
     "volume 5 000, prix : moins 0,05 $, le meilleur prix pour l'achat, la vente et la commande au prix du "
     "marché, promo comprise.",
     "Carlos, voici l'affaire pour la production du 4/01 : volume 5 000, prix : moins 0,05 $, le meilleur prix "
     "pour l'achat, la vente et la commande au prix du marché, promo comprise."),
    # footnote references of one post against links lined up
    ("self-promotion.too-many-links", "en",
     "A fine write-up on HTTP caching. Link[1] Discuss[2] Source[3] [1] https://example.com/cache "
     "[2] https://forum.example.org/thread/5 [3] http://blog.example.net/origin",
     "A fine write-up on HTTP caching: https://example.com/cache, https://forum.example.org/thread/5 and "
     "http://blog.example.net/origin"),
    ("self-promotion.too-many-links", "fr",
     "Un bel article sur le cache HTTP. Lien[1] Discussion[2] Source[3] [1] https://exemple.fr/cache "
     "[2] https://forum.exemple.org/fil/5 [3] http://blog.exemple.net/origine",
     "Un bel article sur le cache HTTP : https://exemple.fr/cache, https://forum.exemple.org/fil/5 et "
     "http://blog.exemple.net/origine"),
    # asking leave to share someone else's work against pointing to one's own page
    ("self-promotion.plug", "en",
     "Do you mind if I post these on my pages? They are beautiful.",
     "I post these on my pages every day, they are beautiful."),
    ("self-promotion.plug", "fr",
     "Elles sont magnifiques, ça te dérange si je les poste sur ma page ?",
     "Elles sont magnifiques, je les poste sur ma page, allez voir !"),
    # « suis-moi » in a game against pointing to an account
    ("self-promotion.plug", "fr",
     "Viens et suis-moi, je connais un raccourci vers le boss du niveau 3 !",
     "Suis-moi sur insta, je poste un raccourci vers le boss du niveau 3 !"),
]


@pytest.mark.parametrize(("rule", "lang", "ordinary", "push"), PAIRS + OTHERS,
                         ids=[f"{r}-{lang}-{i}" for i, (r, lang, _, _) in enumerate(PAIRS + OTHERS)])
def test_ordinary_text_is_quiet_and_the_same_kind_of_push_still_fires(rule, lang, ordinary, push):
    quiet(ordinary, lang, rule)
    fires(push, lang, rule)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_automatic_order_confirmation_is_no_sales_push(lang):
    notice = {
        "en": "This is an automatic confirmation of the order you have placed using the purchasing site. "
              "Order for: Jane Doe, 1 x standard desktop $1262, 2 x monitor $310, 1 x dock $189, price total "
              "$2071, purchase approved, deal number 4471, discount applied, best price for the order.",
        "fr": "Ceci est une confirmation automatique de la commande que vous avez passée sur le site d'achats. "
              "Commande pour : Jeanne Durand, 1 x ordinateur standard 1262 €, 2 x écran 310 €, 1 x station 189 €, "
              "prix total 2071 €, achat validé, promo appliquée, meilleur prix pour la commande.",
    }[lang]
    found = fired(notice, lang)
    assert not found & {PUSHY, "hard-sell.sales-density"}
