"""Recall round 60 (issue 11, session 39): SMS pushes of carriers, bookmakers, gyms and small shops, ticket pushes,
course launches, property and car dealers' pushes, French first, with their English twins. Each case stands beside
an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard sell: a bookmaker's boosted odds on a match with a short code written with spaces; the last tickets counted
  ("fewer than 50 tickets left", « il reste moins de 50 places ») with tickets taken now; a dealer's open day with its
  0 % finance; a gym's fee waived for the first N sign-ups; a private car "priced to go"; a top-up's double credit
  with a code to dial; a voucher that expires; the days counted to a sale's end (« J-3 avant la fin »); the last
  places in chat spelling (« g plu ke 3 places »); the first N with words before their verb; a dealer's first
  instalment offered.
- their twins stay quiet: betting reported by the news, a fire station's open day, a balance checked with a code,
  a bakery's giveaway told in the past, one's own screws to bring, an instalment paid, the rain, a voucher lost, spare
  tickets passed on at cost, a show's sell-out reported.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

HARD = "hard-sell.pushy"

# (what, English, French): both must draw hard-sell.pushy
PUSHY_CASES = [
    ("a bookmaker's boosted odds on a match, a short code written with spaces",
     "BETMAX: boosted odds on City v United tonight, bet before kick-off! Text BET to 8 12 12.",
     "PARIS MAX : cote boostée x5 sur PSG-OM ce soir, profite avant le coup d'envoi ! Envoie GO au 6 12 12."),
    ("the last tickets counted, tickets taken now",
     "Stand-up in Leeds on 3 Feb, fewer than 50 tickets left!! Get your tickets now at laughs-leeds.com",
     "Le stand-up de Malik B. passe à Nantes le 3 février, il reste moins de 50 places !! Prenez vos billets "
     "maintenant sur billetto-nantes.fr"),
    ("a dealer's open day with its 0 % finance",
     "OPEN DAY at the dealership this Saturday: 0% APR on every SUV in stock, this weekend only! Limited stock, "
     "first come first served.",
     "PORTES OUVERTES ce samedi chez Nord Motors : taux 0% sur tous les SUV en stock, ce week-end uniquement ! "
     "Stock limité, premiers arrivés premiers servis."),
    ("a gym's fee waived for the first N sign-ups",
     "IronHouse Gym: NO joining fee for the first 25 sign-ups in January! Come in this week to lock it in.",
     "Salle FitZone : pas de frais d'inscription pour les 25 premiers inscrits de janvier ! Passez cette semaine "
     "pour en profiter."),
    ("a private car priced to go",
     "selling my 2018 golf gti, priced to go FAST, first one here w cash takes it, dont sleep on this",
     "vends ma 308 de 2019, prix cassé pour partir vite, le premier qui vient avec le cash la prend, dors pas dessus"),
    ("a top-up's double credit with a code to dial",
     "Top up today and get double credit, dial *135# now",
     "Rechargez aujourd'hui et profitez du double crédit, tapez *144# maintenant"),
    ("a voucher that expires",
     "Your $10 voucher expires Sunday, use it in store now!",
     "Votre bon de 10 € expire dimanche, utilisez-le vite en magasin !"),
    ("the days counted to a sale's end",
     "3 days left until the sale ends! Up to 70% off in store",
     "J-3 avant la fin des soldes ! Jusqu'à -70% en magasin"),
    ("the last places in chat spelling",
     "only 3 spots left 4 sat night, dm me quick",
     "g plu ke 3 places pr samedi soir, dmd en mp vite"),
    ("the first N with words before their verb",
     "The first 10 people to sign up for the course get a free audit, doors closing Thursday",
     "Les 10 premiers inscrits au coaching reçoivent un audit offert, fermeture des inscriptions jeudi"),
    ("a dealer's first instalment offered",
     "No payments for 90 days on every new Kia at Lakeside, this month only",
     "1ère mensualité offerte sur tous nos modèles, ce mois-ci uniquement en concession"),
]

# (what, English, French): neither may draw hard-sell.pushy
PUSHY_QUIET = [
    ("betting reported by the news",
     "Online betting boomed during the World Cup, the gambling regulator says, worried about ads aimed at the young",
     "Les paris sportifs en ligne ont explosé pendant la Coupe du monde, s'inquiète l'autorité des jeux"),
    ("a fire station's open day",
     "Open day at the fire station this Saturday, everyone welcome, free entry",
     "Portes ouvertes samedi chez les pompiers de Vannes, venez nombreux, entrée gratuite"),
    ("a balance checked with a code",
     "tip: dial *135# to check your remaining balance, it's free",
     "Petit conseil : tape *144# pour consulter ton solde de crédit restant, c'est gratuit"),
    ("a bakery's giveaway told in the past",
     "The bakery gave away free croissants to the first 50 customers this morning, the queue was huge",
     "La boulangerie a offert des croissants aux 50 premiers clients ce matin, la queue était énorme"),
    ("one's own screws to bring",
     "Five stars for the hose reel, paid £30. Only downside: the wall bracket screws are rubbish, bring your own.",
     "Cinq étoiles pour l'enrouleur, payé 35 €. Seul bémol : les vis du support mural sont nulles, prenez les vôtres."),
    ("an instalment paid",
     "My first instalment went out yesterday, £189 as planned",
     "Ma première mensualité a été prélevée hier, 189 € comme prévu"),
    ("the rain",
     "it rained all day, I've no battery left",
     "il a plu toute la journée, g plus de batterie"),
    ("a voucher lost",
     "My voucher expired last week so I just paid full price, no big deal",
     "Mon bon a expiré la semaine dernière, j'ai payé plein pot, pas grave"),
    ("spare tickets passed on at cost",
     "got 2 spare tickets for saturday's gig, letting them go for what I paid (£32 each), let me know",
     "J'ai 2 places en trop pour le concert de samedi, je les laisse au prix où je les ai payées (32€ chacune)"),
    ("a show's sell-out reported",
     "Mara Vance's show sold out in under an hour, leaving thousands of fans without tickets",
     "Le concert de Lina Kross affiche complet en moins d'une heure, des centaines de fans restés sans billet"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_CASES))
def test_pushy_case_draws_hard_sell(text: str, lang: str) -> None:
    fires(text, lang, HARD)


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_QUIET))
def test_ordinary_twin_stays_quiet_on_hard_sell(text: str, lang: str) -> None:
    quiet(text, lang, HARD)
