"""Recall round 56 (issue 11, session 38): French pushy and self-promotional posts in many voices, and their English twins.
Each case stands beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard sell: a stall's multi-buy held to an hour; a trader's last slots named by their day; a reseller's chat with its
  count of what is left and the hurry in slang; a keyword to send back written as chat writes it, with an offer held to
  tomorrow; a stream's giveaway with the hurry; a market's offer held to one day, in a local currency.
- self-promotion: one's trade and its place with a DM asked; one's own work pointed to on one's page; a reseller's
  discount to the page's readers; one's book just out and the search that finds it; the errand to read one's blog
  post; a follow asked as a favour it would do; one's works for sale said with a pronoun, with « dm moi pour les
  prix ».
- their twins stay quiet: a customer's morning at the market, a car's last seats, a day's opening told, a friend's loan,
  a bed frame given to whoever writes first; one's trade told with nothing offered, a sister's book, tickets on sale on
  someone else's site, someone else's article sent to be read.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

HARD = "hard-sell.pushy"
PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw hard-sell.pushy
PUSHY_CASES = [
    ("a stall's multi-buy held to an hour",
     "peaches 80p each or 3 for £2, till midday only, come on ladies",
     "pêches 1 € pièce ou 3 pour 2 €, jusqu'à midi seulement, allez mesdames"),
    ("a trader's last slots named by their day",
     "I have 3 slots left this Saturday for knotless braids, £70, be quick",
     "il me reste 3 places ce samedi pour des tresses, 70 €, faites vite"),
    ("a reseller's count of what is left, in chat, with the hurry in slang",
     "selling my hoodies at £25, only 4 packs left, get a move on",
     "jvends mes hoodies a 25 balles, ya que 4 paquets, grouillez-vous"),
    ("a keyword sent back as chat writes it, the offer held to tomorrow",
     "unlimited data for £4.99 a month, only until tomorrow, reply YES to claim",
     "internet illimité à 4,99 € par mois, seulement jusqu'à demain, repond OUI pour en profiter"),
    ("a market's offer held to one day, in a local currency",
     "Rice bags at 20,000 naira only this Friday, come quickly",
     "Sacs de riz à 20 000 FCFA seulement ce vendredi, venez vite"),
]

# (what, English, French): neither may draw hard-sell.pushy
PUSHY_QUIET = [
    ("a customer's morning at the market",
     "got 3 peaches at the market this morning, the stallholder says the season ends in June",
     "j'ai pris 3 pêches au marché ce matin, le maraîcher dit que la saison finit en juin"),
    ("a car's last seats, named by the trip",
     "I have 2 seats left in the car for Leeds on Friday, text me if you need a lift",
     "il me reste 2 places pour Lyon vendredi dans la voiture, écris-moi si tu veux venir"),
    ("a bed frame given to whoever writes first",
     "Hi neighbours, I'm giving away a bed frame as we're moving, free, must be collected by Sunday, first to message me can have it",
     "Bonjour les voisins, je donne un cadre de lit car on déménage, gratuit, à récupérer avant dimanche, le premier qui m'écrit le prend"),
    ("a friend's loan in slang",
     "can you lend me 10 quid till Friday? I'll pay you back on payday",
     "tu peux me prêter 10 balles jusqu'à vendredi ? je te rembourse à la paye"),
]

# (what, English, French): both must draw self-promotion or give-first
PROMO_CASES = [
    ("one's trade and its place, a DM asked",
     "nice one! i'm a mobile mechanic in Bristol, message me if your car needs this done",
     "bien vu ! je suis mécano à domicile à Bordeaux, contactez-moi en privé si votre voiture en a besoin"),
    ("one's own work on one's page, beside one's trade",
     "so pretty! I'm a nail tech in Hull and my work's on my page",
     "trop joli ! je suis prothésiste ongulaire à Lille, mes réalisations sont sur ma page"),
    ("a reseller's discount to the page's readers",
     "i resell retro consoles too, my depop is pixelbox, discount for anyone from this page",
     "moi aussi je revends des consoles rétro, mon vinted c'est pixelbox, je fais des prix aux abonnés de cette page"),
    ("one's book just out and the search that finds it",
     "just released my first novel! search 'The Salt Road' on kobo",
     "je viens de sortir mon premier roman ! cherchez « La route du sel » sur kobo"),
    ("the errand to read one's own blog post",
     "I wrote about this on my blog last week, go read",
     "j'ai écrit là-dessus sur mon blog la semaine dernière, allez lire"),
    ("one's works for sale on one's page, said with a pronoun, a DM asked for prices",
     "i make drill beats, they're for sale on my beatstars, dm me for prices",
     "jfais des prods drill, elles sont en vente sur mon beatstars, dm moi pour les prix"),
    ("a follow asked as a favour it would do",
     "small channel here, I review budget tents, a sub would help so much",
     "petite chaîne ici, je teste des tentes pas chères, un petit abonnement m'aiderait trop"),
]

# (what, English, French): neither may draw self-promotion or give-first
PROMO_QUIET = [
    ("one's trade told, nothing offered",
     "I'm a mechanic in Bristol and this is exactly how I'd fix it, great video",
     "je suis mécano à Bordeaux et c'est exactement comme ça que je ferais, super vidéo"),
    ("a sister's book",
     "my sister just released her first novel, so proud of her",
     "ma sœur vient de sortir son premier roman, trop fière d'elle"),
    ("tickets on sale on someone else's site",
     "the tickets for the school play are on sale on the school's website",
     "les billets pour le spectacle de l'école, ils sont en vente sur le site de l'école"),
    ("someone else's article sent to be read",
     "go read the council's notice about the new bins, it explains everything",
     "allez lire l'avis de la mairie sur les nouvelles poubelles, tout est expliqué"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_CASES))
def test_pushy_case_draws_hard_sell(text: str, lang: str) -> None:
    fires(text, lang, HARD)


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_QUIET))
def test_ordinary_twin_stays_quiet_on_hard_sell(text: str, lang: str) -> None:
    quiet(text, lang, HARD)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_CASES))
def test_plug_case_draws_self_promotion(text: str, lang: str) -> None:
    fires(text, lang, PROMO)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_QUIET))
def test_ordinary_twin_stays_quiet_on_self_promotion(text: str, lang: str) -> None:
    quiet(text, lang, PROMO)
