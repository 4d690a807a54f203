"""Answering Discord: slash commands (their tree is built in `tree.py`), modals and buttons.

Everything Coach says comes from the core (`coach.run`, `coach.command`, `coach.act`); this
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
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import discord
from discord import app_commands

from adapters.discord.embeds import message_parts, modal_id, parse_button_id, parse_modal_id
from adapters.discord.texts import say
from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.chat.reply import Reply
from bot.chat.spec import CommandSpec, Value
from bot.config import Config
from bot.messages import t

log = logging.getLogger("coach.discord")

DEFER_AFTER = 1.5  # seconds; well inside Discord's 3 second window
TEXT_INPUT_MAX = 4000  # Discord's maximum for a text input


class CoachTranslator(app_commands.Translator):
    """Command descriptions in French for French Discord clients: each text carries its French
    (`locale_str(english, fr=french)`, from the core's command specifications)."""

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        if locale is discord.Locale.french:
            return string.extras.get("fr") or None
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
        self.admin_ids = config.admin_ids

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
                     slow: bool = False, note: Callable[[Reply], str] | None = None) -> None:
        """Run `work(ctx)` off the event loop and send its Reply, deferring first
        when it is slow so that Discord never shows "This interaction failed"."""
        started = time.monotonic()
        ctx = self.context(interaction)
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
            reply = Reply(title="Coach", summary=t("apology", ctx.language), tone="warning", language=ctx.language)
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
            modal = discord.ui.Modal(title=t("editor.reason.title", lang), custom_id=modal_id("dismiss", value))
            field = discord.ui.TextInput(custom_id="reason", style=discord.TextStyle.paragraph, required=False,
                                         max_length=500, placeholder=t("editor.reason.placeholder", lang))
            modal.add_item(discord.ui.Label(text=t("editor.reason.label", lang), component=field,
                                            description=(about if len(about) <= 100 else about[:99] + "…") or None))
        else:  # review, plan
            modal = discord.ui.Modal(title=say(f"modal.{kind}.title", lang), custom_id=modal_id(kind))
            field = discord.ui.TextInput(custom_id="text", style=discord.TextStyle.paragraph, required=True,
                                         max_length=TEXT_INPUT_MAX, placeholder=t(f"editor.{kind}.placeholder", lang),
                                         default=prefill[:TEXT_INPUT_MAX] or None)
            modal.add_item(discord.ui.Label(text=t(f"editor.{kind}.label", lang), component=field))
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

    # ------------------------------------------------------------ commands

    async def run(self, interaction: discord.Interaction, spec: CommandSpec,
                  values: Mapping[str, Value | None]) -> None:
        """A slash command: its typed options go to the core as they are (`coach.run`); a
        draft command given no text opens the draft modal instead."""
        prompt = self.coach.prompt_for_values(spec.name, values)
        if prompt is not None:
            await self.open_modal(interaction, prompt.command)
            return
        note = None
        if spec.name == "observe" and values.get("state") == "on":
            client = interaction.client

            def note(reply: Reply) -> str:  # observing needs Discord's privileged Message Content intent
                return "" if client.intents.message_content else say("observe.intent", language_of(interaction))

        await self.answer(interaction, lambda ctx: self.coach.run(spec.name, values, ctx), slow=spec.slow, note=note)
