"""Coach's front door. Every adapter (console, Slack, Discord) calls these two
methods and renders the Reply it gets back:

    coach.command("review", "Achetez maintenant !", ctx) -> Reply
    coach.act("dismiss", value, ctx, reason="") -> Reply

Commands are registered with `@command(name, help_en, help_fr)` so that later
features (plans, habits, settings, rules) plug in without touching adapters.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.chat.context import Context
from bot.chat.replies import problem_reply, review_reply, text_reply
from bot.chat.reply import Item, Reply, Section
from bot.engine.advice import Advice, load_advice
from bot.engine.review import DraftProblem, Review, ReviewContext, review
from bot.layers.source import AdviceSource
from bot.messages import t

Handler = Callable[["Coach", str, Context], Reply]
ActionHandler = Callable[["Coach", str, Context, str], Reply]


@dataclass(frozen=True)
class CommandSpec:
    name: str
    handler: Handler
    help: dict[str, str]
    admin_only: bool = False
    usage: str = ""


COMMANDS: dict[str, CommandSpec] = {}
ACTIONS: dict[str, ActionHandler] = {}


def command(name: str, help_en: str, help_fr: str, *, admin_only: bool = False, usage: str = ""):
    def register(handler: Handler) -> Handler:
        COMMANDS[name] = CommandSpec(name, handler, {"en": help_en, "fr": help_fr}, admin_only, usage)
        return handler

    return register


def action(name: str):
    def register(handler: ActionHandler) -> ActionHandler:
        ACTIONS[name] = handler
        return handler

    return register


@dataclass
class RecentDraft:
    draft: str
    review: Review
    ctx: Context
    at: float


class DraftCache:
    """Recent drafts, in memory only, so buttons ("I posted it", "Review again") can
    find the text without Coach writing drafts to disk. Lost on restart, by design."""

    def __init__(self, size: int = 2_000, ttl: float = 24 * 3600):
        self._items: OrderedDict[str, RecentDraft] = OrderedDict()
        self._lock = threading.Lock()
        self.size, self.ttl = size, ttl

    def put(self, draft: str, result: Review, ctx: Context) -> str:
        review_id = secrets.token_hex(6)
        with self._lock:
            self._items[review_id] = RecentDraft(draft, result, ctx, time.time())
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return review_id

    def forget(self, workspace: str, user: str) -> int:
        """Drop a member's drafts from memory (`/coach forget confirm`); how many were dropped."""
        with self._lock:
            doomed = [key for key, item in self._items.items()
                      if item.ctx.workspace == workspace and item.ctx.user == user]
            for key in doomed:
                del self._items[key]
        return len(doomed)

    def get(self, review_id: str) -> RecentDraft | None:
        with self._lock:
            item = self._items.get(review_id)
            if item and time.time() - item.at > self.ttl:
                del self._items[review_id]
                return None
            return item

    def owned(self, review_id: str, ctx: Context) -> RecentDraft | None:
        """The draft a button names, only for the member who had it reviewed, in the same
        workspace: a review id copied into another server or clicked by someone else is unknown."""
        item = self.get(review_id)
        if item is None or (item.ctx.platform, item.ctx.workspace, item.ctx.user) != (ctx.platform, ctx.workspace,
                                                                                       ctx.user):
            return None
        return item


