"""Hand reading, session 38 (lead, issue 11): pairs of our own breadth sets judged differently in French and English.

`make eval` lists the pairs where a topic is found in one language only. Two French twins of English positives drew
nothing: a restock whose last sell-out took 90 seconds (« sont parties en 90 secondes »: the French list counted a
sell-out in hours only, and only of things named in the masculine; "sold out in" takes any unit) and a comment sending
the reader to go and read one's own post (« allez lire mon dernier billet »: "go read" was a look asked for, « allez
lire » was not). Each draft below drew nothing on the start code; a sell-out told as news and a reader sent to someone
else's article stay quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

SELLOUTS = [
    ("fr", "Ces baskets sont parties en 90 secondes la dernière fois. Réassort vendredi 9 h, mettez votre réveil et soyez rapides !"),
    ("fr", "La dernière collection : les sweats sont partis en 20 minutes. Nouveau drop samedi midi, soyez rapides !"),
]

NEWS = [
    ("fr", "Les places du concert sont parties en 12 minutes, bravo à l'équipe des bénévoles !"),
    ("fr", "Les billets du match sont partis en 3 jours, un record pour le club."),
]


@pytest.mark.parametrize(("lang", "text"), SELLOUTS, ids=numbered(SELLOUTS))
def test_a_sellout_counted_in_seconds_or_minutes_hurries_the_reader(lang: str, text: str) -> None:
    fires(text, lang, "hard-sell.pushy")


@pytest.mark.parametrize(("lang", "text"), NEWS, ids=numbered(NEWS))
def test_a_sellout_told_as_news_sells_nothing(lang: str, text: str) -> None:
    quiet(text, lang, "hard-sell.")


READS = [
    ("fr", "Super article ! J'écris sur le même sujet sur mon blog, allez lire mon dernier billet sur monblogbus.example"),
    ("fr", "trop vrai, j'en parle aussi sur mon blog, va lire mon dernier article 😉"),
]

OTHERS = [
    ("fr", "Allez lire l'article du Monde sur le sujet, il est très bien fait."),
    ("fr", "va lire le dernier billet de Claire sur son blog, il répond à ta question"),
]


@pytest.mark.parametrize(("lang", "text"), READS, ids=numbered(READS))
def test_ones_own_post_sent_to_be_read_is_a_plug(lang: str, text: str) -> None:
    fires(text, lang, "self-promotion.plug")


@pytest.mark.parametrize(("lang", "text"), OTHERS, ids=numbered(OTHERS))
def test_someone_elses_article_sent_to_be_read_is_help(lang: str, text: str) -> None:
    quiet(text, lang, "self-promotion.")
