"""Draw a core `Reply` for Discord: an embed, rows of buttons, an optional file.

The first half is pure (plain dicts, shaped as Discord's API documents them) so
it is tested by rendering; `message_parts` turns the dicts into discord.py
objects at the last moment.

Discord's limits are enforced here, not hoped for: 256 characters per title and
field name, 4096 for the description, 1024 per field value, 25 fields, 6000
characters in the whole embed; 5 buttons per row, 5 rows, 80 characters per
button label, 100 per custom_id.

Button custom_ids carry everything a click needs (`coach:<action>:<value>`), so
clicks are understood after a restart. A value too long for 100 characters is
kept in memory behind a short token (`coach:<action>:~<token>`); such a button
expires with the process, and the user is told so politely.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from bot.chat.reply import Action, Item, Reply
from bot.messages import known, t

TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FIELDS_MAX = 25
EMBED_TOTAL_MAX = 6000
BUTTONS_PER_ROW = 5
ROWS_MAX = 5
LABEL_MAX = 80
CUSTOM_ID_MAX = 100
DRAFT_PREVIEW_MAX = 1200  # characters of the user's draft shown in the description

BUTTON_PREFIX = "coach:"
MODAL_PREFIX = "coach-modal:"
EMPTY = "\u200b"  # Discord refuses empty field names and values

COLOURS = {"good": 0x3BA55C, "neutral": 0x5865F2, "warning": 0xFAA61A, "bad": 0xED4245}
SEVERITY_EMOJI = {"blocker": "🛑", "warning": "⚠️", "suggestion": "💡", "tip": "✨"}
# discord ButtonStyle values: 1 primary (blurple), 2 secondary (grey), 4 danger (red)
BUTTON_STYLES = {"primary": 1, "default": 2, "danger": 4}


# ---------------------------------------------------------------- custom ids


class _LongValues:
    """Values too long for a custom_id, remembered for the life of the process."""

    def __init__(self, size: int = 5_000):
        self._items: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()
        self.size = size

    def put(self, value: str) -> str:
        token = hashlib.blake2s(value.encode(), digest_size=9).hexdigest()
        with self._lock:
            self._items[token] = value
            self._items.move_to_end(token)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return token

    def get(self, token: str) -> str | None:
        with self._lock:
            return self._items.get(token)


LONG_VALUES = _LongValues()


def _encode(prefix: str, name: str, value: str) -> str:
    plain = f"{prefix}{name}:{value}"
    if len(plain) <= CUSTOM_ID_MAX and not value.startswith("~"):
        return plain
    token_id = f"{prefix}{name}:~{LONG_VALUES.put(value)}"
    if len(token_id) > CUSTOM_ID_MAX:
        raise ValueError(f"action name too long for a Discord custom_id: {name!r}")
    return token_id


def _decode(prefix: str, custom_id: str) -> tuple[str, str | None] | None:
    """(name, value) from a custom_id of ours; value None when a long value expired.
    None when the custom_id is not Coach's."""
    if not custom_id.startswith(prefix):
        return None
    name, sep, value = custom_id[len(prefix):].partition(":")
    if not name or not sep:
        return None
    if value.startswith("~"):
        return name, LONG_VALUES.get(value[1:])
    return name, value


def button_id(action: str, value: str) -> str:
    return _encode(BUTTON_PREFIX, action, value)


def modal_id(name: str, value: str = "") -> str:
    return _encode(MODAL_PREFIX, name, value)


def parse_button_id(custom_id: str) -> tuple[str, str | None] | None:
    return _decode(BUTTON_PREFIX, custom_id)


def parse_modal_id(custom_id: str) -> tuple[str, str | None] | None:
    return _decode(MODAL_PREFIX, custom_id)


# ---------------------------------------------------------------- text helpers


