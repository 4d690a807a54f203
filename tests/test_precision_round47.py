"""Precision on kinds earlier breadth sets lacked, round 47 (issue 11, session 30, "breadth47"): a library's hours, a
lost-and-found post, a club's result, a recipe, a condolence, a thank-you for a job well done, a school trip reminder,
release notes, roadworks, a charity's thanks with figures, meme captions, a gaming clan's schedule, homework and a
landlord's notice, and the lead's leftovers.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- A giveaway's rules told by what it does NOT ask ("only needs one comment", "no follows, no shares", "we will never ask
  you to follow", « un seul commentaire suffit », « pas d'abonnement, pas de partage ») say how members enter: no plug.
  A "one comment" that then asks for a follow and a share still is one.
- A server's welcome hands out roles ("Grab your roles in #roles", « prenez vos rôles dans #rôles »): nothing is sold
  before anything is given; "grab yours now" on a sale still asks first.
- "link in bio" taken back in the same breath ("lol jk, there is no link", « je rigole, y a pas de lien ») mocks the
  habit and points nowhere; a real "link in bio" still points to one's own spaces.
- An organisation's yearly account put online ("our annual report is up", « notre rapport annuel est en ligne »,
  « bilan d'activité ») tells what was done; a new app put online with a pointer to it is still a launch, and so is a
  research "Annual Report" offered for download (only "our" / « notre » report reads as an account).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

PLUG = "self-promotion.plug"
SPACES = "self-promotion.our-spaces"
ANNOUNCE = "self-promotion.announcement"
GIVE_FIRST = "give-first.value-before-ask"

# (language, rules, ordinary draft that must stay quiet, twin that must still draw one of the rules)
PAIRS = [
    # a moderator's giveaway rules told by what they do not ask; the same "one comment" then a follow and a share asked
    ("en", PLUG,
     "Quick note from the mods: the book giveaway only takes one comment with a title you loved. No follows, no shares needed. Draw on Sunday.",
     "Our giveaway only takes one comment: follow my page, like my last 3 posts and share it to your story to enter!"),
    ("en", PLUG,
     "About the giveaway: we will never ask you to follow other accounts or pay for postage. A reply below is enough.",
     "GIVEAWAY! Follow my page, like and share this post and tag 3 friends to enter, winner tomorrow!"),
    ("fr", PLUG,
     "Petit mot de la modération : pour le concours de livres, un seul commentaire suffit, avec un titre que vous avez aimé. Pas d'abonnement, pas de partage. Tirage dimanche.",
     "Pour mon concours un seul commentaire suffit : abonne-toi à ma page, like mes 3 derniers posts et partage en story pour participer !"),
    # a server's welcome with roles; a shop's "grab yours now"
    ("en", GIVE_FIRST,
     "Welcome to the guild! Grab your roles in #roles, introduce yourself in #intros, and check #raids for Thursday's run.",
     "Grab yours now: the new hoodies are 30% off this weekend only!"),
    ("fr", GIVE_FIRST,
     "Salut et bienvenue ! Prenez vos rôles dans #choix-des-rôles, lisez #règles, puis venez dire bonjour dans #accueil.",
     "Achetez maintenant : les nouveaux sweats sont à -30 % ce week-end seulement !"),
    # "link in bio" taken back as a joke; a real one
    ("en", SPACES,
     "link in bio haha jk, no link, I just always wanted to say that",
     "Our spring menu just dropped, link in bio!"),
    ("fr", SPACES,
     "lien en bio ptdr je plaisante, aucun lien, j'ai toujours rêvé de dire ça",
     "Notre carte de printemps vient de sortir, lien en bio !"),
    # a yearly account put online; a new app put online with a pointer to it
    ("fr", ANNOUNCE,
     "Notre rapport annuel est en ligne : 640 élèves accompagnés, 30 bénévoles, un budget tenu. Tous les détails sur notre site.",
     "Notre nouvelle appli est en ligne ! Tous les détails sur notre site."),
    ("en", ANNOUNCE,
     "Our annual report is live: 640 pupils tutored, 30 volunteers, a budget kept. All the details on our website.",
     "Our new app is live! Download it now, link below 👇"),
    # an account of one's own year; a research report offered for download (a content product) still reads as one
    ("en", ANNOUNCE,
     "Our annual report is up: 85 allotment plots tended, 2 tonnes of veg shared with the food bank. The figures are on our site.",
     "Small Shops Payments 2027 Annual Report: a data-driven look at how 500 retailers take cards. Download the report: https://example.com/report"),
]


@pytest.mark.parametrize(("lang", "rules", "ordinary", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, rules: Rules, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rules)
    fires(twin, lang, rules)
