"""`coach review`: one draft (a text, stdin, or --text), a JSON-lines batch, or files and
folders reviewed as a linter reviews them (`coach review posts/ --format github`)."""

from __future__ import annotations

import codecs
import json
import math
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click

from adapters.cli import (
    EXIT_BAD_INPUT,
    EXIT_CLEAN,
    EXIT_FOUND,
    counted,
    main,
    one_line,
    resume_collector,
    said_in_terminal,
)
from adapters.cli.inputs import (
    DEFAULT_GLOBS,
    BadInput,
    Source,
    collect,
    names_a_file,
    names_a_folder,
    open_path,
    resolve,
)

if TYPE_CHECKING:
    from adapters.cli.engine import Advice, Reply, ReviewContext
    from adapters.cli.lint import FileReport

FORMATS = ["text", "json", "jsonl", "github", "sarif"]
FILE_FORMATS = ("jsonl", "github", "sarif")  # formats that name a file for every finding


def load_packs(packs: tuple[str, ...], kind: str, *also: str, lazy: bool = False) -> Advice:
    """The bundled packs, or the folders given with --pack; file errors are warnings, but
    folders where no rule for `kind` (or `also`) loads are bad input: no rule is no review.
    `lazy`: each language compiled when a draft of it comes (one draft: one language)."""
    from adapters.cli.engine import load_advice

    advice = load_advice([Path(p) for p in packs] if packs else None, kinds=(kind, *also),  # only those compile
                         lazy=lazy)
    for error in advice.errors:
        click.echo(f"warning: {error}", err=True)
    if not any(advice.for_kind(k) for k in (kind, *also)):
        where = ", ".join(packs) if packs else "the bundled packs"
        raise BadInput(f"no {kind} rule loaded from {where} ({counted(len(advice.rules), 'rule')} read, "
                       f"{counted(len(advice.errors), 'error')}): see `coach rules check {' '.join(packs)}`")
    return advice


def _reviews_files(sources: tuple[str, ...], globs: tuple[str, ...], fmt: str) -> bool:
    """Several paths, a folder, a file, --glob or a per-file format: files, linter style.
    One argument that is `-` or names nothing is the one-draft form (inputs.resolve)."""
    if len(sources) != 1 or globs or fmt in FILE_FORMATS:
        return bool(sources)
    return names_a_file(sources[0]) or names_a_folder(sources[0])


