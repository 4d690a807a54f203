"""When a channel's weekly nudge is due: pure functions of (now, schedule).

A schedule says "every <weekday> at <local time> in <IANA zone>". Everything
here works on aware datetimes and returns UTC instants; nothing reads the
clock, so callers (the ticker, the CLI, tests) inject `now`.

Daylight-saving time, decided once and tested in tests/test_schedule.py:

* Gap (spring forward): a local time that does not exist that day, e.g. 02:30
  in Europe/Paris on the last Sunday of March, fires at the first valid instant
  after it, which is the end of the gap (03:00 local, the transition itself).
* Fold (fall back): a local time that happens twice, e.g. 02:30 in Europe/Paris
  on the last Sunday of October, fires once, at its first occurrence (the
  summer-time one, `fold=0`).

There is exactly one slot per local date with the schedule's weekday, hence one
per ISO week; `week_key` names that week and is what sends are claimed under.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.memory.ledger import Schedule, Slot  # noqa: F401  (what a schedule is: the ledger's rows)

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_NAMES_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAYS: dict[str, int] = {}
for _i, (_en, _fr) in enumerate(zip(WEEKDAY_NAMES, WEEKDAY_NAMES_FR, strict=True)):
    _WEEKDAYS.update({_en: _i, _en[:3]: _i, _fr: _i, _fr[:3]: _i})
_WEEKDAYS["tues"] = 1
_WEEKDAYS["thurs"] = 3

LANGUAGES = ("fr", "en")
DEFAULT_GRACE = timedelta(hours=6)
_HHMM = re.compile(r"^([01]?\d|2[0-3])(?::|h|H)([0-5]\d)?$")


class ScheduleError(ValueError):
    """A value an admin typed that cannot be a schedule setting.

    `code` names the message (bot.messages, key `nudge.error.<code>`) and
    `value` is what they typed, so adapters can answer in the user's language.
    """

    def __init__(self, code: str, value: str):
        super().__init__(f"{code}: {value!r}")
        self.code, self.value = code, value


# ---------------------------------------------------------------- parsing


def parse_weekday(text: str) -> int:
    """'monday', 'Mon', 'lundi', 'lun.' or '1'…'7' (ISO, Monday = 1) -> 0…6."""
    word = text.strip().lower().rstrip(".")
    if word in _WEEKDAYS:
        return _WEEKDAYS[word]
    if word.isdigit() and 1 <= int(word) <= 7:
        return int(word) - 1
    raise ScheduleError("weekday", text)


def parse_time(text: str) -> time:
    """'09:00', '9:00', '9h', '9h30', '21:45' -> a naive time."""
    match = _HHMM.match(text.strip())
    if not match:
        raise ScheduleError("time", text)
    return time(int(match.group(1)), int(match.group(2) or 0))


def parse_tz(text: str) -> str:
    """An IANA zone name as zoneinfo knows it ('Europe/Paris'); case is forgiven."""
    name = text.strip()
    if not name or name.startswith("/") or ".." in name:
        raise ScheduleError("tz", text)
    try:
        ZoneInfo(name)
        return name
    except (ZoneInfoNotFoundError, ValueError):
        pass
    folded = {zone.lower(): zone for zone in available_timezones()}
    if name.lower() in folded:
        return folded[name.lower()]
    raise ScheduleError("tz", text)


def parse_language(text: str) -> str:
    code = text.strip().lower()[:2]
    if code not in LANGUAGES or len(text.strip()) not in (2, 5):
        raise ScheduleError("language", text)
    return code


def parse_switch(text: str) -> bool:
    word = text.strip().lower()
    if word in ("on", "yes", "true", "1", "oui", "enabled", "actif"):
        return True
    if word in ("off", "no", "false", "0", "non", "disabled", "inactif"):
        return False
    raise ScheduleError("switch", text)


# ---------------------------------------------------------------- instants


def _utc(instant: datetime) -> datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    return instant.astimezone(UTC)


def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock `at` on `day` in `zone`.

    In a fold, the first occurrence; in a gap, the first valid instant after
    the requested wall-clock time (the end of the gap).
    """
    wall = datetime.combine(day, at)
    first = wall.replace(tzinfo=zone, fold=0)
    as_utc = first.astimezone(UTC)
    if as_utc.astimezone(zone).replace(tzinfo=None) == wall:
        return as_utc  # exists (once, or first of two)
    # A gap. fold=1 reads the wall time with the offset after the transition
    # and fold=0 with the one before, so the transition lies between them:
    # binary-search the first UTC second whose local wall clock is past `wall`.
    low = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    high = as_utc
    if high < low:
        low, high = high, low
    lo, hi = 0, int((high - low).total_seconds())
    while lo < hi:
        mid = (lo + hi) // 2
        if (low + timedelta(seconds=mid)).astimezone(zone).replace(tzinfo=None) > wall:
            hi = mid
        else:
            lo = mid + 1
    return low + timedelta(seconds=lo)


