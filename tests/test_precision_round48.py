"""Precision on kinds earlier breadth sets lacked, round 48 (issue 11, session 31, "breadth48"): a pool's timetable, a
power cut, a birth announced, a retirement, bin days, a tabletop game, an astronomy club, a product recall, a witness
appeal, results day, a vet's reminder, a new colleague, a walking club, a pet adopted, a fantasy league, and the lead's
leftovers.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- A host's RSVP ("reply YES if you can make it", « réponds OUI si tu viens ») answers an invitation: no text-to keyword;
  "Reply YES to claim" still is one.
- A saying with a selling word ("no such thing as a free lunch", « rien n'est gratuit ») offers nothing; a promotion that
  opens on the saying keeps its own signals.
- An airdrop's victim who got nothing ("never got a token", « jamais reçu de token ») warns, a claim page pushes.
- A witness appeal (« appel à témoins », "appeal for witnesses") asks for what people saw, a premium line sells.
- Crypto sworn off (« je n'achèterai plus jamais de crypto », as "never buying crypto again") is talk about a loss.
- A public emergency or police number ("ring 101", « appelez le 17 ») sends the reader to a public service; a premium
  line keeps its call. « la promo 2026 » names a graduating class, not a sale.
- One's own raffle win told to a friend (« j'ai gagné un bon d'achat ») is news; "you have won a voucher, click" is bait.
- A family's news ("our little girl was born on Sunday", « la naissance de notre petite ») speaks for a family: the
  reader rules stay quiet; a brand's launch told in "we" still draws them.
- Pride in a school year named by its number ("proud of the year 13s", « fiers de nos 3e ») is thanks, not self-praise.
- A shop's own code in its own post about its own range is a sale (hard-sell's, when it pushes), not a comment pointing
  to one's own spaces; a musician's code with a link in bio still is a plug.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

PUSHY = "hard-sell.pushy"
READER = ("relevance.reader-focus", "relevance.talk-to-the-reader", "conversation.ask-a-question")
FOCUS = "relevance.reader-focus"
PRIDE = "relevance.self-congratulation"
PLUG = "self-promotion.plug"

# (language, rules the ordinary draft must not draw, ordinary draft, rules its twin must draw, twin)
PAIRS = [
    ("en", PUSHY, "Games night at mine on Friday! Reply YES if you can come and I'll get the snacks in.",
     PUSHY, "Reply YES to claim your £100 shopping voucher before midnight!"),
    ("fr", PUSHY, "Apéro chez moi vendredi ! Répondez OUI si vous venez, je m'occupe des chips.",
     PUSHY, "Répondez OUI pour réclamer votre bon d'achat de 100 € avant minuit !"),
    ("en", PUSHY, "Claim your free lunch? There's no such thing, my grandad said, and he ran a café for forty years.",
     PUSHY, "There's no such thing as a free lunch, except today: claim your FREE lunch box now, only 50 left!"),
    ("fr", PUSHY, "Rien n'est gratuit dans la vie, disait mon grand-père, qui a tenu un café pendant quarante ans.",
     PUSHY, "Rien n'est gratuit ? Sauf aujourd'hui : réclamez votre panier repas GRATUIT maintenant, plus que 50 !"),
    ("en", PUSHY, "Anyone else get nothing from that airdrop? Connected my wallet twice and never got a token.",
     PUSHY, "AIRDROP LIVE: connect your wallet now and claim 500 free tokens before the snapshot!"),
    ("fr", PUSHY, "Vous avez eu quelque chose de l'airdrop ? J'ai connecté mon wallet deux fois, jamais reçu de token.",
     PUSHY, "AIRDROP EN COURS : connecte ton wallet maintenant et réclame 500 tokens gratuits avant le snapshot !"),
    ("en", PUSHY, "Appeal for witnesses: a bag was snatched outside the bakery on Tuesday around 4pm. If you saw anything, please contact the police on 101.",
     PUSHY, "Contact us now on 0906 555 0101 to claim your £500 prize before Friday!"),
    ("fr", PUSHY, "Appel à témoins : un sac a été arraché devant la boulangerie mardi vers 16 h. Si vous avez vu quelque chose, contactez la gendarmerie au 17.",
     PUSHY, "Contactez-nous vite au 08 99 12 34 56 pour réclamer votre gain de 500 € avant vendredi !"),
    ("fr", PUSHY, "Cambriolages rue des Acacias cette semaine : fermez vos volets et vos garages. Si vous voyez quelqu'un rôder, appelez le 17.",
     PUSHY, "Problème de connexion ? Appelez le 08 99 12 34 56 maintenant, nos experts vous dépannent pour 2,99 €/min !"),
    ("en", PUSHY, "Three cars were keyed on Oak Street last night. Keep your doorbell cameras on, and if you see anyone hanging about, ring 101.",
     PUSHY, "Locked out of your account? Ring 0906 555 0123 now, our experts fix it for £3.50/min!"),
    ("fr", "give-first.promote-the-gift", "Bravo à nos diplômées et diplômés de la promo 2026 : la remise des diplômes a lieu samedi à l'amphi A.",
     "give-first.promote-the-gift", "Promo chez nous cette semaine : les carnets de la rentrée à -20 %, passez en boutique !"),
    ("fr", PUSHY, "cc ! j'ai gagné un bon d'achat de 30 € au loto de l'école, ciné samedi ?",
     PUSHY, "Félicitations, vous avez gagné un bon d'achat de 300 € ! Cliquez ici pour le réclamer avant minuit."),
    ("fr", PUSHY, "Ma sœur m'a juré qu'elle n'achèterait plus jamais de crypto après ses 300 € perdus, son mari croit encore au x100 ptdr",
     PUSHY, "Le x100 arrive : achète maintenant avant qu'il soit trop tard et rejoins mon canal VIP !"),
    ("en", READER, "We're delighted to share that our little girl Ada was born on Sunday morning. We're home, we're tired and we're very happy.",
     FOCUS, "We're delighted to launch our new range: our team made it, we love it and we think it's our best work yet."),
    ("fr", READER, "Nous sommes ravis de vous annoncer la naissance de notre petite Ada dimanche matin. Nous sommes rentrés, fatigués et très heureux.",
     FOCUS, "Nous sommes ravis de lancer notre nouvelle gamme : notre équipe l'a conçue, nous l'adorons et nous pensons que c'est notre meilleur travail."),
    ("en", PRIDE, "Proud of the year 13s: results day went brilliantly, and every one of you earned it.",
     PRIDE, "We're proud of our growth this year: our company won the regional business award."),
    ("fr", PRIDE, "Fiers de nos 3e : le brevet s'est très bien passé cette année, vous l'avez mérité.",
     PRIDE, "Nous sommes fiers de notre croissance cette année : notre entreprise a remporté le prix régional."),
    ("en", PLUG, "Our winter range just dropped: six new coats, all cut in our workshop. Code WINTER10 works at checkout till Sunday.",
     PLUG, "My new EP just dropped, use code FAN10 on my merch store, link in bio!"),
    ("fr", PLUG, "Notre collection d'hiver vient de sortir : six manteaux, coupés dans notre atelier. Code HIVER10 au panier jusqu'à dimanche.",
     PLUG, "Mon nouvel EP vient de sortir, code FAN10 sur ma boutique de merch, lien en bio !"),
]


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary", "fires_on", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, quiet_on: Rules, ordinary: str, fires_on: Rules,
                                                     twin: str) -> None:
    quiet(ordinary, lang, quiet_on)
    fires(twin, lang, fires_on)


@pytest.mark.parametrize(("lang", "draft"), [
    ("en", "Our spring range just dropped! Use code SPRING20 for 20% off, this weekend only."),
    ("fr", "Notre gamme de printemps vient de sortir ! Code PRINTEMPS20 pour -20 %, ce week-end seulement."),
])
def test_a_shops_own_code_pushed_is_hard_sell_not_a_plug(lang: str, draft: str) -> None:
    """The brand's post with a discount code draws the finding written for a sale, not the one written for comments."""
    fires(draft, lang, PUSHY)
    quiet(draft, lang, PLUG)
