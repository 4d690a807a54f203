"""`make bench`: every speed and memory figure, printed. Never run as a test."""

from __future__ import annotations

import importlib
import os

SECTIONS = [("Start-up", "bench.startup"), ("Review", "bench.review"), ("Team memory", "bench.memory"),
            ("Plans", "bench.plans"), ("Hostile input", "bench.hostile"),
            ("Slack installs to many workspaces", "bench.installations"),
            ("Many teams (PostgreSQL)", "bench.postgres")]


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    for title, module_name in SECTIONS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        if not hasattr(module, "run"):  # a data folder of that name (bench/plans holds plans), not a bench
            continue
        print(f"== {title}")
        for line in module.run():
            print(f"  {line}")


if __name__ == "__main__":
    main()
