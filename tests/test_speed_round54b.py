"""Session 37, speed54b: a warm review's own work outside the gate registry, made cheaper with the same answers.

- The language clues' apostrophes (« l'offre », "don't") read from the words the clues already split, when the
  folded sample is ASCII and each apostrophe stands alone between two letters, instead of a character walk
  around each apostrophe (`language._apostrophes`).
- The tokeniser's words and offsets on ASCII text cut by byte translations and splits in C (bot/engine/wordcut.py)
  rather than `re.split` with the word pattern: the same pieces, hence the same words and spans.
- The exclamation and question runs of an ASCII draft found with a one-character pattern (re searches it as a
  literal), not the class holding "！", "¡", "？", "¿" (tested item by item at every character).
"""

from __future__ import annotations

from itertools import accumulate

import pytest

from bot.engine import language, measures, text, wordcut
from bot.engine.text import Doc, fold, tokenize
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
    assert language._read(folded)[:2] == (words, sum(map(len, words)))


def test_the_apostrophes_of_dev_rows_are_the_walked_ones():
    rows = dev_rows(3000)
    read = 0
    for row in rows:
        folded = fold(row[: language.SAMPLE])
        words, _, whole = language._read(folded)
        if whole and "'" in folded:
            read += 1
            assert language._apostrophes_of(words) == language._apostrophes(folded), row
    assert read > 100  # the rows hold many apostrophes read this way


def test_an_ascii_sample_is_not_walked_apostrophe_by_apostrophe(monkeypatch: pytest.MonkeyPatch):
    def walked(folded: str) -> tuple[int, int]:
        raise AssertionError("walked")

    monkeypatch.setattr(language, "_apostrophes", walked)
    assert language.clues("l'offre c'est maintenant, don't wait")[:2] == (2, 1)
    with pytest.raises(AssertionError):  # an apostrophe at a word's edge is still walked
        language.clues("'tis l'offre")


# Text the cut could get wrong: edges, apostrophes English keeps or not, digits, underscores, control and other
# blanks, chat spelling, elisions, links, mentions, hashtags, emoji and other scripts (the regex path), spaced
# contractions.
TOKENS = ["", " ", "a", "'", "don't", "rock'n'roll", "'tis the season", "ya''ll", "x' y", "3'4 o'clock!!", "a-b_c d",
          "__init__ x", "\t\n", "\x1c a\x1fb\x0b", "jsp mdr c'est ouf", "l'offre d'ete jusqu'a lundi",
          "Buy now!! https://x.com/a?b=c @team #Promo", "I ' m here , don ' t go", "j ' ai vu l ' offre",
          "SALE 50% off -- today only", "Crème brûlée l’été 🎉", "Привет мир, hello", "ＦＵＬＬ width", "end'",
          "tbh ur gonna luv it lol", "100 000 fans... 4.99$ each", "x" * 300 + " y"]


def _by_regex(draft: str, language: str, monkeypatch: pytest.MonkeyPatch) -> tuple:
    with monkeypatch.context() as patched:
        patched.setattr(wordcut, "ascii_cut", lambda masked, language: None)
        found = tokenize(draft, language)
    return found.starts, found.ends, found.pairs, found.texts, found.extra


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("draft", TOKENS)
def test_the_cut_words_are_the_regex_words(draft: str, language: str, monkeypatch: pytest.MonkeyPatch):
    found = tokenize(draft, language)
    assert (found.starts, found.ends, found.pairs, found.texts, found.extra) == _by_regex(draft, language, monkeypatch)


def test_the_cut_of_dev_rows_is_the_split_of_the_regex():
    cut = 0
    for row in dev_rows(3000):
        masked = fold(row)
        if not masked.isascii():
            continue
        for lang in ("en", "fr"):
            pieces = text._ASCII_SPLIT[lang].split(masked)
            read = wordcut.ascii_cut(masked, lang)
            if read is not None:
                cut += 1
                assert read == (list(accumulate(map(len, pieces))), pieces[1::2]), row
    assert cut > 1000


def test_an_ascii_draft_is_cut_without_the_regex(monkeypatch: pytest.MonkeyPatch):
    class Refused:
        def split(self, masked: str) -> list[str]:
            raise AssertionError("split by the regex")

    monkeypatch.setattr(text, "_ASCII_SPLIT", {"en": Refused(), "fr": Refused()})
    assert tokenize("Don't miss l'offre, 50% off!", "en").texts == ["don't", "miss", "l'offre", "50", "off"]
    assert tokenize("Don't miss l'offre", "fr").texts == ["don", "t", "miss", "offre"]
    with pytest.raises(AssertionError):  # an apostrophe English does not keep in a word: the regex cuts it
        tokenize("'tis the season", "en")


RUNS = ["", "!", "?", "wow!!! really?? ok!", "!?!?!", "a!b?c", "Yahoo!Mail moo!moo!", "https://x.com/?a=1 ok?",
        "¡Hola! ¿Qué? ！？", "Stop!!!\n\nNow??", "?" * 40]


@pytest.mark.parametrize("draft", RUNS)
def test_the_ascii_runs_are_the_runs_of_the_full_class(draft: str):
    for metric in ("exclamations", "questions"):
        if draft.isascii():
            ascii_ = [m.span() for m in measures._ASCII_RUNS[metric].finditer(draft)]
            assert ascii_ == [m.span() for m in measures._RUNS[metric].finditer(draft)]
        assert measures.items(Doc(draft, "en"), metric) == _items_by_the_class(draft, metric)


def _items_by_the_class(draft: str, metric: str) -> list[tuple[int, int]]:
    saved = measures._ASCII_RUNS
    measures._ASCII_RUNS = measures._RUNS  # as before this round: the full class on every text
    try:
        return measures.items(Doc(draft, "en"), metric)
    finally:
        measures._ASCII_RUNS = saved


def test_an_ascii_draft_is_not_searched_with_the_full_class(monkeypatch: pytest.MonkeyPatch):
    class Refused:
        def finditer(self, draft: str) -> list:
            raise AssertionError("the full class")

    monkeypatch.setattr(measures, "_RUNS", {"exclamations": Refused(), "questions": Refused()})
    assert measures.items(Doc("Wow!!! Really??", "en"), "exclamations") == [(3, 6)]
    assert measures.items(Doc("Wow!!! Really??", "en"), "questions") == [(13, 15)]
