"""Where the labelled text is, and how its rows are grouped for scoring.

Two sources: the shared public corpora (`../shared/corpora` beside the clone, or
`$COACH_CORPORA`), and our own development sets (`bench/devsets/`, in the repo).
Every file is JSONL with the keys id, text, label (pushy | self-promo | ok), lang
and source.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEVSETS = ROOT / "bench" / "devsets"
BEFORE = Path(__file__).with_name("before.json")
LABELS = ("pushy", "self-promo", "ok")


class NoData(Exception):
    """Nothing to measure: the message says where we looked."""


@dataclass
class Options:
    corpora: str | None = None
    files: list[str] = field(default_factory=list)
    pack: list[str] = field(default_factory=list)
    save: str | None = None
    before: str = str(BEFORE)
    sample: int = 0
    sample_label: str = "ok"
    misses: int = 0
    sample_rule: list[str] = field(default_factory=list)
    seed: int = 11
    section: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    label: str
    lang: str
    group: str  # the file's name, or a scored-apart part of it (SpamAssassin's hard ham)
    kind: str  # shared | ours | blind (ours, never tuned on: reported apart)
    pair: str = ""  # an id shared with the row's translation in another file, or ""


def shared_dir(option: str | None = None) -> Path:
    return Path(option or os.environ.get("COACH_CORPORA") or ROOT.parent / "shared" / "corpora")


def group_of(file_stem: str, row_id: str) -> str:
    # The corpus README asks for SpamAssassin's hard ham (commercial newsletters,
    # labelled ok) to be scored apart: Coach flagging their tone is arguably right.
    if file_stem == "en_email_spamassassin" and "hard-ham-1" in row_id:
        return f"{file_stem}[hard-ham]"
    return file_stem


def find_files(options: Options) -> tuple[list[tuple[Path, str]], list[str]]:
    """The files to measure with their kind, and notes on what is missing."""
    notes: list[str] = []
    found: list[tuple[Path, str]] = []
    shared = shared_dir(options.corpora)
    if shared.is_dir() and any(shared.glob("*.jsonl")):
        found += [(p, "shared") for p in sorted(shared.glob("*.jsonl"))]
    else:
        notes.append(f"NOTE: no shared corpora at {shared} (a clone beside ../shared, or set "
                     f"COACH_CORPORA or --corpora): only our own development sets are measured.")
    if DEVSETS.is_dir():
        found += [(p, "blind" if "blind" in p.stem else "ours") for p in sorted(DEVSETS.glob("*.jsonl"))]
    else:
        notes.append(f"NOTE: no development sets at {DEVSETS}.")
    if options.files:
        found = [(p, k) for p, k in found if any(f in p.name for f in options.files)]
    if not found:
        raise NoData("\n".join(notes + ["Nothing to measure: no labelled JSONL file was found."]))
    return found, notes


def read_rows(path: Path, kind: str) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            item = json.loads(line)
            if item.get("label") not in LABELS or not isinstance(item.get("text"), str):
                raise ValueError(f"{path}:{number}: expected label in {LABELS} and a text")
            rows.append(Row(str(item["id"]), item["text"], item["label"], item.get("lang", ""),
                            group_of(path.stem, str(item["id"])), kind, str(item.get("pair", ""))))
    return rows
