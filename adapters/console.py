"""The console adapter: Coach in a terminal, with no chat platform.

Commands behave exactly as in Slack and Discord (`/review ...`, `/help`, ...).
`/review` alone opens a multi-line draft, ended by an empty line, the way the
chat adapters open a modal. The buttons of the last review are typed:
`/posted` (I posted it), `/again` (Review again), `/dismiss N [reason]` (Not for
this post), so a console user builds a team memory too. Charts (`/habits`) are
written to the data directory and their path printed. Output is drawn with rich
and tested by rendering to a string.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from bot.chat.context import Context
from bot.chat.reply import Action, Item, Reply, Section
from bot.messages import known, lookup, t

if TYPE_CHECKING:  # `coach review` renders with this module and needs no Coach nor settings
    from bot.chat.coach import Coach
    from bot.config import Config

SEVERITY_STYLE = {"blocker": "bold white on red", "warning": "bold red", "suggestion": "yellow", "tip": "cyan"}
TONE_STYLE = {"good": "green", "neutral": "blue", "warning": "yellow", "bad": "red"}
PROMPT = "you> "
MULTILINE = {
    "en": "Paste or type your draft; finish with an empty line.",
    "fr": "Collez ou tapez votre brouillon ; terminez par une ligne vide.",
}
# A plan has blank lines between its sections: it ends with a line holding a single dot.
PLAN_MULTILINE = {
    "en": "Paste or type your plan or calendar; finish with a line holding a single dot (.).",
    "fr": "Collez ou tapez votre plan ou calendrier ; terminez par une ligne avec un seul point (.).",
}


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


def highlighted(draft: str, highlights: tuple[tuple[int, int, str], ...]) -> Text:
    text = Text(draft)
    for start, end, severity in highlights:
        text.stylize(f"underline {SEVERITY_STYLE.get(severity, 'bold')}", start, end)
    return text


def severity_label(severity: str, language: str) -> str:
    """The severity in the reply's language ("bloquant" in a French review)."""
    key = f"severity.{severity}"
    return t(key, language) if known(key) else severity


def render(reply: Reply, image_note: str = "") -> Panel:
    """A Reply as a rich renderable. `image_note` replaces the image (where it was saved)."""
    parts: list = []
    dismissals = 0
    if reply.summary:
        parts.append(Text(reply.summary))
    if reply.draft and reply.highlights:
        parts.append(Padding(highlighted(reply.draft, reply.highlights), (1, 0, 0, 2)))
    for section in reply.sections:
        if section.title:
            parts.append(Text("\n" + section.title, style="bold"))
        for item in section.items:
            head = Text("• ")
            if item.severity:
                head.append(f"[{severity_label(item.severity, reply.language)}] ",
                            style=SEVERITY_STYLE.get(item.severity, ""))
            head.append(item.title, style="bold")
            if item.quote or item.quotes:
                head.append("  ").append(item.quoted(language=reply.language), style="italic")
            parts.append(head)
            for line in item.lines:
                parts.append(Padding(Text(line), (0, 0, 0, 4)))
            if item.footer:
                parts.append(Padding(Text(item.footer, style="dim"), (0, 0, 0, 4)))
            dismissals += any(a.id == "dismiss" for a in item.actions)
        if section.text:
            parts.append(Text(section.text, style="dim"))
    if image_note:
        parts.append(Text(image_note, style="dim"))
    elif reply.image is not None:
        parts.append(Text(f"[image: {reply.image.filename}, {len(reply.image.data):,} bytes]", style="dim"))
    buttons = [_button(a, reply.language) for a in reply.actions]
    if dismissals:
        label = next(a.label for s in reply.sections for i in s.items for a in i.actions if a.id == "dismiss")
        which = "1" if dismissals == 1 else f"1-{dismissals}"
        buttons.append(say("dismiss.hint", reply.language, label=label, which=which))
    if buttons:
        parts.append(Text("\n" + "   ".join(buttons), style="dim"))
    return Panel(Group(*parts) if parts else Text(""), title=reply.title, title_align="left",
                 border_style=TONE_STYLE.get(reply.tone, "blue"))


def _button(action: Action, language: str) -> str:
    command = TYPED.get(action.id)
    return say("button", language, label=action.label, command=command) if command else f"[{action.label}]"


def render_to_string(reply: Reply, width: int = 100, color: bool = False) -> str:
    console = Console(width=width, record=True, color_system="truecolor" if color else None, force_terminal=color)
    with console.capture() as capture:
        console.print(render(reply))
    return capture.get()


