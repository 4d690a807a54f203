"""The benches borrow the tests' stand-ins (`make bench` runs Slack's HTTP mode against the
Web API stand-in): every name a bench imports from `tests.*`, even inside a function, exists."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def borrowed() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(BENCH.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tests."):
                found += [(path.name, node.module, alias.name) for alias in node.names]
    return found


def test_the_benches_borrow_from_the_tests():
    assert any(module == "tests.slack_requests" for _, module, _ in borrowed())


@pytest.mark.parametrize(("bench", "module", "name"), borrowed())
def test_every_name_a_bench_borrows_exists(bench: str, module: str, name: str) -> None:
    assert hasattr(importlib.import_module(module), name), f"bench/{bench} imports {name} from {module}"
