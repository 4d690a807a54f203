"""Commands, declared once: what every adapter builds its commands from.

A `CommandSpec` names a command, its typed options, who may run it and its help in English
and French. The console and Slack's `/coach <sub>` send the command line as typed
(`coach.command(name, text, ctx)`: the spec reads it into `Args`); Discord sends its typed
options (`coach.run(name, values, ctx)`: no command line is written or re-read). Handlers
read `args.values` either way; `args.line` is the command line the values stand for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from bot.chat.reply import Reply

Text = Mapping[str, str]  # {"en": ..., "fr": ...}
Value = str | int | bool
# text: the rest of the line (a draft); word: one word; choice: one of `choices`;
# channel: a channel id (the one the command acts on when `sets_channel`); time: HH:MM;
# timezone: an IANA zone; flag: true when present; number: a whole number.
Kind = Literal["text", "word", "choice", "channel", "time", "timezone", "flag", "number"]


@dataclass(frozen=True)
class Choice:
    value: str
    label: Text  # what a platform shows in its list, per language


@dataclass(frozen=True)
class Option:
    """One typed option of a command. Positional options are written bare in a command line
    (`/rules off ID`), the others `name=value` (`/coach settings day=monday`)."""

    name: str
    kind: Kind
    help: Text
    choices: tuple[Choice, ...] = ()
    required: bool = False
    positional: bool = False
    words: tuple[str, ...] = ()  # a flag: the words that set it (`confirm`, `confirmer`)
    max_length: int | None = None
    low: int | None = None  # a number's bounds
    high: int | None = None
    sets_channel: bool = False  # a channel option that moves the command to that channel


@dataclass(frozen=True)
class Args:
    """What a command was given: typed values by option name, and the command line."""

    values: Mapping[str, Value] = field(default_factory=dict)
    line: str = ""
    typed: bool = False  # values came typed (Discord), not read from a line

    def get(self, name: str, default: Value | None = None) -> Value | None:
        return self.values.get(name, default)

    def text(self, name: str) -> str:
        value = self.values.get(name)
        return "" if value is None else str(value)


# Called as handler(coach, args, ctx) -> Reply; the Coach is not named here, which it imports.
Handler = Callable[..., Reply]
Parser = Callable[[str], Mapping[str, Value]]


@dataclass(frozen=True)
class CommandSpec:
    """A command: its name, what runs it, its help, its options and who may run it.

    `summary` is the one line a platform lists (Discord's description, at most 100 characters);
    `help` what /help says; `admin_only` commands sit under Discord's /coach group; `editor`
    commands given no text open the draft editor; `slow` ones draw charts (Discord defers at
    once); `team_only` ones make no sense in a direct message."""

    name: str
    handler: Handler
    help: Text
    admin_only: bool = False
    usage: str = ""
    summary: Text = field(default_factory=dict)
    options: tuple[Option, ...] = ()
    editor: bool = False
    slow: bool = False
    team_only: bool = False
    parse: Parser | None = None  # reads a command line; None: `read_line`

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)

    def read(self, text: str) -> Args:
        """The command line as typed -> Args."""
        values = self.parse(text) if self.parse is not None else read_line(self.options, text)
        return Args(dict(values), text, typed=False)

    def typed(self, values: Mapping[str, Value | None]) -> Args:
        """Typed values (empty ones dropped, times as HH:MM) -> Args, with the line they stand for."""
        kept: dict[str, Value] = {}
        for option in self.options:
            value = values.get(option.name)
            if isinstance(value, str):
                value = value.strip()
                if option.kind == "time":
                    value = value.replace("h", ":").replace("H", ":")
            if value is None or value == "" or (option.kind == "flag" and value is False):
                continue
            kept[option.name] = value
        return Args(kept, write_line(self.options, kept), typed=True)


def command(name: str, handler: Handler, help_en: str, help_fr: str, *, admin_only: bool = False,
            usage: str = "", summary: tuple[str, str] = ("", ""), options: tuple[Option, ...] = (),
            **flags: bool | Parser | None) -> CommandSpec:
    """A CommandSpec from its English and French texts (summary: (en, fr))."""
    en, fr = summary
    return CommandSpec(name, handler, {"en": help_en, "fr": help_fr}, admin_only, usage,
                       {"en": en or help_en, "fr": fr or help_fr}, options, **flags)  # type: ignore[arg-type]


def option(name: str, kind: Kind, help_en: str, help_fr: str, **more: object) -> Option:
    return Option(name, kind, {"en": help_en, "fr": help_fr}, **more)  # type: ignore[arg-type]


def choice(value: str, en: str, fr: str | None = None) -> Choice:
    return Choice(value, {"en": en, "fr": fr if fr is not None else en})


def typed_usage(spec: CommandSpec) -> str:
    """How the command looks where options are typed in a form (Discord):
    `/coach settings [channel:#channel] [day:monday|…]`, required options bare, others in brackets."""
    words = [f"/coach {spec.name}" if spec.admin_only else f"/{spec.name}"]
    for option in sorted(spec.options, key=lambda o: not o.required):
        shown = f"{option.name}:{_placeholder(option)}"
        words.append(shown if option.required else f"[{shown}]")
    return " ".join(words)


def _placeholder(option: Option) -> str:
    if option.choices:
        values = [c.value for c in option.choices]
        return "|".join(values) if len(values) <= 3 else "|".join(values[:2]) + "|…"
    return {"channel": "#channel", "flag": "True", "number": "N", "time": "HH:MM",
            "timezone": "Europe/Paris"}.get(option.kind, "…")


def read_line(options: tuple[Option, ...], text: str) -> dict[str, Value]:
    """A command line -> values: a positional `text` option takes the whole line; otherwise
    each word is a flag's word, a number, or the next positional option's value."""
    whole = next((o for o in options if o.positional and o.kind == "text"), None)
    if whole is not None:
        return {whole.name: text} if text.strip() else {}  # a draft exactly as written
    values: dict[str, Value] = {}
    waiting = [o for o in options if o.positional]
    for word in text.split():
        lower = word.lower()
        flag = next((o for o in options if o.kind == "flag" and lower in (o.words or (o.name,))), None)
        number = next((o for o in options if o.kind == "number" and o.name not in values), None)
        if flag is not None:
            values[flag.name] = True
        elif number is not None and word.isdigit():
            values[number.name] = int(word)
        elif waiting:
            values[waiting.pop(0).name] = word
    return values


def write_line(options: tuple[Option, ...], values: Mapping[str, Value]) -> str:
    """Values -> the command line they stand for: positional options bare, flags by name,
    the others `name=value`. A channel the command moves to is where it runs, not a word."""
    words = []
    for option in options:
        if option.name not in values or option.sets_channel:
            continue
        value = values[option.name]
        if option.kind == "flag":
            words.append(option.name)
        elif option.positional:
            words.append(str(value))
        else:
            words.append(f"{option.name}={value}")
    return " ".join(words)
