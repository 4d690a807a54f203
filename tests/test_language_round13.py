"""A short, lowercase, accent-less draft is read in its own language.

Headlines and short lines often carry no function word ("airline cancels routes") and the
model hesitates on them. Then the line's own inflections lean it (English "-ing", "-ed";
French "-ez", "-aient", "-eux", "-aux"), so does French typography (a space before a colon),
a word both languages share ("un", "in") counts less than a plain one, and a line that still
ties is read in the reader's language, flagged as a guess.
French chat keeps its own clues ("slt ça va", "jsp", "c ouf").
"""

from __future__ import annotations

import pytest

from bot.engine.language import detect

# Written for this test (invented; lowercase, as headline feeds and chat print them).
# Each English line beside a French line of the same kind.

# Read right whoever reads them: their own words decide.
ANY_READER = [
    ("wheat exports climb", "les exportations de blé grimpent"),
    ("council approves harbour upgrade", "le conseil valide le port"),
    ("storm damages coastal roads", "tempête sur les routes côtières"),
    ("miners rescued after collapse", "mineurs sauvés après l'effondrement"),
    ("un envoy visiting border towns", "un envoyé en visite à la frontière"),
    ("un summit tomorrow", "un sommet demain"),  # "un" is shared: the plain word decides
    ("prices surging", "brunch fameux"),  # an inflection leans a line the model hesitates on
    ("loving these colours", "profitez des couleurs"),
]
# No clue either way and a hesitant model: a reader of their language reads them right.
OWN_READER = [
    ("airline cancels routes", "drops exclusifs"),
    ("tennis ace retires", "prix choc"),
]
FRENCH_CHAT = ["slt ça va", "jsp", "c ouf", "c ouf ce truc", "jsp trop", "grave bien", "rdv place"]


@pytest.mark.parametrize(("english", "french"), ANY_READER)
def test_short_lines_are_read_in_their_own_language_whoever_reads_them(english, french):
    assert detect(english, fallback="fr").language == "en"
    assert detect(french, fallback="en").language == "fr"


@pytest.mark.parametrize(("english", "french"), OWN_READER)
def test_a_line_with_nothing_to_tell_is_read_in_the_readers_language(english, french):
    found = detect(english, fallback="en"), detect(french, fallback="fr")
    assert [d.language for d in found] == ["en", "fr"]
    assert all(d.guessed for d in found)  # said to be a guess, so the reader can correct it


@pytest.mark.parametrize("reader", ["fr", "en"])
@pytest.mark.parametrize("text", ["team sync", "quick sync re budget"])
def test_a_tie_follows_the_reader_both_ways(text, reader):
    found = detect(text, fallback=reader)
    assert found.language == reader and found.guessed


@pytest.mark.parametrize("text", FRENCH_CHAT)
def test_french_chat_stays_french_for_an_english_reader(text):
    assert detect(text, fallback="en").language == "fr"


@pytest.mark.parametrize(("english", "french"), [("Target: Brest, period.", "Cible : Brest, point"),
                                                  ("Zone: Lille only", "Zone : Lille, point.")])
def test_french_typography_leans_a_tie(english, french):
    # A space before a colon is French typography; "Target:" is not, nor is a smiley " :)".
    assert detect(french, fallback="en").language == "fr"
    assert detect(english, fallback="en").language == "en"
    assert detect("solid pick :)", fallback="fr").language == "en"


def test_a_confident_model_is_not_overruled_by_a_tie():
    # Clue-less, but the model is sure: the reader's language does not replace it.
    assert detect("sprint radar board", fallback="fr").language == "en"
    assert detect("joyeux anniv", fallback="en").language == "fr"
