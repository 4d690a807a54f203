"""Chat spellings are read as their words, while every span stays on the draft's own characters."""

from __future__ import annotations

from bot.engine.text import Doc, tokenize
from tests.spelling_helpers import excerpts


def test_english_chat_spellings_meet_the_phrases_they_stand_for(pack):
    text = "pls txt me ur number 4 the prize, luv u"
    assert excerpts(pack, text, "en", fr="phrases: [texte]",
                    en="phrases: [please, text me, your number, for the prize, love you]") == [
        "pls", "txt me", "ur number", "4 the prize", "luv u"]


def test_french_chat_spellings_meet_the_phrases_they_stand_for(pack):
    text = "slt, tu peux m'aider stp ? jsp pk ça marche pas, merci bcp"
    assert excerpts(pack, text, "fr", en="phrases: [hello]",
                    fr="phrases: [salut, s'il te plaît, je sais pas, pourquoi, merci beaucoup]") == [
        "slt", "stp", "jsp", "pk", "merci bcp"]


def test_spans_of_a_spelling_of_several_words_cover_the_spelling_once(pack):
    text = "jsp trop, svp aidez-moi"
    assert excerpts(pack, text, "fr", en="phrases: [x]", fr="phrases: [sais, s'il vous plaît]") == ["jsp", "svp"]
    assert Doc(text, "fr").word_count == 5  # jsp, trop, svp, aidez, moi


def test_figures_and_acronyms_keep_their_meaning():
    def words(text: str, language: str = "en") -> list[str]:
        tokens = tokenize(text, language)
        return [alt for _, alt in tokens.pairs]

    assert words("only 2 days left, 4 tickets") == ["onli", "2", "day", "left", "4", "ticket"]
    assert words("txt WIN 2 80082") == ["text", "win", "to", "80082"]
    assert words("U.S. troops, R&D, u-turn")[:2] == ["u", "s"] and "you" not in words("U.S. troops, R&D, u-turn")
    assert words("Notre agence PR à Paris", "fr")[2] == "pr"  # two capitals: an acronym
    assert words("love u.")[-1] == "you"  # a sentence may end on a chat word


def test_talking_to_the_reader_counts_u_and_ur(pack):
    rule = dict(check="type: metric\nmetric: reader_focus\nmin: 2",
                fr="reader: [vous]\nself: [nous]", en="reader: [you, your]\nself: [i, my, me]")
    assert not excerpts(pack, "i miss u, my friend, i hope ur day is great and u r ok", "en", **rule)
    assert excerpts(pack, "i miss my friend, i hope my day is great and i am ok", "en", **rule) == ["i"]
