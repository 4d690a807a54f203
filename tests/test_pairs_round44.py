"""Pairs round 44 (issue 11, brand posts): the same post, in English and in French, is judged the same, and a
brand's post that gives its public something is not read as a brand talking to nobody.

What must hold, each case stated side by side in both languages:
- self-promotion: the follow asked as a reminder ("don't forget to follow us on Instagram", « n'oubliez pas de nous
  suivre sur Instagram »: the French infinitive too), a brand's comment that sells or teaches "this exact" thing and
  invites people to try it or come for a session (« venez le goûter », « passez pour une séance »), « allez voir notre
  site » as "check out our website", and one's own new cookbook "is here" (« est arrivé ») draw self-promotion or
  give-first in both languages; "get yours now" asks first as « prenez le vôtre maintenant » does.
- the ordinary twins stay quiet on self-promotion: a reminder to follow signs, a shop's own "come and try it" with
  nothing said to be the same, a library's copy of someone else's cookbook.
- hard-sell: a gadget to win said as an order ("WIN an iPhone", « GAGNEZ un iPhone ») and the last appointments counted
  with the wait refused (« plus que 5 rendez-vous », « n'attendez pas qu'il soit trop tard ») draw hard-sell in both.
- relevance.talk-to-the-reader (premise: a brand talking about itself to nobody): a season's programme, the counter seen
  from behind, a member's path in the club, someone's story in the third person and a tariff told by who pays it give
  the public something and owe no "you" in either language; a brand's new range still draws the rule in both, and
  French « elle a été dessinée » (a thing, not a person) does not count as someone's story.
- conversation.ask-a-question and give-first.share-knowledge: an answer to someone's question ("Thanks for asking",
  « Merci pour la question ») needs no question of its own and gives what was asked, in either language (the French,
  longer, had passed share-knowledge's length alone).
- give-first.promote-the-gift: an errand asked of someone close ("could you pick up bread on your way home? it's on sale",
  « tu pourrais acheter des piles en passant ? elles sont en promo ») promotes nothing to a public, in either language.
- relevance.reader-focus: French « nous » as the object of an infinitive (« pour nous soutenir ») is English "us",
  which is never counted: the same appeal is judged the same.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

HARD_SELL = "hard-sell."
SELF_PROMO = ("self-promotion.", "give-first.")
READER = "relevance.talk-to-the-reader"

# (what, English, French): both must draw self-promotion or give-first
PROMO_PAIRS = [
    ("the follow reminded, on a named platform",
     "Welcome to the server! Don't forget to follow us on Instagram and turn on notifications.",
     "Bienvenue sur le serveur ! N'oubliez pas de nous suivre sur Instagram et d'activer les notifs."),
    ("the follow reminded, so as not to miss the dates",
     "Great show tonight! Don't forget to follow us so you don't miss the next dates.",
     "Super soirée ! N'oubliez pas de nous suivre pour ne pas rater les prochaines dates."),
    ("a brand's comment: this exact cake, come and try it",
     "Nice recipe! Our café on Mill Lane serves this exact cake, come and try it.",
     "Jolie recette ! Notre café rue du Moulin sert exactement ce gâteau, venez le goûter."),
    ("a brand's comment: we teach exactly this, drop by for a session",
     "Good advice! We teach exactly this at Studio Nord, drop by for a session.",
     "Bons conseils ! On enseigne exactement ça au Studio Nord, passez pour une séance."),
    ("the brand's own website",
     "So true, that's why we started our repair café. Check out our website!",
     "Tellement vrai, c'est pour ça qu'on a lancé notre repair café. Allez voir notre site !"),
    ("one's own new cookbook",
     "Our new cookbook is here! Sixty soups from our kitchen, signed copies at the counter.",
     "Notre nouveau livre de recettes est arrivé ! Soixante soupes de notre cuisine, exemplaires dédicacés au "
     "comptoir."),
    ("get yours now",
     "Last day of pre-orders for the mug. Get yours now!",
     "Dernier jour de précommande pour le mug. Prenez le vôtre maintenant !"),
]

# (what, English, French): neither may draw self-promotion
ORDINARY_PROMO_PAIRS = [
    ("a reminder to follow the signs",
     "Don't forget to follow the yellow signs from the station, the entrance has moved this year.",
     "N'oubliez pas de suivre le fléchage jaune depuis la gare, l'entrée a changé cette année."),
    ("a shop's own invitation, nothing the same",
     "New rye loaf this week at the bakery, come and try it on Saturday morning.",
     "Nouveau pain de seigle cette semaine à la boulangerie, venez le goûter samedi matin."),
    ("someone else's cookbook at the library",
     "The farm's cookbook has come in at the library: it can be borrowed for three weeks.",
     "Le livre de recettes de la ferme est arrivé à la bibliothèque : on peut l'emprunter trois semaines."),
]

# (what, English, French): both must draw a hard-sell finding
PUSHY_PAIRS = [
    ("a gadget to win, said as an order",
     "WIN an iPhone 15! Like, share and click now, the draw closes Sunday!!",
     "GAGNEZ un iPhone 15 ! Likez, partagez et cliquez maintenant, le tirage ferme dimanche !!"),
    ("the last appointments counted, the wait refused",
     "Book your flea treatment now: only 5 appointments left this week, don't wait until it's too late!",
     "Réservez son traitement anti-puces maintenant : plus que 5 rendez-vous cette semaine, n'attendez pas qu'il soit "
     "trop tard !"),
]

# (what, English, French): neither may draw relevance.talk-to-the-reader
READER_PAIRS = [
    ("a season's programme",
     "Our new season is out: nine concerts, a choir weekend in March, two family afternoons and the return of the "
     "open rehearsals on the last Sunday of each month.",
     "Notre nouvelle saison est dévoilée : neuf concerts, un week-end choral en mars, deux après-midis en famille et "
     "le retour des répétitions ouvertes le dernier dimanche du mois."),
    ("the counter seen from behind",
     "Behind the bakery counter: every loaf is weighed, cut and bagged by hand, and our team gets through six hundred "
     "before the school run on Saturdays.",
     "Derrière le comptoir de la boulangerie : chaque pain est pesé, coupé et emballé à la main, et notre équipe en "
     "prépare six cents avant l'heure de l'école le samedi."),
    ("a member's path in the club",
     "Malo started in our chess club at nine, when he could barely see over the board. This weekend our team "
     "travels with him to his first national final.",
     "Malo a commencé dans notre club d'échecs à neuf ans, quand il voyait à peine par-dessus l'échiquier. Ce "
     "week-end, notre équipe l'accompagne à sa première finale nationale."),
    ("someone's story in the third person",
     "Amina has run the cheese counter in our shop for twenty years. She keeps a notebook of every regular's order "
     "and still opens the shop at seven on Saturdays.",
     "Amina tient le rayon fromage de notre boutique depuis vingt ans. Elle tient un carnet des commandes de chaque "
     "habitué et ouvre toujours la boutique à sept heures le samedi."),
    ("a tariff told by who pays it",
     "Tickets for the spring show are now available at our theatre: €10 for adults, €5 for students, free for "
     "under-6s.",
     "Les billets du spectacle de printemps sont disponibles dans notre théâtre : 10 € pour les adultes, 5 € pour "
     "les étudiants, gratuit pour les moins de 6 ans."),
]


@pytest.mark.parametrize(("what", "en", "fr"), PROMO_PAIRS, ids=[p[0] for p in PROMO_PAIRS])
def test_a_self_promotional_post_draws_self_promotion_in_both_languages(what, en, fr):
    fires(en, "en", SELF_PROMO)
    fires(fr, "fr", SELF_PROMO)


@pytest.mark.parametrize(("what", "en", "fr"), ORDINARY_PROMO_PAIRS, ids=[p[0] for p in ORDINARY_PROMO_PAIRS])
def test_an_ordinary_twin_stays_quiet_on_self_promotion_in_both_languages(what, en, fr):
    quiet(en, "en", "self-promotion.")
    quiet(fr, "fr", "self-promotion.")


@pytest.mark.parametrize(("what", "en", "fr"), PUSHY_PAIRS, ids=[p[0] for p in PUSHY_PAIRS])
def test_a_pushy_post_draws_hard_sell_in_both_languages(what, en, fr):
    fires(en, "en", HARD_SELL)
    fires(fr, "fr", HARD_SELL)


@pytest.mark.parametrize(("what", "en", "fr"), READER_PAIRS, ids=[p[0] for p in READER_PAIRS])
def test_a_brand_post_that_gives_its_public_something_owes_no_you(what, en, fr):
    quiet(en, "en", READER)
    quiet(fr, "fr", READER)


def test_a_brands_new_range_still_owes_the_reader_a_word_and_a_things_elle_is_no_persons_story():
    fires("Our new range of jackets lands in the shop on Friday. It was cut in Leeds and sewn in two family workshops "
          "up north, with recycled wool.", "en", READER)
    fires("Notre nouvelle gamme de vestes arrive en boutique vendredi. Elle a été coupée à Lyon et cousue dans deux "
          "ateliers familiaux du Nord, en laine recyclée.", "fr", READER)


ANSWER = (
    "Thanks for asking, Léa: our shop buys most of its vegetables from three farms within twenty kilometres, and the "
    "list of farms is on the board by our door, updated every season for our regulars.",
    "Merci pour la question, Léa : notre boutique achète l'essentiel de ses légumes à trois fermes à moins de vingt "
    "kilomètres, et la liste des fermes est affichée près de notre porte, mise à jour à chaque saison pour nos "
    "habitués.",
)


def test_an_answer_to_someones_question_needs_no_question_of_its_own():
    quiet(ANSWER[0], "en", "conversation.ask-a-question")
    quiet(ANSWER[1], "fr", "conversation.ask-a-question")


def test_an_answer_gives_what_was_asked_so_it_owes_no_knowledge_in_either_language():
    quiet(ANSWER[0], "en", "give-first.share-knowledge")
    quiet(ANSWER[1], "fr", "give-first.share-knowledge")


def test_french_nous_as_the_object_of_an_infinitive_counts_as_english_us_does():
    quiet("Heartbreaking. Our association works on this all year: visit our website and follow our page to support "
          "us.", "en", "relevance.reader-focus")
    quiet("Déchirant. Notre association agit là-dessus toute l'année : visitez notre site et suivez notre page pour "
          "nous soutenir.", "fr", "relevance.reader-focus")


def test_an_errand_asked_of_someone_close_promotes_nothing():
    quiet("could you pick up some bread on your way home? the big sourdough is on sale at the bakery today", "en",
          "give-first.promote-the-gift")
    quiet("tu pourrais acheter des piles en passant ? elles sont en promo au supermarché cette semaine", "fr",
          "give-first.promote-the-gift")
