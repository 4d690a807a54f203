"""Session 15's hand reading (issue 11): two kinds of ordinary notice that drew a wrong finding.

A neighbour who says why a thing of theirs must go (it takes up too much room, a move, a child grown out of
it) sells one used thing: "DM me if interested" arranges the sale, it plugs no channel or shop. A shop that
keeps its seniors' or children's rate announces part of its price list, not a promotion of what it sells.
Each case is a pair: the seller's or the shop's pushing twin still draws its finding.
"""

from __future__ import annotations

import pytest

from bot.engine.review import ReviewContext, review
from tests.review_helpers import advice, fires, quiet

PLUG = "self-promotion.plug"
GIFT = "give-first.promote-the-gift"

# (language, rule, the ordinary notice, its pushing twin)
PAIRS = [
    ("fr", PLUG, "Coucou les voisins ! Je vends mon vélo d'appartement, 60 €, il prend trop de place. MP si intéressés",
     "Je vends mes bougies faites main, 12 € pièce, MP si intéressés, lien en bio !"),
    ("en", PLUG, "Hi neighbours! I'm selling my exercise bike, £60, it takes up too much room. DM me if interested",
     "I sell my handmade candles, £12 each, DM me if interested, link in bio!"),
    ("fr", PLUG, "Je vends la poussette de ma fille, elle ne sert plus depuis deux ans. MP si intéressée.",
     "Je vends mes créations en crochet, écrivez-moi en MP si intéressée, et abonnez-vous à ma page !"),
    ("en", PLUG, "Selling the kids' bunk bed, they've grown out of it. Message me if interested, collection from Leeds.",
     "I sell my crochet designs, message me if interested and follow my page for more!"),
    ("fr", GIFT, "Nous avons revu nos tarifs : coupe adulte 28 €. Merci de votre fidélité, la réduction seniors du mardi est maintenue.",
     "Grosse réduction sur toutes nos coupes cette semaine, réservez vite !"),
    ("en", GIFT, "We've updated our prices: adult haircuts are now £28. Thank you, we've kept the OAP discount on Tuesdays.",
     "Big discount on all our haircuts this week, book now!"),
    ("en", GIFT, "Swim sessions are £4.50 from May; the children's discount and the family discount stay as they are.",
     "Our swim school is on sale this month: 30% discount on every course, sign up now!"),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "pushing"), PAIRS)
def test_the_ordinary_notice_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, pushing: str) -> None:
    quiet(ordinary, lang, rule)
    fires(pushing, lang, rule)


def test_a_plural_interested_is_quoted_whole() -> None:
    """The contact-for-a-deal signal ends on a word's end: « intéressés », not « intéressé »."""
    text = "Je vends mes bougies faites main, 12 € pièce, MP si intéressés, lien en bio !"
    found = [f for f in review(text, ReviewContext(advice(), language="fr")).findings if f.rule == PLUG]
    assert found and "MP si intéressés" in [text[q.span[0]:q.span[1]] for q in found[0].quotes]
