"""The platform-neutral reply: what the core says, before any adapter draws it.

Adapters turn a `Reply` into terminal output, Slack Block Kit or a Discord embed.
Nothing here knows about a chat platform; everything is plain data so that a
renderer can be tested by rendering to a string.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Visibility = Literal["public", "ephemeral"]
Tone = Literal["good", "neutral", "warning", "bad"]


@dataclass(frozen=True)
class Action:
    """A button. `id` names what it does; `value` is opaque data echoed back to the core."""

    id: str  # "dismiss" | "posted" | "review_again" | ... (see bot.actions)
    label: str
    value: str = ""
    style: Literal["primary", "danger", "default"] = "default"


QUOTE_MARKS = {"en": ("“", "”"), "fr": ("« ", " »")}


@dataclass(frozen=True)
class Item:
    """One entry of a section: a finding, a checklist line, a figure.

    `quote` is the user's own words the item is about (shown highlighted),
    `lines` are short paragraphs (why, how, suggestions), `footer` is small print
    such as the source of a piece of advice.
    """

    title: str
    quote: str = ""
    lines: tuple[str, ...] = ()
    footer: str = ""
    severity: str = ""  # tip | suggestion | warning | blocker, or "" for plain items
    actions: tuple[Action, ...] = ()
    quotes: tuple[str, ...] = ()  # more of the user's words, when one item covers several places
    also: str = ""  # said before `quotes` when the title already quotes the first place ("Also:")

    def quoted(self, sep: str = " · ", language: str = "en") -> str:
        """Every quote, each in the language's quotation marks: “Buy now” · “last chance” in
        English, « Achetez » · « dernière chance » in French, spaced as the message catalogue spaces them."""
        left, right = QUOTE_MARKS.get(language, QUOTE_MARKS["en"])
        shown = sep.join(f"{left}{q}{right}" for q in ((self.quote,) if self.quote else ()) + self.quotes)
        return f"{self.also} {shown}" if self.also and self.quotes and not self.quote else shown


@dataclass(frozen=True)
class Section:
    """A titled part of a reply: a paragraph, items, or both."""

    title: str = ""
    text: str = ""
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Image:
    """A picture attached to a reply (the habits chart)."""

    filename: str
    data: bytes
    alt: str = ""


@dataclass(frozen=True)
class Reply:
    """What Coach answers, free of any platform: each adapter draws it its own way."""

    title: str
    summary: str = ""
    sections: tuple[Section, ...] = ()
    actions: tuple[Action, ...] = ()
    visibility: Visibility = "ephemeral"
    tone: Tone = "neutral"
    language: str = "en"
    image: Image | None = None
    # The reviewed text and the spans to highlight in it: (start, end, severity).
    draft: str = ""
    highlights: tuple[tuple[int, int, str], ...] = ()
    # Free-form data for adapters that need it (e.g. the draft for "Review again").
    meta: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        """A plain-text fallback (Slack notifications, logs, tests)."""
        parts = [self.title]
        if self.summary:
            parts.append(self.summary)
        for section in self.sections:
            if section.title:
                parts.append(f"\n{section.title}")
            if section.text:
                parts.append(section.text)
            for item in section.items:
                head = f"- {item.title}"
                if item.quote or item.quotes:
                    head += " " + item.quoted(language=self.language)
                parts.append(head)
                parts.extend(f"  {line}" for line in item.lines)
                if item.footer:
                    parts.append(f"  {item.footer}")
        return "\n".join(parts)
