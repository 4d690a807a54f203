"""Whether a change to the engine's speed changed what it finds: every labelled row of the
shared corpora and the dev sets, plus the benchmark's drafts, through `coach review --jsonl`,
and the whole output (findings, spans, excerpts, messages, scores) compared row by row.

    python -m bench.same_findings --save /tmp/before.jsonl     # on the starting commit
    python -m bench.same_findings --against /tmp/before.jsonl  # after each change: exit 1 on any difference
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from bench.corpus import drafts
from bench.eval.corpora import ROOT, shared_dir


def _inputs(shared: str | None) -> list[str]:
    """One JSON line per row: its file and row number as the id, its text."""
    lines = []
    files = sorted(shared_dir(shared).glob("*.jsonl")) + sorted((ROOT / "bench" / "devsets").glob("*.jsonl"))
    for path in files:
        with path.open(encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    text = json.loads(line).get("text", "")
                    lines.append(json.dumps({"id": f"{path.name}:{number}", "text": text}, ensure_ascii=False))
    for size in (280, 2000):
        for number, text in enumerate(drafts(200, size)):
            lines.append(json.dumps({"id": f"bench-{size}:{number}", "text": text}, ensure_ascii=False))
    return lines


def outputs(shared: str | None = None) -> list[str]:
    """`coach review --jsonl -` over every input line, its output lines in order."""
    command = [sys.executable, "-m", "adapters.cli", "review", "--jsonl", "-"]
    done = subprocess.run(command, input="\n".join(_inputs(shared)) + "\n", capture_output=True, text=True,
                          cwd=ROOT, check=False)
    if done.returncode not in (0, 1, 2):
        raise RuntimeError(f"coach review --jsonl failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout.splitlines()


def differences(before: list[str], after: list[str]) -> list[str]:
    """The ids whose review differs (or that one side lacks)."""
    old = {json.loads(line)["id"]: line for line in before}
    new = {json.loads(line)["id"]: line for line in after}
    return sorted(i for i in old.keys() | new.keys() if old.get(i) != new.get(i))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--save", type=Path, help="write the output lines to this file")
    parser.add_argument("--against", type=Path, help="compare with a file written by --save")
    parser.add_argument("--shared", help="the shared corpora folder (default ../shared/corpora)")
    args = parser.parse_args(argv)
    lines = outputs(args.shared)
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} reviews written to {args.save}")
    if args.against:
        changed = differences(args.against.read_text(encoding="utf-8").splitlines(), lines)
        print(f"{len(lines)} reviews, {len(changed)} differ from {args.against}")
        for row_id in changed[:20]:
            print(f"  {row_id}")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
