"""Session 37, speed54b: a warm review's own work outside the gate registry, made cheaper with the same answers.

- The language clues' apostrophes (« l'offre », "don't") read from the words the clues already split, when the
  folded sample is ASCII and each apostrophe stands alone between two letters, instead of a character walk
  around each apostrophe (`language._apostrophes`).
"""

from __future__ import annotations

import pytest

from bot.engine import language
from bot.engine.text import fold
from tests.alone import dev_rows

# Apostrophes at every awkward place: at a word's edge, doubled, two in a word, beside digits, hyphens and
# accents, curly, in chat spelling, around a link and an emoji.
AWKWARD = ["", "'", "l'offre c'est top, don't miss it", "rock'n'roll", "a''b", "x' y 'z", "don't-stop",
           "ab'cd'ef g", "3'4 a'B 5'x", "Crème brûlée l'été", "jsp c’est quoi mdr", "it’s ur day!!",
           "qu'il m'a dit : « j'arrive »", "L'OFFRE D'HIVER", "aujourd'hui jusqu'à lundi",
           "see https://x.com/it's now 🎉 don't", "we're here, you'll see, I've said it'd work",
           "n'importe qu'est-ce s'il t'plaît", "O'Brien's shop", "'tis the season 'n' all",
           "plain words, no marks", "ça va ? t'es où ?", "l'" + "a" * 30 + "'b"]


@pytest.mark.parametrize("text", AWKWARD)
def test_the_apostrophes_read_from_the_words_are_the_walked_ones(text: str):
    folded = fold(text[: language.SAMPLE])
    words, _, whole = language._read(folded)
    if whole:
        assert language._apostrophes_of(words) == language._apostrophes(folded)
    assert language._words(folded) == (words, sum(map(len, words)))


def test_the_apostrophes_of_dev_rows_are_the_walked_ones():
    rows = dev_rows(3000)
    read = 0
    for text in rows:
        folded = fold(text[: language.SAMPLE])
        words, _, whole = language._read(folded)
        if whole and "'" in folded:
            read += 1
            assert language._apostrophes_of(words) == language._apostrophes(folded), text
    assert read > 100  # the rows hold many apostrophes read this way


def test_an_ascii_sample_is_not_walked_apostrophe_by_apostrophe(monkeypatch: pytest.MonkeyPatch):
    def walked(folded: str) -> tuple[int, int]:
        raise AssertionError("walked")

    monkeypatch.setattr(language, "_apostrophes", walked)
    assert language.clues("l'offre c'est maintenant, don't wait")[:2] == (2, 1)
    with pytest.raises(AssertionError):  # an apostrophe at a word's edge is still walked
        language.clues("'tis l'offre")
