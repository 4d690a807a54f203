"""Start-up: a cold `coach review "a short draft"` against proselint's own start-up on the
same draft (`python -m bench.startup` runs it alone).

"Cold" is a new process each time, as a content team's CI or an editor runs a linter; the
files themselves are in the OS cache (dropping it would slow every other job on the
machine). Each command runs `repeat` times, interleaved; the best and the median are printed,
with the interpreter's own start-up for scale and where Coach's time goes (its imports by
package, from `python -X importtime`, then loading the packs and the first review, which
loads the language model when the draft's own clues do not settle its language)."""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

DRAFTS = {"a short draft": "a short draft",  # the issue's own words: too few clues, the language model loads
          "a short post": "Our spring guide is out: five ways to plan a week of posts. Buy now, last chance!"}
DRAFT = DRAFTS["a short post"]
BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parent.parent
PHASES = """
import sys, time
t0 = time.process_time()
import adapters.cli.review
from bot.engine.advice import load_advice
from bot.engine.review import ReviewContext, review
t1 = time.process_time()
advice = load_advice(kinds=("post",), lazy=True)
t2 = time.process_time()
review(sys.argv[1], ReviewContext(advice))
t3 = time.process_time()
print(f"{(t1 - t0) * 1000:.0f} {(t2 - t1) * 1000:.0f} {(t3 - t2) * 1000:.0f}")
"""

def _env(home: Path) -> dict[str, str]:
    """Coach with no .env of the developer's, a throwaway data directory and cache folder (the
    first, unmeasured run of each command fills it, as a user's first run does). The checkout
    this runs from comes first on the path: the venv's `coach` is an editable install of one
    checkout, and a worktree's bench would otherwise time that checkout's code, not its own.
    Bytecode is written and read as an installed package's is (PYTHONDONTWRITEBYTECODE, set in
    some shells, would time Python compiling every module's source at every start)."""
    (home / "empty.env").write_text("", encoding="utf-8")
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "COACH_ENV_FILE": str(home / "empty.env"), "COACH_DATA_DIR": str(home / "data"),
            "COACH_CACHE_DIR": str(home / "cache"), "PYTHONPATH": path}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(argv: list[str], env: dict[str, str], stdin: str | None = None) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one process. CPU time (user + system) moves less than wall
    time when other jobs share the machine's two cores."""
    cpu, t0 = _children_cpu(), time.perf_counter()
    subprocess.run(argv, env=env, input=stdin, capture_output=True, text=True, check=False, timeout=120)
    return (time.perf_counter() - t0) * 1000, (_children_cpu() - cpu) * 1000


def _commands() -> dict[str, tuple[list[str], str | None]]:
    coach = shutil.which("coach", path=str(BIN)) or "coach"
    proselint = shutil.which("proselint", path=str(BIN))
    found = {"python -c pass (the interpreter alone)": ([sys.executable, "-c", "pass"], None)}
    for name, draft in DRAFTS.items():
        found[f'coach review "{name}"'] = ([coach, "review", draft], None)
        if proselint:  # its own command line, the draft on standard input: its checks register themselves
            found[f"proselint check < {name}"] = ([proselint, "check"], draft + "\n")
    return found


def import_breakdown(env: dict[str, str], top: int = 6) -> str:
    """Self time of every import made by `coach review`, summed by top-level package."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "adapters.cli", "review", DRAFT],
                          env=env, capture_output=True, text=True, check=False, timeout=120)
    by_package: dict[str, int] = defaultdict(int)
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line or "self [us]" in line:
            continue
        self_us, _, name = line.removeprefix("import time:").split("|")
        by_package[name.strip().split(".")[0]] += int(self_us)
    total = sum(by_package.values()) / 1000
    ranked = sorted(by_package.items(), key=lambda kv: -kv[1])[:top]
    return f"imports {total:.0f} ms: " + ", ".join(f"{name} {us / 1000:.0f}" for name, us in ranked)


def run(repeat: int = 7) -> list[str]:
    with tempfile.TemporaryDirectory() as home:
        env = _env(Path(home))
        commands = _commands()
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for argv, stdin in commands.values():  # once each, unmeasured: the OS cache
            _timed(argv, env, stdin)
        for _ in range(repeat):
            for name, (argv, stdin) in commands.items():
                samples[name].append(_timed(argv, env, stdin))
        lines = [f"{name}: wall best {min(w for w, _ in times):.0f} ms, median "
                 f"{statistics.median(w for w, _ in times):.0f} ms; CPU best {min(c for _, c in times):.0f} ms"
                 for name, times in samples.items()]
        lines[0] += f" ({repeat} cold processes each, interleaved)"
        if "proselint check < a short post" in commands:  # its command line must really run its checks
            argv, _ = commands["proselint check < a short post"]
            found = subprocess.run(argv, env=env, input="This is very unique.\n", capture_output=True, text=True,
                                   check=False, timeout=120).stdout
            lines.append("proselint's checks ran (it flags 'very unique')" if "unique" in found
                         else "WARNING: proselint flagged nothing in 'very unique': its checks did not run")
        for name, draft in DRAFTS.items():
            phases = subprocess.run([sys.executable, "-c", PHASES, draft], env=env, capture_output=True,
                                    text=True, check=False, timeout=120).stdout.split()
            if len(phases) == 3:
                lines.append(f'inside coach review "{name}" (CPU): imports {phases[0]} ms, loading the packs '
                             f"{phases[1]} ms, the review {phases[2]} ms")
        lines.append(import_breakdown(env))
    lines.append("target: coach review under 250 ms from a cold process")
    return lines


if __name__ == "__main__":
    print("\n".join(run()))
