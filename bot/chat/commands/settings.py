"""`/coach settings` (admins): a channel's weekly nudge, set from any platform.

    /settings                                   the nudges of this workspace
    /settings nudge_day=monday nudge_time=09:00 nudge_tz=Europe/Paris nudge_lang=fr nudge=on
    /settings nudge_channel=C123 nudge=off

Slack sends `/coach settings ...` text, the console and the CLI the same text; Discord
sends its typed options (channel, day, time, timezone, language, nudge, silence), which
`changes_from` reads as they are. Keys have short aliases in English and French; every
value is validated before anything is saved, and all problems are reported at once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time

from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.chat.reply import Item, Reply, Section
from bot.chat.spec import Args, Value, choice, command, option
from bot.messages import t
from bot.nudges.schedule import (
    WEEKDAY_NAMES,
    Schedule,
    ScheduleError,
    describe,
    next_due,
    parse_language,
    parse_switch,
    parse_time,
    parse_tz,
    parse_weekday,
)

KEYS = {
    "channel": ("nudge_channel", "channel", "salon", "canal"),
    "day": ("nudge_day", "day", "weekday", "jour"),
    "time": ("nudge_time", "time", "heure", "at"),
    "timezone": ("nudge_tz", "tz", "timezone", "time_zone", "fuseau"),
    "language": ("nudge_lang", "nudge_language", "lang", "language", "langue"),
    "nudge": ("nudge", "nudges", "state", "enabled", "etat", "état"),
    "silence": ("nudge_silence_days", "silence_days", "silence"),
}
ALIASES = {alias: key for key, names in KEYS.items() for alias in names}
_PAIR = re.compile(r"(\w+)\s*[=:]\s*(\"[^\"]*\"|'[^']*'|\S+)")
_CHANNEL_ID = re.compile(r"^<?#?([A-Z0-9]{6,}|\d{5,})(?:\|[^>]*)?>?$")
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre")
_DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


@dataclass
class Changes:
    channel: str = ""
    weekday: int | None = None
    at: time | None = None
    tz: str | None = None
    language: str | None = None
    enabled: bool | None = None
    silence: int | None = None

    def any_schedule_change(self) -> bool:
        return any(v is not None for v in (self.weekday, self.at, self.tz, self.language, self.enabled)) or bool(
            self.channel)


def parse_channel(text: str) -> str:
    """A channel id, bare or as a mention (<#C123|name>, <#123>)."""
    match = _CHANNEL_ID.match(text.strip())
    if not match:
        raise ScheduleError("channel", text)
    return match.group(1)


def parse_settings(text: str) -> tuple[Changes, list[ScheduleError]]:
    """`key=value ...` -> the changes, and every problem found (nothing is half-applied)."""
    problems = [ScheduleError("syntax", word) for word in _PAIR.sub(" ", text).split()]
    values: dict[str, str] = {}
    for match in _PAIR.finditer(text):
        raw_key, value = match.group(1), match.group(2).strip("\"'")
        key = ALIASES.get(raw_key.lower())
        if key is None:
            problems.append(ScheduleError("key", raw_key))
        else:
            values[key] = value
    changes, wrong = changes_from(values)
    return changes, problems + wrong


def changes_from(values: Mapping[str, Value]) -> tuple[Changes, list[ScheduleError]]:
    """Values by key (channel, day, time, timezone, language, nudge, silence) -> the changes,
    each value checked; typed options (Discord's) arrive here directly."""
    changes, problems = Changes(), []
    for key, raw in values.items():
        value = str(raw)
        try:
            if key == "channel":
                changes.channel = parse_channel(value)
            elif key == "day":
                changes.weekday = parse_weekday(value)
            elif key == "time":
                changes.at = parse_time(value)
            elif key == "timezone":
                changes.tz = parse_tz(value)
            elif key == "language":
                changes.language = parse_language(value)
            elif key == "nudge":
                changes.enabled = raw if isinstance(raw, bool) else parse_switch(value)
            elif key == "silence":
                if not value.isdigit() or not 1 <= int(value) <= 90:
                    raise ScheduleError("silence", value)
                changes.silence = int(value)
        except ScheduleError as problem:
            problems.append(problem)
    return changes, problems


def channel_label(platform: str, channel: str) -> str:
    return f"<#{channel}>" if platform in ("slack", "discord") else f"#{channel}"


def when(instant: datetime, schedule: Schedule, language: str) -> str:
    local = instant.astimezone(schedule.zone)
    if language == "fr":
        return (f"{_DAYS_FR[local.weekday()]} {local.day} {_MONTHS_FR[local.month - 1]} {local.year} "
                f"à {local:%H:%M} ({schedule.tz})")
    return f"{WEEKDAY_NAMES[local.weekday()].capitalize()} {local:%d %B %Y at %H:%M} ({schedule.tz})"


def apply(coach: Coach, ctx: Context, text: str, now: datetime, by: str = "") -> Reply:
    """Parse, validate and save; the polite reply either way. The CLI calls this too."""
    return save(coach, ctx, parse_settings(text), now, by)


def save(coach: Coach, ctx: Context, parsed: tuple[Changes, list[ScheduleError]], now: datetime,
         by: str = "") -> Reply:
    lang = ctx.language
    if coach.store is None:
        return Reply(title=t("nudge.settings.title", lang), summary=t("nudge.settings.memory", lang),
                     tone="warning", language=lang)
    nudges = coach.store.nudges
    changes, problems = parsed
    if problems:
        lines = tuple(t(f"nudge.error.{p.code}", lang, value=p.value) for p in problems)
        return Reply(title=t("nudge.settings.title", lang), summary=t("nudge.settings.problems", lang),
                     sections=(Section(items=tuple(Item(title=line) for line in lines)),),
                     tone="warning", language=lang, meta={"problems": " ".join(p.code for p in problems)})
    if not changes.any_schedule_change() and changes.silence is None:
        return show(coach, ctx, now)
    channel = changes.channel or ctx.channel
    current = nudges.schedule(ctx.platform, ctx.workspace, channel)
    notes: list[str] = []
    if current is None:
        current = Schedule(ctx.platform, ctx.workspace, channel, language=lang)
        if changes.tz is None:
            notes.append(t("nudge.settings.utc", lang))
    schedule = current.with_(
        weekday=current.weekday if changes.weekday is None else changes.weekday,
        at=current.at if changes.at is None else changes.at,
        tz=changes.tz or current.tz,
        language=changes.language or current.language,
        enabled=current.enabled if changes.enabled is None else changes.enabled,
    )
    nudges.save_schedule(schedule, now, by=by or "admin")  # a role, not a member id: nothing to forget
    if changes.silence is not None:
        store = coach.store
        with store.transaction() as conn:
            ws, _, _ = store.ids(conn, ctx.platform, ctx.workspace)
        store.set_setting("nudge_silence_days", changes.silence, ws, by=by or ctx.user)
        notes.append(t("nudge.settings.silence", lang, days=changes.silence))
    summary = t("nudge.settings.saved", lang, channel=channel_label(ctx.platform, channel),
                schedule=describe(schedule, lang))
    if schedule.enabled:
        summary += " " + t("nudge.settings.next", lang, when=when(next_due(now, schedule), schedule, lang))
    else:
        notes.append(t("nudge.settings.off", lang))
    return Reply(title=t("nudge.settings.title", lang), summary=summary,
                 sections=(Section(text="\n".join(notes)),) if notes else (), tone="good", language=lang,
                 meta={"channel": channel})


def show(coach: Coach, ctx: Context, now: datetime) -> Reply:
    lang = ctx.language
    nudges = coach.store.nudges
    schedules = nudges.schedules(ctx.platform, ctx.workspace)
    if not schedules:
        return Reply(title=t("nudge.settings.title", lang), summary=t("nudge.settings.none", lang), language=lang)
    items = []
    for s in schedules:
        lines = (t("nudge.settings.next", lang, when=when(next_due(now, s), s, lang)),) if s.enabled else ()
        colon = " :" if lang == "fr" else ":"
        items.append(Item(title=f"{channel_label(s.platform, s.channel)}{colon} {describe(s, lang)}", lines=lines))
    store = coach.store
    ws = store.find_workspace(ctx.platform, ctx.workspace)
    silence = store.get_setting("nudge_silence_days", ws, default=None) if ws is not None else None
    text = t("nudge.settings.silence", lang, days=silence) if silence else ""
    return Reply(title=t("nudge.settings.title", lang), sections=(Section(items=tuple(items), text=text),),
                 language=lang)


def settings_command(coach: Coach, args: Args, ctx: Context) -> Reply:
    parsed = changes_from(args.values) if args.typed else parse_settings(args.line)
    return save(coach, ctx, parsed, datetime.now(UTC))


DAYS = (("monday", "Monday", "Lundi"), ("tuesday", "Tuesday", "Mardi"), ("wednesday", "Wednesday", "Mercredi"),
        ("thursday", "Thursday", "Jeudi"), ("friday", "Friday", "Vendredi"), ("saturday", "Saturday", "Samedi"),
        ("sunday", "Sunday", "Dimanche"))
OPTIONS = (
    option("channel", "channel", "Channel where the weekly nudge is posted", "Salon où publier le rappel hebdomadaire"),
    option("day", "choice", "Day of the weekly nudge", "Jour du rappel hebdomadaire",
           choices=tuple(choice(*day) for day in DAYS)),
    option("time", "time", "Time of the weekly nudge, HH:MM", "Heure du rappel hebdomadaire, HH:MM"),
    option("timezone", "timezone", "Time zone, e.g. Europe/Paris", "Fuseau horaire, par ex. Europe/Paris"),
    option("language", "choice", "Language Coach uses in this server", "Langue de Coach sur ce serveur",
           choices=(choice("en", "English"), choice("fr", "Français"))),
    option("nudge", "choice", "Turn the weekly nudge on or off", "Activer ou désactiver le rappel hebdomadaire",
           choices=(choice("on", "On", "Activer"), choice("off", "Off", "Désactiver"))),
    option("silence", "number", "Days without a post before the nudge says so (7 if never set)",
           "Jours sans publication avant que le rappel le signale (7 par défaut)", low=1, high=90),
)
COMMAND = command(
    "settings", settings_command,
    "Admins: when, where and in which language the weekly nudge is posted",
    "Admins : quand, où et en quelle langue le rappel hebdomadaire est publié",
    admin_only=True,
    usage="/coach settings [nudge_channel=ID] [nudge_day=…] [nudge_time=HH:MM] [nudge_tz=Zone] [nudge_lang=fr|en] [nudge=on|off]",
    summary=("Weekly nudge and language settings (Manage Server)", "Rappel hebdomadaire et langue (Gérer le serveur)"),
    options=OPTIONS, parse=lambda text: {})  # a typed line is read whole by parse_settings (every problem at once)
