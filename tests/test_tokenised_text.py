"""Tokenised text is read as it was typed (issue 11, session 4).

Mail archives and some exports put spaces around apostrophes: "don ' t", "I ' m", « j ' ai »,
« l ' offre ». English contractions are one word again and French elisions drop their article,
while every word keeps the draft's own characters. French « les », « des », « dès » are words
of their own: the stemmer would read them as « le » and « de ».
"""

from __future__ import annotations

from bot.engine.text import tokenize


def words(text: str, lang: str) -> list[tuple[str, str]]:
    tokens = tokenize(text, lang)
    return [(text[s:e], key) for s, e, key in zip(tokens.starts, tokens.ends, tokens.keys, strict=True)]


def test_a_spaced_english_contraction_is_one_word_spanning_the_draft():
    assert words("i don ' t know , we ' re late", "en") == [
        ("i", "i"), ("don ' t", "don't"), ("know", "know"), ("we ' re", "we'r"), ("late", "late")]


def test_it_reads_like_the_contraction_typed_whole():
    spaced = tokenize("I ' m sure you won ' t", "en").keys
    assert spaced == tokenize("I'm sure you won't", "en").keys


def test_a_lone_quote_mark_between_words_joins_nothing():
    assert [w for w, _ in words("the word ' rock ' here", "en")] == ["the", "word", "rock", "here"]


def test_a_spaced_french_elision_drops_its_article_like_a_glued_one():
    assert [w for w, _ in words("j ' ai vu l ' offre", "fr")] == ["ai", "vu", "offre"]
    assert tokenize("j ' ai vu l ' offre", "fr").keys == tokenize("j'ai vu l'offre", "fr").keys


def test_french_determiners_keep_their_own_word():
    keys = dict(words("les des dès le de", "fr"))
    assert keys == {"les": "les", "des": "des", "dès": "dès", "le": "le", "de": "de"}
