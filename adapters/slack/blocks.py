"""Reply -> Slack Block Kit, and the few views Coach opens. Pure functions: no
client, no request; tests render to dicts and look at them.

What Coach says comes from the core `Reply`; this module only decides how it
looks in Slack and keeps every payload inside Block Kit's limits:
50 blocks a message or view, 3,000 characters a section or context text,
150 a header, 75 a button label, 2,000 a button value, 25 elements an actions
block, 10 a context block, 24 a modal title or button, 3,000 a text input and
a view's private_metadata, and action_ids unique within their block.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.chat.reply import Action, Item, Reply, Section
from bot.messages import known, lookup, t

MAX_BLOCKS = 50
MAX_TEXT = 3000
MAX_HEADER = 150
MAX_BUTTON_LABEL = 75
MAX_BUTTON_VALUE = 2000
MAX_ACTIONS = 25
MAX_CONTEXT = 10
MAX_MODAL_TITLE = 24
MAX_INPUT = 3000
MAX_METADATA = 3000
MAX_FALLBACK = 3000  # the notification / screen-reader text of a message
MAX_DRAFT_SHOWN = 2500  # longer drafts are not echoed back (the findings quote them)

ACTION_PREFIX = "coach:"  # every Coach button: "coach:<Action.id>[:n]"
DRAFT_VIEW = "coach_draft"  # the modal taking a long draft (or a prefilled one)
DISMISS_VIEW = "coach_dismiss"  # the modal asking why a finding is not for this post
DRAFT_BLOCK, DRAFT_INPUT = "draft", "text"
REASON_BLOCK, REASON_INPUT = "reason", "text"

SEVERITY_EMOJI = {"blocker": ":no_entry:", "warning": ":warning:", "suggestion": ":bulb:", "tip": ":sparkles:"}
TONE_EMOJI = {"good": ":white_check_mark:", "warning": ":large_yellow_circle:", "bad": ":red_circle:"}

# Words of the Slack surface itself (modal titles within Slack's 24 characters, the Home
# tab). What every platform's forms say, and what Coach says about a draft, is in bot.messages.
LABELS: dict[str, dict[str, str]] = {
    "draft.title": {"en": "Review a draft", "fr": "Relire un brouillon"},
    "plan.title": {"en": "Review a plan", "fr": "Relire un plan"},
    "draft.submit": {"en": "Review", "fr": "Relire"},
    "draft.cut": {"en": "Only the first {n:,} characters fit in a Slack form.",
                  "fr": "Seuls les {n:,} premiers caractères tiennent dans un formulaire Slack."},
    "draft.blank": {"en": "Write or paste a draft first.", "fr": "Écrivez ou collez d'abord un brouillon."},
    "close": {"en": "Cancel", "fr": "Annuler"},
    "dismiss.intro": {"en": "Coach will stop raising this point for this post.",
                      "fr": "Coach ne relèvera plus ce point pour ce message."},
    "dismiss.submit": {"en": "Dismiss", "fr": "Écarter"},
    "image.dm": {"en": ":bar_chart: The chart is in your direct messages with Coach.",
                 "fr": ":bar_chart: Le graphique est dans vos messages directs avec Coach."},
    "home.title": {"en": "Coach", "fr": "Coach"},
    "home.intro": {"en": "Type `/review` followed by a draft in any channel, or use *Review with Coach* on a message.",
                   "fr": "Tapez `/review` suivi d'un brouillon dans n'importe quel canal, ou utilisez *Relire avec Coach* sur un message."},
    "home.new": {"en": "Review a draft", "fr": "Relire un brouillon"},
    "home.recent": {"en": "Your recent reviews", "fr": "Vos relectures récentes"},
    "home.none": {"en": "No review yet. Your reviews of the last day show here.",
                  "fr": "Pas encore de relecture. Vos relectures du dernier jour s'affichent ici."},
    "home.habits": {"en": "Your team's habits", "fr": "Les habitudes de l'équipe"},
    "home.no_habits": {"en": "Team habits show here once Coach has seen a few posts.",
                       "fr": "Les habitudes de l'équipe s'affichent ici dès que Coach a vu quelques messages."},
}  # fmt: skip


def label(key: str, language: str, **values: Any) -> str:
    return lookup(LABELS, key, language, **values)


# -- text helpers -------------------------------------------------------------

_PARTIAL_ENTITY = re.compile(r"&[a-z]{0,4}$")


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, ending with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def escape(text: str) -> str:
    """Slack's three control characters, as its formatting guide asks."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip_escaped(text: str, limit: int) -> str:
    """Cut escaped mrkdwn without leaving half an `&amp;` behind."""
    if len(text) <= limit:
        return text
    return _PARTIAL_ENTITY.sub("", text[: limit - 1]).rstrip() + "…"