@main.command("review")
@click.argument("sources", nargs=-1, metavar="[TEXT|-|PATH...]")
@click.option("--text", "text", default=None, help="The draft itself, never read as a file name.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text and json for one draft or file; text, jsonl, github or sarif for files and folders.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help=f"In folders, review the files whose path ends like PATTERN (repeatable; "
                   f"default {', '.join(DEFAULT_GLOBS)}).")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Review in this language instead of detecting it.")
@click.option("--pack", "packs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Review with the rules in this folder instead of the bundled packs (repeatable).")
@click.option("--all", "show_all", is_flag=True, help="Show every finding of one draft (text format), not only the first five.")
@click.option("--jsonl", "jsonl", metavar="FILE|-", help='Batch: JSON lines {"id": ..., "text": ...} in, one review per line out.')
def review_cmd(sources: tuple[str, ...], text: str | None, fmt: str, globs: tuple[str, ...], lang: str | None,
               packs: tuple[str, ...], show_all: bool, jsonl: str | None) -> None:
    """Review TEXT, - for standard input, or files and folders (PATH...).

    Files and folders are reviewed as a linter does: folders are walked for Markdown and text
    files (--glob), and each finding is printed as file:line:column (--format jsonl, github
    or sarif for machines). An argument that looks like a file name (a separator or an
    extension) must name a file; use --text for a draft that looks like one. Exit status:
    0 reviewed, 1 a blocker was found, 2 a draft or file could not be read or reviewed."""
    if sum(x is not None for x in (sources or None, text, jsonl)) != 1:
        raise click.UsageError("give one draft: TEXT, - for standard input, --text TEXT, or --jsonl FILE; "
                               "or the files and folders to review")
    if _reviews_files(sources, globs, fmt):
        if fmt != "json":
            sys.exit(_review_files(collect(sources, globs or DEFAULT_GLOBS), fmt, packs, lang))
        if len(sources) != 1 or not names_a_file(sources[0]):
            raise click.UsageError("--format json prints one review: for several files or a folder use "
                                   "--format jsonl (one object per file), github or sarif")
    elif fmt in FILE_FORMATS and not (jsonl and fmt == "jsonl"):  # a batch prints JSON lines anyway
        raise click.UsageError(f"--format {fmt} reviews files and folders: give their paths")
    from adapters.cli.engine import DraftProblem, ReviewContext, review, review_reply
    from adapters.cli.lint import MARKDOWN, markdown_prose

    if jsonl:
        context = ReviewContext(load_packs(packs, "post"), language=lang)
        resume_collector()  # the packs are loaded: a batch of any length keeps its memory flat
        sys.exit(_batch(jsonl, context))
    advice = load_packs(packs, "post", lazy=True)  # one draft: only its language compiles
    warned = len(advice.errors)
    context = ReviewContext(advice, language=lang)
    source = Source(text) if text is not None else resolve(sources[0])
    draft = markdown_prose(source.text) if source.suffix in MARKDOWN else source.text
    try:
        result = review(draft, context)
    except DraftProblem as problem:
        exit_with_problem(problem.code, said_in_terminal(problem, lang or "en"), fmt)
    for error in advice.errors[warned:]:  # a rule that does not compile in the draft's language
        click.echo(f"warning: {error}", err=True)
    reply = review_reply(result, draft=draft, limit=None if show_all else 5)
    exit_with_result(result.to_json(), reply, fmt, result.blockers)


def _review_files(files: list[Path], fmt: str, packs: tuple[str, ...], lang: str | None) -> int:
    """Review every file in one process and print as `fmt`. Status 2 if a file could not be
    reviewed, else 1 if one has a blocker, else 0: the same table as every command."""
    from adapters.cli import formats
    from adapters.cli.engine import ReviewContext
    from adapters.cli.lint import review_files

    context = ReviewContext(load_packs(packs, "post"), language=lang)
    resume_collector()  # the packs are loaded: any number of files keeps the memory flat
    reports: list[FileReport] = []
    for report in review_files(files, context, lang or "en"):
        reports.append(report)
        if fmt == "jsonl":
            click.echo(formats.jsonl_line(report))
        elif fmt == "github":
            for line in formats.github_lines(report):
                click.echo(line)
        elif fmt == "text":
            if report.error:
                click.echo(report.error[1], err=True)
            for line in formats.text_lines(report):
                click.echo(line)
    if fmt == "sarif":
        from importlib.metadata import version

        for report in reports:
            if report.error:
                click.echo(report.error[1], err=True)
        click.echo(json.dumps(formats.sarif_log(reports, version("coach")), ensure_ascii=False, indent=2))
    if any(r.error is None for r in reports):  # when none was, the errors said it all
        click.echo(formats.summary(reports), err=True)
    if any(r.error for r in reports):
        return EXIT_BAD_INPUT
    return EXIT_FOUND if any(r.blockers for r in reports) else EXIT_CLEAN


def exit_with_problem(code: str, message: str, fmt: str, **extra: str) -> NoReturn:
    """Input Coach cannot review: a polite message (or a JSON error object), status 2."""
    if fmt == "json":
        click.echo(json.dumps({"version": 1, **extra, "error": {"code": code, "message": message}}, ensure_ascii=False))
    else:
        click.echo(message, err=True)
    sys.exit(EXIT_BAD_INPUT)


def exit_with_result(data: dict[str, Any], reply: Reply, fmt: str, blockers: int) -> NoReturn:
    """Print a review (JSON or rendered); status 1 when a blocker was found, as Vale does."""
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        from rich.console import Console

        from adapters.console import render

        Console().print(render(reply))
    sys.exit(EXIT_FOUND if blockers else EXIT_CLEAN)


# -- batches -------------------------------------------------------------------

class BadLine(ValueError):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _encodable(value: str, what: str, number: int) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadLine("bad_text", f"line {number}: the {what} holds {exc.object[exc.start]!r} at "
                                  f"{exc.start}, which is not a character (a lone surrogate)") from None
    return value


def _parse(raw: bytes, number: int) -> tuple[Any, str]:
    """(id, text) of one JSON line; BadLine says what is wrong with it."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadLine("bad_encoding", f"line {number}: not UTF-8 (byte 0x{raw[exc.start]:02x} at "
                                      f"byte {exc.start + 1})") from None
    expected = f'line {number}: expected {{"id": ..., "text": "..."}}'
    try:
        item = json.loads(line, parse_constant=_reject_constant)
    except RecursionError:
        raise BadLine("bad_line", f"{expected} (nested too deeply)") from None
    except ValueError as exc:  # not JSON, NaN, or an integer too long to read
        raise BadLine("bad_line", f"{expected} ({one_line(exc).removeprefix('JSONDecodeError: ')})") from None
    if not isinstance(item, dict):
        raise BadLine("bad_line", f"{expected}, got a JSON {type(item).__name__}")
    item_id, text = item.get("id"), item.get("text")
    if not (item_id is None or isinstance(item_id, str | int) or (isinstance(item_id, float) and math.isfinite(item_id))):
        raise BadLine("bad_id", f"line {number}: the id must be a string or a number")
    if isinstance(item_id, str):
        _encodable(item_id, "id", number)
    if not isinstance(text, str):
        raise BadLine("bad_line", f"{expected}: \"text\" must be a string")
    return item_id, _encodable(text, "text", number)


def _safe_id(raw: bytes) -> Any:
    """The id of a line that could not be reviewed, when it can be read at all (else null)."""
    try:
        item = json.loads(raw.decode("utf-8"))
        item_id = item.get("id") if isinstance(item, dict) else None
        if isinstance(item_id, str):
            item_id.encode("utf-8")
        return item_id if isinstance(item_id, str | int) and len(str(item_id)) <= 200 else None
    except Exception:  # noqa: BLE001 (whatever broke the line: the id is just left out)
        return None


def _batch(source: str, context: ReviewContext) -> int:
    """Review each line; a line that cannot be read or reviewed gets an `error` object on its
    own line and the others go on. Status 2 if a line had an error, else 1 if a blocker, else 0."""
    from adapters.cli.engine import DraftProblem, review
    from adapters.cli.progress import progress

    path = None if source == "-" else open_path(source)
    stream: IO[bytes] = sys.stdin.buffer if path is None else open(path, "rb")  # noqa: SIM115
    status = EXIT_CLEAN
    language = context.language or "en"
    size = path.stat().st_size if path is not None and path.is_file() else None
    with stream, progress("Reviewing " + (path.name if path else "standard input"), size, "bytes") as advance:
        for number, raw in enumerate(stream, 1):
            advance(len(raw))
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            item_id = None
            try:
                item_id, text = _parse(raw, number)
                result = review(text, context)
                out = {"id": item_id, **result.to_json()}
                if result.blockers:
                    status = max(status, EXIT_FOUND)
            except BadLine as bad:
                out = _error(_safe_id(raw), bad.code, str(bad), number)
            except DraftProblem as problem:
                out = _error(item_id, problem.code, problem.message(language), number)
            except Exception as exc:  # noqa: BLE001 (one line must never stop the batch)
                out = _error(item_id, "failed", f"line {number}: {one_line(exc)}", number)
            if "error" in out:
                status = EXIT_BAD_INPUT
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return status


def _error(item_id: Any, code: str, message: str, number: int) -> dict[str, Any]:
    return {"id": item_id, "version": 1, "line": number, "error": {"code": code, "message": message}}
