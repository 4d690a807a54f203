"""French round 26 (issue 11): notices that carry real calls, fees and deadlines without selling.

- A town hall's or an association's notice to its residents or members (« inscriptions en mairie », « salle des
  associations », « cherchons des bénévoles », « adhésion à l'association ») reads as a club's or a school's does
  (@pushy-community): hard-sell.pushy, time-pressure, value-before-ask and now self-promotion.plug read it.
- Free for a group of people (« gratuit pour les plus de 70 ans », "free for under-12s") is a tariff, not bait.
- A customer's review with the discount they got (« j'ai eu -20 % avec le code », "I got 20% off") is the buyer
  speaking; so is a parent's own condition (« si on commande avant dimanche », "if we order before Friday").
- A deal passed on to friends "in case it helps" (« si ça peut aider quelqu'un ») presses nobody.
- « livraison rapide » / "quick delivery" describe a delivery, they are not "hurry".
- An amount in a job advert (« nourri logé », "board and lodging") is its pay, not a price.
- A building's owners' meeting (« assemblée de copropriété ») is civic; a ciné-club is a club; shoes « achetées en
  soldes » / "bought in the sales" are the buyer's.
- Where the money of a sale goes (« tout l'argent sert à », "all proceeds go to") is a fundraiser's.
- A shop named in the third person doing a sale (« le magasin d'usine de Vannes fait -40 % », "the outlet in Leeds is
  doing 40% off") is a friend's tip; so is « g trouvé … à -50 % » in chat spelling; seats left in a car are no stock.
- Short French chat (« bsx », « dac », « jtm », « qqn », « mtn ») is read as French.

Each case is a pair: the ordinary text is quiet, and its twin (a seller's words on the same subject) still fires.
The texts are ours, invented for this test.
"""

from __future__ import annotations

import pytest

from bot.engine.language import detect
from tests.review_helpers import fired, fires, quiet

HARD_SELL = {"hard-sell.pushy", "hard-sell.urgency", "hard-sell.time-pressure"}
PROMO = {"self-promotion.plug", "give-first.value-before-ask"}
ANY_SALE = HARD_SELL | PROMO

