"""Session 23's hand reading (issue 11): good posts and pushy posts of our own, read one by one.

About 85 posts of our own were read (launches, notices, hiring, tips, chat spelling, quotes with their authors, news,
giveaways, flash sales, get-rich DMs), in French and English. One finding was wrong, and is fixed in general form:
a giveaway told as over ("Giveaway closed! Congrats to the three winners", « Giveaway terminé ! Bravo aux gagnants »)
asks nobody for anything, though the word "giveaway" opens it; a giveaway over that asks follows and tags for the next
one still draws the plug.
A shop's own goodbye, its years and its thanks (« Après 9 ans, … Merci pour chaque commande »), selling its stock off
until the last day, is no hard sell, even when the thanks come a few sentences after the years; the same goodbye in
capitals with a countdown and "hurry" still is.
A promo code said to have expired last week, or with an apology ("yes, last week's promo code has expired, sorry!",
« le code promo a expiré, désolée ! »), presses nobody; "Your promo code has expired! Get a new one now" still does.
A story told in the first person whose lesson is labelled ("Three years ago we launched our first product … It flopped …
Lesson: give first", « Il y a trois ans, nous avons lancé … Leçon : donner d'abord ») gives what it learnt: a launch dated
years back is no announcement and the "we" of the story is no brand talking about itself; "Today we launched …, join the
waitlist" still announces, and the same "we" without a lesson still talks about itself.
A headline that tells a trade cutting its prices in the plural ("as retailers slash prices by up to 70%") reports the
news; "We slash prices … Shop now" sells. « Achetez maintenant, payez plus tard » names a way to pay, like "buy now, pay
later"; « Achetez maintenant ! » alone still presses.
A friend passing on a shop's sale, the shop named in the third person with its street ("the shoe shop on king st has
50% off everything today, want to go after work??"), sells nothing; the shop's own "Our shoe shop on King St has 50%
off" does.
A source named at the end of the sentence without its comma, as chat writes it (« … 4 € par jour d'après la mairie »,
"… £4 a day according to the council"), reports someone else's words; « selon vos disponibilités » names no source.
A celebration in capitals ("10 YEARS OF THE SHOP TODAY") names the shop, it does not shout a sale; "SHOP NOW" does.
Each case is a pair: the ordinary post stays quiet on the rule, its twin draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PLUG = "self-promotion.plug"
PUSHY = "hard-sell.pushy"
TIME = "hard-sell.time-pressure"
ANNOUNCE = "self-promotion.announcement"
READER = "relevance.reader-focus"
SHOUTING = "hard-sell.shouting"
URGENCY = "hard-sell.urgency"

PAIRS = [
    ("en", PLUG, "Giveaway closed! Congrats to the three winners, we've sent you a DM. Thanks to everyone who shared "
     "their setup photos.",
     "Giveaway closed! The next one starts Monday: follow us and tag 3 friends to enter."),
    ("en", PLUG, "The giveaway is over: winners have been contacted. Thanks for playing!",
     "Giveaway! Follow us and tag 3 friends to enter, winners contacted Sunday."),
    ("fr", PLUG, "Giveaway terminé ! Bravo aux trois gagnants, on vous a écrit en MP. Merci pour vos photos.",
     "Giveaway terminé ! Le prochain commence lundi : suivez-nous et identifiez 3 amis pour participer."),
 ("fr", PUSHY, "Notre boutique ferme à la fin du mois. Après 9 ans, on se recentre sur la vente aux professionnels. "
     "Tout le stock est à -30 % d'ici là, et les cartes cadeaux restent valables jusqu'au 31 mars. Merci pour chaque "
     "commande et chaque mot gentil.",
     "LIQUIDATION TOTALE ! Après 20 ans, on ferme. Tout doit disparaître : -70 % jusqu'à dimanche seulement, foncez ! "
     "Merci à tous."),
    ("en", PUSHY, "Our shop closes at the end of the month. After 9 years, we're focusing on wholesale. Our whole stock "
     "is 30% off until then. Thank you for every order and every kind word.",
     "CLOSING DOWN SALE! After 20 years we're closing. Everything must go: 70% off, only until Sunday, hurry! "
     "Thank you all."),
    ("en", TIME, "For those asking: yes, last week's promo code has expired, sorry!",
     "Your promo code has expired! Get a new one now before this one goes too."),
    ("fr", TIME, "Pour ceux qui demandent : oui, le code promo a expiré, désolée !",
     "Votre code promo a expiré ! Récupérez-en un nouveau avant minuit."),
    ("en", ANNOUNCE, "Three years ago we launched our first product with a countdown and a waitlist. It flopped. "
     "Lesson: give first, for a long time.",
     "Today we launched our new product! Join the waitlist now at ourapp.io and get early access."),
    ("fr", ANNOUNCE, "Il y a trois ans, nous avons lancé notre premier produit avec un compte à rebours. Échec total. "
     "Leçon : donner d'abord, longtemps.",
     "Aujourd'hui nous lançons notre nouveau produit ! Inscrivez-vous sur la liste d'attente sur notreappli.fr pour un "
     "accès anticipé."),
    ("en", READER, "Three years ago we launched our first product with a countdown. It flopped. This time we spent two "
     "months answering questions in forums, we wrote five guides and we gave away our contract template. Lesson: give "
     "first. What's worked for you?",
     "We launched our new range this spring. We're proud of it, our team worked hard on it, and our customers love our "
     "designs. We make the best candles."),
    ("fr", READER, "Nous avons lancé notre nouvelle gamme ce printemps. Nous en sommes fiers, notre équipe y a beaucoup "
     "travaillé et nos clients adorent nos créations. Leçon : donner d'abord.",
     "Nous avons lancé notre nouvelle gamme ce printemps. Nous en sommes fiers, notre équipe y a beaucoup travaillé et "
     "nos clients adorent nos créations."),
    ("en", SHOUTING, "OMG WE DID IT!!! 10 YEARS OF THE SHOP TODAY 🎉🎉 thank you thank you thank you",
     "OMG WE DID IT!!! 10 YEARS, SHOP NOW FOR 10% OFF 🎉🎉 thank you thank you thank you"),
    ("en", PUSHY, "Black Friday: shoppers queue overnight as retailers slash prices by up to 70%",
     "We slash prices by up to 70% this Black Friday! Shop now"),
    ("fr", URGENCY, "Achetez maintenant, payez plus tard : le paiement fractionné inquiète les associations",
     "Achetez maintenant ! -70 % sur tout, payez en 3 fois"),
    ("en", PUSHY, "the shoe shop on king st has 50% off everything today, want to go after work??",
     "Our shoe shop on King St has 50% off everything today! Come in before 6pm"),
    ("fr", PUSHY, "Le stationnement gratuit à la gare se termine lundi, ensuite ce sera 4 € par jour d'après la mairie",
     "Le stationnement gratuit à la gare se termine lundi, ensuite ce sera 4 € par jour, réservez vite votre place !"),
]


@pytest.mark.parametrize(("language", "rule", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(language: str, rule: str, ordinary: str, twin: str):
    quiet(ordinary, language, rule)
    fires(twin, language, rule)
