"""Coach's front door. Every adapter (console, Slack, Discord) calls these methods and renders
the Reply it gets back:

    coach.command("review", "Achetez maintenant !", ctx) -> Reply     a command line as typed
    coach.run("habits", {"weeks": 4, "here": True}, ctx) -> Reply      typed options (Discord)
    coach.act("dismiss", value, ctx, reason="") -> Reply
    coach.observe(ctx, text, message_id, ts)          every message an adapter sees

A Coach answers the commands and actions it is given (`commands`: each a CommandSpec of
bot.chat.spec, which every adapter builds its own commands from; `actions`); the composition
root, bot.app, gives it every feature's (`build_coach`). With a `store`, reviews are logged to
team memory and history-aware rules read it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

from bot.chat.context import Context
from bot.chat.drafts import DraftCache
from bot.chat.nudge import build_nudge
from bot.chat.replies import text_reply, with_advice_errors
from bot.chat.reply import Reply
from bot.chat.spec import Args, CommandSpec, Value
from bot.engine.advice import Advice, shared_advice
from bot.engine.categories import tagger_for
from bot.engine.review import Review, ReviewContext, review
from bot.layers.source import AdviceSource
from bot.memory.history import view_for
from bot.memory.records import record
from bot.memory.sql import DATABASE_ERRORS
from bot.memory.store import Store
from bot.messages import t
from bot.nudges.schedule import Schedule

log = logging.getLogger("coach.memory")

ActionHandler = Callable[["Coach", str, Context, str], Reply]


@dataclass(frozen=True)
class Prompt:
    """What an adapter opens instead of answering: the draft editor (`command` takes its text,
    `prefill` starts it), or the reason editor of "Not for this post" (`value` is the button's,
    `about` the finding's message)."""

    kind: Literal["draft", "reason"]
    command: str = "review"
    value: str = ""
    prefill: str = ""
    about: str = ""


@dataclass
class Coach:
    # Fixed advice, or an AdviceSource: packs + workspace/channel layers, hot-reloaded.
    advice: Advice | AdviceSource = field(default_factory=shared_advice)
    store: Store | None = None  # team memory, when it is on
    drafts: DraftCache = field(default_factory=DraftCache)
    commands: dict[str, CommandSpec] = field(default_factory=dict)  # by name, in /help order
    actions: dict[str, ActionHandler] = field(default_factory=dict)  # what buttons do, by id
    # Called after each review, once it is logged (adapters keep their own recent reviews).
    on_review: list[Callable[[Review, str, Context, str], None]] = field(default_factory=list)
    # Called when a member forgets themselves: adapters drop their own copies (the Slack Home tab).
    on_forget: list[Callable[[Context], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.store is not None and self.drafts.remembered is None:
            self.drafts.remembered = self.store.has_review  # `coach forget` elsewhere reaches these drafts

    def advice_for(self, ctx: Context) -> Advice:
        """The advice as it applies in this workspace and channel."""
        if isinstance(self.advice, AdviceSource):
            return self.advice.advice_for(ctx.workspace, ctx.channel)
        return self.advice

    def review_context(self, ctx: Context, language: str | None = None, kind: str = "post") -> ReviewContext:
        extra = self._history(ctx) if kind == "post" else {}
        return ReviewContext(self.advice_for(ctx), language=language, fallback=ctx.language, kind=kind, extra=extra)

    def _history(self, ctx: Context) -> dict[str, Any]:
        """What a review here may know of the past: {"history": HistoryView} with a store."""
        if self.store is None:
            return {}
        try:
            view = view_for(self.store, ctx, self.advice_for(ctx))
        except DATABASE_ERRORS:
            log.exception("history unavailable")
            return {}
        return {"history": view} if view is not None else {}

    def observe(self, ctx: Context, text: str, message_id: str, ts: float) -> bool:
        """Adapters call this for every message: logged as a community post if the channel is observed."""
        store = self.store
        if store is None or not store.is_observed(ctx.platform, ctx.workspace, ctx.channel):
            return False
        store.log_post(record(
            tagger_for(self.advice_for(ctx)), text, platform=ctx.platform, workspace=ctx.workspace,
            channel=ctx.channel, member=ctx.user, message_id=str(message_id), posted_at=float(ts), kind="community",
            source="live", names=("", "", ctx.user_name), fallback=ctx.language))
        return True

    def review(self, draft: str, ctx: Context, language: str | None = None) -> tuple[Review, str]:
        """Review a draft, remember it for the buttons, log it, tell listeners. Raises DraftProblem."""
        result = review(draft, self.review_context(ctx, language))
        review_id = self.drafts.put(draft, result, ctx)
        if self.store is not None:
            try:  # memory must never break a review
                self.store.log_review(review_id, ctx, result, draft)
                self.drafts.logged(review_id)
            except DATABASE_ERRORS:
                log.exception("could not log review %s", review_id)
        for listener in self.on_review:
            listener(result, draft, ctx, review_id)
        return result, review_id

    def resolve(self, name: str, text: str) -> tuple[str, str]:
        """`/coach observe on` is `/observe on`: chat platforms expose one /coach command."""
        name = name.lstrip("/").lower()
        if name == "coach":
            sub, _, rest = text.strip().partition(" ")
            return sub.lower() or "help", rest.strip()
        return name, text

    def command(self, name: str, text: str, ctx: Context) -> Reply:
        """A command as typed (console, Slack, the CLI): its spec reads the line."""
        name, text = self.resolve(name, text)
        spec = self.commands.get(name)
        if spec is None:
            return text_reply(t("unknown.command", ctx.language, command=name), ctx.language)
        return self._run(spec, spec.read(text), ctx)

    def run(self, name: str, values: Mapping[str, Value | None], ctx: Context) -> Reply:
        """A command given typed options (Discord): no command line is written or re-read."""
        spec = self.commands.get(name)
        if spec is None:
            return text_reply(t("unknown.command", ctx.language, command=name), ctx.language)
        return self._run(spec, spec.typed(values), ctx)

    def _run(self, spec: CommandSpec, args: Args, ctx: Context) -> Reply:
        if spec.admin_only and not ctx.is_admin:
            return text_reply(t("refused.admin", ctx.language), ctx.language, tone="warning")
        moved = next((o.name for o in spec.options if o.sets_channel and args.get(o.name)), None)
        if moved is not None:  # the command acts on the channel chosen, not the one it was typed in
            ctx = replace(ctx, channel=args.text(moved))
        reply = spec.handler(self, args, ctx)
        if ctx.is_admin and isinstance(self.advice, AdviceSource):  # admins hear of broken advice files
            reply = with_advice_errors(reply, self.advice.unseen_errors(ctx.workspace), ctx.language)
        return reply

    def nudge(self, schedule: Schedule, now: datetime) -> tuple[Reply, str]:
        """The weekly nudge this schedule's channel gets at `now`, and its tip's rule id (the ticker sends it)."""
        return build_nudge(self, schedule, now, self.store.nudges if self.store is not None else None)

    def prompt_for_command(self, name: str, text: str) -> Prompt | None:
        """A draft command (`/review`, `/plan`, `/coach review`) given no text opens the editor."""
        name, text = self.resolve(name, text)
        spec = self.commands.get(name)
        return self._prompt(spec, spec.read(text)) if spec is not None else None

    def prompt_for_values(self, name: str, values: Mapping[str, Value | None]) -> Prompt | None:
        """The same for a command given typed options (Discord)."""
        spec = self.commands.get(name)
        return self._prompt(spec, spec.typed(values)) if spec is not None else None

    @staticmethod
    def _prompt(spec: CommandSpec, args: Args) -> Prompt | None:
        return Prompt("draft", command=spec.name) if spec.editor and not args.values else None

    def prompt_for_button(self, action: str, value: str, ctx: Context) -> Prompt | None:
        """What a button opens rather than answers: the reason editor for "Not for this post", the
        draft editor for "New review", and for "Review again" of a draft still remembered, prefilled.
        None: the adapter answers with `act(action, value, ctx)`."""
        if action == "dismiss":
            review_id, _, rule = value.partition("|")
            recent = self.drafts.owned(review_id, ctx)
            about = next((f.message for f in recent.review.findings if f.rule == rule), "") if recent else ""
            return Prompt("reason", value=value, about=about)
        if action == "new_review":
            return Prompt("draft")
        recent = self.drafts.owned(value, ctx) if action == "review_again" else None
        return Prompt("draft", prefill=recent.draft) if recent is not None else None

    def act(self, name: str, value: str, ctx: Context, reason: str = "") -> Reply:
        handler = self.actions.get(name)
        if handler is None:
            return text_reply(t("unknown.command", ctx.language, command=name), ctx.language)
        return handler(self, value, ctx, reason)