def clip(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_MARKDOWN = "\\*_~`|>#-[]()"


def escape(text: str) -> str:
    """Escape Discord markdown in the user's own words (drafts, quotes)."""
    out = []
    for char in text:
        if char in _MARKDOWN:
            out.append("\\")
        out.append(char)
    # "@everyone" cannot ping from an embed, but keep it visibly inert anyway
    return "".join(out).replace("@", "@\u200b")


def highlighted_draft(draft: str, highlights: tuple[tuple[int, int, str], ...], limit: int = DRAFT_PREVIEW_MAX) -> str:
    """The draft as a block quote, the flagged words in bold and underlined."""
    shown = draft if len(draft) <= limit else draft[:limit]
    spans = sorted((max(0, s), min(len(shown), e)) for s, e, _ in highlights if s < len(shown) and e > s)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    parts, at = [], 0
    for start, end in merged:
        parts.append(escape(shown[at:start]))
        word = escape(shown[start:end]).strip()
        parts.append(f"**__{word}__**" if word else escape(shown[start:end]))
        at = end
    parts.append(escape(shown[at:]))
    text = "".join(parts)
    if len(shown) < len(draft):
        text += "…"
    return "\n".join("> " + line if line.strip() else ">" for line in text.split("\n"))


# ---------------------------------------------------------------- embed


def _item_field(number: int, item: Item, language: str) -> dict[str, str]:
    head = f"{number}. " if item.actions else ""
    if item.severity:
        emoji = SEVERITY_EMOJI.get(item.severity, "•")
        key = f"severity.{item.severity}"
        label = t(key, language) if known(key) else item.severity
        head += f"{emoji} {label.capitalize()}{' : ' if language == 'fr' else ': '}"
    name = clip(head + item.title, FIELD_NAME_MAX)
    lines = []
    if item.quote or item.quotes:
        lines.append("> " + clip(escape(item.quoted(language=language)), 300))
    lines.extend(item.lines)
    if item.footer:
        lines.append("*" + item.footer.replace("*", "\\*") + "*")
    value = "\n".join(lines) or EMPTY
    if len(value) > FIELD_VALUE_MAX and item.footer:
        # keep the source visible: shorten the middle, not the attribution
        footer = "\n*" + clip(item.footer.replace("*", "\\*"), 300) + "*"
        body = "\n".join(lines[:-1])
        value = clip(body, FIELD_VALUE_MAX - len(footer)) + footer
    return {"name": name, "value": clip(value, FIELD_VALUE_MAX), "inline": False}


def embed_length(embed: dict[str, Any]) -> int:
    """What Discord counts towards the 6000-character limit."""
    total = len(embed.get("title", "")) + len(embed.get("description", ""))
    total += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
    total += len(embed.get("footer", {}).get("text", ""))
    total += len(embed.get("author", {}).get("name", ""))
    return total


@dataclass
class Rendered:
    """A reply drawn for Discord, still as plain data."""

    embed: dict[str, Any]
    rows: list[list[dict[str, Any]]] = field(default_factory=list)
    file: tuple[str, bytes, str] | None = None  # filename, data, description
    numbered: list[Item] = field(default_factory=list)  # items that got a number (and buttons)

    def components(self) -> list[dict[str, Any]]:
        return [{"type": 1, "components": row} for row in self.rows]


def render(reply: Reply) -> Rendered:
    """A Reply as one embed dict, button rows and an optional file."""
    lang = reply.language
    description = reply.summary.strip()
    if reply.draft and reply.highlights:
        description = (description + "\n\n" if description else "") + highlighted_draft(reply.draft, reply.highlights)
    embed: dict[str, Any] = {
        "type": "rich",
        "title": clip(reply.title, TITLE_MAX),
        "color": COLOURS.get(reply.tone, COLOURS["neutral"]),
    }
    if description:
        embed["description"] = clip(description, DESCRIPTION_MAX)

    # Each field remembers the item it draws, so that buttons are only made for
    # findings that survived the limits.
    fields: list[tuple[dict[str, Any], Item | None]] = []
    number = 0
    for section in reply.sections:
        if section.title:
            value = section.text if (section.text and not section.items) else EMPTY
            fields.append(({"name": clip(section.title, FIELD_NAME_MAX), "value": clip(value, FIELD_VALUE_MAX),
                            "inline": False}, None))
        elif section.text and not section.items:
            fields.append(({"name": EMPTY, "value": clip(section.text, FIELD_VALUE_MAX), "inline": False}, None))
        for item in section.items:
            number += 1 if item.actions else 0
            fields.append((_item_field(number, item, lang), item))
        if section.items and section.text:
            fields.append(({"name": EMPTY, "value": clip(section.text, FIELD_VALUE_MAX), "inline": False}, None))

    dropped = len(fields) > FIELDS_MAX
    fields = fields[: FIELDS_MAX - 1] if dropped else fields
    embed["fields"] = [f for f, _ in fields]
    while embed_length(embed) > EMBED_TOTAL_MAX - 40 and fields:
        fields.pop()
        embed["fields"].pop()
        dropped = True
    if dropped:
        embed["fields"].append({"name": EMPTY, "value": "…", "inline": False})
    if embed_length(embed) > EMBED_TOTAL_MAX:  # a huge description alone
        spare = EMBED_TOTAL_MAX - (embed_length(embed) - len(embed.get("description", "")))
        embed["description"] = clip(embed.get("description", ""), max(1, spare))
    if not embed["fields"]:
        del embed["fields"]
    numbered = [item for _, item in fields if item is not None and item.actions]

    file = None
    if reply.image is not None:
        filename = _safe_filename(reply.image.filename)
        embed["image"] = {"url": f"attachment://{filename}"}
        file = (filename, reply.image.data, reply.image.alt)
    return Rendered(embed=embed, rows=_rows(reply, numbered), file=file, numbered=numbered)


def _safe_filename(name: str) -> str:
    cleaned = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in name) or "image.png"
    return cleaned[:100]


