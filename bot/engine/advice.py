"""Advice ready to use: the loaded rules compiled, per language, into checks (every check type).

Loading reads the YAML once; compiling registers every phrase list in one
index per language so that a review walks a draft's words only once.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.engine import lists
from bot.engine.checks.registry import TYPES
from bot.engine.compiled import Advice, CompiledRule, compile_with  # noqa: F401  (callers read them here)
from bot.engine.rule import EXAMPLES_FOLDER, RuleSet, pack_dirs, rule_files
from bot.engine.rules import load_rules


def compile_rules(rule_set: RuleSet, kinds: Iterable[str] | None = None, lazy: bool = False) -> Advice:
    """Compile every rule that is not off (of `kinds` only, when given); a rule that fails to
    compile is reported and skipped. `lazy`: each language when first reviewed."""
    return compile_with(rule_set, TYPES, kinds, lazy)


def load_advice(roots: Iterable[Path] | None = None, kinds: Iterable[str] | None = None,
                lazy: bool = False) -> Advice:
    """The rules of `roots` (the bundled packs by default), compiled; `kinds` (post, plan,
    category) compiles only the rules a command needs: for_kind() refuses the others. `lazy`
    compiles a language when a draft of it is first reviewed (a one-draft `coach review`)."""
    return compile_rules(load_rules(list(roots) if roots is not None else pack_dirs()), kinds, lazy)


_SHARED: dict[tuple[object, ...], Advice] = {}


def _bundled_files() -> tuple[tuple[str, int, int], ...]:
    """Each bundled rule and list file with its modification time and size: what the shared advice was made of."""
    rules = [f for root in pack_dirs() for f in rule_files(root)]
    examples = [e for folder in sorted({f.parent for f in rules}) for e in sorted((folder / EXAMPLES_FOLDER).glob("*.yaml"))]
    files = rules + examples + sorted(lists.lists_dir().glob("*.yaml"))
    return tuple((str(f), (s := f.stat()).st_mtime_ns, s.st_size) for f in files)


def shared_advice(read: RuleSet | None = None) -> Advice:
    """The bundled packs compiled once per process, for every Coach built without advice of its own
    (both adapters in one process, the console beside the nudge ticker, a test session's many Coaches):
    compiling them costs ~0.4 s a time. Compiled again when a bundled rule or list file changes, from
    `read` when the caller has just read them (the advice source), else read here. The caller treats
    it as read-only, as every Coach does its advice."""
    key = (id(lists.bundled()), _bundled_files())
    found = _SHARED.get(key)
    if found is None:
        _SHARED.clear()  # one version of the packs is kept, the latest
        found = _SHARED[key] = compile_rules(read if read is not None else load_rules(pack_dirs()))
    return found
