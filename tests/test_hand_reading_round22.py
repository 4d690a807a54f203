"""Session 22's hand reading (issue 11): good posts and pushy posts of our own, read one by one.

A server's contest that asks members for an entry of their own ("post your best screenshot in #art") is no plug:
the word "giveaway" opens it, but nothing is asked back (no follow, no tag, no repost); a giveaway that asks for follows
and tags still is one.
« Rejoignez-nous jeudi pour un webinaire » invites to an event, as "join us" does; « rejoignez-nous sur Instagram » asks
for a follow.
A pause told to the audience ("our podcast is taking a short break over the summer. New episodes from September",
« notre podcast fait une petite pause ») says when the next one comes: it launches nothing; a new season that "is live"
after the break still is a launch.
A price said to rise at a set time ("Tomorrow the price doubles", « Demain le prix double ») and an offer said never to
come back ("the last time we'll offer") are deadlines; a price rise reported ("the price of eggs doubled last year")
is not.
Tickets said to be on sale ("Tickets for our June gig are on sale now", « les billets sont en vente ») are a venue's news;
with seats running out and a push, they are sold hard.
A new article that says what it taught (« ce qu'une année … nous a appris », elided) is no empty teaser.
Each case is a pair: the ordinary post stays quiet on the rule, its twin draws it.
Short chat says its language in its own words ("vsy bonne nuit", « Soldes ! », "tbh idk").
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

ANNOUNCE = "self-promotion.announcement"
PLUG = "self-promotion.plug"
PUSHY = "hard-sell.pushy"
TEASER = "relevance.empty-teaser"

PAIRS = [
    ("en", PLUG, "Giveaway time! To celebrate 5k members we're giving 3 copies of the game to members who post their "
     "best screenshot in #art by Sunday.",
     "Giveaway time! To celebrate 5k followers we're giving 3 copies of the game: follow us and tag 2 friends to enter."),
    ("fr", PLUG, "Concours ! Pour fêter nos 5 000 membres, on fait gagner 3 jeux à ceux qui postent leur plus belle "
     "capture dans #art avant dimanche.",
     "Concours ! Pour fêter nos 5 000 abonnés, on fait gagner 3 jeux : abonnez-vous et identifiez 2 amis pour participer."),
    ("fr", PLUG, "Rejoignez-nous jeudi pour un webinaire gratuit : comment fixer ses prix. Inscription ici.",
     "Rejoignez-nous sur Instagram pour ne rien rater, c'est gratuit !"),
    ("en", ANNOUNCE, "Our podcast is taking a short break over the summer. New episodes from September.",
     "After a short break, our new season is live: tune in at ourshow.fm"),
    ("fr", ANNOUNCE, "Notre podcast fait une petite pause cet été. Nouveaux épisodes dès septembre.",
     "Après une petite pause, notre nouvelle saison est en ligne : écoutez-la sur notreshow.fr"),
    ("en", PUSHY, "The price of eggs doubled last year, and the price of butter went up too.",
     "Stop scrolling. This is the last time we'll offer lifetime access for $49. Tomorrow the price doubles."),
    ("fr", PUSHY, "Le prix des œufs a doublé l'an dernier, et celui du beurre a augmenté aussi.",
     "C'est la dernière fois qu'on propose l'accès à vie pour 49 €. Demain le prix double."),
    ("fr", TEASER, "Nouvel article : ce qu'une année de semaine de quatre jours nous a appris. Spoiler : le vendredi, "
     "c'est travail de fond.",
     "Nouvel article sur le blog, lien en bio"),
    ("en", PUSHY, "Tickets for our June gig are on sale now. Doors at 7, support from Lila Moon. Link in bio.",
     "Tickets on sale now, only 20 left! Hurry, link in bio"),
    ("fr", PUSHY, "Les billets pour le concert de juin sont en vente maintenant. Ouverture des portes à 19 h, lien en bio.",
     "Billets en vente maintenant, plus que 20 places ! Dépêchez-vous, lien en bio"),
]


@pytest.mark.parametrize(("language", "rule", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(language: str, rule: str, ordinary: str, twin: str):
    quiet(ordinary, language, rule)
    fires(twin, language, rule)


@pytest.mark.parametrize(("text", "language"), [
    ("vsy bonne nuit", "fr"),  # "bonne nuit" says French, whatever the chat spelling before it
    ("Soldes !", "fr"),  # the French sales, one word
    ("tbh idk", "en"),  # English chat abbreviations
    ("ngl the new logo grew on me", "en"),
])
def test_short_chat_is_reviewed_in_its_own_language(text: str, language: str):
    from bot.engine.language import detect

    assert detect(text, fallback="en" if language == "fr" else "fr").language == language
