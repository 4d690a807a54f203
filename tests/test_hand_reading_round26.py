"""Session 26's hand reading (issue 11): community messages, comments and a sample of findings on ordinary rows.

About 65 posts of our own were read (server notices, meet-up thanks, comment plugs, giveaways, garage sales, each in
English and in French), then 40 findings drawn at random from the ordinary rows of `make eval`. What was wrong, fixed
in general form:
- An audience for sale ("DM me for cheap followers, 1000 for $5", « des abonnés pas chers ») drew nothing in either
  language: buying followers or likes is a sales pitch (`marketing-pitch`), as SEO offers are. Refusing to buy them
  stays quiet.
- A household's own sale (« vente de garage ») with « premier arrivé, premier servi » drew urgency in French only: it is
  community life, as "garage sale" already was (« vide-maison » stays out: round 28 saw promotions open on it).
- A friend reminding a friend of what they wanted (« les soldes finissent dimanche au fait, tu voulais pas des
  baskets ? ») drew promote-the-gift (and urgency in English): word passed on (@passed-on), not the shop's voice.
- An organiser's headcount for a venue (« Paulo doit donner le nombre au traiteur jeudi ») read as a deadline beside a
  price: hard-sell.pushy now reads the `headcount` list that hard-sell.time-pressure read alone.
- « Tirage au sort le 20 décembre » drew self-promotion.announcement: « sortie le » (a release date) was a phrase, and
  its stem "sort le" met the draw. The release date is now written as exactly these words.
- "5 mistakes we made moving our shop, and what we'd do differently" drew reader-focus in English (the French counted
  fewer « nous » only by chance): mistakes told so that others avoid them are a lesson, as "what we learned" was.
- An app's notice that a free trial ends (« Votre essai gratuit se termine le 12 mars. Ensuite, … 4,99 € par mois.
  Résiliable à tout moment ») drew hard-sell in French only: « essai gratuit » counted as `free` where "free trial"
  does not. The end of a trial told to its subscriber is no bait; the seller's "passez à Premium" still is.
- A warning about a pre-ticked gift « ajouté au panier » drew self-promotion.plug: « m'ajouter » (add me) was a phrase,
  and its stem met « ajouté ». It is now written as exactly these words. (A bad example of the plug that counted
  « notre appli ajoute » as "add me" went with it: that post still draws the announcement and hard-sell.)
- An organiser's last call to a group ("only a few places are left on the course. Reply to me if you still need it")
  drew hard-sell (and urgency in French): the reply asked for is the organiser's, the places are a course's.
Each case is a pair: the ordinary post stays quiet on the rule, its twin draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
GIFT = "give-first.promote-the-gift"
ANNOUNCE = "self-promotion.announcement"
FOCUS = "relevance.reader-focus"
PLUG = "self-promotion.plug"

PAIRS = [
    ("en", PUSHY, "We never bought followers: ours came one post at a time, and we answer each of them.",
     "Message me for cheap followers and likes, 2000 for $8, delivered within the hour"),
    ("fr", PUSHY, "On n'a jamais acheté d'abonnés : les nôtres sont venus un par un, et on répond à chacun.",
     "Écrivez-moi pour des abonnés pas chers, 2000 pour 8 €, livrés dans l'heure"),
    ("fr", URGENCY, "Vente de garage samedi au 8 allée des Saules, de 8 h à midi : outils, vaisselle, une poussette. "
     "Premier arrivé, premier servi !",
     "Nouvelle collection en boutique samedi : premier arrivé, premier servi !"),
    ("en", GIFT, "btw the bookshop's sale ends tomorrow, you wanted that atlas",
     "btw the bookshop's sale ends tomorrow, your atlas was there"),
    ("en", URGENCY, "btw the bookshop's sale ends tomorrow, you wanted that atlas",
     "btw the bookshop's sale ends tomorrow, your atlas was there"),
    ("fr", GIFT, "Les soldes de la librairie finissent demain au fait, tu voulais l'atlas",
     "Les soldes de la librairie finissent demain : foncez sur vos atlas !"),
    ("fr", PUSHY, "Dernier appel pour le repas du club de pétanque, Lucie doit donner le nombre au restaurant vendredi. "
     "22 € le menu.",
     "Dernier appel : notre menu de fête à 22 € seulement, réservez avant vendredi !"),
    ("en", PUSHY, "Last call for the choir's dinner, Lucy has to give the numbers to the restaurant on Friday. £22 a head.",
     "Last call: our festive menu at only £22, book before Friday!"),
    ("en", PUSHY, "Hi all, only a few places are left on Monday's manual handling course. Reply to me if you still need "
     "the refresher.",
     "Only a few places are left on our masterclass. Reply now to book yours!"),
    ("en", FOCUS, "New on our blog: 3 mistakes we made when we moved our bakery, and what we'd do differently. Written by "
     "our baker, Ana, who lived through all of them.",
     "New on our blog: how we moved our bakery, what we changed in our kitchen and why our team loves it. Written by "
     "our baker, Ana, who led our move."),
    ("fr", FOCUS, "Nouveau sur notre blog : les 3 erreurs que nous avons faites en déménageant notre boulangerie, et ce que "
     "nous ferions autrement. Écrit par notre boulangère, Ana.",
     "Nouveau sur notre blog : comment nous avons déménagé notre boulangerie, ce que nous avons changé dans notre "
     "fournil et pourquoi notre équipe l'adore. Écrit par notre boulangère, Ana."),
    ("fr", PUSHY, "Votre essai gratuit se termine le 9 avril. Ensuite, l'abonnement sera de 5,99 € par mois. Résiliable à "
     "tout moment dans l'appli.",
     "Votre essai gratuit se termine le 9 avril ! Passez à Premium maintenant et économisez 50 %, résiliable à tout moment."),
    ("fr", PLUG, "Attention : sur ce site de billets, une assurance « offerte » est ajoutée au panier à 5 € si vous ne la "
     "décochez pas.",
     "Nouvelle chaîne de dessin ! N'hésitez pas à m'ajouter et à liker mes vidéos"),
    ("fr", ANNOUNCE, "Concours : pour gagner notre tote bag, partagez votre coin lecture préféré en commentaire. Tirage au "
     "sort le 2 février !",
     "Notre premier roman, sortie le 2 février : précommandez votre exemplaire, lien en bio !"),
    ("fr", URGENCY, "Bonjour à tous, il ne reste que quelques places pour la formation gestes et postures de lundi. "
     "Répondez-moi si vous avez encore besoin du recyclage.",
     "Il ne reste que quelques places pour notre masterclass : réservez la vôtre maintenant !"),
]


@pytest.mark.parametrize("lang, rule, ordinary, pushy", PAIRS, ids=[f"{p[0]}-{p[1]}-{i}" for i, p in enumerate(PAIRS)])
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, pushy: str):
    quiet(ordinary, lang, rule)
    fires(pushy, lang, rule)


def test_an_organisers_reply_still_counts_when_it_is_a_sellers():
    """The exception is the organiser's "if you still need": a bare "reply now" beside scarce places still sells."""
    fires("Only a few places are left on Monday's course. Reply now, they go fast!", "en", PUSHY)
