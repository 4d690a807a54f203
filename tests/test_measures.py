"""What the measures count, each item located on the draft (metric and signals types use them)."""

from __future__ import annotations

import pytest

from bot.engine import measures
from bot.engine.text import Doc


def found(text: str, metric: str, language: str = "en") -> list[str]:
    return [text[s:e] for s, e in measures.items(Doc(text, language), metric)]


@pytest.mark.parametrize("text, expected", [
    ("Only $9.99 today", ["$9.99"]),
    ("£1.50/wk, 150p/msg", ["£1.50", "150p"]),
    ("19,90 € seulement, ou 5 euros", ["19,90 €", "5 euros"]),
    ("1 000 € de budget", ["1 000 €"]),
    ("USD 20 and 3 bucks", ["USD 20", "3 bucks"]),
    ("In 2024, 75 people came; 150 pages", []),
])
def test_prices(text, expected):
    assert found(text, "prices") == expected


def test_percentages():
    assert found("50% off, -30 % sur tout, 12 percent", "percentages") == ["50%", "-30 %", "12 percent"]


def test_phone_numbers_but_not_big_numbers_or_years():
    text = "Call 09061701461 or +33 6 12 34 56 78 or 0800 123 4567. 10 000 000 people, 1999-2005."
    assert found(text, "phone_numbers") == ["09061701461", "+33 6 12 34 56 78", "0800 123 4567"]


def test_short_codes_stand_alone():
    assert found("Txt WIN to 80082.", "short_codes") == ["80082"]
    assert found("Send STOP to 87239 now", "short_codes") == ["87239"]
    assert found("It costs 12345 € and 1234567 views, 2.50012", "short_codes") == []


@pytest.mark.parametrize("text, expected", [
    ("URGENT! You have won", ["URGENT"]),  # an all-caps opening that exclaims
    ("WINNER!! claim now", ["WINNER"]),
    ("I LOVE THIS SO MUCH", ["I LOVE THIS SO MUCH"]),
    ("ok FREE ENTRY IN 2 A WKLY COMP to win", ["FREE ENTRY IN 2 A WKLY COMP"]),  # figures do not break a run
    ("Great day.\nACT NOW! while it lasts", ["ACT NOW"]),  # a line that opens shouting
    ("NASA launches a rocket", []),  # an acronym
    ("Meet the BBC News team at IKEA", []),  # brands of one to three words
    ("OMG! so good", []),  # too short to be a shout
    ("Our SEO guide for SMB owners", []),
])
def test_shouting_anywhere_in_the_draft(text, expected):
    assert found(text, "shouting") == expected


def test_shouting_run_length_is_a_setting():
    text = "We have a HUGE SALE today"
    assert measures.shouting(Doc(text, "en"), caps_words=2) == [(10, 19)]
    assert measures.shouting(Doc(text, "en")) == []


def test_caps_ratio_needs_enough_letters():
    assert measures.caps_ratio(Doc("BUY NOW", "en")) is None
    assert measures.caps_ratio(Doc("BUY NOW TODAY OK", "en")) == 1.0
