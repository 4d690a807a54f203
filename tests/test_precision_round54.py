"""Precision, session 37 (prec54, issue 11): ordinary text a new hand writes, near the line, read by kind.

Each case is a pair: the ordinary draft is quiet on the rules named, its twin still draws them. Every ordinary draft of
PAIRS drew the rule named on the start code (main a50e1fe8):
- a headline that asks the shop's words back and reports a crowd's anger ("Only 5 tickets left? Fans angry as …");
- the police seizing goods sold « à prix cassés » (a price quoted in news);
- a voucher bought for a sister ("Bought u a 20% off voucher for £12", « je t'ai pris un bon de réduction »);
- a how-to question about a platform's feature ("how do you change the link in bio", « comment je désactive les notifs
  quand qqn s'abonne à ma chaîne »), whose twin goes on to plug a shop;
- a shop's notice citing its terms in advance ("Please note: as stated in our terms, …"), a school's form to hand back
  (« dernier jour pour rendre l'autorisation de sortie »), a lost cat with the owner's number, a club's fee rise explained
  by its cost, a checkout error reported by a customer (« il dit expiré »), a team's roster change (« Changement
  d'effectif : … »), a learner's own training (« après ma formation en traduction »).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

PUSHY = "hard-sell.pushy"
HARD = "hard-sell."
URGENCY = "hard-sell.urgency"
PLUG = "self-promotion.plug"
SPACES = "self-promotion.our-spaces"
PROMO = "self-promotion."
DEFENSIVE = "reputation.defensive"
GIFT = "give-first.promote-the-gift"
READER = "relevance.talk-to-the-reader"

# (language, rules the ordinary draft must not draw, ordinary draft, rules its twin must draw, twin)
PAIRS = [
    ("en", HARD, "Only 5 tickets left? Fans angry as resale prices for the stadium tour hit £400 within minutes",
     HARD, "Only 5 tickets left? Fans angry they missed out, grab yours now!"),
    ("fr", "hard-sell.price-tag", "La police saisit des faux sacs de luxe vendus « à prix cassés » sur un marché du dimanche",
     "hard-sell.price-tag", "Vestes d'hiver à prix cassés ce week-end."),
    ("en", HARD, "Bought u a 20% off voucher for £12 at that spa u like, sis, happy birthday!! its in ur email",
     PUSHY, "Congratulations! We got you a £500 gift card, claim now at bit.ly/xx before it expires"),
    ("fr", GIFT, "Je t'ai pris un bon de réduction de 20 % au spa que tu aimes, frangine, joyeux anniv !! il est dans tes mails",
     HARD, "Offrez le cadeau parfait ! -20 % sur tous les bons spa ce week-end seulement, achetez vite avant la fin de l'offre"),
    ("en", PROMO, "how do you change the link in bio on instagram?? mine still shows my old school page",
     SPACES, "how do you change the link in bio? i just put my new shop in mine, go check it out!"),
    ("fr", PROMO, "comment on met un lien en bio sur insta ?? le mien affiche encore la page de mon ancienne école",
     SPACES, "comment on change le lien en bio ? j'ai mis ma nouvelle boutique dedans, allez voir !"),
    ("en", PROMO, "how do i turn off the notifications when someone subscribe to my channel, my phone buzz all day",
     PLUG, "how do you change the link in bio? asking bc i just put my new shop in mine, go check it out and follow me!"),
    ("fr", PROMO, "comment je désactive les notifs quand qqn s'abonne à ma chaîne, mon tel vibre toute la journée",
     PLUG, "comment on change le lien en bio ? je demande car j'ai mis ma nouvelle boutique dedans, allez voir et abonnez-vous !"),
    ("en", DEFENSIVE, "Please note: as stated in our terms, items not collected within 90 days will be given to charity.",
     DEFENSIVE, "Sorry but as stated in our terms, no refunds after 14 days."),
    ("fr", DEFENSIVE, "À noter : comme indiqué dans nos conditions, les vêtements non récupérés sous 90 jours seront donnés à une association.",
     DEFENSIVE, "Désolés mais comme indiqué dans nos conditions, pas de remboursement après 14 jours."),
    ("fr", HARD, "Chers parents, dernier jour pour rendre l'autorisation de sortie : lundi. Sans elle votre enfant ne pourra pas venir, désolée.",
     URGENCY, "Dernier jour pour profiter de -50 % sur tout, commandez vite !"),
    ("fr", HARD, "PERDU : chat gris, répond à Biscuit, vu pour la dernière fois lundi rue des Frênes. Regardez dans vos cabanons svp !! Appelez le 06 12 45 78 90",
     PUSHY, "GAGNEZ un an de croquettes !! Partagez ce post et identifiez 3 amis, vite, le concours se termine ce soir !!"),
    ("en", HARD, "Early registration for the football season closes 30 June, after that the fee goes up by £10 to cover the pitch hire",
     PUSHY, "Prices go up in March! Lock in today's price now, offer ends Sunday, don't wait"),
    ("fr", HARD, "le code promo que vous m'avez envoyé après ma réclamation ne marche pas au paiement, il dit expiré. vous pouvez m'aider ?",
     HARD, "Votre code promo expire ce soir ! Utilisez-le vite avant qu'il soit trop tard, -20 % sur tout"),
    ("fr", READER, "Depuis janvier, je traduis aussi des notices de dispositifs médicaux, après ma formation en traduction réglementaire. Je veux bien en parler avec les collègues qui envisagent la même voie.",
     READER, "Ma formation en traduction réglementaire est enfin en ligne : huit modules, des exercices corrigés et une communauté de traducteurs qui avancent ensemble chaque semaine."),
    ("fr", READER, "Changement d'effectif : après deux belles saisons, Kestrel fait une pause pour ses études. Mo, de notre équipe académie, rejoint l'équipe principale pour le split de printemps.",
     READER, "Notre nouvelle collection de maillots est arrivée en boutique, avec les couleurs de la saison et un tissu plus léger que jamais pour tous nos joueurs."),
]


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary", "fires_on", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, quiet_on: Rules, ordinary: str, fires_on: Rules,
                                                    twin: str) -> None:
    quiet(ordinary, lang, quiet_on)
    fires(twin, lang, fires_on)


# Hand reading at the end (seed 3703): a small milestone thanked with surprise; the start code drew audience-count on both
MILESTONES = [
    ("fr", "Je viens de passer les 200 abonnés sur mon compte de poterie, je m'y attendais pas, merci",
     "On a passé les 10 000 abonnés !! Prochain objectif 20 000, partagez notre page !"),
    ("en", "Just passed 200 followers on my pottery account, didn't expect that, thank you",
     "We just hit 10k followers!! Next goal 20k, share our page!"),
    ("en", "got my first 500 followers on insta today, thank you all for being here",
     "Our first 1000 followers! Thank you, next goal 5000"),
]


@pytest.mark.parametrize(("lang", "ordinary", "twin"), MILESTONES, ids=numbered(MILESTONES))
def test_a_milestone_thanked_with_surprise_counts_no_audience(lang: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, "vanity-metrics.audience-count")
    fires(twin, lang, "vanity-metrics.audience-count")
