"""Precision on the posts Coach is for, round 42 (issue 11): what brands, shops, associations, councils, creators
and Discord servers publish as it is, against its pushy or self-promotional twin.

What must hold, each case a pair (the ordinary post has no finding of the rule, its twin still has one):
- relevance.empty-teaser: a "new video" post that tells what the maker did in it ("I tried to …", « j'ai essayé … »)
  says what is in it; a bare "New video is up!" still teases nothing.
- vanity-metrics.audience-count: a milestone that thanks the community for what it gave ("for all the tips in the
  comments", « pour toutes vos astuces ») does what the rule asks; "We just hit 50,000 subscribers!" is still a count.
- hard-sell.pushy: a guarantee refused (« sans garantie pour le sapin », "no guarantee it arrives") and a legal status
  ("sole traders") sell nothing; « Passez à Pro maintenant, le prix augmente à minuit » and « précommandez maintenant »
  now sell, as their English twins did.
- hard-sell.time-pressure: "before Friday" is a deadline in English as « avant vendredi » is in French, so an upsell
  with a code slipped into a reply to a complaint draws it; a colleague's "before Friday" about expense forms does not.
- self-promotion.plug: a giveaway's result, told after the draw, recruits no one; "Giveaway time! Follow us" still does.
- relevance.talk-to-the-reader: the readers named in the third person ("anyone who bought one", « celles et ceux qui »)
  are the reader; a brand that only talks about itself still draws it.
Each ordinary post of PAIRS drew its rule with main's rules before this round (main `dc7728b`); the pushy posts of
NEW_CATCHES drew nothing of their rule there (« passez à Pro … à minuit », "code … before Friday", « précommandez
maintenant »).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired

PAIRS = [
    # a video post that tells what the maker did in it; a bare teaser
    ("en", "relevance.empty-teaser",
     "New video is up: I tried to fix a 1960s record player using only the spares in my shed. It half works.",
     "New video is up! Link in bio."),
    ("fr", "relevance.empty-teaser",
     "Nouvelle vidéo en ligne : j'ai testé trois façons de rempailler une chaise, on en garde une.",
     "Nouvelle vidéo en ligne !"),
    # a milestone thanked for what the community gave; a count celebrated
    ("en", "vanity-metrics.audience-count",
     "Our podcast passed 20,000 subscribers this week. Thank you for listening, and for all the questions you send us.",
     "We just hit 20,000 subscribers, thank you all!"),
    ("fr", "vanity-metrics.audience-count",
     "Notre chaîne a passé les 20 000 abonnés. Merci de nous suivre, et pour toutes vos idées de recettes en commentaire.",
     "Nous avons dépassé les 20 000 abonnés, merci à tous !"),
    # a guarantee refused; a guarantee sold
    ("fr", "hard-sell.pushy",
     "Livraison de Noël : commandez avant le 16 décembre pour être livré avant le réveillon. Après, on expédie "
     "toujours, mais sans garantie.",
     "Colis de Noël livrés à temps, satisfaction garantie, commandez maintenant !"),
    ("en", "hard-sell.pushy",
     "Join us for a free talk on Tuesday at noon: our bookkeeper explains what changes for sole traders this spring.",
     "Quit your job and become a full-time crypto trader: join our free masterclass now and earn £500 a day!"),
    # a giveaway's result; a giveaway that recruits
    ("en", "self-promotion.plug",
     "Giveaway results: congratulations to Priya, who wins the signed print! Thanks to everyone who sent a photo.",
     "Giveaway time! Follow us and tag two friends to win a signed print."),
    # the readers named in the third person; a brand talking only about itself
    ("en", "relevance.talk-to-the-reader",
     "A customer told us our new bottle caps crack in the cold, and she was right. We have changed the plastic, "
     "and anyone who bought one this winter can swap it at the counter.",
     "Our team spent the whole week at the trade fair in Lyon. Lots of meetings, a busy stand from morning to night "
     "and a great energy among all of us."),
    ("fr", "relevance.talk-to-the-reader",
     "Une cliente nous a signalé que nos nouveaux bouchons se fendaient au froid, et elle avait raison. On a changé "
     "de plastique, et celles et ceux qui en ont acheté un cet hiver peuvent l'échanger au comptoir.",
     "Notre équipe a passé toute la semaine au salon de Lyon. Beaucoup de rencontres, un stand plein du matin au "
     "soir et une belle énergie collective entre nous."),
]


# New catches: the pushy post now draws the rule; its ordinary neighbour, which shares its words, stays quiet.
NEW_CATCHES = [
    # a price rise at midnight with an upgrade pushed, in French as "price goes up" in English
    ("fr", "hard-sell.pushy",
     "Le prix de nos carnets augmente au 1er avril : le papier a pris 18 %, on préfère vous prévenir.",
     "Passez à Pro maintenant, le prix augmente à minuit !"),
    # a colleague's date; an upsell in a reply to a complaint
    ("en", "hard-sell.time-pressure",
     "Hi team, please send me your receipts before Friday so I can file them with the month.",
     "Sorry to hear that, Ben! While you wait, treat yourself to our new range with code OOPS15 before Friday 😉"),
    # a pre-order explained; « précommandez maintenant », as "commandez maintenant"
    ("fr", "hard-sell.pushy",
     "Les précommandes de l'agenda sont ouvertes : on imprime une seule fois, précommander nous dit combien en faire.",
     "Épuisé en trois jours ! Le prochain tirage partira encore plus vite, précommandez maintenant."),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "twin"), PAIRS + NEW_CATCHES)
def test_the_ordinary_post_is_quiet_and_its_twin_still_draws_the_rule(lang: str, rule: str, ordinary: str,
                                                                       twin: str) -> None:
    assert rule not in fired(ordinary, lang)
    assert rule in fired(twin, lang)


def test_a_count_thanked_with_no_contribution_named_still_counts() -> None:
    """The thanks must name what the community gave: "thank you for your support" is still a bare count."""
    text = "Our page passed 30,000 followers today. Thank you for your support!"
    assert "vanity-metrics.audience-count" in fired(text, "en")


def test_a_promise_guaranteed_still_counts_in_french() -> None:
    """Only a guarantee refused is left out: « garantie » sold beside a call to buy still counts."""
    text = "Remboursement garanti sous 30 jours, commandez vite avant minuit !"
    assert {r for r in fired(text, "fr") if r.startswith("hard-sell.")}