def fingerprint(text: str) -> str:
    """A draft's fingerprint: enough to recognise it again, not to read it."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()[:32]


@dataclass
class Coach:
    # Fixed advice, or an AdviceSource: packs + workspace/channel layers, hot-reloaded.
    advice: Advice | AdviceSource = field(default_factory=load_advice)
    store: Any = None  # bot.store.Store once team memory is on
    drafts: DraftCache = field(default_factory=DraftCache)
    # Called after each review (team memory logs it); set by whoever owns the store.
    on_review: list[Callable[[Review, str, Context, str], None]] = field(default_factory=list)
    # Called when a member forgets themselves: adapters drop their own copies (the Slack Home tab).
    on_forget: list[Callable[[Context], None]] = field(default_factory=list)

    def advice_for(self, ctx: Context) -> Advice:
        """The advice as it applies in this workspace and channel."""
        if isinstance(self.advice, AdviceSource):
            return self.advice.advice_for(ctx.workspace, ctx.channel)
        return self.advice

    def __post_init__(self) -> None:
        bot.chat.commands.memory.attach(self)  # each review is logged when a store is set

    def review_context(self, ctx: Context, language: str | None = None, kind: str = "post") -> ReviewContext:
        extra = bot.chat.commands.memory.review_extra(self, ctx) if kind == "post" else {}  # {"history": ...} with a store
        return ReviewContext(self.advice_for(ctx), language=language, fallback=ctx.language, kind=kind, extra=extra)

    def observe(self, ctx: Context, text: str, message_id: str, ts: float) -> bool:
        """Adapters call this for every message: logged as a community post if the channel is observed."""
        return bot.chat.commands.memory.observe(self, ctx, text, message_id, ts)

    def review(self, draft: str, ctx: Context, language: str | None = None) -> tuple[Review, str]:
        """Review a draft, remember it for the buttons, tell listeners. Raises DraftProblem."""
        result = review(draft, self.review_context(ctx, language))
        review_id = self.drafts.put(draft, result, ctx)
        for listener in self.on_review:
            listener(result, draft, ctx, review_id)
        return result, review_id

    def command(self, name: str, text: str, ctx: Context) -> Reply:
        name = name.lstrip("/").lower()
        if name == "coach":  # `/coach observe on` is `/observe on`: chat platforms expose one /coach command
            sub, _, rest = text.strip().partition(" ")
            return self.command(sub or "help", rest.strip(), ctx)
        spec = COMMANDS.get(name)
        if spec is None:
            return text_reply(t("unknown.command", ctx.language, command=name.lstrip("/")), ctx.language)
        if spec.admin_only and not ctx.is_admin:
            return text_reply(t("refused.admin", ctx.language), ctx.language, tone="warning")
        reply = spec.handler(self, text, ctx)
        if ctx.is_admin and isinstance(self.advice, AdviceSource):
            from bot.chat.commands.rules import (
                with_advice_errors,  # admins hear of broken advice files
            )

            reply = with_advice_errors(reply, self.advice.unseen_errors(ctx.workspace), ctx.language)
        return reply

    def act(self, name: str, value: str, ctx: Context, reason: str = "") -> Reply:
        handler = ACTIONS.get(name)
        if handler is None:
            return text_reply(t("unknown.command", ctx.language, command=name), ctx.language)
        return handler(self, value, ctx, reason)


@command("review", "Review a draft post: `/review <your draft>`", "Relire un brouillon : `/review <votre brouillon>`",
         usage="/review <draft>")
def review_command(coach: Coach, text: str, ctx: Context) -> Reply:
    try:
        result, review_id = coach.review(text, ctx)
    except DraftProblem as problem:
        return problem_reply(problem, ctx.language)
    return review_reply(result, review_id, text)


@command("help", "What Coach can do", "Ce que Coach sait faire", usage="/help")
def help_command(coach: Coach, text: str, ctx: Context) -> Reply:
    lang = ctx.language
    items = tuple(
        Item(title=f"`{spec.usage or '/' + spec.name}`", lines=(spec.help[lang],))
        for spec in COMMANDS.values()
        if ctx.is_admin or not spec.admin_only
    )
    return Reply(title=t("help.title", lang), sections=(Section(items=items),), language=lang)


@action("review_again")
def review_again(coach: Coach, value: str, ctx: Context, reason: str) -> Reply:
    """Re-review a remembered draft (adapters usually open an editor prefilled instead)."""
    recent = coach.drafts.owned(value, ctx)
    if recent is None:
        return text_reply(t("draft.forgotten", ctx.language), ctx.language)
    return review_command(coach, recent.draft, ctx)


# Feature modules register their commands when imported.
import bot.chat.commands.forget  # noqa: E402,F401  (/forget: a member deletes what Coach keeps about them)
import bot.chat.commands.memory  # noqa: E402  (/habits, /observe, dismiss, posted; review log, history)
import bot.chat.commands.settings  # noqa: E402,F401  (/settings: weekly nudges)
import bot.plans.review  # noqa: E402,F401  (/plan)
from bot.chat.commands import rules as rules_chat  # noqa: E402,F401  (/rules)
