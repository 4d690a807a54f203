"""Precision, session 36 (short53, issue 11): short ordinary text, news headlines and personal texts, read by kind.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them). Every
ordinary draft of PAIRS drew the rule named on the start code (main a322efe0):
- A news headline that names a prize's holder who has to claim it or failed to ("Lottery winner fails to claim £1m prize"),
  a scam reported with the words it promised in quote marks ("scam promising 'guaranteed returns'"), a public that could be
  owed money in the third person ("Millions could be owed £1,000"), a rush that crashes a store ("giveaway crashes online
  store as millions claim free copy"), the weather's last chance before the rain or the storm (« dernière chance de profiter
  de la plage avant l'orage »). The prize text, the fund's pitch, the refund text and the shop's sale still press.
- Personal texts: one's bags claimed at a carousel and a seat kept for a friend ("Claim ur bags at carousel 5"), a win told
  as a tease (« Devine qui a gagné … ? Moi !! »), a purchase for the reader with its price (« je t'ai pris un pull à 12 € »),
  money lent to a friend ("pay me back whenever, it's only £5"), a friend asked whether to book now or wait, a share of a
  joint present ("Can u transfer me £15 for the gift?"), a match won with its score (« On a gagné !!! 2-0 »), a public
  that rushes (« Les acheteurs se pressent avant la hausse »), a buyer's offer on a home accepted, told with joy.
RECALL: three SMS kinds missed on the start code, a seller's staff to call now ("Call our experts now on 0800 …"), « réclamez
le vôtre » and « tu peux me virer 350 € », beside an ordinary draft that shares their words. PINS: the same readings in the language that was already quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

PUSHY = "hard-sell.pushy"
HARD = "hard-sell."
URGENCY = "hard-sell.urgency"
PRICE_TAG = "hard-sell.price-tag"
HARD_OR_PROMO = ("hard-sell.", "self-promotion.")

# (language, rules the ordinary draft must not draw, ordinary draft, rules its twin must draw, twin)
PAIRS = [
    ("en", HARD, "Lottery winner fails to claim £1m prize ahead of deadline",
     PUSHY, "Your number is a winner! Only 30 days left to claim your £4.5m prize, call 09061701461"),
    ("en", HARD, "Mystery ticket holder has 30 days left to claim £4.5m prize",
     HARD, "Your ticket is a winner: 30 days left to claim your £4.5m prize"),
    ("en", HARD, "Pensioner loses £40,000 to investment scam promising 'guaranteed returns'",
     PUSHY, "Our fund offers guaranteed returns of 20% a month, join now!"),
    ("en", HARD, "Millions could be owed £1,000 in tax refunds, check if you are due one",
     PUSHY, "You are owed £1,000 in tax refunds, claim now at hmrc-refunds.info"),
    ("fr", HARD, "Des millions de contribuables pourraient toucher un remboursement d'impôts de 1 000 €",
     PUSHY, "Vous pourriez toucher un remboursement d'impôts de 1 000 € : réclamez-le maintenant sur impots-rembourse.info"),
    ("en", HARD_OR_PROMO, "Video game giveaway crashes online store as millions claim free copy",
     PUSHY, "Giveaway! Claim your free copy now at our online store, today only"),
    ("fr", HARD_OR_PROMO, "Un jeu offert fait planter la boutique en ligne, des millions de joueurs se ruent dessus",
     PUSHY, "Jeu offert ! Réclamez le vôtre maintenant dans notre boutique en ligne, aujourd'hui seulement"),
    ("en", HARD, "Heatwave: temperatures to hit 34C, last chance to enjoy the beach before the storms",
     URGENCY, "Last chance to enjoy our beach bar before the storms: 2-for-1 cocktails, book now!"),
    ("fr", HARD, "Canicule : jusqu'à 38 °C ce week-end, dernière chance de profiter de la plage avant l'orage",
     URGENCY, "Dernière chance de profiter de nos transats à -30 % avant l'orage, réservez vite !"),
    ("en", HARD, "Claim ur bags at carousel 5, I'll wait by the exit",
     PUSHY, "Claim your free gift bag now at our store, today only"),
    ("en", HARD, "Claim ur seat at the front, I'm saving one for Jo",
     PUSHY, "Ur tickets are waiting! Claim ur FREE seat at the front now: txt SEAT to 80878"),
    ("fr", HARD, "Devine qui a gagné un café gratuit pendant un an au boulot ? Moi !!",
     PUSHY, "Devine qui a gagné un iPhone gratuit ? Toi ! Réclame-le vite sur gagne-phone.fr"),
    ("fr", HARD, "Y a les soldes chez Zara, je t'ai pris un pull à 12 €, j'espère qu'il te va",
     PUSHY, "Soldes chez nous ! Pulls à 12 €, venez vite chercher le vôtre"),
    ("en", PRICE_TAG, "Pay me back whenever, it's only £5",
     PRICE_TAG, "Our mugs are only £5, pay with card or cash"),
    ("fr", PRICE_TAG, "Tu me rembourses quand tu veux, c'est que 5 €",
     PRICE_TAG, "Nos tasses sont à seulement 5 €, carte ou espèces"),
    # batch 3: a friend asked whether to buy now or wait, a share of a joint present, a public that rushes, a match won
    ("en", ("hard-sell.", "give-first."), "Found a deal on the hotel, £60 a night, book now or wait?",
     ("hard-sell.pushy", "give-first.value-before-ask"), "Hotel deal: £60 a night, why wait? Book now!"),
    ("en", HARD, "Can u transfer me £15 for the gift? Bank details same as before",
     PUSHY, "Hi mum, new number. Can u transfer me £350 for the rent urgently? Will pay u back tmrw"),
    ("fr", HARD, "Les acheteurs se pressent avant la hausse des frais de notaire",
     PUSHY, "Les acheteurs se ruent sur nos soldes à -70 %, commandez maintenant sur soldes.fr"),
    ("fr", HARD, "On a gagné !!! 2-0, meilleure journée de ma vie",
     PUSHY, "On a gagné 2-0 ! Pour fêter ça, -20 % sur tous les maillots aujourd'hui, commandez vite"),
    ("fr", HARD, "Notre offre pour l'appart a été acceptée !!! On déménage !!",
     "hard-sell.exclamations", "Notre offre sur les appartements neufs !!! -10 % !! Visitez vite !!"),
]

# The twins missed on the start code, each beside an ordinary draft with its words
RECALL = [
    ("en", HARD, "My landlord said to call our agents now if the boiler breaks again",
     PUSHY, "Lift ur credit score in 7 days! Call our experts now on 0800 123 4567"),
    ("fr", HARD, "Le colis de Léa est arrivé, réclame le tien à l'accueil quand tu passes",
     PUSHY, "Vous avez droit à 1 000 € : réclamez le vôtre maintenant sur impots-rembourse.info"),
    ("fr", HARD, "Tu peux me virer 15 € pour le cadeau ? Même RIB que d'hab",
     PUSHY, "Coucou maman, j'ai perdu mon tél, voici mon nouveau numéro. Tu peux me virer 350 € pour le loyer en urgence ? "
            "Je te rembourse demain"),
]

# The same readings in the language that was already quiet on the start code: they must stay so
PINS = [
    ("en", HARD, "Guess who won a free coffee for a year at work? Me!!"),
    ("en", HARD, "There's a sale on at Next, got u a jumper for £12, hope it fits"),
    ("fr", HARD, "Loto : le gagnant mystère a encore 30 jours pour réclamer ses 4,5 millions"),
    ("fr", HARD, "Une retraitée perd 60 000 euros dans une arnaque promettant des « rendements garantis »"),
    ("fr", HARD, "Récupère tes valises au tapis 5, je t'attends à la sortie"),
    ("en", HARD, "We won!!! 2-0, best day ever"),
    ("en", HARD, "Buyers rush to beat stamp duty deadline as sales jump 20%"),
    ("en", HARD, "The offer on that flat got accepted!!! We're moving!!"),
    ("fr", ("hard-sell.", "give-first."), "J'ai trouvé une offre pour l'hôtel, 60 € la nuit, on réserve maintenant ou on attend ?"),
]


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary", "fires_on", "twin"), PAIRS + RECALL,
                         ids=numbered(PAIRS + RECALL))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, quiet_on: Rules, ordinary: str, fires_on: Rules,
                                                    twin: str) -> None:
    quiet(ordinary, lang, quiet_on)
    fires(twin, lang, fires_on)


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary"), PINS, ids=numbered(PINS))
def test_the_reading_holds_in_the_other_language(lang: str, quiet_on: Rules, ordinary: str) -> None:
    quiet(ordinary, lang, quiet_on)
