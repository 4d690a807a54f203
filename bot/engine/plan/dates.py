"""Dates as calendars write them: ISO, 12/03, 12 mars, March 12th; years guessed in order."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from bot.engine.text import fold

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "january": 1, "fevrier": 2, "fevr": 2, "fev": 2, "february": 2,
    "feb": 2, "mars": 3, "march": 3, "mar": 3, "avril": 4, "avr": 4, "april": 4, "apr": 4, "mai": 5,
    "may": 5, "juin": 6, "june": 6, "jun": 6, "juillet": 7, "juil": 7, "july": 7, "jul": 7, "aout": 8,
    "august": 8, "aug": 8, "septembre": 9, "sept": 9, "sep": 9, "september": 9, "octobre": 10,
    "oct": 10, "october": 10, "novembre": 11, "nov": 11, "november": 11, "decembre": 12, "dec": 12,
    "december": 12,
}  # fmt: skip
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?(?:\s.*)?$")
_DAY_MONTH = re.compile(r"^(?:[a-z]+\.?,?\s+)?(\d{1,2})(?:er)?\s+([a-z]+)\.?(?:\s+(\d{4}))?$")
_MONTH_DAY = re.compile(r"^(?:[a-z]+\.?,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$")
NO_YEAR = 2000  # year-less dates are ordered within a leap year, rolled over at the new year


def parse_date(value: Any) -> tuple[date, bool] | None:
    """A calendar date and whether it had a year; None when it is not a date we read."""
    if isinstance(value, datetime):
        return value.date(), True
    if isinstance(value, date):
        return value, True
    text = " ".join(fold(str(value)).strip().split())
    try:
        if m := _ISO.match(text):
            return date(int(m[1]), int(m[2]), int(m[3])), True
        if m := _NUMERIC.match(text):
            day, month = int(m[1]), int(m[2])
            if month > 12 >= day:  # 03/25: month first
                day, month = month, day
            year = int(m[3]) if m[3] else None
            if year is not None and year < 100:
                year += 2000
            return date(year or NO_YEAR, month, day), year is not None
        for regex, day_at, month_at in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
            if (m := regex.match(text)) and m[month_at] in MONTHS:
                return date(int(m[3] or NO_YEAR), MONTHS[m[month_at]], int(m[day_at])), m[3] is not None
    except ValueError:
        return None
    return None


def with_year(when: date, year: int) -> date:
    try:
        return when.replace(year=year)
    except ValueError:  # 29 February
        return when.replace(year=year, day=28)


# -- locating text -----------------------------------------------------------
