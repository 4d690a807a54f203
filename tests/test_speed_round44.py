"""Exact fast paths of session 27, speed44.

- `fold` of an ASCII text goes through bytes.translate and the Latin-1 table instead of str.translate and the
  dict table: it must give exactly what the dict table gives, character by character, for every ASCII text;
- `rounder(digits)` remembers round(value, digits) per value: it must give exactly round()'s answer (the same
  float, the same type, the sign of a zero kept) whatever was asked before, and stay bounded;
- the entrance asks an ASCII draft for control characters with a byte table, and any draft for surrogates by
  encoding it to UTF-8: the same answers as the regexes, and an ASCII draft is its own composed form.
"""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import rounding
from bot.engine.checks.reach import exact_sum
from bot.engine.entrance import _SURROGATES, REPLACEMENT, Composed, compose, encodable
from bot.engine.review import _CONTROL, _has_control
from bot.engine.rounding import rounder
from bot.engine.text import _FOLD, fold

ASCII = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=300)


# -- fold of ASCII text ----------------------------------------------------------------------------------------


def test_every_ascii_character_folds_as_the_table_says() -> None:
    every = "".join(map(chr, range(128)))
    assert fold(every) == every.translate(_FOLD)
    assert fold("Hurry! Only TODAY: 50% OFF at `Shop`") == "hurry! only today: 50% off at 'shop'"


@settings(max_examples=300, deadline=None)
@given(ASCII)
def test_ascii_fold_is_the_table_fold(text: str) -> None:
    folded = fold(text)
    assert folded == text.translate(_FOLD)
    assert type(folded) is str and len(folded) == len(text)


def test_non_ascii_text_still_folds_by_its_own_paths() -> None:
    assert fold("Réservez VITE – l’offre « unique »") == "reservez vite - l'offre \" unique \""
    assert fold("Ça coûte 5 € 🎉") == "ca coute 5 € 🎉"


# -- round(), remembered ---------------------------------------------------------------------------------------


FLOATS = st.floats(allow_nan=False, allow_infinity=True, width=64)


@settings(max_examples=300, deadline=None)
@given(st.lists(FLOATS, max_size=20), st.sampled_from([1, 2, 9]))
def test_rounder_gives_round_exactly_whatever_came_before(values: list[float], digits: int) -> None:
    rounded = rounder(digits)
    for value in values + values:  # each asked twice: the second answer comes from the memo
        got = rounded(value)
        want = round(value, digits)
        assert type(got) is type(want)
        assert got == want and math.copysign(1.0, got) == math.copysign(1.0, want)


def test_an_int_and_a_signed_zero_are_never_answered_from_a_float() -> None:
    rounded = rounder(2)
    assert rounded(3.0) == 3.0
    assert type(rounded(3)) is int  # 3 == 3.0 as a key: never answered from the float's entry
    assert math.copysign(1.0, rounded(0.0)) == 1.0
    assert math.copysign(1.0, rounded(-0.0)) == -1.0
    assert math.copysign(1.0, rounded(-0.001)) == -1.0  # -0.0, as round() says
    assert rounded(2.675) == round(2.675, 2)  # the float's binary value, not the decimal one: 2.67


def test_the_memo_stays_bounded(monkeypatch) -> None:
    monkeypatch.setattr(rounding, "ROUNDED_SIZE", 8)
    rounded = rounder(9)
    for k in range(1, 100):
        assert rounded(k / 7) == round(k / 7, 9)
    memo = next(cell.cell_contents for cell in rounded.__closure__ if isinstance(cell.cell_contents, dict))
    assert 0 < len(memo) <= 8


def test_exact_sum_is_still_the_rounded_exact_sum() -> None:
    weights = [2.4, 1.8, 3.3, 4.5]
    for order in (weights, weights[::-1], weights[1:] + weights[:1]):
        assert exact_sum(order) == round(math.fsum(weights), 9) == 12.0
    assert exact_sum([]) == 0.0 and exact_sum([0.1] * 3) == round(math.fsum([0.1] * 3), 9)


# -- the entrance: surrogates, control characters, composition -------------------------------------------------

TEXTS = st.text(alphabet=st.one_of(
    st.characters(min_codepoint=0, max_codepoint=0x2FF),
    st.sampled_from("\u200b\u2028\u2029\ufeff\ud800\udc00\udfff\u0301’«»€🎉\x85\x9f"),
), max_size=120)


@settings(max_examples=400, deadline=None)
@given(st.one_of(ASCII, TEXTS))
def test_control_and_surrogates_are_found_as_the_regexes_find_them(text: str) -> None:
    assert _has_control(text) == (_CONTROL.search(text) is not None)
    assert encodable(text) == (_SURROGATES.sub(REPLACEMENT, text) if _SURROGATES.search(text) else text)
    if text.isascii():
        assert compose(text) == Composed(text)


def test_every_ascii_control_character_is_found_and_no_other() -> None:
    for code in range(128):
        char = chr(code)
        assert _has_control(f"a draft {char} here") == (_CONTROL.search(char) is not None), code
    assert not _has_control("Line one\nline two\tand\r\n a tab")
    assert encodable("caf\u00e9 \ud83d ok") == "caf\u00e9 \ufffd ok"
    assert encodable("already fine é ’ 🎉") == "already fine é ’ 🎉"
