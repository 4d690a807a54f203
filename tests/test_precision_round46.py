"""Precision on kinds earlier breadth sets lacked, round 46 (issue 11, session 28): family and class-parents chats, a
Reddit answer that names someone else's shop, an owner's rental listing, recipe blogs, podcast notes, a nonprofit's
impact report, store release notes, "open to work" posts, conference recaps, a club's match thread, train disruption
notices, a shop closed for its holidays, an outage apology, homework reminders, and the lead's leftovers.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- A practice's reminder to one patient ("a reminder of your check-up", « rappel de votre dentiste », « votre contrôle
  annuel ») with the opt-out a text message must carry ("Reply STOP to …", « STOP au 36… ») is a notice, not a promotion;
  the practice's own whitening offer with the same STOP still adds up.
- A warranty told with its length before the noun (« 6 mois de garantie », "six months' warranty") is a fact about a
  product, as « garantie de 6 mois » was; « satisfait ou remboursé » still counts.
- « en rab », « du rab » (spare, left over) is no « rabais ».
- A job seeker's post ("#OpenToWork", « je cherche mon premier poste ») speaks of themselves by nature: no reader-focus
  warning, even when they name « ma formation » (the course they took, not one they sell).
Each ordinary draft drew its rule on main before this round (main `4f4a4175`), unless the comment says the other
language's twin was already quiet and pins the same kind.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

PUSHY = "hard-sell.pushy"
HARD_SELL = "hard-sell."
GIFT = "give-first.promote-the-gift"
FOCUS = "relevance.reader-focus"

# (language, rules, ordinary draft that must stay quiet, twin that must still draw one of the rules)
PAIRS = [
    # a practice's reminder to one patient with its STOP opt-out; the practice's own offer with the same opt-out
    ("en", PUSHY,
     "Hello Mr Evans, a reminder of your appointment at Castle Street Dental on Mon 3 March at 14:20. If you need to move it, call 01632 960 555. Reply STOP to 60233 to end reminders",
     "Castle Street Dental: teeth whitening HALF PRICE this week only! Book now, slots are running out fast. Call 01632 960 555. Reply STOP to 60233 to opt out"),
    ("fr", PUSHY,
     "Rappel de votre orthodontiste : le contrôle de Lucas est à prévoir ce mois-ci. Appelez le 04 78 00 12 34 pour prendre rendez-vous. STOP au 36180.",
     "Cabinet des Tilleuls : blanchiment dentaire à -50 % cette semaine seulement ! Réservez vite, il reste peu de créneaux. Appelez le 04 78 00 12 34. STOP au 36180"),
    # a warranty with its length before the noun, in a second-hand find; a shop's pushed guarantee
    ("fr", PUSHY,
     "Pour un lave-linge pas cher, regardez les reconditionnés de l'Atelier Lessive : le mien 160 € avec 12 mois de garantie. Lien : atelierlessive.example.fr. Aucun lien avec eux",
     "Lave-linge reconditionnés à -40 % ! Satisfait ou remboursé, 100 % garanti, commandez vite sur atelierlessive.example.fr, stock limité !"),
    ("en", PUSHY,
     "For a cheap washing machine look at the refurbished ones at Suds Workshop: mine was £160 with twelve months' warranty. Link: sudsworkshop.example.com. No connection to them",
     "Refurbished washing machines 40% off! Money-back guarantee, 100% guaranteed, order fast at sudsworkshop.example.com, limited stock!"),
    # « en rab » (spare); a shop's « rabais »
    ("fr", GIFT,
     "Qqn a des gants de ski en taille 6 ans en rab ? Ceux de Jade ont disparu à la sortie. Je peux les payer ou vous donner une écharpe en échange",
     "Gros rabais sur nos gants de ski cette semaine, profitez-en vite en boutique !"),
    # a job seeker's post, with the course they took; a trainer selling their own course
    ("fr", FOCUS,
     "Je suis #OpenToWork : j'ai fini ma formation de développeuse en juin, mon stage s'est bien passé et je cherche mon premier poste à Nantes. Merci pour vos partages",
     "Ma formation est enfin en ligne ! Mon programme, mes méthodes, mon accompagnement : je vous ai préparé ma meilleure formation, mon bonus et mes modèles."),
    ("en", FOCUS,
     "I'm #OpenToWork: I finished my developer bootcamp in June, my internship went well and I'm looking for my first role in Leeds. I'd love any leads",
     "My new book is out. I wrote it over three years, my editor helped me, and I am proud of my work and my readers."),
]


@pytest.mark.parametrize(("lang", "rules", "ordinary", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, rules: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rules)
    fires(twin, lang, rules)
