"""What Coach does with each Slack request. Thin: every answer is the core's Reply.

Each listener acknowledges first (`ack`, well inside Slack's 3 seconds) and does
the work in a lazy listener: Bolt runs it in a thread once the acknowledgement
is on its way, over HTTP and Socket Mode alike.

| Slack                              | Coach                                          |
|------------------------------------|------------------------------------------------|
| `/review <draft>`                  | coach.command("review", draft)                 |
| `/review` alone                    | the draft modal, then coach.command("review")  |
| `/plan`, `/habits`                 | coach.command("plan" / "habits")               |
| `/coach <sub> <args>`              | coach.command("coach", ...): the core's specs  |
| shortcut "Review with Coach"       | coach.command("review", message text)          |
| button "Not for this post"         | reason modal, then coach.act("dismiss", ...)   |
| button "Review again"              | the draft modal, prefilled                     |
| any other Coach button             | coach.act(id, value)                           |
| app_home_opened                    | views.publish(Home tab)                        |
| message in a channel Coach is in   | coach.observe(...) when the core has it; never a reply |
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk import WebClient

from adapters.slack import delivery
from adapters.slack.blocks import (
    ACTION_PREFIX,
    DISMISS_VIEW,
    DRAFT_BLOCK,
    DRAFT_INPUT,
    DRAFT_VIEW,
    REASON_BLOCK,
    REASON_INPUT,
    action_name,
    dismiss_modal,
    draft_modal,
    home_view,
    label,
    read_metadata,
)
from adapters.slack.memory import Once, Recent
from adapters.slack.payloads import (
    channel_of,
    input_value,
    is_team_post,
    message_text,
    plain_text,
    request_key,
    retry_number,
    user_name,
)
from adapters.slack.people import People
from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.chat.reply import Reply
from bot.memory.requests import HandledRequests
from bot.messages import t

log = logging.getLogger("coach.slack")

SLASH_COMMANDS = ("review", "plan", "habits", "coach")
REVIEW_SHORTCUT = "review_message"

@dataclass(frozen=True)
class Where:
    """Where to answer: the channel, and the response_url when Slack gave one."""

    channel: str = ""
    response_url: str = ""

    def meta(self) -> dict[str, str]:
        return {k: v for k, v in (("channel", self.channel), ("response_url", self.response_url)) if v}


class Listeners:
    def __init__(self, coach: Coach, people: People, once: Once | HandledRequests | None = None,
                 recent: Recent | None = None):
        self.coach = coach
        self.people = people
        # With team memory, the requests taken are kept in its database: a retry that reaches
        # another worker on the same database is not handled twice (bot.memory.requests).
        self.once = once or (coach.store.requests if coach.store is not None else Once())
        self.recent = recent or Recent()
        self.client: WebClient | None = None
        self.client_for: Callable[[str], WebClient | None] = lambda workspace: self.client  # OAuth: its own token
        coach.on_review.append(self.recent.record)
        coach.on_forget.append(self.forgotten)

    def register(self, app: App) -> None:
        self.client = app.client
        app.use(self.dedupe)
        command = re.compile("^/(" + "|".join(SLASH_COMMANDS) + ")$")
        app.command(command)(ack=self.ack, lazy=[self.safely(self.on_command)])
        app.shortcut(REVIEW_SHORTCUT)(ack=self.ack, lazy=[self.safely(self.on_shortcut)])
        app.action(re.compile("^" + re.escape(ACTION_PREFIX)))(ack=self.ack, lazy=[self.safely(self.on_button)])
        app.view(DRAFT_VIEW)(ack=self.ack_draft, lazy=[self.safely(self.on_draft)])
        app.view(DISMISS_VIEW)(ack=self.ack, lazy=[self.safely(self.on_dismiss)])
        app.event("app_home_opened")(ack=self.ack, lazy=[self.safely(self.on_home)])
        app.event("message")(ack=self.ack, lazy=[self.safely(self.on_message)])

    # -- plumbing -------------------------------------------------------------

    def dedupe(self, body: dict, request: Any, next: Callable[[], None], logger: logging.Logger):
        """A gesture or an event is handled once: Slack's retries (and any
        duplicate delivery) are acknowledged and dropped."""
        key = request_key(body)
        if key and not self.once.first(key):
            logger.info("Already handled %s (retry %s): acknowledged, not answered again",
                        key, retry_number(request.headers))
            return BoltResponse(status=200, body="")
        return next()

    @staticmethod
    def ack(ack: Callable[..., None]) -> None:
        ack()

    def ack_draft(self, ack: Callable[..., None], view: dict, body: dict, context: BoltContext,
                  client: WebClient) -> None:
        """A blank draft keeps the modal open with a hint; anything else closes it."""
        if input_value(view, DRAFT_BLOCK, DRAFT_INPUT).strip():
            ack()
            return
        language = self.context(client, context, body).language
        ack(response_action="errors", errors={DRAFT_BLOCK: label("draft.blank", language)})

    def safely(self, work: Callable[..., None]) -> Callable[..., None]:
        """Run a lazy listener; if it fails, log it and tell the user politely: through the
        response_url when Slack gave one, else by direct message (a modal has none)."""

        @functools.wraps(work)
        def run(**kwargs: Any) -> None:
            try:
                work(**kwargs)
            except Exception:
                log.exception("Slack %s failed", work.__name__)
                self.apologise(kwargs)

        return run

    def apologise(self, kwargs: dict[str, Any]) -> None:
        body, client, context = kwargs.get("body") or {}, kwargs.get("client"), kwargs.get("context")
        if body.get("type") == "event_callback" or client is None or context is None:
            return  # an event nobody is waiting an answer for
        try:
            language = self.context(client, context, body).language
        except Exception:
            language = "en"
        text = t("apology", language)
        meta = read_metadata((body.get("view") or {}).get("private_metadata", ""))
        url = body.get("response_url") or meta.get("response_url", "")
        if url and delivery.respond_url(url, {"response_type": "ephemeral", "replace_original": False, "text": text}):
            return
        user = context.user_id or ""
        try:
            client.chat_postMessage(channel=delivery.direct_channel(client, user), text=text)
        except Exception:
            log.exception("Could not tell %s that Coach failed", user)

    def forgotten(self, ctx: Context) -> None:
        """`/coach forget confirm`: the Home tab's recent reviews go, in memory and in the
        Home tab Slack shows (republished at once, not on the member's next visit)."""
        self.recent.forget(ctx.workspace, ctx.user)
        client = self.client_for(ctx.workspace) if ctx.platform == "slack" else None
        if client is None:
            return
        try:
            client.views_publish(user_id=ctx.user, view=home_view(ctx.language, [], None))
        except Exception:
            log.exception("Could not republish the Home tab of %s after forget", ctx.user)

    def context(self, client: WebClient, context: BoltContext, body: dict, channel: str | None = None,
                look_up: bool = True) -> Context:
        return self.people.context(
            client,
            team=context.team_id or context.enterprise_id or "",
            user=context.user_id or "",
            channel=channel if channel is not None else (context.channel_id or channel_of(body)),
            user_name=user_name(body),
            look_up=look_up,
        )

    def answer(self, client: WebClient, ctx: Context, reply: Reply, where: Where) -> None:
        how = delivery.send(client, reply, user=ctx.user, channel=where.channel, response_url=where.response_url)
        log.debug("Answered %s in %s via %s", ctx.user, where.channel or "DM", how)

    def open_draft(self, client: WebClient, trigger_id: str, ctx: Context, where: Where,
                   kind: str = "review", initial: str = "") -> None:
        client.views_open(trigger_id=trigger_id, view=draft_modal(ctx.language, where.meta(), initial, kind))

    # -- commands and shortcut ----------------------------------------------

    def on_command(self, body: dict, client: WebClient, context: BoltContext) -> None:
        name, text = str(body.get("command", "")), plain_text(body.get("text", ""))
        ctx = self.context(client, context, body)
        where = Where(ctx.channel, body.get("response_url", ""))
        prompt = self.coach.prompt_for_command(name, text)
        if prompt is not None:
            self.open_draft(client, body["trigger_id"], ctx, where, kind=prompt.command)
            return
        self.answer(client, ctx, self.coach.command(name, text, ctx), where)

    def on_shortcut(self, body: dict, client: WebClient, context: BoltContext) -> None:
        ctx = self.context(client, context, body)
        draft = message_text(body.get("message") or {})
        reply = self.coach.command("review", draft, ctx)
        self.answer(client, ctx, reply, Where(ctx.channel, body.get("response_url", "")))

    # -- buttons and modals ---------------------------------------------------

    def on_button(self, body: dict, client: WebClient, context: BoltContext) -> None:
        action = (body.get("actions") or [{}])[0]
        name, value = action_name(action.get("action_id", "")), action.get("value", "")
        ctx = self.context(client, context, body)
        where = Where(ctx.channel, body.get("response_url", ""))
        prompt = self.coach.prompt_for_button(name, value, ctx)
        if prompt is None:  # answered (a draft forgotten, or not this member's: the core says so)
            self.answer(client, ctx, self.coach.act(name, value, ctx), where)
        elif prompt.kind == "reason":
            client.views_open(trigger_id=body["trigger_id"],
                              view=dismiss_modal(ctx.language, {**where.meta(), "value": prompt.value}, prompt.about))
        else:
            self.open_draft(client, body["trigger_id"], ctx, where, initial=prompt.prefill)

    def on_draft(self, body: dict, view: dict, client: WebClient, context: BoltContext) -> None:
        meta = read_metadata(view.get("private_metadata", ""))
        draft = input_value(view, DRAFT_BLOCK, DRAFT_INPUT)
        if not draft.strip():  # the ack kept the modal open with a hint; nothing to send
            return
        ctx = self.context(client, context, body, channel=meta.get("channel", ""))
        spec = self.coach.commands.get(meta.get("command", "review"))
        reply = self.coach.command(spec.name if spec is not None and spec.editor else "review", draft, ctx)
        self.answer(client, ctx, reply, Where(meta.get("channel", ""), meta.get("response_url", "")))

    def on_dismiss(self, body: dict, view: dict, client: WebClient, context: BoltContext) -> None:
        meta = read_metadata(view.get("private_metadata", ""))
        reason = input_value(view, REASON_BLOCK, REASON_INPUT).strip()
        ctx = self.context(client, context, body, channel=meta.get("channel", ""))
        reply = self.coach.act("dismiss", meta.get("value", ""), ctx, reason)
        self.answer(client, ctx, reply, Where(meta.get("channel", ""), meta.get("response_url", "")))

    # -- events ---------------------------------------------------------------

    def on_home(self, body: dict, event: dict, client: WebClient, context: BoltContext) -> None:
        if event.get("tab", "home") != "home":
            return
        ctx = self.context(client, context, body, channel="")
        habits = None
        if "habits" in self.coach.commands:
            try:
                habits = self.coach.command("habits", "text", ctx)  # the Home tab shows no chart
            except Exception:  # the Home tab still shows the member's reviews
                log.exception("Habits for the Home tab of %s failed", ctx.user)
        recent = self.recent.of(ctx.workspace, ctx.user)
        store = self.coach.store
        if recent and store is not None:  # a review forgotten by `coach forget` in another process
            self.recent.keep_only(ctx.workspace, ctx.user, store.existing_reviews(e.review_id for e in recent))
            recent = self.recent.of(ctx.workspace, ctx.user)
        view = home_view(ctx.language, recent, habits)
        client.views_publish(user_id=ctx.user, view=view)

    def on_message(self, body: dict, event: dict, client: WebClient, context: BoltContext) -> None:
        """Messages in channels Coach was added to: logged as the team's posts
        when the core observes that channel. Coach never replies here."""
        if not is_team_post(event) or event.get("channel_type") not in ("channel", "group"):
            return
        ctx = self.context(client, context, body, channel=event.get("channel", ""), look_up=False)
        ts = str(event.get("ts", ""))
        self.coach.observe(ctx, message_text(event), f"{ctx.channel}:{ts}", float(ts or 0))