def parse(line: str) -> tuple[str, str]:
    """'/review some text' -> ('review', 'some text'); plain text is a review."""
    line = line.strip()
    if not line.startswith("/"):
        return "review", line
    name, _, rest = line[1:].partition(" ")
    return name.lower(), rest.strip()


def lines_from(read: Callable[[str], str]) -> Iterator[str]:
    while True:
        try:
            yield read(PROMPT)
        except EOFError:
            return


@dataclass
class Session:
    """What the console remembers between two lines: the last review, for its typed buttons."""

    coach: Coach
    ctx: Context
    data_dir: Path | None = None
    review_id: str = ""
    findings: list[Action] = field(default_factory=list)  # the last review's dismiss buttons, in order
    language: str = "en"

    def command(self, name: str, text: str, ask: Callable[[str], str]) -> Reply:
        if name in ("posted", "again", "dismiss"):
            return self.button(name, text, ask)
        reply = self.coach.command(name, text, self.ctx)
        if name == "help":
            lang = reply.language
            typed = tuple(Item(f"`{usage}`", lines=(say(key, lang),)) for usage, key in
                          (("/posted", "help.posted"), ("/again", "help.again"), ("/dismiss N [reason]", "help.dismiss")))
            reply = replace(reply, sections=(*reply.sections, Section(say("help.buttons", lang), items=typed)))
        if reply.meta.get("review_id"):
            self.review_id, self.language = reply.meta["review_id"], reply.language
            self.findings = [a for s in reply.sections for i in s.items for a in i.actions if a.id == "dismiss"]
        return reply

    def button(self, name: str, text: str, ask: Callable[[str], str]) -> Reply:
        lang = self.language if self.review_id else self.ctx.language
        if not self.review_id:
            return Reply(title="Coach", summary=say("no.review", lang), language=lang)
        if name == "posted":
            return self.coach.act("posted", self.review_id, self.ctx)
        if name == "again":
            recent = self.coach.drafts.get(self.review_id)
            if recent is None:
                return self.coach.act("review_again", self.review_id, self.ctx)  # says the draft is gone
            new = ask(say("again.prompt", lang, draft=recent.draft))
            return self.command("review", new.strip() or recent.draft, ask)
        number, _, reason = text.partition(" ")
        if not number.isdigit() or not 1 <= int(number) <= len(self.findings):
            which = "1" if len(self.findings) == 1 else f"1-{len(self.findings)}"
            return Reply(title="Coach", summary=say("dismiss.which", lang, which=which), language=lang)
        return self.coach.act("dismiss", self.findings[int(number) - 1].value, self.ctx, reason.strip())

    def show(self, reply: Reply, console: Console) -> None:
        """Print a reply; its image (a chart) goes to the data directory, and the path is shown."""
        note = ""
        if reply.image is not None and self.data_dir is not None:
            path = (self.data_dir / reply.image.filename).resolve()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(reply.image.data)
                note = say("chart.saved", reply.language, path=str(path))
            except OSError as exc:
                note = say("chart.unsaved", reply.language, problem=exc.strerror or str(exc))
        console.print(render(reply, note))


def chat(coach: Coach, console: Console, read: Callable[[str], str] | None = None,
         ctx: Context | None = None, data_dir: Path | None = None) -> None:
    """The terminal chat loop. `read` is input() by default; tests pass their own.
    Charts are saved in `data_dir` (the data directory, for `coach chat`)."""
    read = read or console.input
    ctx = ctx or Context(platform="console", is_admin=True)
    session = Session(coach, ctx, data_dir)
    console.print(Text("Coach is listening. /help for commands, /quit to leave.", style="dim"))
    stream = lines_from(read)

    def multiline(prompt: str, end: str = "") -> str:
        console.print(Text(prompt, style="dim"))
        collected = []
        for more in stream:
            if more.strip() == end:
                break
            collected.append(more)
        return "\n".join(collected)

    for line in stream:
        if not line.strip():
            continue
        name, text = parse(line)
        if name in ("quit", "exit", "q"):
            break
        while text.endswith("\\"):  # a trailing backslash continues the draft
            text = text[:-1] + "\n" + next(stream, "")
        prompt = coach.prompt_for_command(name, text)
        if prompt is not None:  # `/review` alone: the draft is typed on the next lines
            name = prompt.command
            words, end = (PLAN_MULTILINE, ".") if name == "plan" else (MULTILINE, "")
            text = multiline(words[ctx.language], end)
        session.show(session.command(name, text, multiline), console)


def banner(config: Config) -> str:
    return "Coach: console adapter"


def run(coach: Coach, config: Config) -> None:
    """The console chat in this terminal (charts saved to the data directory)."""
    chat(coach, Console(), data_dir=config.data_dir)
