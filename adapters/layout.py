"""How a Reply is laid out in a terminal, as plain data: the blocks of its panel, top to bottom.

adapters/console.py draws these blocks with rich (styles, colours, the terminal's width);
adapters/plain.py writes the same panel as rich writes it to a pipe or a file, without importing
rich, for the one-draft `coach review` whose output is read by CI and editors. Both read the
blocks from here, so the two cannot drift apart. Nothing here imports rich.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.chat.reply import Action, Reply
from bot.messages import known, lookup, t

SEVERITY_STYLE = {"blocker": "bold white on red", "warning": "bold red", "suggestion": "yellow", "tip": "cyan"}
TONE_STYLE = {"good": "green", "neutral": "blue", "warning": "yellow", "bad": "red"}

# The console's own words: how its typed buttons and saved charts are shown.
CONSOLE_MESSAGES = {
    "button": {"en": "[{label}: {command}]", "fr": "[{label} : {command}]"},
    "dismiss.hint": {"en": "[{label}: /dismiss {which} [reason]]", "fr": "[{label} : /dismiss {which} [raison]]"},
    "chart.saved": {"en": "Chart saved to {path}", "fr": "Graphique enregistré dans {path}"},
    "chart.unsaved": {"en": "Chart not saved ({problem})", "fr": "Graphique non enregistré ({problem})"},
    "no.review": {"en": "There is no review to act on yet: `/review <your draft>` first.",
                  "fr": "Il n'y a pas encore de relecture : d'abord `/review <votre brouillon>`."},
    "dismiss.which": {"en": "Which finding? `/dismiss {which} [reason]`, numbered as in the last review.",
                      "fr": "Quelle remarque ? `/dismiss {which} [raison]`, numérotée comme dans la dernière relecture."},
    "help.buttons": {"en": "Buttons of the last review, typed", "fr": "Les boutons de la dernière relecture, à taper"},
    "help.posted": {"en": "I posted it: logs the draft as a team post (see `/habits`)",
                    "fr": "Je l'ai publié : enregistre le brouillon comme message de l'équipe (voir `/habits`)"},
    "help.again": {"en": "Review again: type a new version of the draft", "fr": "Relire à nouveau : tapez une nouvelle version du brouillon"},
    "help.dismiss": {"en": "Not for this post: set finding N aside, with an optional reason",
                     "fr": "Pas pour ce message : écarter la remarque N, avec une raison si vous voulez"},
    "again.prompt": {"en": "Your draft was:\n{draft}\nType the new version, ended by an empty line (an empty line alone reviews it as it is).",
                     "fr": "Votre brouillon était :\n{draft}\nTapez la nouvelle version, terminée par une ligne vide (une ligne vide seule la relit telle quelle)."},
}  # fmt: skip
# Buttons become commands in a terminal.
TYPED = {"posted": "/posted", "review_again": "/again"}


def say(key: str, language: str, **values: str) -> str:
    return lookup(CONSOLE_MESSAGES, key, language, **values)


def severity_label(severity: str, language: str) -> str:
    """The severity in the reply's language ("bloquant" in a French review)."""
    key = f"severity.{severity}"
    return t(key, language) if known(key) else severity


@dataclass(frozen=True)
class Block:
    """One paragraph of the panel: its pieces of text (text, style) end to end, wrapped to the
    panel's width less `indent`, with `top` blank lines above; `style` for the whole of it and
    `marks` (start, end, style) laid over parts of it after (a terminal shows styles; a pipe
    does not)."""

    pieces: tuple[tuple[str, str], ...]
    indent: int = 0
    top: int = 0
    style: str = ""
    marks: tuple[tuple[int, int, str], ...] = ()

    @property
    def text(self) -> str:
        return "".join(piece for piece, _ in self.pieces)


def _plain(text: str, indent: int = 0, style: str = "") -> Block:
    return Block(((text, ""),), indent=indent, style=style)


def blocks(reply: Reply, image_note: str = "") -> list[Block]:
    """The panel's paragraphs, top to bottom. `image_note` replaces the image (where it was saved)."""
    parts: list[Block] = []
    dismissals = 0
    if reply.summary:
        parts.append(_plain(reply.summary))
    if reply.draft and reply.highlights:
        parts.append(Block(((reply.draft, ""),), indent=2, top=1, marks=tuple(
            (start, end, f"underline {SEVERITY_STYLE.get(severity, 'bold')}") for start, end, severity in reply.highlights)))
    for section in reply.sections:
        if section.title:
            parts.append(_plain("\n" + section.title, style="bold"))
        for item in section.items:
            head = [("• ", "")]
            if item.severity:
                head.append((f"[{severity_label(item.severity, reply.language)}] ", SEVERITY_STYLE.get(item.severity, "")))
            head.append((item.title, "bold"))
            if item.quote or item.quotes:
                head += [("  ", ""), (item.quoted(language=reply.language), "italic")]
            parts.append(Block(tuple(head)))
            parts += [_plain(line, indent=4) for line in item.lines]
            if item.footer:
                parts.append(_plain(item.footer, indent=4, style="dim"))
            dismissals += any(a.id == "dismiss" for a in item.actions)
        if section.text:
            parts.append(_plain(section.text, style="dim"))
    if image_note:
        parts.append(_plain(image_note, style="dim"))
    elif reply.image is not None:
        parts.append(_plain(f"[image: {reply.image.filename}, {len(reply.image.data):,} bytes]", style="dim"))
    buttons = [button(a, reply.language) for a in reply.actions]
    if dismissals:
        label = next(a.label for s in reply.sections for i in s.items for a in i.actions if a.id == "dismiss")
        which = "1" if dismissals == 1 else f"1-{dismissals}"
        buttons.append(say("dismiss.hint", reply.language, label=label, which=which))
    if buttons:
        parts.append(_plain("\n" + "   ".join(buttons), style="dim"))
    return parts


def button(action: Action, language: str) -> str:
    command = TYPED.get(action.id)
    return say("button", language, label=action.label, command=command) if command else f"[{action.label}]"
