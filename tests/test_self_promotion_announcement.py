"""A post announcing the author's own product and sending readers to it reads as an ad
(issue 11, session 4: self-promotion on X).

self-promotion.plug reads comments that point to one's own channel; self-promotion.announcement
reads the brand or project post itself: a launch, a token drop, a course or a service on offer,
with a pointer to it. Signals add up: a launch word alone, a link to an article, "our" in a
story or news of someone else's launch stay quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "self-promotion.announcement"



CAUGHT = [
    ("en", "Introducing Loomly Notes, our new app for meeting minutes. Try it now: loomlynotes.io"),
    ("en", "We just shipped dark mode for the whole dashboard 🎉 Learn more ↓"),
    ("en", "Our free mint opens Friday at 6pm UTC, 300 WL spots left for early supporters. Details below"),
    ("en", "Early stage token, low supply, 100x potential 🚀 load ur bags #crypto #gems #altcoins"),
    ("en", "Need a logo for your startup? Look no further, hire me on my profile, affordable prices #design #logo #branding"),
    ("en", "Only 5 days left to join my spreadsheet course, lifetime access included. Learn more: sheetsclass.co"),
    ("fr", "Nous lançons notre appli de covoiturage à Nantes ! En savoir plus : covoitnantes.fr"),
    ("fr", "Nouvel épisode de notre podcast sur le jardinage, à écouter ici 👇"),
]

QUIET = [
    ("en", "Apple is set to launch a new phone in September, according to analysts."),
    ("en", "Our cat discovered snow this morning and had no idea what was going on."),
    ("en", "The launch went fine, thanks everyone for the help last night."),
    ("en", "I read a good report on city budgets, learn more about how they work here: citydata.org"),
    ("en", "During the mission the crew will study the Moon's surface up close."),
    ("en", "Scientists introduced a new method to measure sea ice, says the agency."),
    ("en", "I downloaded the new version yesterday and it keeps crashing, anyone else?"),
    ("fr", "Selon la presse, Apple devrait lancer un nouveau téléphone en septembre."),
    ("fr", "Notre chat a découvert la neige ce matin, il n'a pas compris ce qui lui arrivait."),
    ("fr", "Pour plus d'informations, consultez le site de la mairie."),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_the_authors_own_launch_with_a_pointer_is_an_ad(lang: str, text: str):
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_news_stories_and_single_signals_stay_quiet(lang: str, text: str):
    quiet(text, lang, RULE)
