"""How bot/ is built: no import cycle, no import running up a layer, small modules and functions,
and team memory's SQL only in bot/memory/. Read with `ast`: nothing is imported to check it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Lowest first. A module may import its own package and lower layers; names on one line are
# siblings that must not import each other.
LAYERS = (
    ("bot.diskcache", "bot.lazyre"),
    ("bot.config", "bot.messages"),
    ("bot.engine",),
    ("bot.layers", "bot.memory", "bot.plans"),
    ("bot.nudges",),
    ("bot.chat",),
    ("bot.app",),
)
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
# What is still to be done; each entry may only disappear (the test fails on a stale one).
KNOWN: set[str] = set()


def modules(root: Path, package: str = "bot") -> dict[str, Path]:
    found = {}
    for path in sorted((root / package.replace(".", "/")).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(path: Path, name: str, known: dict[str, Path]) -> set[str]:
    """The modules of the tree that `name` imports, at any depth (functions and TYPE_CHECKING too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {m for m in found if m in known and m != name}


def graph(root: Path = ROOT) -> dict[str, set[str]]:
    known = modules(root)
    return {name: imports(path, name, known) for name, path in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def layer_of(module: str) -> tuple[int, str] | None:
    for level, names in enumerate(LAYERS):
        for name in names:
            if module == name or module.startswith(name + "."):
                return level, name
    return None


def upward(edges: dict[str, set[str]]) -> list[str]:
    """Imports of a higher layer, or of a sibling of the same layer."""
    bad = []
    for a, targets in edges.items():
        for b in targets:
            la, lb = layer_of(a), layer_of(b)
            if la is None or lb is None or la[1] == lb[1]:
                continue
            if lb[0] >= la[0]:
                bad.append(f"{a} -> {b}")
    return sorted(bad)


def sizes(root: Path = ROOT) -> list[str]:
    bad = []
    for name, path in modules(root).items():
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            bad.append(f"module {name} over {MAX_MODULE_LINES} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    bad.append(f"function {name}.{node.name} over {MAX_FUNCTION_LINES} lines")
    return sorted(bad)


def sql_outside_memory(root: Path = ROOT) -> list[str]:
    """Queries on team tables belong to bot/memory (its API is what a second backend implements)."""
    bad = []
    for folder in ("bot", "adapters"):
        for path in sorted((root / folder).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            if rel.startswith("bot/memory/"):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr in ("execute", "executemany", "conn"):
                    bad.append(f"sql {rel}:{node.lineno}")
    return sorted(set(bad))


def violations(root: Path = ROOT) -> set[str]:
    edges = graph(root)
    found = {"cycle " + " ".join(c) for c in cycles(edges)}
    found |= {"upward " + e for e in upward(edges)}
    found |= set(sizes(root))
    found |= {line.rsplit(":", 1)[0] for line in sql_outside_memory(root)}
    return found


def test_bot_has_no_import_cycle_no_upward_import_and_small_parts():
    found = violations()
    new = sorted(found - KNOWN)
    assert not new, "\n".join(new)
    gone = sorted(KNOWN - found)
    assert not gone, "fixed, remove from KNOWN:\n" + "\n".join(gone)


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_the_check_sees_a_cycle_an_upward_import_and_a_long_function(tmp_path: Path):
    root = _tree(tmp_path, {
        "bot/__init__.py": "",
        "bot/engine/__init__.py": "",
        "bot/engine/a.py": "def f():\n    from bot.engine import b\n",
        "bot/engine/b.py": "from bot.engine.a import f\nfrom bot.chat import coach\n",
        "bot/chat/__init__.py": "",
        "bot/chat/coach.py": "def g():\n" + "    x = 1\n" * 70,
    })
    edges = graph(root)
    assert cycles(edges) == [["bot.engine.a", "bot.engine.b"]]
    assert upward(edges) == ["bot.engine.b -> bot.chat.coach"]
    assert sizes(root) == ["function bot.chat.coach.g over 60 lines"]
