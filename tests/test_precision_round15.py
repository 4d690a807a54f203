"""Precision on ordinary text, round 15 (issue 11, point 4): findings a community manager would call wrong.

Kinds read by hand on the ok rows: a comment that mocks others for chasing followers or likes (it names
the goal to blame it, and sets none); a program's message whose marks are glued to its words
("moo!moo!moo!"), which is no burst of cries; a buyer who accepts a supplier's quote in a reply about
their own order; a buyer asking others whether a sale is worth it. Each case is a pair: the ordinary text has no finding of the rules named, and the same
kind of text written as a goal or a sale still has one, so the quiet comes from the kind of text and not
from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from bot.engine.measures import items
from bot.engine.text import Doc
from tests.review_helpers import fires, quiet

BUZZ = "vanity-metrics.buzz-as-goal"
EXCLAIM = "hard-sell.exclamations"
PUSHY = "hard-sell.pushy"
DENSITY = "hard-sell.sales-density"

# (language, the rules that must stay quiet, the ordinary text, the same kind of text that still fires one of them)
PAIRS = [
    # a buyer asking others whether a sale is worth it, against a post that is all pitch (session 9)
    ("en", (DENSITY,), "Anyone know if the Black Friday deals are actually worth it? Last year the discount TV was "
                       "the same price in January, and the sale price on the laptop was a deal only on paper.",
     "Black Friday deals: discount on every TV, sale prices on laptops, buy today, order online, coupon at "
     "checkout, the best deal of the year on every purchase."),
    ("fr", (DENSITY,), "Quelqu'un sait si les soldes du Black Friday valent le coup ? L'an dernier la remise sur la télé "
                       "était bidon, le prix était le même en janvier et la promo sur le portable n'était pas une bonne affaire.",
     "Black Friday : remise sur chaque télé, prix cassés sur les portables, soldes partout, commandez en ligne, "
     "code promo au panier, la bonne affaire de l'année sur chaque achat."),
    # mocking others who chase an audience, against a team that sets it as its goal
    ("en", (BUZZ,), "So many accounts post nonsense investing advice to get followers. Unfollowed them all.",
     "New plan for the page: post investing advice every day to get followers."),
    ("en", (BUZZ,), "Influencers chasing likes will say anything to go viral; I trust the boring reviews more.",
     "Like and share this so we get more likes and beat last month!"),
    ("fr", (BUZZ,), "Tous ces comptes postent n'importe quoi sur la bourse pour gagner des abonnés. Je me désabonne.",
     "Nouveau plan pour la page : un conseil bourse par jour pour gagner des abonnés."),
    ("fr", (BUZZ,), "Cette course aux likes me fatigue : on veut tous faire le buzz, et plus personne ne lit.",
     "Partagez ce post, on veut faire le buzz avant le salon !"),
    # marks glued to a program's words, against a burst of cries beside a sale
    ("en", (EXCLAIM,), "Our build prints a silly banner at start: moo!moo!moo!moo!moo!moo!Ready. Notes at "
                       "https://example.org/notes",
     "Our build is out! Get it at https://example.org/buy! Half price! Today only! Hurry!"),
    ("fr", (EXCLAIM,), "Notre build affiche une bannière idiote au démarrage : meuh!meuh!meuh!meuh!meuh!Prêt. Notes sur "
                       "https://exemple.org/notes",
     "Notre build est sorti ! Achetez-le sur https://exemple.org/achat ! Moitié prix ! Aujourd'hui seulement ! Vite !"),
    # a buyer accepting a supplier's quote on their own order, against a discount pushed on a public
    ("en", (PUSHY,), "Re: order for books\n\nJulie, the discount is fine, please go ahead with the 40 copies. "
                     "Vince\n\n> I can offer you 15 % off your order of 40 books, let me know.",
     "Order now: 15 % off every book this week only, click here to buy!"),
    ("fr", (PUSHY,), "Re : commande de livres\n\nJulie, la remise me convient, merci. Vincent\n\n> Je vous propose "
                     "12,5 % de réduction sur votre commande de 50 livres au prix de 20 € chacun, commandez avant vendredi.",
     "Commandez maintenant : -15 % sur tous les livres cette semaine seulement, cliquez ici pour acheter !"),
]


@pytest.mark.parametrize(("lang", "rules", "ordinary", "loud"), PAIRS,
                         ids=[f"{lang}-{i}" for i, (lang, _, _, _) in enumerate(PAIRS)])
def test_ordinary_text_is_quiet_and_the_same_kind_still_fires(lang: str, rules: tuple[str, ...], ordinary: str,
                                                               loud: str) -> None:
    quiet(ordinary, lang, rules)
    fires(loud, lang, rules)


@pytest.mark.parametrize(("draft", "counted"), [
    ("moo!moo!moo!", ["!"]),  # the last mark ends the sentence; the glued ones are words
    ("Yahoo!Mail is down!!", ["!!"]),
    ("Sale! Now!", ["!", "!"]),
    ("Wow !", ["!"]),
    ("x!", ["!"]),
    ("BUY NOW!CLICK", ["!"]),  # after a capital the mark shouts
])
def test_only_marks_glued_between_two_letters_are_left_out(draft: str, counted: list[str]) -> None:
    assert [draft[s:e] for s, e in items(Doc(draft, "en"), "exclamations")] == counted
