"""Review cost in machine instructions per draft, counted by valgrind's callgrind: unlike wall or
CPU time, the count does not move with the other jobs sharing the machine, so two trees (or two
versions of one function) compare to a percent on a loaded machine. Slow (the interpreter runs
under valgrind: a few minutes) and never part of `make bench`; valgrind must be installed.

    python -m bench.instructions            # ~280 and ~2,000 characters, 200 and 50 drafts
    python -m bench.instructions --size 280 --count 100
    python -m bench.instructions --real --count 300   # real posts, each reviewed once (bench.review's line)
    python -m bench.instructions --real --warm 1000   # the same, after 1,000 other real posts: a bot long up
    python -m bench.instructions --cold     # one cold `coach review "a short draft"`, whole process
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _review_loop(size: int, count: int, warm: int = 0) -> None:
    """The measured part: every draft reviewed once, caches warm (each draft reviewed before).
    It runs inside functools.reduce, the one C function callgrind is told to count in."""
    from bench.corpus import drafts
    from bot.engine.advice import load_advice
    from bot.engine.language import warm_up
    from bot.engine.review import ReviewContext, review

    advice = load_advice()
    warm_up()
    context = ReviewContext(advice)
    if size == REAL:
        _real_posts_loop(context, count, warm)
        return
    items = drafts(count, size)
    for text in items:
        review(text, context)
    functools.reduce(lambda _, text: review(text, context), items, None)


REAL = 0  # the size that stands for real posts


def _real_posts_loop(context: object, count: int, warm: int) -> None:
    """Real posts (bench.review's line), each reviewed once after 200 generated drafts: what a bot meeting
    new posts pays, which the generated drafts (40 sentences repeated) do not show. `warm`: that many other
    real posts reviewed first (none of those counted), so that what a long-running bot has compiled by
    then (each pattern's own forms, on first use) is not counted."""
    from bench.corpus import drafts
    from bench.review import real_posts
    from bot.engine.review import DraftProblem, review

    def one(_: object, text: str) -> None:
        with contextlib.suppress(DraftProblem):  # a post of links or emoji only
            review(text, context)  # type: ignore[arg-type]

    for text in drafts(200, 280):
        review(text, context)  # type: ignore[arg-type]
    counted = real_posts(count)[1]
    if warm:
        every = real_posts(10**9)[1]
        step = max(1, len(every) // count)
        others = [text for k, text in enumerate(every) if k % step != 0]
        for text in others[:: max(1, len(others) // warm)][:warm]:
            one(None, text)
    functools.reduce(one, counted, None)


def count(size: int, drafts: int, warm: int = 0) -> float | None:
    """Instructions per draft, or None without valgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    command = [valgrind, "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=*functools_reduce*",
               "--callgrind-out-file=/dev/null", sys.executable, "-m", "bench.instructions", "--inner",
               "--size", str(size), "--count", str(drafts), "--warm", str(warm)]
    import tempfile

    with tempfile.TemporaryDirectory() as cache:
        env = counting_env(cache)
        # A cache folder of its own, filled by one unmeasured load: the count never reads what other trees'
        # processes left in the user's cache folder (session 26: one tree read 3.71 M or 4.18 M a real post by it).
        subprocess.run([sys.executable, "-c", _FILL], capture_output=True, cwd=ROOT, env=env, check=False)
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"callgrind failed ({done.returncode}): {done.stderr[-2000:]}")
    return int(found.group(1)) / drafts


_FILL = "from bot.engine.advice import load_advice; load_advice()"


def counting_env(cache: str) -> dict[str, str]:
    """The environment of a counted run: the same set and dict layouts every run (PYTHONHASHSEED), and
    `cache` as the cache folder (bot.diskcache), so that only the tree measured writes what it reads."""
    return {**os.environ, "PYTHONHASHSEED": "0", "COACH_CACHE_DIR": cache}


def cold(draft: str = "a short draft", out: str = "/dev/null") -> int | None:
    """Instructions of one whole cold process `python -m adapters.cli review DRAFT`: a new
    interpreter, with bytecode and a cache folder filled by one unmeasured run before (as a
    user's second run finds them), no .env of the developer's. None without valgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    import tempfile

    with tempfile.TemporaryDirectory() as home:
        (Path(home) / "empty.env").write_text("", encoding="utf-8")
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
               "PYTHONHASHSEED": "0", "COACH_ENV_FILE": f"{home}/empty.env", "COACH_DATA_DIR": f"{home}/data",
               "COACH_CACHE_DIR": f"{home}/cache"}
        argv = [sys.executable, "-m", "adapters.cli", "review", draft]
        subprocess.run(argv, capture_output=True, cwd=ROOT, env=env, check=False)  # fills the cache
        done = subprocess.run([valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", *argv],
                              capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind failed ({done.returncode}): {done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, action="append", help="draft size in characters (repeatable)")
    parser.add_argument("--count", type=int, help="drafts per size (default 200 at 280, 50 at 2,000)")
    parser.add_argument("--real", action="store_true", help="real posts, each reviewed once (default 300)")
    parser.add_argument("--warm", type=int, default=0, help="with --real: other real posts reviewed first")
    parser.add_argument("--cold", action="store_true", help='a cold `coach review "a short draft"` instead')
    parser.add_argument("--draft", default="a short draft", help="the draft of --cold")
    parser.add_argument("--out", default="/dev/null", help="callgrind's output file of --cold")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)  # the process valgrind runs
    args = parser.parse_args(argv)
    sizes = [REAL] if args.real else args.size or [280, 2000]
    if args.cold:
        total = cold(args.draft, args.out)
        print("valgrind is not installed: no instruction count" if total is None
              else f'cold coach review "{args.draft}": {total / 1e6:.1f} million instructions')
        return 0
    if args.inner:
        _review_loop(sizes[0], args.count or 50, args.warm)
        return 0
    for size in sizes:
        drafts = args.count or (300 if size == REAL else 200 if size <= 500 else 50)
        per_draft = count(size, drafts, args.warm)
        if per_draft is None:
            print("valgrind is not installed: no instruction count")
            return 0
        what = (f"real posts (after {args.warm:,} others)" if args.warm else "real posts") if size == REAL else \
            f"~{size}-character drafts"
        print(f"{what}: {per_draft / 1e6:.2f} million instructions a draft ({drafts} drafts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
