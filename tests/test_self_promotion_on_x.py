"""Self-promotion of the kinds people post on X and under posts (issue 11, session 4).

Asking to be contacted for a deal ("DM me for prices"), inviting people to one's public server
or group ("join our Discord"), a contest entered by reposting ("RT to win") are a plug even
when nothing else is said; a friendly "DM me if you want to talk", a friends' group chat or a
retweet mentioned in passing are not.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "self-promotion.plug"



CAUGHT = [
    ("en", "Handmade leather wallets, DM me for prices 👜"),
    ("en", "I sell vintage posters, message me if interested"),
    ("en", "Join our Telegram for daily signals, 5k traders already in"),
    ("en", "RT to win a signed jersey, winner picked Friday"),
    ("en", "like + retweet to enter, 3 winners tomorrow"),
    ("fr", "Bijoux faits main, mp pour les prix ✨"),
    ("fr", "Rejoignez notre Discord, on partage nos analyses chaque matin"),
    ("fr", "RT pour gagner deux places de concert, tirage vendredi"),
]

QUIET = [
    ("en", "DM me if you want to talk, I'm around tonight."),
    ("en", "Hey, join our group chat for the trip, Sam made it yesterday."),
    ("en", "Thanks for the retweet, glad the thread helped."),
    ("en", "My discord keeps crashing since the update, anyone else?"),
    ("fr", "Rejoins notre groupe de randonnée ce dimanche, départ 9h."),
    ("fr", "Écris-moi si tu veux parler, je suis là ce soir."),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_asking_for_contacts_members_or_reposts_is_a_plug(lang: str, text: str):
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_friendly_invitations_and_passing_mentions_are_not(lang: str, text: str):
    quiet(text, lang, RULE)
