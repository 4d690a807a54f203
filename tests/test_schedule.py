"""Schedules: next_due and due_slot across daylight-saving weeks, with an injected clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.nudges.schedule import (
    Schedule,
    ScheduleError,
    describe,
    due_slot,
    local_instant,
    next_due,
    next_slot,
    parse_language,
    parse_switch,
    parse_time,
    parse_tz,
    parse_weekday,
    previous_slot,
    week_key,
)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def sched(weekday: int, hh: int, mm: int, tz: str, **kw) -> Schedule:
    return Schedule("slack", "T1", "C1", weekday=weekday, at=time(hh, mm), tz=tz, **kw)


MON, SUN = 0, 6


# ---------------------------------------------------------------- Europe/Paris
# 2026: clocks go forward Sunday 29 March 02:00 CET -> 03:00 CEST,
#       and back Sunday 25 October 03:00 CEST -> 02:00 CET.


def test_paris_monday_nine_moves_one_hour_in_utc_across_spring_forward():
    s = sched(MON, 9, 0, "Europe/Paris")
    before = next_due(utc(2026, 3, 20, 12, 0), s)  # Friday before
    after = next_due(before + timedelta(seconds=1), s)
    assert before == utc(2026, 3, 23, 8, 0)  # CET, UTC+1
    assert after == utc(2026, 3, 30, 7, 0)  # CEST, UTC+2
    assert after - before == timedelta(days=7) - timedelta(hours=1)


def test_paris_monday_nine_across_fall_back():
    s = sched(MON, 9, 0, "Europe/Paris")
    first = next_due(utc(2026, 10, 20, 0, 0), s)
    assert first == utc(2026, 10, 26, 8, 0)  # the Monday after the change: CET
    assert next_due(utc(2026, 10, 12, 7, 30), s) == utc(2026, 10, 19, 7, 0)  # CEST


def test_paris_gap_fires_at_end_of_gap():
    # 02:30 does not exist on 29 March 2026 in Paris: fire at 03:00 CEST = 01:00 UTC.
    s = sched(SUN, 2, 30, "Europe/Paris")
    due = next_due(utc(2026, 3, 28, 12, 0), s)
    assert due == utc(2026, 3, 29, 1, 0)
    assert due.astimezone(ZoneInfo("Europe/Paris")).strftime("%H:%M %Z") == "03:00 CEST"
    # the week before and after are ordinary
    assert next_due(utc(2026, 3, 21, 0, 0), s) == utc(2026, 3, 22, 1, 30)
    assert next_due(due + timedelta(seconds=1), s) == utc(2026, 4, 5, 0, 30)


def test_paris_gap_start_is_also_shifted():
    assert local_instant(date(2026, 3, 29), time(2, 0), ZoneInfo("Europe/Paris")) == utc(2026, 3, 29, 1, 0)
    assert local_instant(date(2026, 3, 29), time(3, 0), ZoneInfo("Europe/Paris")) == utc(2026, 3, 29, 1, 0)
    assert local_instant(date(2026, 3, 29), time(1, 59), ZoneInfo("Europe/Paris")) == utc(2026, 3, 29, 0, 59)


def test_paris_fold_fires_once_at_first_occurrence():
    # 02:30 happens twice on 25 October 2026: first at 00:30 UTC (CEST), again at 01:30 UTC (CET).
    s = sched(SUN, 2, 30, "Europe/Paris")
    due = next_due(utc(2026, 10, 24, 12, 0), s)
    assert due == utc(2026, 10, 25, 0, 30)
    # Between the two occurrences, and at the second, nothing new is due this week:
    assert next_due(utc(2026, 10, 25, 0, 31), s) == utc(2026, 11, 1, 1, 30)
    assert next_due(utc(2026, 10, 25, 1, 30), s) == utc(2026, 11, 1, 1, 30)
    slot_first = due_slot(utc(2026, 10, 25, 0, 30), s)
    slot_second = due_slot(utc(2026, 10, 25, 1, 30), s)
    assert slot_first is not None and slot_second is not None
    assert slot_first.week == slot_second.week == "2026-W43"  # same claim key: one send


# ---------------------------------------------------------------- America/Montreal
# 2026: forward Sunday 8 March 02:00 EST -> 03:00 EDT, back Sunday 1 November 02:00 EDT -> 01:00 EST.


def test_montreal_monday_nine_across_both_changes():
    s = sched(MON, 9, 0, "America/Montreal", language="fr")
    assert next_due(utc(2026, 3, 1, 0, 0), s) == utc(2026, 3, 2, 14, 0)  # EST, UTC-5
    assert next_due(utc(2026, 3, 3, 0, 0), s) == utc(2026, 3, 9, 13, 0)  # EDT, UTC-4
    assert next_due(utc(2026, 10, 27, 0, 0), s) == utc(2026, 11, 2, 14, 0)  # EST again


def test_montreal_gap_and_fold():
    gap = sched(SUN, 2, 15, "America/Montreal")
    assert next_due(utc(2026, 3, 7, 0, 0), gap) == utc(2026, 3, 8, 7, 0)  # 03:00 EDT
    fold = sched(SUN, 1, 30, "America/Montreal")
    assert next_due(utc(2026, 10, 31, 0, 0), fold) == utc(2026, 11, 1, 5, 30)  # 01:30 EDT, first
    assert next_due(utc(2026, 11, 1, 5, 31), fold) == utc(2026, 11, 8, 6, 30)  # not 06:30 the same day


def test_every_week_of_a_year_has_exactly_one_slot_per_iso_week():
    for tz in ("Europe/Paris", "America/Montreal"):
        for at in ((2, 30), (1, 30), (9, 0)):
            s = sched(SUN, *at, tz)
            now, weeks, prev = utc(2026, 1, 1), [], None
            while now < utc(2027, 1, 1):
                slot = next_slot(now, s)
                assert prev is None or slot.at > prev
                weeks.append(slot.week)
                prev, now = slot.at, slot.at + timedelta(seconds=1)
            assert len(weeks) == len(set(weeks)), (tz, at)
            assert len(weeks) in (52, 53)


# ---------------------------------------------------------------- due_slot and grace


def test_due_slot_within_and_after_grace():
    s = sched(MON, 9, 0, "Europe/Paris")
    at = utc(2026, 3, 30, 7, 0)
    assert due_slot(at - timedelta(seconds=1), s) is None  # not yet
    slot = due_slot(at, s, grace=timedelta(hours=6))
    assert slot is not None and slot.at == at and slot.week == "2026-W14"
    assert due_slot(at + timedelta(hours=6), s, grace=timedelta(hours=6)) == slot
    assert due_slot(at + timedelta(hours=6, seconds=1), s, grace=timedelta(hours=6)) is None
    assert due_slot(at, s.with_(enabled=False)) is None


def test_previous_slot_and_week_key():
    s = sched(SUN, 2, 30, "Europe/Paris")
    assert previous_slot(utc(2026, 3, 29, 0, 59), s).at == utc(2026, 3, 22, 1, 30)
    assert previous_slot(utc(2026, 3, 29, 1, 0), s).at == utc(2026, 3, 29, 1, 0)
    assert week_key(date(2026, 12, 31)) == "2026-W53"
    assert week_key(date(2027, 1, 3)) == "2026-W53"


def test_now_must_be_aware():
    with pytest.raises(ValueError):
        next_due(datetime(2026, 3, 1), sched(MON, 9, 0, "UTC"))


# ---------------------------------------------------------------- parsing


@pytest.mark.parametrize("text,day", [("monday", 0), ("Lundi", 0), ("mer", 2), ("Wed", 2), ("dimanche", 6), ("7", 6), ("ven.", 4)])
def test_parse_weekday(text, day):
    assert parse_weekday(text) == day


@pytest.mark.parametrize(
    "fn,bad",
    [(parse_weekday, "someday"), (parse_weekday, "8"), (parse_time, "25:00"), (parse_time, "9:75"),
     (parse_time, "noon"), (parse_tz, "Mars/Olympus"), (parse_tz, "../etc/passwd"), (parse_tz, ""),
     (parse_language, "de"), (parse_language, "french"), (parse_switch, "maybe")],
)
def test_parse_errors_name_the_setting(fn, bad):
    with pytest.raises(ScheduleError) as err:
        fn(bad)
    assert err.value.value == bad


def test_parse_values():
    assert parse_time("9h") == time(9, 0)
    assert parse_time("09:05") == time(9, 5)
    assert parse_time("21h30") == time(21, 30)
    assert parse_tz("europe/paris") == "Europe/Paris"
    assert parse_language("fr-CA") == "fr"
    assert parse_switch("oui") is True and parse_switch("off") is False


def test_describe_in_both_languages():
    s = sched(MON, 9, 0, "Europe/Paris", language="fr")
    assert describe(s, "fr") == "chaque lundi à 09:00 (Europe/Paris), en français"
    assert describe(s.with_(enabled=False), "en") == "every Monday at 09:00 (Europe/Paris), in French — off"


def test_slots_before_the_schedule_was_set_are_not_due():
    monday_nine = utc(2026, 3, 30, 7, 0)
    s = sched(MON, 9, 0, "Europe/Paris", since=monday_nine + timedelta(hours=1))  # set at 10:00
    assert due_slot(monday_nine + timedelta(hours=2), s) is None
    assert due_slot(monday_nine + timedelta(days=7), s).week == "2026-W15"
    assert due_slot(monday_nine, s.with_(since=monday_nine)).at == monday_nine
