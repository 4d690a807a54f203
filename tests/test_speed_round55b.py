"""Session 38, speed55b: character classes cut to Latin-1 where the text is Latin-1, with the same answers.

Python's re tests a class that holds a character beyond Latin-1 (« Œ », « … », « ！ », emoji ranges) or a Unicode
category (\\w, \\d, \\s) item by item at every character; a class within Latin-1 is one bitmap look-up. On a text
whose characters are all Latin-1 (English drafts, most French ones) the wider members cannot match, so:
- `Doc.latin1` says once per draft whether the draft is Latin-1 (`latin1.is_latin1`);
- the capitals, the runs in capitals, their letters, the "!" and "?" runs, the figures use Latin-1 forms there;
- a Latin-1 draft has no emoji (every emoji lies beyond), and its control characters are found by translation;
- the language clues count accents with the class without « œ » on a Latin-1 sample;
- an ASCII gap between two words is asked whether it ends a clause with a set, not a regex.
"""

from __future__ import annotations

import re

import pytest

from bot.engine import clauses, language, latin1, measures, review, text
from bot.engine.text import Doc
from tests.alone import dev_rows

AWKWARD = ["", "URGENT!!! Buy NOW", "ÉTÉ EN FOLIE : -50 % SUR TOUT !", "Œuvre D'ART", "L’OFFRE D’HIVER, VITE",
           "BBC News and NASA say OK", "ÇA VA ?!? ¡HOLA! ¿QUÉ?", "prix 19,90 € ou 1.000,50 $", "²³ ½ ¼ µ ª º",
           "CAFÉ\u00a0CRÈME\tTOUT\x0bDE SUITE", "FREE 24 HRS; CALL 0800 123 456", "emoji 🎉 and ✨ DONE!!",
           "control\x00here\x85and\x9fthere", "zero\u200bwidth", "ÀÉÎÕÜ ÝÞ ß àéîõü", "Ÿ ET Œ PUIS ÿ",
           "١٢٣ Arabic digits ٤٥", "Cyrillic ПРИВЕТ МИР", "hello, world. (yes) - no — maybe…", "A1 B2 C3 DD",
           "¡¡WOW!! REALLY??", "x" * 50 + "AB" + "y" * 50]


def _wide(draft: str, language_: str = "en") -> Doc:
    """The draft's Doc as if it were not Latin-1: every measure takes the wide patterns of the start."""
    doc = Doc(draft, language_)
    doc.__dict__["shape"] = None
    return doc


def _measured(doc: Doc) -> tuple:
    runs = [run.span() for run in measures.caps_runs(doc)]
    counted = tuple(measures.items(doc, metric) for metric in ("exclamations", "questions", "shouting", "emoji"))
    return runs, counted, measures.caps_ratio(doc), doc.numbers, doc.emoji


@pytest.mark.parametrize(("wide", "narrow"), [(r"[^\W\d_]", f"[{latin1.LETTER}]"), (r"[^\S\n]", f"[{latin1.BLANK}]"),
                                              (f"[{measures._UP}]", f"[{latin1.CAPITAL}]"), (r"\d", "[0-9]")])
def test_each_latin1_class_is_the_wide_class_on_latin1(wide: str, narrow: str):
    for code in range(256):
        char = chr(code)
        assert bool(re.fullmatch(wide, char)) == bool(re.fullmatch(narrow, char)), hex(code)


def test_the_shape_marks_the_capitals_and_figures_of_the_classes():
    for code in range(256):
        char = chr(code)
        assert (latin1.SHAPE[code] == ord("A")) == bool(measures._TWO_CAPITALS.fullmatch(char * 2)), hex(code)
        assert (latin1.SHAPE[code] == ord("0")) == bool(re.fullmatch(r"\d", char)), hex(code)
        assert (latin1.SHAPE[code] in b".,") == (char in ".,")
    assert latin1.shape("Ab 12,5. É") == b"A  00,0. A" and latin1.shape("l’été") is None


def test_is_latin1():
    assert latin1.is_latin1("") and latin1.is_latin1("plain") and latin1.is_latin1("l'été à 19,90 ÿ\x85")
    assert not latin1.is_latin1("l’été") and not latin1.is_latin1("œuvre") and not latin1.is_latin1("ok 🎉")
    assert Doc("Crème brûlée", "fr").shape is not None and Doc("Crème… brûlée", "fr").shape is None


@pytest.mark.parametrize("draft", AWKWARD)
def test_the_latin1_measures_are_the_wide_ones(draft: str):
    assert _measured(Doc(draft, "en")) == _measured(_wide(draft))
    assert _measured(Doc(draft, "fr")) == _measured(_wide(draft, "fr"))


def test_the_latin1_measures_of_dev_rows_are_the_wide_ones():
    rows = dev_rows(3000)
    assert sum(map(latin1.is_latin1, rows)) > 1000  # most rows take the Latin-1 forms
    for row in rows:
        assert _measured(Doc(row, "en")) == _measured(_wide(row)), row


def test_a_latin1_draft_never_reaches_the_wide_classes(monkeypatch: pytest.MonkeyPatch):
    draft = "ÉTÉ EN FOLIE, PROMO À -50 % : CAFÉ OFFERT !!! Vraiment ?? Appelez le 0800 123 456, l'été."
    wide = _measured(_wide(draft, "fr"))
    clues = language.clues(draft)

    class Refused:
        def __getattr__(self, name: str) -> None:
            raise AssertionError("a wide class")

    for name in ("CAPITALS", "_TWO_CAPITALS", "_CAPS_RUN", "_STRETCH", "_LETTERS"):
        monkeypatch.setattr(measures, name, Refused())
    monkeypatch.setattr(measures, "_RUNS", {"exclamations": Refused(), "questions": Refused()})
    for name in ("_DIGIT", "_NUMBER_RUN", "EMOJI_RE"):
        monkeypatch.setattr(text, name, Refused())
    monkeypatch.setattr(review, "_CONTROL", Refused())
    monkeypatch.setattr(language, "_ACCENTED", Refused())
    monkeypatch.setattr(clauses, "_BREAK", Refused())
    measured = _measured(Doc(draft, "fr"))
    assert measured == wide and measured[1][2] and measured[1][0] and measured[1][1] and measured[3]
    assert not review._has_control(draft) and review._has_control(draft + "\x85")
    assert language.clues(draft) == clues and clues[0] > 0
    assert clauses._breaks(", ") and not clauses._breaks(" ")


@pytest.mark.parametrize("gap", ["", " ", ", ", " - ", "-", " -", "\n", " (", "  ", " / ", "’", " … ", " 🎉 ", " « ", "—"])
def test_an_ascii_gap_breaks_as_the_class_says(gap: str):
    assert clauses._breaks(gap) == (bool(clauses._BREAK.search(gap)) or ("-" in gap and gap != "-"))


@pytest.mark.parametrize("draft", [*AWKWARD, "a\x01b", "tab\tnew\nline\r", "\x7f", "é\x80", "é\x9f", "é\xa0", "’\x85"])
def test_control_characters_are_the_class_s(draft: str):
    assert review._has_control(draft) == bool(review._CONTROL.search(draft))


@pytest.mark.parametrize("draft", [*AWKWARD, "Où était-il ? À côté, déjà là. Œuvre ÇA", "L'ÉTÉ À PARIS"])
def test_the_accents_are_the_class_s(draft: str, monkeypatch: pytest.MonkeyPatch):
    found = language.clues(draft)
    monkeypatch.setattr(language, "_LATIN1_ACCENTED", language._ACCENTED)
    assert language.clues(draft) == found
