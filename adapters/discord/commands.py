"""Slash commands, the message context menu, modals and buttons.

Everything Coach says comes from the core (`coach.command`, `coach.act`); this
module only turns Discord interactions into those calls and their Replies
back into interaction responses.

Buttons and modals are stateless: their custom_ids carry the action and its
value (`coach:dismiss:<review_id>|<rule>`, `coach-modal:review:`), and
`Router.on_interaction` answers them from the custom_id alone. Nothing is kept
in discord.py's view store, so a click or a modal submitted after a restart is
still understood.

Discord gives an interaction 3 seconds for its first response. Core calls run
in a worker thread; if one has not finished after `defer_after` seconds the
interaction is deferred ("Coach is thinking…") and the reply follows as an edit.
Known-slow commands (/habits draws a chart) defer at once.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
import zoneinfo
from collections.abc import Callable
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str as _

from adapters.discord.embeds import message_parts, modal_id, parse_button_id, parse_modal_id
from adapters.discord.texts import FRENCH_COMMAND_TEXTS, say
from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.chat.reply import Reply
from bot.config import Config

log = logging.getLogger("coach.discord")

DEFER_AFTER = 1.5  # seconds; well inside Discord's 3 second window
TEXT_INPUT_MAX = 4000  # Discord's maximum for a text input
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class CoachTranslator(app_commands.Translator):
    """Command descriptions in French for French Discord clients."""

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        if locale is discord.Locale.french:
            return FRENCH_COMMAND_TEXTS.get(string.message)
        return None


def language_of(interaction: discord.Interaction) -> str:
    return "fr" if str(interaction.locale).lower().startswith("fr") else "en"


def text_values(components: list[dict[str, Any]]) -> dict[str, str]:
    """custom_id -> value of every text input in a modal submission, whether the
    inputs come wrapped in labels (type 18) or in action rows (type 1)."""
    values: dict[str, str] = {}
    stack = list(components)
    while stack:
        component = stack.pop()
        if "custom_id" in component and "value" in component:
            values[component["custom_id"]] = component["value"] or ""
        if isinstance(component.get("component"), dict):
            stack.append(component["component"])
        stack.extend(component.get("components") or [])
    return values


class Router:
    """Turns interactions into core calls, and core Replies into responses."""

    def __init__(self, coach: Coach, config: Config, *, defer_after: float = DEFER_AFTER):
        self.coach = coach
        self.config = config
        self.defer_after = defer_after
        self.admin_ids = frozenset(getattr(config, "admin_ids", frozenset()) or ())

    # ------------------------------------------------------------ context

    def context(self, interaction: discord.Interaction) -> Context:
        user = interaction.user
        perms = interaction.permissions
        manage_guild = interaction.guild_id is not None and (perms.manage_guild or perms.administrator)
        return Context(
            platform="discord",
            workspace=str(interaction.guild_id) if interaction.guild_id else f"dm:{user.id}",
            channel=str(interaction.channel_id or ""),
            user=str(user.id),
            user_name=getattr(user, "display_name", "") or user.name,
            locale=str(interaction.locale),
            is_admin=bool(manage_guild or str(user.id) in self.admin_ids),
        )

    # ------------------------------------------------------------ answering

    async def answer(self, interaction: discord.Interaction, work: Callable[[Context], Reply], *,
                     slow: bool = False, note: Callable[[Reply], str] | None = None,
                     channel: str | None = None) -> None:
        """Run `work(ctx)` off the event loop and send its Reply, deferring first
        when it is slow so that Discord never shows "This interaction failed".
        `channel` makes the core act on another channel than the one typed in."""
        started = time.monotonic()
        ctx = self.context(interaction)
        if channel:
            ctx = dataclasses.replace(ctx, channel=channel)
        if slow:
            await interaction.response.defer(ephemeral=True, thinking=True)
        task = asyncio.ensure_future(asyncio.to_thread(work, ctx))
        if not interaction.response.is_done():
            budget = max(0.0, self.defer_after - (time.monotonic() - started))
            done, _pending = await asyncio.wait({task}, timeout=budget)
            if not done:
                await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            reply = await task
        except Exception:
            data: dict[str, Any] = interaction.data or {}  # type: ignore[assignment]
            # the command or button only: never the draft, which Coach does not keep
            log.exception("Coach failed on a Discord interaction (%s)", data.get("name") or data.get("custom_id"))
            reply = Reply(title="Coach", summary=say("error", ctx.language), tone="warning", language=ctx.language)
        await self.send(interaction, reply, content=note(reply) if note else "")

    async def send(self, interaction: discord.Interaction, reply: Reply, content: str = "") -> None:
        parts = message_parts(reply)
        mentions = discord.AllowedMentions.none()
        if interaction.response.is_done():
            edit: dict[str, Any] = {"embed": parts["embed"], "allowed_mentions": mentions}
            if "view" in parts:
                edit["view"] = parts["view"]
            if "file" in parts:
                edit["attachments"] = [parts["file"]]
            if content:
                edit["content"] = content
            await interaction.edit_original_response(**edit)
        else:
            if content:
                parts["content"] = content
            await interaction.response.send_message(
                **parts, ephemeral=reply.visibility == "ephemeral", allowed_mentions=mentions)

    async def say(self, interaction: discord.Interaction, key: str) -> None:
        lang = language_of(interaction)
        await self.send(interaction, Reply(title="Coach", summary=say(key, lang), language=lang))

    # ------------------------------------------------------------ modals

    async def open_modal(self, interaction: discord.Interaction, kind: str, value: str = "",
                         prefill: str = "", about: str = "") -> None:
        """Open one of Coach's modals. It is sent stopped, so discord.py does not
        track it: `on_interaction` answers the submission from its custom_id."""
        lang = language_of(interaction)
        if kind == "dismiss":
            modal = discord.ui.Modal(title=say("modal.dismiss.title", lang), custom_id=modal_id("dismiss", value))
            field = discord.ui.TextInput(custom_id="reason", style=discord.TextStyle.paragraph, required=False,
                                         max_length=500, placeholder=say("modal.dismiss.placeholder", lang))
            modal.add_item(discord.ui.Label(text=say("modal.dismiss.label", lang), component=field,
                                            description=(about if len(about) <= 100 else about[:99] + "…") or None))
        else:  # review, plan
            modal = discord.ui.Modal(title=say(f"modal.{kind}.title", lang), custom_id=modal_id(kind))
            field = discord.ui.TextInput(custom_id="text", style=discord.TextStyle.paragraph, required=True,
                                         max_length=TEXT_INPUT_MAX, placeholder=say(f"modal.{kind}.placeholder", lang),
                                         default=prefill[:TEXT_INPUT_MAX] or None)
            modal.add_item(discord.ui.Label(text=say(f"modal.{kind}.label", lang), component=field))
        modal.stop()
        await interaction.response.send_modal(modal)

    # ------------------------------------------------------------ components and modal submissions

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        data: dict[str, Any] = interaction.data or {}  # type: ignore[assignment]
        custom_id = str(data.get("custom_id", ""))
        if interaction.type is discord.InteractionType.component:
            parsed = parse_button_id(custom_id)
            if parsed is not None:
                await self.on_button(interaction, *parsed)
        elif interaction.type is discord.InteractionType.modal_submit:
            parsed = parse_modal_id(custom_id)
            if parsed is not None:
                await self.on_modal(interaction, parsed[0], parsed[1], text_values(data.get("components", [])))

    async def on_button(self, interaction: discord.Interaction, action: str, value: str | None) -> None:
        if value is None:
            await self.say(interaction, "expired")
            return
        prompt = self.coach.prompt_for_button(action, value, self.context(interaction))
        if prompt is None:  # posted, review_again of a forgotten draft, and whatever the core adds later
            await self.answer(interaction, lambda ctx: self.coach.act(action, value, ctx))
        elif prompt.kind == "reason":
            await self.open_modal(interaction, "dismiss", prompt.value, about=prompt.about)
        else:
            await self.open_modal(interaction, prompt.command, prefill=prompt.prefill)

    async def on_modal(self, interaction: discord.Interaction, kind: str, value: str | None,
                       values: dict[str, str]) -> None:
        if value is None:
            await self.say(interaction, "expired")
        elif kind == "dismiss":
            reason = values.get("reason", "").strip()
            await self.answer(interaction, lambda ctx: self.coach.act("dismiss", value, ctx, reason))
        elif kind in ("review", "plan"):
            text = values.get("text", "")
            await self.answer(interaction, lambda ctx: self.coach.command(kind, text, ctx))

    # ------------------------------------------------------------ settings

    async def settings(self, interaction: discord.Interaction, options: dict[str, str]) -> None:
        text = " ".join(f"{key}={value}" for key, value in options.items() if value)
        await self.answer(interaction, lambda ctx: self.coach.command("settings", text, ctx))

    async def observe(self, interaction: discord.Interaction, state: str, channel_id: int) -> None:
        """The core's `/observe on|off` acts on the context's channel: the one chosen
        in the command, else the one it was typed in."""
        client = interaction.client

        def note(reply: Reply) -> str:
            if state == "on" and not client.intents.message_content:
                return say("observe.intent", language_of(interaction))
            return ""

        await self.answer(interaction, lambda ctx: self.coach.command("observe", state, ctx), note=note,
                          channel=str(channel_id))


# ---------------------------------------------------------------- the command tree


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


def install(tree: app_commands.CommandTree, router: Router) -> None:
    """Register Coach's application commands on `tree`."""

    @tree.command(name="review", description=_("Review a draft post before you publish it"))
    @app_commands.describe(text=_("Your draft (leave empty to paste a long one)"))
    async def review(interaction: discord.Interaction,
                     text: app_commands.Range[str, None, 6000] | None = None) -> None:
        if router.coach.prompt_for_command("review", text or ""):
            await router.open_modal(interaction, "review")
            return
        await router.answer(interaction, lambda ctx: router.coach.command("review", text or "", ctx))

    @tree.context_menu(name=_("Review with Coach"))
    async def review_message(interaction: discord.Interaction, message: discord.Message) -> None:
        text = message.content or "\n\n".join(
            part for embed in message.embeds for part in (embed.title, embed.description) if part)
        if not text.strip():
            await router.say(interaction, "empty.message")
            return
        await router.answer(interaction, lambda ctx: router.coach.command("review", text, ctx))

    @tree.command(name="plan", description=_("Review a social-media plan"))
    @app_commands.describe(text=_("Your plan (leave empty to paste a long one)"))
    async def plan(interaction: discord.Interaction,
                   text: app_commands.Range[str, None, 6000] | None = None) -> None:
        if router.coach.prompt_for_command("plan", text or ""):
            await router.open_modal(interaction, "plan")
            return
        await router.answer(interaction, lambda ctx: router.coach.command("plan", text or "", ctx))

    @tree.command(name="habits", description=_("Your team's posting habits"))
    @app_commands.guild_only()
    async def habits(interaction: discord.Interaction) -> None:
        await router.answer(interaction, lambda ctx: router.coach.command("habits", "", ctx), slow=True)

    @tree.command(name="forget", description=_("What Coach keeps about you, and deleting it"))
    @app_commands.describe(confirm=_("Delete it now (cannot be undone)"))
    async def forget(interaction: discord.Interaction, confirm: bool = False) -> None:
        text = "confirm" if confirm else ""
        await router.answer(interaction, lambda ctx: router.coach.command("forget", text, ctx))

    # Hidden from members without Manage Server by default (server admins can
    # change that in Server Settings > Integrations); the adapter checks the
    # permission again on every call and the core refuses politely.
    group = app_commands.Group(name="coach", description=_("Coach settings for this server"),
                               guild_only=True, default_permissions=discord.Permissions(manage_guild=True))

    @group.command(name="settings", description=_("Weekly nudge and language settings (Manage Server)"))
    @app_commands.describe(
        channel=_("Channel where the weekly nudge is posted"),
        day=_("Day of the weekly nudge"),
        time=_("Time of the weekly nudge, HH:MM"),
        timezone=_("Time zone, e.g. Europe/Paris"),
        language=_("Language Coach uses in this server"),
        nudge=_("Turn the weekly nudge on or off"),
    )
    @app_commands.choices(
        day=[app_commands.Choice(name=_(d.capitalize()), value=d) for d in DAYS],
        language=[app_commands.Choice(name="English", value="en"), app_commands.Choice(name="Français", value="fr")],
        nudge=[app_commands.Choice(name=_("On"), value="on"), app_commands.Choice(name=_("Off"), value="off")],
    )
    async def settings(interaction: discord.Interaction,
                       channel: ChannelOption | None = None,
                       day: app_commands.Choice[str] | None = None,
                       time: app_commands.Range[str, 3, 5] | None = None,
                       timezone: str | None = None,
                       language: app_commands.Choice[str] | None = None,
                       nudge: app_commands.Choice[str] | None = None) -> None:
        options = {
            "channel": str(channel.id) if channel else "",
            "day": day.value if day else "",
            "time": (time or "").replace("h", ":"),
            "timezone": (timezone or "").strip(),
            "language": language.value if language else "",
            "nudge": nudge.value if nudge else "",
        }
        await router.settings(interaction, options)

    @settings.autocomplete("timezone")
    async def timezone_choices(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        needle = current.strip().lower().replace(" ", "_")
        found = [tz for tz in timezones() if needle in tz.lower()]
        found.sort(key=lambda tz: (not tz.lower().startswith(needle), len(tz)))
        return [app_commands.Choice(name=tz, value=tz) for tz in found[:25]]

    @group.command(name="observe",
                   description=_("Let Coach read a channel's posts to learn the team's habits (Manage Server)"))
    @app_commands.describe(state=_("on or off"), channel=_("The channel (this one if empty)"))
    @app_commands.choices(state=[app_commands.Choice(name=_("On"), value="on"),
                                 app_commands.Choice(name=_("Off"), value="off")])
    async def observe(interaction: discord.Interaction, state: app_commands.Choice[str],
                      channel: ChannelOption | None = None) -> None:
        await router.observe(interaction, state.value, channel.id if channel else (interaction.channel_id or 0))

    tree.add_command(group)
