"""`make eval` (python -m bench.eval): every quality figure, printed. Never a test.

    python -m bench.eval                   # every section, every labelled file found
    python -m bench.eval --files janitr    # only files whose name contains "janitr"
    python -m bench.eval --save before.json
    python -m bench.eval --sample 60       # read 60 random findings on ordinary rows
    python -m bench.eval --misses 40       # read 40 random pushy / self-promo rows that were missed
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from bench.eval.corpora import BEFORE, Options

# (title, module): each module has run(options) -> Iterable[str]. Add a line for a new section.
SECTIONS = [("Review quality", "bench.eval.review"), ("Plan review", "bench.eval.plans")]


def parse(argv: list[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(prog="python -m bench.eval", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", help="folder of labelled JSONL (default: $COACH_CORPORA or ../shared/corpora)")
    parser.add_argument("--files", action="append", default=[], help="only files whose name contains this (repeatable)")
    parser.add_argument("--pack", action="append", default=[], help="review with this rule folder (repeatable)")
    parser.add_argument("--save", help="write the figures as JSON to this file")
    parser.add_argument("--before", default=str(BEFORE), help="figures to print beside today's ('' for none)")
    parser.add_argument("--sample", type=int, default=0, help="print this many random findings on ordinary rows")
    parser.add_argument("--sample-label", default="ok", help="label of the rows to sample findings from")
    parser.add_argument("--sample-rule", action="append", default=[], help="sample only this rule's findings (repeatable)")
    parser.add_argument("--misses", type=int, default=0, help="print this many random positive rows Coach missed")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--section", action="append", default=[], help="only sections whose module ends so")
    args = parser.parse_args(argv)
    return Options(**vars(args))


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    options = parse(argv)
    for title, module_name in SECTIONS:
        if options.section and not any(module_name.endswith(s) for s in options.section):
            continue
        module = importlib.import_module(module_name)
        print(f"== {title}")
        for line in module.run(options):
            print(f"  {line}" if line else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
