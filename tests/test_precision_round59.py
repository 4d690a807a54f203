"""Precision, session 39 (prec59, issue 11): false alarms a community manager would call wrong, read by kind.

Each case is a pair: the ordinary draft is quiet on the rules named, its twin still draws them. Every ordinary draft of
PAIRS drew the rule named on the start code (main e7b8a676); none is a line of a development set:
- a seller's words reported by the person who received them: an advert that "screams" its words (« des pubs qui hurlent
  « … » »), pitches summed up after "all" (« tous « … » et « … » », the quotations joined by "and" counted with the first),
  a promotional text quoted right after its carrier with no colon ("got a text \"…\"", « reçu un SMS « … » »);
- a deal said to be absent (« Pas de bons plans cette semaine »; "No deals today" drew nothing at the start);
- « 25 contacts, le bureau … »: a noun, a comma and the next clause's article are no « contacte-le »;
- a purchase told by its buyer in French (« Commandé la poêle … »), a sale found picked over ("there was nothing left");
- the terms cited in a notice (« Nous vous informons que, comme indiqué dans nos conditions, … ») or before a closure;
- a greeting that signs off a notice (« … rouvre lundi à 8 h 30. Bon week-end à tous ! »);
- an episode's notes that tell what is said in it ("New episode is up: we talk to …");
- a fan's praise of another creator with an adverb (« il mérite carrément plus d'abonnés »).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

HS = "hard-sell."
DEFENSIVE = "reputation.defensive"
GREETING = "originality.generic-greeting"
ANNOUNCE = "self-promotion.announcement"
BUZZ = "vanity-metrics.buzz-as-goal"
GIFT = "give-first.promote-the-gift"

# (language, rules the ordinary draft must not draw, ordinary draft, rules its twin must draw, twin)
PAIRS = [
    ("en", HS, "My feed is full of ads that scream \"LAST 2 IN STOCK, BUY NOW\" for the same lamp. Blocked the account.",
     HS, "LAST 2 IN STOCK, BUY NOW! This lamp is flying off the shelves, order today before it's gone."),
    ("fr", HS, "Mon fil est envahi de pubs Instagram qui hurlent « PLUS QUE 2 EN STOCK, ACHETEZ MAINTENANT » pour la même "
     "lampe. J'ai bloqué le compte.",
     HS, "PLUS QUE 2 EN STOCK, ACHETEZ MAINTENANT ! Cette lampe s'arrache, commandez aujourd'hui avant qu'elle ne parte."),
    ("en", HS, "Unsubscribed from the shoe shop: three emails a week, all 'ends tonight' and 'final hours', and the same "
     "boots every time.",
     HS, "Ends tonight! Final hours to grab our boots at half price, shop now before they're gone."),
    ("fr", HS, "Désinscrite de la liste du chausseur : trois mails par semaine, tous « dernières heures » et « dernière "
     "chance », et toujours les mêmes bottes.",
     HS, "Dernières heures ! Dernière chance pour nos bottes à moitié prix, commandez maintenant avant qu'il n'y en ait plus."),
    ("en", HS, "My neighbour got a text \"30% off all sofas today, STOP to 60123\" and she has never even been to that shop.",
     HS, "30% off all sofas today only! Order now, stocks are limited. STOP to 60123"),
    ("fr", HS, "Ma voisine a reçu un SMS « -30 % sur tous les canapés aujourd'hui, STOP au 36123 » alors qu'elle n'a jamais "
     "mis les pieds dans ce magasin.",
     HS, "-30 % sur tous les canapés aujourd'hui seulement ! Commandez vite, stocks limités. STOP au 36123"),
    ("fr", HS, "Pas de bons plans cette semaine, j'ai épluché tous les catalogues et rien d'intéressant pour la rentrée.",
     HS, "Bons plans aujourd'hui seulement ! Dépêchez-vous, des prix aussi bas ne reviendront pas, foncez."),
    ("fr", HS, "Merci à tous d'avoir tenu le stand du forum. Environ 120 visiteurs et 25 bons contacts, le bilan est sur le drive.",
     HS, "Vous cherchez un coach ? Contactez-le vite, il ne reste que 2 places ce mois-ci à 49 € !"),
    ("fr", HS, "Pris la poêle la moins chère du comparatif : elle chauffe vite, un peu lourde, et pour 15 € elle fait le job.",
     HS, "La poêle la moins chère du marché à 15 € seulement, commandez vite avant la rupture !"),
    ("en", HS, "last day of the sales today and honestly there was nothing left in my size",
     HS, "Last day of the January sale! Honestly, it won't last, shop now before it's all gone"),
    ("fr", DEFENSIVE, "Nous vous informons que, comme indiqué dans nos conditions, les retours sont collectés sous cinq jours "
     "ouvrés.",
     DEFENSIVE, "Désolés mais comme indiqué dans nos conditions, pas de remboursement. Pas notre faute si vous n'avez pas lu."),
    ("en", DEFENSIVE, "Please note that, as stated in our terms, returns are collected within five working days.",
     DEFENSIVE, "Sorry but as stated in our terms, no refunds. Not our fault if you didn't read them."),
    ("fr", DEFENSIVE, "Comme indiqué dans nos conditions d'adhésion, le gymnase est fermé pendant les vacances de Noël.",
     DEFENSIVE, "Comme indiqué dans nos conditions, aucun remboursement. Vous auriez dû lire avant de payer."),
    ("fr", GREETING, "La mairie sera fermée vendredi pour le pont, l'accueil rouvre lundi à 8 h 30. Bon week-end à tous !",
     GREETING, "Bon week-end à tous !"),
    ("fr", GREETING, "La piscine est fermée lundi pour la vidange. À mardi, bon week-end à tout le monde, et pensez à vos "
     "bonnets de bain !", GREETING, "Bon week-end à tout le monde ! Profitez du soleil."),
    ("en", GREETING, "The pool is closed on Monday for cleaning. See you Tuesday, happy weekend everyone, and remember your "
     "swim caps!", GREETING, "Happy weekend everyone! Enjoy the sun."),
    ("en", ANNOUNCE, "New episode is up: we talk to a lifeboat volunteer about night rescues off the point. 35 minutes, "
     "recorded at the station.",
     ANNOUNCE, "New episode is up: we talk to a lifeboat volunteer. Tune in now at ourshow.fm"),
    ("fr", BUZZ, "Allez voir le compte de ce potier, il mérite carrément plus d'abonnés, ses bols sont magnifiques",
     BUZZ, "Partagez ce post, on veut gagner des abonnés !"),
    ("en", GIFT, "My dad forwarded me a text saying \"Summer sale, 40% off all garden furniture\" from a shop he has never used.",
     GIFT, "Our summer sale is on: 40% off all garden furniture."),
]


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary", "fires_on", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, quiet_on: Rules, ordinary: str, fires_on: Rules,
                                                    twin: str) -> None:
    quiet(ordinary, lang, quiet_on)
    fires(twin, lang, fires_on)


# Pushy twins near the new readings: the reader's own pitch keeps its hard-sell finding
PUSHY = [
    ("en", "We're texting every member: flash sale, 50% off today only, order now before midnight!"),
    ("fr", "Nos mails de la semaine : « Dernière chance, -50 % aujourd'hui seulement, commandez avant minuit ! »"),
    ("en", "No deal like this anywhere else! 60% off today only, order now before it's gone."),
    ("fr", "Aucune offre comme celle-ci ailleurs ! -60 % aujourd'hui seulement, commandez maintenant avant la rupture."),
    ("en", "Last day of the sale! Soon there'll be nothing left, shop now at 50% off."),
]


@pytest.mark.parametrize(("lang", "twin"), PUSHY, ids=numbered(PUSHY))
def test_a_push_keeps_its_finding(lang: str, twin: str) -> None:
    fires(twin, lang, HS)
