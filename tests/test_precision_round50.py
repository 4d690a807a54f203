"""Precision on kinds earlier breadth sets lacked, round 50 (issue 11, "breadth50"): a news headline on prices, a museum's
notice, a match report, a pharmacy on duty, a strike notice, a wedding RSVP, a food truck, a customer's review, a bug report,
a club's registration, a course's enrolment, one's own sign-up, a thrift find, a canteen menu, a quiz night, an accountant's
reminder, road closures, a bird count, a ferry timetable, a thesis defence; and the leftovers of rounds 49.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- A sign-up the writer tells ("Signed up for the council gym, it's only £18 a month", « Je me suis inscrite à la piscine,
  c'est seulement 18 € par mois ») is what a member pays, no price tag; "Sign up today, only £18 a month" still is one.
- A noun of a call's root at a sentence's start ("Enrolment for the course opens on…") is no call; "Enrol now" is.
- « contactez la scolarité » names a service after the article; « contactez-la » a person sold as a mentor.
- A button reported broken ("the subscribe button … is broken", « le bouton d'abonnement ne marche pas ») asks nobody to
  press it; "hit the subscribe button" still asks.
- The price a buyer paid in the sale (« Payées 90 € en soldes », "Paid £90 in the sale") is a review, and a find told
  (« repartie avec trois pulls pour 6 € ») no sale pushed.
- A notice of registration or enrolment dates, and a reminder of a date to a body's own clients, owe the reader no
  question and no "you"; a brand's launch still does.
- A helpline's or a food bank's year told with what it did ("This year our helpline answered …") is its account, as an
  annual report is: no reader tip, and its "our" is no self-focus; a shop's year told so still draws them.
- A price rise told of a pass or a permit ("goes from £80 to £95 from 1 April"), the old price kept "until they run out"
  (they expire), and a syndicate's share per head ("£3 a month each", « 3 € par mois chacun ») with its small win split
  ("we won £60 between ten of us") sell nothing; a syndicate's "guaranteed wins, join now" still pushes.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

PUSHY = "hard-sell.pushy"
PRICE = "hard-sell.price-tag"
PLUG = "self-promotion.plug"
GIFT = "give-first.promote-the-gift"
HARD = "hard-sell."
READER = ("relevance.talk-to-the-reader", "conversation.ask-a-question")
FOCUS = "relevance.reader-focus"
PRESSURE = "hard-sell.time-pressure"

# (language, rules the ordinary draft must not draw, ordinary draft, rules its twin must draw, twin)
PAIRS = [
    ("en", HARD, "Signed up for the leisure centre, it's only £16 a month and the climbing wall is included. Sore arms already.",
     PRICE, "Sign up for the leisure centre today, only £16 a month, offer ends Sunday!"),
    ("en", HARD, "Finally joined the allotment society, only £12 for the year, and the seed swap is in March.",
     PRICE, "Join the allotment society now, only £12 for the year, places are limited!"),
    ("fr", HARD, "Je me suis inscrit au club d'escalade, c'est seulement 16 € par mois avec le bloc. J'ai déjà mal aux bras.",
     PRICE, "Inscrivez-vous au club d'escalade aujourd'hui, seulement 16 € par mois, offre jusqu'à dimanche !"),
    ("en", PUSHY, "Enrolment for the evening guitar course opens on 3 September at the community centre, 10 weeks, £80 or free with a concession.",
     PUSHY, "Enrol now on the guitar course! Only 4 places left, £80, the price goes up on Friday."),
    ("fr", PUSHY, "Les inscriptions au stage d'été se terminent le 30 juin. Passé cette date, contactez la mairie.",
     PUSHY, "J'ai gagné 4 000 € en un mois grâce à elle, contactez-la vite sur Instagram !"),
    ("fr", PUSHY, "Pour une attestation de licence, contactez le secrétariat du club avant le 15.",
     PUSHY, "Plus que 5 licences à prix réduit, inscrivez-vous aujourd'hui, offre limitée !"),
    ("en", PLUG, "The follow button on their page is broken on Android, it just spins. Reported it to support.",
     PLUG, "Hit the follow button and turn on notifications for my page, new recipes every Sunday!"),
    ("fr", PLUG, "Le bouton d'abonnement de la lettre du club ne fonctionne pas sur mobile, la page se recharge.",
     PLUG, "Abonnez-vous à ma chaîne et activez la cloche, nouvelle vidéo chaque dimanche !"),
    ("fr", GIFT, "Avis sur cette veste après deux mois : chaude, mais la fermeture accroche. Payée 60 € en soldes, je ne l'aurais pas prise plein tarif.",
     GIFT, "Nos vestes sont en soldes : profitez de -40 % sur toute la collection !"),
    ("en", GIFT, "Review of this jacket after two months: warm, but the zip catches. Paid £60 in the sale, wouldn't pay full price.",
     PUSHY, "Our jackets are in the sale: grab 40% off the whole range before it's gone!"),
    ("fr", PUSHY, "fait le bac à livres de la ressourcerie, c'était les soldes, repartie avec quatre romans pour 3 €",
     PUSHY, "Soldes sur tout le stand, 4 romans pour 3 €, foncez avant qu'il n'y en ait plus !"),
    ("en", PUSHY, "did the hospice shop sale rail today and came home with two shirts for £4",
     PUSHY, "Sale on everything at my stall, two shirts for £4, grab them before they're gone!"),
    ("en", READER, "Registration for the junior cricket section opens on 1 April. Nets are on Friday evenings for ages 7 to 13, £50 for the season including a cap, and forms are at the pavilion or from the coaches.",
     READER, "We're proud to launch our new summer camp: our team spent a year designing twelve workshops in our studio, and we think it's our best work yet. It's in our centre from Monday."),
    ("fr", READER, "Les inscriptions à la section cricket des jeunes ouvrent le 1er avril. Entraînement le vendredi soir pour les 7-13 ans, 50 € la saison avec la casquette, fiches au club-house ou auprès des éducateurs.",
     READER, "Nous sommes fiers de lancer notre nouvelle académie de cricket : nos entraîneurs ont passé un an à concevoir douze séances dans notre club-house, et c'est notre plus beau travail. Elle ouvre lundi dans notre club."),
    ("en", READER, "A reminder to our clients: the tax return deadline is 31 January. Please send us your bank statements and receipts by 10 January so we have time to prepare and check your return before it is filed.",
     READER, "We're proud to present our new tax service: our team spent a year building it in our office, and we think it's our best work yet. It's in our firm from Monday."),
    ("fr", READER, "Rappel à nos clients : la déclaration de revenus se termine le 22 mai. Merci de nous transmettre vos relevés et justificatifs avant le 10 mai pour qu'on ait le temps de la préparer et de la vérifier.",
     READER, "Nous sommes fiers de présenter notre nouveau service fiscal : notre équipe a passé un an à le construire dans nos bureaux, et c'est notre plus beau travail. Il arrive lundi dans notre cabinet."),
    ("en", (*READER, FOCUS), "This year our helpline answered 9,800 calls, up 12% on last year. Most callers were worried about heating bills. We couldn't do it without our volunteers, and we're always looking for more, training is free.",
     (*READER, FOCUS), "This year our shop served 9,800 customers, up 12% on last year. Our team is so proud of what we built, and we think our new range is the best we've ever made. It's in our shop from Monday."),
    ("fr", (*READER, FOCUS), "Cette année, notre ligne d'écoute a répondu à 9 800 appels, 12 % de plus que l'an dernier. La plupart s'inquiétaient du chauffage. Rien ne serait possible sans nos bénévoles, et nous en cherchons toujours, la formation est gratuite.",
     (*READER, FOCUS), "Cette année, notre boutique a servi 9 800 clients, 12 % de plus que l'an dernier. Notre équipe est très fière de ce que nous avons construit, et notre nouvelle gamme est la plus belle que nous ayons faite. Elle arrive lundi dans notre boutique."),
    ("en", (PUSHY, PRESSURE), "Notice: the annual parking permit goes from £80 to £95 from 1 April, and permits bought before then keep the old price until they run out. Blue badge holders still park free.",
     PUSHY, "Parking permits go from £80 to £95 on Friday: buy yours now and keep the old price, only 20 left at this rate!"),
    ("en", PUSHY, "Staff syndicate: £3 a month each, Paul collects after the meeting. In May we won £60 between ten of us, drinks are on the syndicate.",
     PUSHY, "Join our lottery syndicate now! £3 a month, guaranteed wins, sign up before Friday's draw, limited spots!"),
    ("fr", PUSHY, "Cagnotte du club : 3 € par mois chacun, Paul ramasse après l'entraînement. En mai on a gagné 60 € à dix au loto, la tournée est pour la cagnotte.",
     PUSHY, "Rejoignez notre cagnotte loto maintenant ! 3 € par mois, gains garantis, inscrivez-vous avant le tirage de vendredi, places limitées !"),

]


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary", "fires_on", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, quiet_on: Rules, ordinary: str, fires_on: Rules,
                                                     twin: str) -> None:
    quiet(ordinary, lang, quiet_on)
    fires(twin, lang, fires_on)
