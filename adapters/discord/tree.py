"""Coach's Discord application commands, built from the core's command specifications.

Every `CommandSpec` becomes a slash command: members' commands at the top level, admins'
under the `/coach` group (hidden from members without Manage Server by default; the core
refuses them politely anyway). Each option becomes a typed Discord option (text, choices,
channel, number, flag, time zone with autocompletion), described in English and French, and
its value reaches the core typed through `coach.run`. The "Review with Coach" message
context menu is Discord's own gesture.
"""

from __future__ import annotations

import inspect
import zoneinfo
from typing import Any

import discord
from discord import app_commands

from adapters.discord.commands import Router
from bot.chat.spec import CommandSpec, Option, Text


def localized(text: Text) -> app_commands.locale_str:
    """English for Discord, the French along for `CoachTranslator`; at most 100 characters."""
    return app_commands.locale_str(text["en"][:100], fr=text.get("fr", "")[:100])


class PostableChannel(app_commands.Transformer):
    """A text or announcement channel option, taken from the interaction's resolved
    data as Discord sends it (no dependence on the client's channel cache)."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return [discord.ChannelType.text, discord.ChannelType.news]

    async def transform(self, interaction: discord.Interaction, value: Any) -> Any:
        return value  # an app_commands.AppCommandChannel: id, name, type


ChannelOption = app_commands.Transform[app_commands.AppCommandChannel, PostableChannel]

_TIMEZONES: list[str] = []


def timezones() -> list[str]:
    if not _TIMEZONES:
        _TIMEZONES.extend(sorted(zoneinfo.available_timezones()))
    return _TIMEZONES


async def timezone_choices(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    needle = current.strip().lower().replace(" ", "_")
    found = [tz for tz in timezones() if needle in tz.lower()]
    found.sort(key=lambda tz: (not tz.lower().startswith(needle), len(tz)))
    return [app_commands.Choice(name=tz, value=tz) for tz in found[:25]]


def annotation(option: Option) -> Any:
    """The Python type discord.py reads an option's Discord type from."""
    if option.choices:
        return app_commands.Choice[str]
    if option.kind == "channel":
        return ChannelOption
    if option.kind == "flag":
        return bool
    if option.kind == "number":
        return app_commands.Range[int, option.low, option.high]
    if option.kind == "time":
        return app_commands.Range[str, 3, 5]
    if option.max_length:
        return app_commands.Range[str, None, option.max_length]
    return str


def plain(value: Any) -> str | int | bool | None:
    """A Discord option value as the core takes it: a choice's value, a channel's id."""
    if isinstance(value, app_commands.Choice):
        return str(value.value)
    if isinstance(value, app_commands.AppCommandChannel | app_commands.AppCommandThread):
        return str(value.id)
    return value


def callback_for(spec: CommandSpec, router: Router) -> Any:
    """The coroutine discord.py calls for `spec`, with a signature built from its options."""

    async def callback(interaction: discord.Interaction, **options: Any) -> None:
        await router.run(interaction, spec, {name: plain(value) for name, value in options.items()})

    ordered = sorted(spec.options, key=lambda o: not o.required)  # Discord lists required options first
    callback.__signature__ = inspect.Signature([  # type: ignore[attr-defined]
        inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction),
        *(inspect.Parameter(o.name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation(o),
                            default=inspect.Parameter.empty if o.required else None) for o in ordered)])
    if spec.options:
        app_commands.describe(**{o.name: localized(o.help) for o in spec.options})(callback)
    choices = {o.name: [app_commands.Choice(name=localized(c.label), value=c.value) for c in o.choices]
               for o in spec.options if o.choices}
    if choices:
        app_commands.choices(**choices)(callback)
    if spec.team_only and not spec.admin_only:
        app_commands.guild_only()(callback)
    return callback


def slash_command(spec: CommandSpec, router: Router, parent: app_commands.Group | None = None) -> app_commands.Command:
    command: app_commands.Command = app_commands.Command(
        name=spec.name, description=localized(spec.summary), callback=callback_for(spec, router), parent=parent)
    for option in spec.options:
        if option.kind == "timezone":
            command.autocomplete(option.name)(timezone_choices)
    return command


def install(tree: app_commands.CommandTree, router: Router) -> None:
    """Register Coach's application commands on `tree`: one per command the core has."""
    group = app_commands.Group(name="coach", description=app_commands.locale_str(
        "Coach settings for this server", fr="Réglages de Coach pour ce serveur"),
                               guild_only=True, default_permissions=discord.Permissions(manage_guild=True))
    for spec in router.coach.commands.values():
        if spec.admin_only:
            group.add_command(slash_command(spec, router, group))
        else:
            tree.add_command(slash_command(spec, router))

    @tree.context_menu(name=app_commands.locale_str("Review with Coach", fr="Relire avec Coach"))
    async def review_message(interaction: discord.Interaction, message: discord.Message) -> None:
        text = message.content or "\n\n".join(
            part for embed in message.embeds for part in (embed.title, embed.description) if part)
        if not text.strip():
            await router.say(interaction, "empty.message")
            return
        await router.answer(interaction, lambda ctx: router.coach.command("review", text, ctx))

    if group.commands:
        tree.add_command(group)
