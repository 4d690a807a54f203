"""What a command-line argument is: a file to read, standard input, or the draft itself.

Decided once, here, for `coach review` and `coach plan`:

- `-` is standard input;
- an argument naming something that exists is read (a directory is an error);
- an argument with a line break or a space that names nothing is the draft itself;
- an argument that looks like a path (a separator, a file extension, `~` or `.` first)
  and names nothing is an error, so that `coach review nosuchfile.txt` never reviews
  the words "nosuchfile.txt" and says they are ready to post;
- anything else (one word, a long text) is the draft.

`--text` always means the draft. Files are read as UTF-8 (a BOM is dropped); a binary
or non-UTF-8 file is refused with one clear line.

`coach review PATH...` (several arguments, a folder, or a file) reviews files as a linter
does: `collect` turns its arguments into the files to review, each named once.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

import click

from adapters.cli.paths import EXTENSION, looks_like_path  # noqa: F401 (read from here too)
from adapters.cli.paths import existing as _existing

DEFAULT_GLOBS = ("*.md", "*.markdown", "*.txt")  # what a folder holds that Coach reviews



class BadInput(click.ClickException):
    """Input Coach cannot read: one line on stderr, exit status 2."""

    exit_code = 2


def deletion_confirmed() -> bool:
    """Ask before a `coach forget`; False (and says so) when the answer is no. No answer at all
    (no terminal, end of input) is bad input: nothing is deleted."""
    try:
        confirmed = click.confirm("Delete it all? This cannot be undone", default=False, err=True)
    except click.Abort:
        raise BadInput("no answer: nothing deleted (add --yes to forget without the question)") from None
    if not confirmed:
        click.echo("Nothing deleted.")
    return confirmed


@dataclass(frozen=True)
class Source:
    text: str
    path: Path | None = None  # the file it came from; None for stdin and a draft given as text

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower() if self.path else ""


def resolve(arg: str, what: str = "draft") -> Source:
    """The text an argument stands for (see the module docstring). Raises BadInput."""
    if arg == "-":
        return Source(read_stream(sys.stdin.buffer, "standard input"))
    found = _existing(arg)
    if found is not None:
        path = Path(arg).expanduser()
        if stat.S_ISDIR(found.st_mode):
            raise BadInput(f"{arg} is a folder: give a file, `-` for standard input, or the {what} as --text")
        return Source(read_file(path), path)
    if looks_like_path(arg):
        raise BadInput(f"{arg}: no such file (to review these words as a {what}, use --text {arg!r})")
    return Source(arg)


def read_file(path: Path) -> str:
    """A text file's content, or one clear line (BadInput) saying why it cannot be read."""
    try:
        with open(path, "rb") as stream:
            return read_stream(stream, str(path))
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror or exc}") from None


def read_stream(stream, name: str) -> str:
    data = stream.read()
    return decode(data, name)


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM dropped); a binary or otherwise encoded file is one clear line."""
    if b"\0" in data[:8192]:
        raise BadInput(f"{name} looks like a binary file, not text: Coach reads UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise BadInput(f"{name}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
                       "save it as UTF-8 and try again") from None


def open_path(arg: str) -> Path:
    """A file that must exist (`--jsonl FILE`, `--calendar FILE`), as one clear line when it does not."""
    found = _existing(arg)
    if found is None:
        raise BadInput(f"{arg}: no such file")
    if stat.S_ISDIR(found.st_mode):
        raise BadInput(f"{arg} is a folder, not a file")
    return Path(arg).expanduser()


def names_a_file(arg: str) -> bool:
    """`arg` names an existing file (not a folder, not standard input)."""
    found = _existing(arg) if arg != "-" else None
    return found is not None and not stat.S_ISDIR(found.st_mode)


def names_a_folder(arg: str) -> bool:
    found = _existing(arg) if arg != "-" else None
    return found is not None and stat.S_ISDIR(found.st_mode)


def collect(args: tuple[str, ...] | list[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> list[Path]:
    """The files named by `args`, each once, in the order given: a file as it is, a folder
    walked (sorted, hidden files and folders skipped, symbolic links to folders not followed)
    for the files whose path ends like one of `globs` (case-insensitive). Raises BadInput for
    an argument that names nothing, and when there is no file at all to review."""
    files: list[Path] = []
    seen: set[str] = set()
    for arg in args:
        if arg == "-":
            raise BadInput("- (standard input) is one draft: give it alone, or give file and folder paths")
        found = _existing(arg)
        if found is None:
            hint = "" if looks_like_path(arg) else " (a draft given as text goes alone, in quotes, or as --text)"
            raise BadInput(f"{arg}: no such file or folder{hint}")
        path = Path(arg).expanduser()
        for file in _walk(path, globs) if stat.S_ISDIR(found.st_mode) else [path]:
            key = os.path.realpath(file)
            if key not in seen:
                seen.add(key)
                files.append(file)
    if not files:
        raise BadInput(f"nothing to review: no file matching {', '.join(globs)} in {', '.join(args)}")
    return files


def _walk(folder: Path, globs: tuple[str, ...]) -> list[Path]:
    patterns = [g.lower() for g in globs]
    found: list[Path] = []
    def unreadable(error: OSError) -> None:
        raise BadInput(f"cannot read the folder {error.filename}: {error.strerror or error}")

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            file = Path(os.path.normpath(os.path.join(dirpath, name)))
            if not file.is_file():  # a pipe or a socket named like a post
                continue
            relative = PurePath(os.path.relpath(file, folder).lower())
            if any(relative.match(pattern) for pattern in patterns):
                found.append(file)
    return sorted(found, key=lambda file: file.parts)  # by path: posts/2024/a.md, then posts/b.md
