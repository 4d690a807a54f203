"""Which language a draft is in: short French chat and posts are read as French, English as English."""

from __future__ import annotations

import pytest

from bot.engine.language import detect

# Written for this test: the short lines community members and managers really type.
FRENCH = [
    "slt ça va ?", "merci bcp !!", "jsp trop, tu viens ?", "c'est trop bien 😍", "tkt, je gère",
    "dispo ce soir ?", "Abonnez-vous !", "ça marche, à plus", "mdr t'es sérieux", "Nouvelle vidéo dispo !",
    "Réservez vite", "Plus que 3 places", "RDV samedi", "Livraison offerte dès 50 €", "j'suis dispo",
    "Meeting à 14h", "Team building demain", "Full stack dev dispo", "Bonjour", "Coucou", "Merci", "Génial",
    "Au top", "Trop fort", "Hello la team", "Le replay est dispo", "Webinar gratuit jeudi", "Quel talent !",
    "Suivez-nous", "Call de 15h décalé",
]
ENGLISH = [
    "hey how r u?", "thx so much!!", "see you tomorrow", "New video out now!", "Sign up today",
    "Free shipping over $50", "omg love it", "Follow us", "Check out my channel", "ur the best", "Buy now",
    "Grand opening Saturday", "Café open late tonight", "un vote tomorrow", "Car wash this Sunday",
]


@pytest.mark.parametrize("text", FRENCH)
def test_short_french_chat_is_french(text):
    assert detect(text, fallback="en").language == "fr"


@pytest.mark.parametrize("text", ENGLISH)
def test_short_english_chat_is_english(text):
    assert detect(text, fallback="fr").language == "en"


def test_too_little_to_tell_falls_back_and_says_so():
    found = detect("Go go go", fallback="fr")
    assert found.language == "fr" and found.guessed
    assert not detect("Merci", fallback="en").guessed  # one word can be enough when it is clear


def test_clues_that_both_languages_share_do_not_settle_a_short_draft():
    # "un" (the UN), "en": French words that English headlines use too; the model decides.
    assert detect("afghanistan becoming failed narco state un", fallback="en").language == "en"
