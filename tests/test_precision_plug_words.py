"""Everyday words are not a plug (issue 11, session 4: reading self-promotion.plug on ordinary mail).

"I do", "like it", "the Moon", "to enter", "give somebody a chance", "just drop me a line" once
added up to a self-promotion warning in mails between colleagues; each is now read only in the
shape a plug takes ("give my channel a chance", "just dropped my EP", "to the moon").
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "self-promotion.plug"



QUIET = [
    ("en", "I checked the meter for September and I do not like it: the volumes look too low."),
    ("en", "The moon over the ocean looked huge last night, I do love that illusion."),
    ("en", "Users can't be bothered to enter passphrases, I do understand them."),
    ("en", "All we can do is to give somebody a chance, I do think he earned it."),
    ("en", "Someone must have done this already: could you just drop me a pointer? I would like it."),
]

CAUGHT = [
    ("en", "Just dropped my new EP, give it a listen 🎧"),
    ("en", "Give my channel a chance, I post every day"),
    ("en", "$NOVA to the moon, join my Telegram for the next call"),
]


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_everyday_words_in_a_mail_are_not_a_plug(lang: str, text: str):
    quiet(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_the_plug_shapes_of_those_words_still_are(lang: str, text: str):
    fires(text, lang, RULE)