def plain(text: str, limit: int = MAX_TEXT) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text.strip() or "…", limit), "emoji": True}


def mrkdwn(text: str, limit: int = MAX_TEXT) -> dict[str, Any]:
    """A mrkdwn text object; `text` must already be escaped."""
    return {"type": "mrkdwn", "text": clip_escaped(text.strip() or " ", limit)}


def quote_lines(text: str) -> str:
    return "\n".join(f">{line}" for line in text.splitlines() or [""])


# -- blocks -------------------------------------------------------------------


def header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": plain(text, MAX_HEADER)}


def section(text: str, accessory: dict[str, Any] | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "section", "text": mrkdwn(text)}
    if accessory:
        block["accessory"] = accessory
    return block


def context(*texts: str) -> dict[str, Any]:
    return {"type": "context", "elements": [mrkdwn(x) for x in texts[:MAX_CONTEXT]]}


def divider() -> dict[str, Any]:
    return {"type": "divider"}


def button(action: Action, action_id: str) -> dict[str, Any] | None:
    """A Coach button, or None when its value cannot fit (an opaque value cut
    short would make the core act on something else)."""
    if len(action.value) > MAX_BUTTON_VALUE:
        return None
    element: dict[str, Any] = {
        "type": "button",
        "text": plain(action.label, MAX_BUTTON_LABEL),
        "action_id": action_id,
    }
    if action.value:
        element["value"] = action.value
    if action.style in ("primary", "danger"):
        element["style"] = action.style
    return element


def buttons(actions: Sequence[Action], block_id: str | None = None) -> dict[str, Any] | None:
    """An actions block; ids stay unique within it ("coach:dismiss", "coach:dismiss:2")."""
    seen: dict[str, int] = {}
    elements = []
    for action in actions[:MAX_ACTIONS]:
        seen[action.id] = seen.get(action.id, 0) + 1
        suffix = f":{seen[action.id]}" if seen[action.id] > 1 else ""
        element = button(action, f"{ACTION_PREFIX}{action.id}{suffix}")
        if element:
            elements.append(element)
    if not elements:
        return None
    block: dict[str, Any] = {"type": "actions", "elements": elements}
    if block_id:
        block["block_id"] = block_id
    return block


def action_name(action_id: str) -> str:
    """"coach:dismiss:2" -> "dismiss"."""
    return action_id.removeprefix(ACTION_PREFIX).split(":", 1)[0]


def highlighted_draft(draft: str, highlights: Iterable[tuple[int, int, str]]) -> dict[str, Any]:
    """The draft as a quote with the flagged words in bold. A rich_text block,
    so the user's own asterisks and underscores are never read as formatting."""
    spans: list[tuple[int, int]] = []
    for start, end, _severity in sorted(highlights):
        start, end = max(0, start), min(len(draft), end)
        if end <= start:
            continue
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    elements: list[dict[str, Any]] = []
    at = 0
    for start, end in spans:
        if start > at:
            elements.append({"type": "text", "text": draft[at:start]})
        elements.append({"type": "text", "text": draft[start:end], "style": {"bold": True}})
        at = end
    if at < len(draft):
        elements.append({"type": "text", "text": draft[at:]})
    return {"type": "rich_text", "elements": [{"type": "rich_text_quote", "elements": elements}]}