# ---------------------------------------------------------------- buttons


def _button(action: Action, label: str) -> dict[str, Any]:
    return {
        "type": 2,
        "style": BUTTON_STYLES.get(action.style, 2),
        "label": clip(label, LABEL_MAX),
        "custom_id": button_id(action.id, action.value),
    }


def _rows(reply: Reply, numbered: list[Item]) -> list[list[dict[str, Any]]]:
    buttons: list[dict[str, Any]] = [_button(a, a.label) for a in reply.actions]
    # One button per distinct item action: two findings of the same rule share
    # one "Not for this post", labelled with both numbers.
    per_value: OrderedDict[tuple[str, str], tuple[Action, list[int]]] = OrderedDict()
    for number, item in enumerate(numbered, start=1):
        for action in item.actions:
            key = (action.id, action.value)
            per_value.setdefault(key, (action, []))[1].append(number)
    seen = {b["custom_id"] for b in buttons}
    for action, numbers in per_value.values():
        button = _button(action, f"{action.label} ({', '.join(map(str, numbers))})")
        if button["custom_id"] not in seen:  # Discord refuses duplicate custom_ids
            seen.add(button["custom_id"])
            buttons.append(button)
    # Reply-level actions on the first row, item actions after.
    rows: list[list[dict[str, Any]]] = []
    head = buttons[: len(reply.actions)]
    tail = buttons[len(reply.actions):]
    for group in (head, tail):
        for start in range(0, len(group), BUTTONS_PER_ROW):
            rows.append(group[start: start + BUTTONS_PER_ROW])
    return rows[:ROWS_MAX]


# ---------------------------------------------------------------- discord.py objects


def message_parts(reply: Reply) -> dict[str, Any]:
    """Keyword arguments for discord.py's send/edit calls: embed, view, file.

    Must run inside the event loop (discord.py views need it). The view is
    stopped before it is sent: discord.py then draws its buttons without
    tracking them, and `commands.Router` answers the clicks from their
    custom_ids alone, even after a restart.
    """
    import discord

    drawn = render(reply)
    parts: dict[str, Any] = {"embed": discord.Embed.from_dict(drawn.embed)}
    if drawn.rows:
        view = discord.ui.View(timeout=None)
        for row_number, row in enumerate(drawn.rows):
            for button in row:
                view.add_item(discord.ui.Button(
                    style=discord.ButtonStyle(button["style"]), label=button["label"],
                    custom_id=button["custom_id"], row=row_number,
                ))
        view.stop()
        parts["view"] = view
    if drawn.file is not None:
        filename, data, alt = drawn.file
        parts["file"] = discord.File(io.BytesIO(data), filename=filename, description=alt or None)
    return parts
