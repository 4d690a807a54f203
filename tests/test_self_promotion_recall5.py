"""Self-promotion, round five (issue 11, recall on X and in comments): a brand's own launch post
worded as product talk or with a deadline on its own offer, and a stranger's networking ask under
a post. Ordinary text with the same words (a report of someone else's record, a holiday countdown,
"would love to stay in touch") stays quiet."""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

ANNOUNCEMENT = "self-promotion.announcement"
PLUG = "self-promotion.plug"

CAUGHT = [
    (ANNOUNCEMENT, "en", "GLIF now supports AI video! Create anything you can imagine, try it free: glif.example"),
    (ANNOUNCEMENT, "en", "Only 9 more days to save on our Path to Self Custody workshop. Learn more: custody.example"),
    (ANNOUNCEMENT, "en", "Introducing Ping Links: the all-in-one no-code checkout. Join the waitlist: ping.example"),
    (ANNOUNCEMENT, "fr", "Notre appli prend désormais en charge la vidéo ! Tous les détails sur glif.example"),
    (ANNOUNCEMENT, "fr", "Plus que 3 jours pour profiter de notre formation en ligne, inscrivez-vous ici : forma.example"),
    (PLUG, "en", "Impressive project, would love to connect"),
    (PLUG, "en", "nice page! open for collabs, let's collaborate"),
    (PLUG, "fr", "Super projet, on collabore ? ouvert aux collabs"),
]

QUIET = [
    (ANNOUNCEMENT, "en", "Scientists say the new rover is the most advanced ever built."),
    (ANNOUNCEMENT, "en", "Corporate bitcoin adoption doubled last year, according to the annual report."),
    (ANNOUNCEMENT, "fr", "Plus que 3 jours avant les vacances, vivement !"),
    (ANNOUNCEMENT, "fr", "Selon les chercheurs, ce satellite est le plus avancé jamais construit."),
    (PLUG, "en", "It was great meeting you at the conference, would love to stay in touch."),
    (PLUG, "en", "hey! please check your dm, think someone used your photo"),
    (PLUG, "fr", "Super soirée hier, on se voit bientôt pour parler du projet du club ?"),
]


@pytest.mark.parametrize(("rule", "lang", "text"), CAUGHT)
def test_own_launches_and_networking_asks_are_self_promotion(rule: str, lang: str, text: str):
    fires(text, lang, rule)


@pytest.mark.parametrize(("rule", "lang", "text"), QUIET)
def test_the_same_words_in_ordinary_text_stay_quiet(rule: str, lang: str, text: str):
    quiet(text, lang, rule)