def item_blocks(item: Item, language: str = "en") -> list[dict[str, Any]]:
    """One finding: what, the user's words quoted, why and how, then its source."""
    emoji = SEVERITY_EMOJI.get(item.severity, ":small_blue_diamond:")
    parts = [f"{emoji} *{escape(item.title)}*"]
    if item.quote or item.quotes:
        parts.append(quote_lines(escape(item.quoted(language=language))))
    parts.extend(escape(line) for line in item.lines)
    accessory = button(item.actions[0], ACTION_PREFIX + item.actions[0].id) if item.actions else None
    blocks = [section("\n".join(parts), accessory)]
    more = buttons(item.actions[1:])
    if more:
        blocks.append(more)
    if item.footer:
        blocks.append(context(escape(item.footer)))
    return blocks


def section_blocks(part: Section, language: str = "en") -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    if part.title:
        blocks.append(section(f"*{escape(part.title)}*"))
    for item in part.items:
        blocks.extend(item_blocks(item, language))
    if part.text:
        blocks.append(context(escape(part.text)))
    return blocks


def fit(body: list[dict[str, Any]], tail: list[dict[str, Any]], limit: int = MAX_BLOCKS) -> list[dict[str, Any]]:
    """At most `limit` blocks, the tail (buttons) always kept."""
    if len(body) + len(tail) <= limit:
        return body + tail
    keep = limit - len(tail) - 1
    return body[:keep] + [context("…")] + tail


def reply_blocks(reply: Reply, *, with_title: bool = True, with_actions: bool = True,
                 notes: Sequence[str] = ()) -> list[dict[str, Any]]:
    """A Reply as message blocks: title, summary, the draft with its flagged
    words, findings (why, how, suggestions, source, "Not for this post"),
    then the reply's buttons. `notes` are adapter remarks added as context."""
    body: list[dict[str, Any]] = []
    if with_title:
        emoji = TONE_EMOJI.get(reply.tone, "")
        body.append(header(f"{emoji} {reply.title}" if emoji else reply.title))
    if reply.summary:
        body.append(section(escape(reply.summary)))
    if reply.draft and reply.highlights and len(reply.draft) <= MAX_DRAFT_SHOWN:
        body.append(highlighted_draft(reply.draft, reply.highlights))
    for part in reply.sections:
        if body and (part.title or part.items):
            body.append(divider())
        body.extend(section_blocks(part, reply.language))
    if notes:
        body.append(context(*notes))
    tail = []
    if with_actions and reply.actions:
        block = buttons(reply.actions, block_id="coach_actions")
        if block:
            tail.append(block)
    return fit(body, tail)


def fallback_text(reply: Reply) -> str:
    """The plain text Slack shows in notifications and reads to screen readers."""
    return clip(reply.text(), MAX_FALLBACK)


def message(reply: Reply, notes: Sequence[str] = ()) -> dict[str, Any]:
    """Arguments for chat.postMessage / chat.postEphemeral / a response_url."""
    return {"text": fallback_text(reply), "blocks": reply_blocks(reply, notes=notes)}


# -- views --------------------------------------------------------------------


def metadata(data: dict[str, str]) -> str:
    """A view's private_metadata: compact JSON, and never over Slack's limit."""
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    if len(text) > MAX_METADATA:  # drop the least useful keys first
        for key in ("response_url", "channel"):
            data = {k: v for k, v in data.items() if k != key}
            text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
            if len(text) <= MAX_METADATA:
                break
    return text


