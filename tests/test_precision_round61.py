"""Precision, session 40 (prec61, issue 11): findings on ordinary text a community manager would call wrong, read by kind.

Each case is a pair: the ordinary draft draws no finding of the rule's topic, its twin still does. Every ordinary draft of
PAIRS drew that finding on the start code (main d052c093, checked on an archive of it); none is a line of a development
set:
- a headline that explains scarcity, a price or a deadline as news: after a colon with why / how (« pourquoi »,
  « comment »), or the scene set with "amid", "despite", « face à », « malgré », or "as" / « alors que » and a public in
  the third person, or after the colon a newsroom's "…, explained" or a public with its article (@headline); the seller's
  or the reader's word, or a call, keeps the finding;
- a sale whose every penny goes to a cause ("all proceeds go to the education fund"; hard-sell.urgency's gate);
- a friend's invitation to a last outing together, with the question that asks them along ("Want to go Saturday?",
  « on y va samedi ? »; hard-sell.urgency's gate);
- a receipt that states the reader's balance with its validity (hard-sell.time-pressure's balance-told);
- a friend asked to write once home (« écris-moi en privé quand tu es rentré »; hard-sell.pushy's dm-ask), and a customer who
  opens by asking whether the reader does a job (« tu fais des devis … ? écris-moi en privé stp »; buyer-question);
- a club outing's cars (« places limitées à 9 dans les voitures »; hard-sell.pushy's scarcity);
- a scam warning that tells its readers not to answer the scam (conversation.closed's gate, @pushy-scam-talk).
And every pattern of the shared lists loads: lists.py leaves out a pattern RE2 refuses or finds too costly, with only an
error in `Lists.errors` (prec60's widened headline pattern was dropped that way, unseen).
"""

from __future__ import annotations

import pytest

from bot.engine import lists
from tests.review_helpers import fires, numbered, quiet

HS = "hard-sell."
GF = "give-first."
CC = "conversation."

# (language, rules, ordinary draft, its twin)
PAIRS = [
    ("en", HS, "Only 8 seats left: why the county's music schools are turning pupils away",
     "Only 8 seats left in our music school: why wait? Book today!"),
    ("fr", HS, "Plus que 20 places en master : pourquoi les universités de la région refusent des étudiants",
     "Plus que 20 places dans notre master en ligne : inscrivez-vous vite avant la fin !"),
    ("en", HS, "Only 5 places left amid record demand for nursing courses",
     "Only 5 places left in our nursing prep course, enrol today!"),
    ("fr", GF, "Soldes d'été : les clients au rendez-vous malgré des rabais plus modestes",
     "Soldes d'été : profitez de nos rabais, offre spéciale pour vous !"),
    ("en", HS, "Only 12 places left as universities turn applicants away",
     "Only 12 places left, apply today before they're gone!"),
    ("en", HS, "Don't miss out: the fear that drives impulse buying, explained",
     "Don't miss out: our sale explained, grab yours now"),
    ("fr", HS, "Dernière ligne droite pour les soldes d'hiver : les commerçants font leurs comptes",
     "Dernière ligne droite pour nos soldes : foncez !"),
    ("en", HS, "Reminder from the museum: the poster sale ends Sunday, all proceeds go to the education fund.",
     "Our poster sale ends Sunday! Shop now before it's too late!"),
    ("en", HS, "Last chance to see the Monet show before it closes Sunday! Want to go Saturday? I'll drive.",
     "Last chance! Our Monet prints sale closes Sunday, grab yours now!"),
    ("fr", HS, "Dernière chance de voir le spectacle de lumières avant la fin, on y va samedi ?",
     "Dernière chance ! Notre vente de tirages ferme dimanche, commandez vite !"),
    ("fr", HS, "Dernière chance de venir avec nous à la mer demain, on part à 7 h, dis-moi ce soir bisous",
     "Dernière chance ! Nos séjours à la mer à -40 % jusqu'à ce soir seulement, réservez vite !"),
    ("en", HS, "Thanks for topping up £15. Your new balance is £18.20, valid until 28/02.",
     "Top up £15 before midnight and get £5 bonus credit, valid until Sunday only!"),
    ("fr", HS, "écris-moi en privé quand tu es rentré, on organise l'anniversaire de Léa",
     "écris-moi en privé, je t'explique comment gagner 300 € par semaine"),
    ("fr", HS, "tu fais des devis pour encadrer une toile de 80 cm ? écris-moi en privé stp",
     "vous faites des devis ? -50 % cette semaine seulement, écrivez-moi en privé vite, plus que 3 créneaux !"),
    ("fr", HS, "Sortie rando dimanche, départ 8 h de la mairie. Places limitées à 9 dans les voitures, répondez sur le groupe.",
     "Sortie rando guidée dimanche, 25 € : places limitées, réservez vite !"),
    ("en", CC, "Scam warning: fake texts saying 'Your parcel is held, reply YES to 60123' are going around. Don't reply, "
     "it's a premium number.",
     "Here are our new prices. Don't reply under this post, we won't read it."),
]


@pytest.mark.parametrize(("lang", "rules", "ordinary", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, rules: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rules)
    fires(twin, lang, rules)


# Pushy drafts near the new readings: the seller's or the reader's word, a call or a price keeps the finding
PUSHY = [
    ("en", "Only 3 places left: why you should book today"),
    ("fr", "Plus que 3 places : pourquoi il faut réserver vite"),
    ("en", "Despite rising costs, save 20% on everything today"),
    ("fr", "Face à la demande, plus que 3 places, réservez vite"),
    ("en", "Only 3 left as shoppers snap them up, get yours"),
    ("en", "Last chance to see the show before it closes Sunday, tickets £12 at the door, want to come?"),
]


@pytest.mark.parametrize(("lang", "draft"), PUSHY, ids=numbered(PUSHY))
def test_a_push_keeps_its_finding(lang: str, draft: str) -> None:
    fires(draft, lang, HS)


def test_every_shared_list_pattern_loads() -> None:
    assert lists.load_lists(lists.lists_dir()).errors == ()