def week_key(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def slot_on(day: date, schedule: Schedule) -> Slot:
    return Slot(local_instant(day, schedule.at, schedule.zone), day, week_key(day))


def _candidate_days(now: datetime, schedule: Schedule, step: int):
    """Local dates with the schedule's weekday, walking from around `now`."""
    today = now.astimezone(schedule.zone).date()
    start = today - timedelta(days=step * 8)  # a margin for gap shifts
    for offset in range(0, 16 * 7):
        day = start + timedelta(days=step * offset)
        if day.weekday() == schedule.weekday:
            yield day


def next_slot(now: datetime, schedule: Schedule) -> Slot:
    """The first slot at or after `now` (whether or not the schedule is enabled)."""
    now = _utc(now)
    for day in _candidate_days(now, schedule, 1):
        slot = slot_on(day, schedule)
        if slot.at >= now:
            return slot
    raise AssertionError("unreachable: a weekday recurs every 7 days")


def previous_slot(now: datetime, schedule: Schedule) -> Slot:
    """The last slot at or before `now`."""
    now = _utc(now)
    for day in _candidate_days(now, schedule, -1):
        slot = slot_on(day, schedule)
        if slot.at <= now:
            return slot
    raise AssertionError("unreachable: a weekday recurs every 7 days")


def next_due(now: datetime, schedule: Schedule) -> datetime:
    """The UTC instant of the next nudge, at or after `now` (aware)."""
    return next_slot(now, schedule).at


def due_slot(now: datetime, schedule: Schedule, grace: timedelta = DEFAULT_GRACE) -> Slot | None:
    """The slot to send now, if any: the latest one at or before `now`, as long as
    `now` is still within `grace` of it. None when the schedule is off, when
    nothing is due yet, or when the last slot was missed by more than `grace`
    (it is skipped: the next one comes next week), and for slots before the
    schedule was set (`since`)."""
    if not schedule.enabled:
        return None
    slot = previous_slot(now, schedule)
    if schedule.since is not None and slot.at < schedule.since:
        return None
    return slot if _utc(now) - slot.at <= grace else None


def describe(schedule: Schedule, language: str) -> str:
    """'every Monday at 09:00 (Europe/Paris), in French' — for settings replies."""
    if language == "fr":
        day = WEEKDAY_NAMES_FR[schedule.weekday]
        lang = {"fr": "en français", "en": "en anglais"}[schedule.language]
        state = "" if schedule.enabled else " — désactivé"
        return f"chaque {day} à {schedule.at:%H:%M} ({schedule.tz}), {lang}{state}"
    day = WEEKDAY_NAMES[schedule.weekday].capitalize()
    lang = {"fr": "in French", "en": "in English"}[schedule.language]
    state = "" if schedule.enabled else " — off"
    return f"every {day} at {schedule.at:%H:%M} ({schedule.tz}), {lang}{state}"
