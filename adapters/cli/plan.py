"""`coach plan FILE|-`: review a marketing plan and/or its content calendar."""

from __future__ import annotations

import click

from adapters.cli import main, said_in_terminal
from adapters.cli.inputs import Source, open_path, read_file, resolve
from adapters.cli.review import exit_with_problem, exit_with_result, load_packs
from bot.chat.commands.plan import plan_reply
from bot.engine.language import detect
from bot.plans.review import PlanProblem, review_plan

FORMATS = {".csv": "csv", ".tsv": "csv", ".yaml": "yaml", ".yml": "yaml", ".md": "markdown", ".markdown": "markdown",
           ".txt": "markdown"}  # fmt: skip


def _read(source: Source) -> tuple[str, str | None]:
    """The text, and the format its file's extension names."""
    return source.text, FORMATS.get(source.suffix)


def _with_calendar(plan: str, calendar: str, fmt: str | None) -> str:
    """A plan and a separate calendar file as one Markdown text: the calendar in a fenced block."""
    fence = "yaml" if fmt == "yaml" else "csv"
    return f"{plan.rstrip()}\n\n```{fence}\n{calendar.strip()}\n```\n"


@main.command("plan")
@click.argument("source", metavar="[TEXT|FILE|-]", required=False)
@click.option("--text", "text", default=None, help="The plan itself, never read as a file name.")
@click.option("--calendar", "calendar", metavar="FILE", help="A content calendar (CSV or YAML) to review with the plan.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Review in this language instead of detecting it.")
@click.option("--pack", "packs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Review with the rules in this folder instead of the bundled packs (repeatable).")
def plan_cmd(source: str | None, text: str | None, calendar: str | None, fmt: str, lang: str | None,
             packs: tuple[str, ...]) -> None:
    """Review a plan (free text or Markdown, with or without a calendar table) or a calendar
    (CSV or YAML: date, channel, and text or type). Exit status: 0 reviewed, 1 a blocker was
    found, 2 the input could not be read as a plan. An argument that looks like a file name
    must name a file (see `coach review --help`)."""
    if (source is None) == (text is None):
        raise click.UsageError("give one plan: TEXT, a FILE, - for standard input, or --text TEXT")
    text, read_as = _read(Source(text) if text is not None else resolve(source or "", what="plan"))
    if calendar:
        path = open_path(calendar)
        cal_text, cal_fmt = _read(Source(read_file(path), path))
        text, read_as = _with_calendar(text, cal_text, cal_fmt), None
    advice = load_packs(packs, "plan", "post")  # calendar rows are reviewed as posts
    try:
        result = review_plan(text, advice, language=lang, fmt=read_as)
    except PlanProblem as problem:
        language = lang or (detect(text[:2000]).language if text.strip() else "en")
        exit_with_problem(problem.code, said_in_terminal(problem, language), fmt, kind="plan")
    exit_with_result(result.to_json(), plan_reply(result), fmt, result.review.blockers)