# (language, an ordinary notice or post, a seller's twin on the same subject)
PAIRS = [
    ("fr", "Repas des aînés le 9 février : inscrivez-vous dès maintenant en mairie, gratuit pour les plus de 70 ans, "
           "places limitées à 140.",
     "Brunch du dimanche : inscrivez-vous dès maintenant, cocktail offert, places limitées, -20 % jusqu'à ce soir !"),
    ("en", "Seniors' tea on 9 February: sign up now at the town hall, free for the over-70s, limited places, 140 seats.",
     "Sunday brunch: sign up now, free cocktail, limited places, 20% off until tonight only!"),
    ("fr", "Adhésion à l'association : 8 € l'année, gratuite pour les moins de 10 ans. Rejoignez-nous pour les "
           "sorties vélo du samedi.",
     "Mon abonnement VIP gratuit : rejoignez-nous sur ma chaîne pour mes vidéos de vélo !"),
    ("fr", "Nous cherchons des bénévoles pour la collecte de jouets : inscrivez-vous sur la feuille du local.",
     "Inscrivez-vous vite à notre vente privée de jouets : -50 % aujourd'hui seulement !"),
    ("en", "We need volunteers for the toy collection: sign up on the sheet in the hall.",
     "Sign up now for our private toy sale: 50% off today only!"),
    ("fr", "Avis : livraison rapide, j'ai eu -10 % avec le code de bienvenue. Le sac est joli mais petit. "
           "Je recommande quand même.",
     "Livraison rapide et gratuite, -10 % avec le code BIENVENUE10, commandez vite avant minuit !"),
    ("en", "Review: quick delivery, I got 10% off with the welcome code. The bag is nice but small. "
           "Would recommend anyway.",
     "Quick free delivery, 10% off with code WELCOME10, order now before midnight!"),
    ("fr", "Pour les parents : les feutres sont à -30 % chez Leclerc jusqu'à samedi, si ça peut aider quelqu'un !",
     "Nos feutres sont à -30 % jusqu'à samedi seulement, commandez les vôtres !"),
    ("en", "For parents: felt pens are 30% off at Asda until Saturday, in case it helps anyone!",
     "Our felt pens are 30% off until Saturday only, order yours now!"),
    ("fr", "cc les parents, la boulangerie livre les galettes si on commande avant jeudi, sinon c'est 3 €",
     "Commandez vos galettes avant jeudi : livraison offerte, -15 %, plus que quelques fournées !"),
    ("fr", "Zumba à la salle des associations le lundi : première séance d'essai gratuite, ensuite 5 € la séance.",
     "Zumba en ligne : essai gratuit puis 9,99 € par mois, inscrivez-vous maintenant, offre limitée !"),
    ("fr", "Bon plan : la jardinerie de Lannion fait -25 % sur les bulbes ce week-end, j'y vais dimanche, il reste "
           "2 places dans la voiture si ça vous dit.",
     "Bon plan : notre jardinerie fait -25 % sur les bulbes ce week-end seulement, il reste 2 palettes, foncez !"),
    ("en", "Good shout: the garden centre in Derby is doing 25% off bulbs this weekend, I'm going Sunday, 2 seats in "
           "the car if you fancy it.",
     "Good shout: our garden centre is doing 25% off bulbs this weekend only, 2 pallets left, hurry!"),
    ("fr", "cc, g trouvé des bonnets à -50 % chez Gémo, il en reste plein, foncez si vs en cherchez",
     "-50 % sur nos bonnets aujourd'hui seulement, il en reste peu, foncez !"),
    ("fr", "Urgent : la crêperie de ma sœur cherche un serveur pour l'été, nourri logé, 1 700 € net. Si vous "
           "connaissez quelqu'un, appelez-la au 06 22 31 40 59.",
     "Urgent : gagnez 1 700 € net par mois depuis chez vous, sans expérience ! Appelez vite le 06 22 31 40 59."),
    ("en", "Urgent: my sister's café needs a waiter for the summer, board and lodging, £1,500 a month. If you know "
           "anyone, call her on 07700 900456.",
     "Urgent: earn £1,500 a month from home, no experience needed! Call now on 07700 900456."),
    ("fr", "Dernier rappel : l'assemblée de copropriété est mardi à 19 h, avec le devis de toiture (38 000 €). "
           "Pouvoirs acceptés.",
     "Dernier rappel : votre toiture à 3 800 € au lieu de 5 000 €, devis gratuit, offre valable jusqu'à mardi !"),
    ("fr", "Ce soir au ciné-club : « Jour de fête ». Entrée 3 €, gratuite pour les adhérents. Venez nombreux !",
     "Ce soir seulement : ciné VIP à 3 € au lieu de 12 €, popcorn offert, réservez vite, places limitées !"),
    ("fr", "J'ai fini mon premier semi ! Merci à tous, et à mes baskets à 55 € achetées en soldes.",
     "Baskets à 55 € au lieu de 110 €, soldes jusqu'à dimanche, commandez vite !"),
    ("en", "Finished my first half marathon! Thanks all, and to my £50 trainers bought in the sales.",
     "Trainers £50 instead of £100, sale ends Sunday, order yours now!"),
    ("fr", "La médiathèque vend ses DVD déclassés samedi, 1 € pièce ; tout l'argent sert à acheter des "
           "nouveautés. Venez tôt, ça part vite !",
     "Déstockage : DVD à 1 € seulement, nouveautés à -50 %, venez vite, ça part vite !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "sale"), PAIRS)
def test_an_ordinary_notice_is_quiet_and_its_sellers_twin_still_sells(lang: str, ordinary: str, sale: str) -> None:
    quiet(ordinary, lang, ANY_SALE)
    fires(sale, lang, ANY_SALE)


def test_free_for_a_group_is_a_tariff_but_free_as_bait_still_counts() -> None:
    assert not fired("Concert de la chorale dimanche à l'église, gratuit pour les moins de 12 ans, 5 € pour "
                     "les adultes. Venez nombreux !", "fr") & HARD_SELL
    fires("Concert VIP GRATUIT pour les 20 premiers, réservez maintenant, places limitées !", "fr", HARD_SELL)


def test_a_shops_own_condition_in_the_second_person_still_presses() -> None:
    # « si on commande » is a buyer's; « si vous commandez » is the shop's, and keeps its deadline.
    fires("Livraison offerte si vous commandez avant dimanche, -20 % sur tout, dépêchez-vous !", "fr", HARD_SELL)
    fires("Free delivery if you order before Sunday, 20% off everything, hurry!", "en", HARD_SELL)


@pytest.mark.parametrize("text", ["bsx", "dac à demain", "jtm", "qqn a vu mon chat ?", "mtn jsuis chez moi",
                                  "bisous à tous", "allô ?", "tjrs pas de nouvelles"])
def test_short_french_chat_is_read_as_french(text: str) -> None:
    assert detect(text, fallback="en").language == "fr"


@pytest.mark.parametrize("text", ["see you at 5", "new phone who dis", "lol ok", "thx mate"])
def test_short_english_chat_stays_english(text: str) -> None:
    assert detect(text, fallback="fr").language == "en"


UNSOURCED = "credit-sources.unsourced-quote"


@pytest.mark.parametrize(("lang", "shown", "own"), [
    ("fr", "Au club info, on nous a montré un courriel frauduleux : « Félicitations, vous avez gagné 800 € ! Cliquez "
           "ici sous 48 h pour les recevoir. » Il fallait repérer les pièges.",
     "Notre conseil du jour : « Félicitations à ceux qui réservent tôt, les places partent en 48 h ! » -15 % ce "
     "soir, commandez vite !"),
    ("en", "At the computer club they showed us a scam email: “Congratulations, you've won £800! Click here within 48 "
           "hours to receive it.” We had to spot the traps.",
     "Our tip of the day: “Congratulations to early bookers, the places go within 48 hours!” 15% off tonight, "
     "order now!"),
])
def test_a_message_quoted_as_a_mail_or_a_text_names_its_source(lang: str, shown: str, own: str) -> None:
    quiet(shown, lang, UNSOURCED)
    fires(own, lang, UNSOURCED)


def test_a_lone_word_of_a_meeting_in_word_salad_spam_is_no_meeting() -> None:
    # "leaseholders' meeting" is civic; the stem "leasehold" among random words is not.
    salad = ("cheap meds online here\n\nparachute leasehold covalent stir medications from the comfort of our home ! "
             "no doctor appointments needed ! lowest prices on brand name pills !")
    fires(salad, "en", "hard-sell.pushy")
    assert not fired("Leaseholders' meeting on Tuesday at 7: the roof quote (£38,000) is on the agenda. "
                     "Proxies accepted. Last reminder!", "en") & HARD_SELL