def read_metadata(text: str) -> dict[str, str]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def draft_modal(language: str, meta: dict[str, str], initial: str = "", kind: str = "review") -> dict[str, Any]:
    """The modal for a long draft (`/review` with no text) or a prefilled one ("Review again")."""
    kind = "plan" if kind == "plan" else "review"
    key = "plan" if kind == "plan" else "draft"
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": DRAFT_INPUT,
        "multiline": True,
        "max_length": MAX_INPUT,
        "placeholder": plain(t(f"editor.{kind}.placeholder", language), 150),
    }
    blocks: list[dict[str, Any]] = []
    if initial:
        element["initial_value"] = initial[:MAX_INPUT]
        if len(initial) > MAX_INPUT:
            blocks.append(context(escape(label("draft.cut", language, n=MAX_INPUT))))
    blocks.insert(0, {
        "type": "input",
        "block_id": DRAFT_BLOCK,
        "label": plain(t(f"editor.{kind}.label", language), 2000),
        "element": element,
    })
    return {
        "type": "modal",
        "callback_id": DRAFT_VIEW,
        "title": plain(label(f"{key}.title", language), MAX_MODAL_TITLE),
        "submit": plain(label("draft.submit", language), MAX_MODAL_TITLE),
        "close": plain(label("close", language), MAX_MODAL_TITLE),
        "private_metadata": metadata({**meta, "command": kind}),
        "blocks": blocks,
    }


def dismiss_modal(language: str, meta: dict[str, str], finding: str = "") -> dict[str, Any]:
    """The small modal behind "Not for this post": an optional reason."""
    intro = label("dismiss.intro", language)
    if finding:
        intro = f"*{escape(finding)}*\n{escape(intro)}"
    return {
        "type": "modal",
        "callback_id": DISMISS_VIEW,
        "title": plain(t("editor.reason.title", language), MAX_MODAL_TITLE),
        "submit": plain(label("dismiss.submit", language), MAX_MODAL_TITLE),
        "close": plain(label("close", language), MAX_MODAL_TITLE),
        "private_metadata": metadata(meta),
        "blocks": [
            section(intro),
            {
                "type": "input",
                "block_id": REASON_BLOCK,
                "optional": True,
                "label": plain(t("editor.reason.label", language), 2000),
                "element": {
                    "type": "plain_text_input",
                    "action_id": REASON_INPUT,
                    "max_length": 500,
                    "placeholder": plain(t("editor.reason.placeholder", language), 150),
                },
            },
        ],
    }


@dataclass(frozen=True)
class RecentReview:
    """One line of the Home tab: a review the member asked for."""

    review_id: str
    score: int
    band: str
    language: str
    preview: str
    at: float


def home_view(language: str, recent: Sequence[RecentReview], habits: Reply | None = None) -> dict[str, Any]:
    """The App Home tab: a way in, the member's recent reviews, the team's habits."""
    blocks: list[dict[str, Any]] = [
        header(label("home.title", language)),
        section(label("home.intro", language)),
        {"type": "actions", "block_id": "coach_home",
         "elements": [{"type": "button", "action_id": f"{ACTION_PREFIX}new_review", "style": "primary",
                       "text": plain(label("home.new", language), MAX_BUTTON_LABEL)}]},
        divider(),
        section(f"*{escape(label('home.recent', language))}*"),
    ]
    if recent:
        for entry in recent[:10]:
            key = f"band.{entry.band}"
            band = t(key, language) if known(key) else entry.band
            when = f"<!date^{int(entry.at)}^{{date_short_pretty}} {{time}}|{int(entry.at)}>"
            blocks.append(section(
                f"*{entry.score}/100* · {escape(band)} · {when}\n{quote_lines(escape(clip(entry.preview, 200)))}",
                accessory=button(Action("review_again", t("action.review_again", language), entry.review_id),
                                 f"{ACTION_PREFIX}review_again"),
            ))
    else:
        blocks.append(context(escape(label("home.none", language))))
    blocks.append(divider())
    blocks.append(section(f"*{escape(label('home.habits', language))}*"))
    if habits is not None:
        blocks.extend(reply_blocks(habits, with_title=False, with_actions=False)[: MAX_BLOCKS - len(blocks)])
    else:
        blocks.append(context(escape(label("home.no_habits", language))))
    return {"type": "home", "blocks": blocks[:MAX_BLOCKS]}
