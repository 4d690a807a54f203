"""The console adapter: Coach in a terminal, with no chat platform.

Commands behave exactly as in Slack and Discord (`/review ...`, `/help`, ...).
`/review` alone opens a multi-line draft, ended by an empty line, the way the
chat adapters open a modal. Output is drawn with rich and tested by rendering
to a string.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from bot.coach import Coach
from bot.context import Context
from bot.reply import Reply

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


def highlighted(draft: str, highlights: tuple[tuple[int, int, str], ...]) -> Text:
    text = Text(draft)
    for start, end, severity in highlights:
        text.stylize(f"underline {SEVERITY_STYLE.get(severity, 'bold')}", start, end)
    return text


def render(reply: Reply) -> Panel:
    """A Reply as a rich renderable."""
    parts: list = []
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
                head.append(f"[{item.severity}] ", style=SEVERITY_STYLE.get(item.severity, ""))
            head.append(item.title, style="bold")
            if item.quote or item.quotes:
                head.append("  ").append(item.quoted(), style="italic")
            parts.append(head)
            for line in item.lines:
                parts.append(Padding(Text(line), (0, 0, 0, 4)))
            if item.footer:
                parts.append(Padding(Text(item.footer, style="dim"), (0, 0, 0, 4)))
        if section.text:
            parts.append(Text(section.text, style="dim"))
    if reply.image is not None:
        parts.append(Text(f"[image: {reply.image.filename}, {len(reply.image.data):,} bytes]", style="dim"))
    if reply.actions:
        buttons = "   ".join(f"[{a.label}]" for a in reply.actions)
        parts.append(Text("\n" + buttons, style="dim"))
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


def lines_from(read: Callable[[str], str]) -> Iterator[str]:
    while True:
        try:
            yield read(PROMPT)
        except EOFError:
            return


def chat(coach: Coach, console: Console, read: Callable[[str], str] | None = None,
         ctx: Context | None = None) -> None:
    """The terminal chat loop. `read` is input() by default; tests pass their own."""
    read = read or console.input
    ctx = ctx or Context(platform="console", is_admin=True)
    console.print(Text("Coach is listening. /help for commands, /quit to leave.", style="dim"))
    stream = lines_from(read)
    for line in stream:
        if not line.strip():
            continue
        name, text = parse(line)
        if name in ("quit", "exit", "q"):
            break
        while text.endswith("\\"):  # a trailing backslash continues the draft
            text = text[:-1] + "\n" + next(stream, "")
        if name in ("review", "plan") and not text:
            prompt, end = (PLAN_MULTILINE, ".") if name == "plan" else (MULTILINE, "")
            console.print(Text(prompt[ctx.language], style="dim"))
            collected = []
            for more in stream:
                if more.strip() == end:
                    break
                collected.append(more)
            text = "\n".join(collected)
        console.print(render(coach.command(name, text, ctx)))
