"""Chat spellings of personal texts (short53, session 36): read as their words, spans on the draft's own characters,
and the texts they write stay texts, not asks."""

from __future__ import annotations

from tests.review_helpers import fires, quiet
from tests.spelling_helpers import excerpts, words


def test_english_texts_spellings_meet_the_phrases_they_stand_for(pack):
    text = "wat time u finish? dun worry, i oso c u l8r, omw"
    assert excerpts(pack, text, "en", fr="phrases: [x]",
                    en="phrases: [what time, don't worry, also, see you, later, on my way]") == [
        "wat time", "dun worry", "oso", "c u", "l8r", "omw"]


def test_french_texts_spellings_meet_the_phrases_they_stand_for(pack):
    text = "g oublié mes clés, jvais repasser, tqt, rdv 15h, c trop bien"
    assert excerpts(pack, text, "fr", en="phrases: [x]",
                    fr="phrases: [j'ai oublié, je vais, t'inquiète, rendez-vous, c'est trop]") == [
        "g oublié", "jvais", "tqt", "rdv", "c trop"]


def test_one_letter_spellings_need_the_word_they_come_before():
    assert words("c u at da station, b there in 10", "en")[:4] == ["see", "you", "at", "the"]
    assert "be" in words("c u at da station, b there in 10", "en")
    assert words("plan b for the vitamin c", "en")[:2] == ["plan", "b"] and "see" not in words("vitamin c", "en")
    assert words("da Vinci", "en")[0] == "da"  # "da" is "the" only before a place or a thing of the day
    assert words("5 g de sel, annexe c page 3", "fr") == ["5", "g", "de", "sel", "annex", "c", "pag", "3"]


def test_texts_in_chat_spelling_stay_quiet_and_sms_promotions_in_it_still_press():
    quiet("omw, b there in 10, c u at da station. dun worry abt the money", "en", "hard-sell.")
    quiet("tqt jvais être en retard, rdv devant la gare, g oublié mon tél", "fr", "hard-sell.")
    fires("FREE ringtone 4 u! Txt TONE to 87066 now, c u l8r. £3/wk", "en", "hard-sell.pushy")
    fires("Sonnerie gratuite pr toi ! Envoie SON au 87066 mtn, rdv sur sonneries-top.fr. 3 €/sem", "fr",
          "hard-sell.pushy")
