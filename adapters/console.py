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

from adapters.layout import (  # noqa: F401
    CONSOLE_MESSAGES,
    SEVERITY_STYLE,
    TONE_STYLE,
    blocks,
    say,
    severity_label,
)
from bot.chat.context import Context
from bot.chat.reply import Action, Item, Reply, Section

if TYPE_CHECKING:  # `coach review` renders with this module and needs no Coach nor settings
    from bot.chat.coach import Coach
    from bot.config import Config

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


def render(reply: Reply, image_note: str = "") -> Panel:
    """A Reply as a rich renderable (its blocks: adapters/layout.py). `image_note` replaces the
    image (where it was saved)."""
    parts: list[Text | Padding] = []
    for block in blocks(reply, image_note):
        text = Text(style=block.style)
        for piece, style in block.pieces:
            text.append(piece, style=style or None)
        for start, end, style in block.marks:
            text.stylize(style, start, end)
        parts.append(Padding(text, (block.top, 0, 0, block.indent)) if block.indent or block.top else text)
    return Panel(Group(*parts) if parts else Text(""), title=reply.title, title_align="left",
                 border_style=TONE_STYLE.get(reply.tone, "blue"))


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


QUIT = ("quit", "exit", "q")
BARE_QUIT = ("quit", "exit")  # typed alone without the slash, as in most shells and REPLs: nobody's draft is one word "exit"


class Quit(Exception):
    """/quit typed while a draft or a plan was being typed: the user leaves, whatever they were doing."""


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
            if more.strip().lower() in {f"/{word}" for word in QUIT}:
                raise Quit
            collected.append(more)
        return "\n".join(collected)

    for line in stream:
        if not line.strip():
            continue
        name, text = parse(line)
        if name in QUIT or (name == "review" and text.lower() in BARE_QUIT):
            break
        while text.endswith("\\"):  # a trailing backslash continues the draft
            text = text[:-1] + "\n" + next(stream, "")
        try:
            prompt = coach.prompt_for_command(name, text)
            if prompt is not None:  # `/review` alone: the draft is typed on the next lines
                name = prompt.command
                words, end = (PLAN_MULTILINE, ".") if name == "plan" else (MULTILINE, "")
                text = multiline(words[ctx.language], end)
            session.show(session.command(name, text, multiline), console)
        except Quit:
            break


def banner(config: Config) -> str:
    return "Coach: console adapter"


def run(coach: Coach, config: Config) -> None:
    """The console chat in this terminal (charts saved to the data directory)."""
    chat(coach, Console(), data_dir=config.data_dir)
