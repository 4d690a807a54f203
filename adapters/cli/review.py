"""`coach review`: one draft, a file, stdin, or a JSON-lines batch."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import click
from rich.console import Console

from adapters.cli import main
from adapters.console import render
from bot.advice import load_advice
from bot.replies import review_reply
from bot.reply import Reply
from bot.review import DraftProblem, ReviewContext, review


def read_input(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if len(source) < 4096 and "\n" not in source and path.is_file():
        return path.read_text(encoding="utf-8")
    return source


@main.command("review")
@click.argument("source", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Review in this language instead of detecting it.")
@click.option("--pack", "packs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Review with the rules in this folder instead of the bundled packs (repeatable).")
@click.option("--jsonl", "jsonl", metavar="FILE|-", help='Batch: JSON lines {"id": ..., "text": ...} in, one review per line out.')
def review_cmd(source: str | None, fmt: str, lang: str | None, packs: tuple[str, ...], jsonl: str | None) -> None:
    """Review TEXT, a FILE, or - for standard input. Exit status 1 when a blocker is found."""
    advice = load_advice([Path(p) for p in packs] if packs else None)
    for error in advice.errors:
        click.echo(f"warning: {error}", err=True)
    context = ReviewContext(advice, language=lang)
    if jsonl:
        sys.exit(_batch(jsonl, context))
    if source is None:
        raise click.UsageError("give the draft as TEXT, a FILE, or - for standard input")
    draft = read_input(source)
    try:
        result = review(draft, context)
    except DraftProblem as problem:
        exit_with_problem(problem.code, problem.message(lang or "en"), fmt)
    exit_with_result(result.to_json(), review_reply(result, draft=draft), fmt, result.blockers)


def exit_with_problem(code: str, message: str, fmt: str, **extra: str) -> NoReturn:
    """Input Coach cannot review: a polite message (or a JSON error object), status 2."""
    if fmt == "json":
        click.echo(json.dumps({"version": 1, **extra, "error": {"code": code, "message": message}}, ensure_ascii=False))
    else:
        click.echo(message, err=True)
    sys.exit(2)


def exit_with_result(data: dict[str, Any], reply: Reply, fmt: str, blockers: int) -> NoReturn:
    """Print a review (JSON or rendered); status 1 when a blocker was found, as Vale does."""
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        Console().print(render(reply))
    sys.exit(1 if blockers else 0)


def _batch(source: str, context: ReviewContext) -> int:
    stream = sys.stdin if source == "-" else open(source, encoding="utf-8")  # noqa: SIM115
    status = 0
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            item_id = None
            try:
                item = json.loads(line)
                item_id = item.get("id") if isinstance(item, dict) else None
                text = item["text"] if isinstance(item, dict) else None
                if not isinstance(text, str):
                    raise KeyError("text")
                out = {"id": item_id, **review(text, context).to_json()}
                status = max(status, 1 if out["findings"] and any(
                    f["severity"] == "blocker" for f in out["findings"]) else 0)
            except DraftProblem as problem:
                out = {"id": item_id, "version": 1,
                       "error": {"code": problem.code, "message": problem.message(context.language or "en")}}
            except (json.JSONDecodeError, KeyError, TypeError):
                out = {"id": item_id, "version": 1,
                       "error": {"code": "bad_line", "message": f'line {number}: expected {{"id": ..., "text": "..."}}'}}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return status
