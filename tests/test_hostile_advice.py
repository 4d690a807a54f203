"""Hostile and careless advice files: whatever one layer file holds, it is reported as
file:line:key and skipped (its last good version kept), the other files and workspaces
keep working, and no file can make a reload hang, eat the memory, or stall reviews."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest

from bot.app import build_coach
from bot.chat.context import Context
from bot.engine import yamlfile
from bot.engine.advice import compile_rules, load_advice
from bot.engine.rules import RuleSet, bundled_advice_dir
from bot.layers import source as advice_source_module
from bot.layers.budget import PATTERN_BUDGET
from bot.layers.files import parse_layer_file
from bot.layers.source import AdviceSource
from bot.layers.stack import Stack
from tests.conftest import rule_yaml

OVERRIDE = "t.urgency:\n  severity: blocker\n"


@pytest.fixture
def tree(tmp_path: Path):
    pack = tmp_path / "packs" / "core"
    pack.mkdir(parents=True)
    (pack / "t.urgency.yaml").write_text(rule_yaml(id="t.urgency", fr="phrases: [achetez maintenant]",
                                                   en="phrases: [buy now]"), encoding="utf-8")
    local = tmp_path / "local"
    for workspace in ("T1", "T2"):
        (local / workspace).mkdir(parents=True)
    return pack, local


def severity(source: AdviceSource, workspace: str) -> str:
    (compiled,) = [c for c in source.advice_for(workspace, "general").compiled if c.rule.id == "t.urgency"]
    return compiled.rule.severity


def alias_bomb(levels: int) -> str:
    """The billion-laughs shape: each level lists the one below nine times."""
    lines = ['a0: &a0 ["lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, levels + 1)]
    return "\n".join(f"x-{line}" for line in lines) + f"\nt.urgency:\n  en:\n    phrases+: *a{levels}\n"


HOSTILE = {
    "nul": "t.urgency:\n  severity: blo\0cker\n",
    "vertical-tab": "t.urgency:\n  severity: blocker\x0b\n",
    "utf-16-without-bom": OVERRIDE.encode("utf-16-le"),
    "recursive-alias": "t.urgency: &x\n  en: *x\n",
    "recursive-alias-in-a-list": "t.urgency:\n  en:\n    phrases+: &x [a, *x]\n",
    "folded-pattern-range": rule_yaml(
        id="t.folded", check="type: pattern\npattern: '[b-à]+z'", fr="", en=""),
    "python-tag": "t.urgency:\n  severity: !!python/object:os.system blocker\n",
    "alias-bomb": alias_bomb(9),
    "deep-nesting": "t.urgency:\n  en:\n    phrases+: " + "[" * 2000 + "]" * 2000 + "\n",
    "huge-file": "t.urgency:\n  en:\n    phrases+:\n" + "".join(f"      - phrase {n}\n" for n in range(30_000)),
    "too-many-phrases": "t.urgency:\n  en:\n    phrases+: [" + ", ".join(f"p{n}" for n in range(3_000)) + "]\n",
    "date-in-a-list": "t.urgency:\n  en:\n    phrases+: [2024-01-01, buy]\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_layer_file_is_reported_and_skipped_while_the_others_keep_working(tree, name):
    pack, local = tree
    good = local / "T2" / "tuning.yaml"
    good.write_text(OVERRIDE, encoding="utf-8")
    bad = local / "T1" / "tuning.yaml"
    content = HOSTILE[name]
    bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))

    source = AdviceSource([pack], local, quiet=True)  # must not raise

    errors = [e for e in source.errors if e.path.endswith("T1/tuning.yaml")]
    assert errors, f"{name}: no error reported for the broken file"
    assert all(e.line >= 1 for e in errors)
    assert severity(source, "T2") == "blocker"  # another workspace's layer still applies
    assert severity(source, "T1") == "warning"  # the broken file is left out: the packs apply
    coach = build_coach(advice=source)
    assert coach.review("Buy now, it is great.", Context(workspace="T1", channel="general"))[0].findings


@pytest.mark.parametrize("name", ["nul", "recursive-alias", "alias-bomb", "folded-pattern-range"])
def test_a_hostile_edit_keeps_the_last_good_version_of_that_file(tree, name):
    pack, local = tree
    layer = local / "T1" / "tuning.yaml"
    layer.write_text(OVERRIDE, encoding="utf-8")
    source = AdviceSource([pack], local, quiet=True)
    assert severity(source, "T1") == "blocker"
    layer.write_text(HOSTILE[name], encoding="utf-8")
    report = source.reload()  # must not raise
    assert [e for e in report.new_errors if e.path.endswith("tuning.yaml")]
    assert severity(source, "T1") == "blocker"
    assert source.reload() is not None  # and later reloads still work


def test_every_hostile_file_has_a_message_that_says_what_to_do(tree):
    messages = {}
    for name in ("nul", "utf-16-without-bom", "vertical-tab", "recursive-alias", "alias-bomb", "huge-file",
                 "too-many-phrases", "folded-pattern-range", "deep-nesting"):
        content = HOSTILE[name]
        text = content.decode("utf-8") if isinstance(content, bytes) else content
        try:
            yamlfile.load(text)
        except yamlfile.YamlError as exc:
            messages[name] = exc
    assert "UTF-8" in messages["utf-16-without-bom"].message
    assert "U+000B" in messages["vertical-tab"].message and messages["vertical-tab"].line == 2
    assert "alias" in messages["recursive-alias"].message
    assert "alias" in messages["alias-bomb"].message
    assert "KB" in messages["huge-file"].message
    assert "nest" in messages["deep-nesting"].message

    pack, local = tree
    for name, fragment in (("too-many-phrases", "at most"), ("folded-pattern-range", "RE2")):
        (local / "T1" / "tuning.yaml").write_text(HOSTILE[name], encoding="utf-8")
        source = AdviceSource([pack], local, quiet=True)
        assert any(fragment in e.message for e in source.errors), (name, [str(e) for e in source.errors])


def test_a_pattern_valid_as_written_but_not_once_folded_is_an_error_in_a_pack_too(pack):
    pack.rule(id="t.folded", check="type: pattern\npattern: '[b-à]+z'", fr="", en="")
    pack.rule(id="t.other", fr="phrases: [achetez]", en="phrases: [buy]")
    advice = pack.load(allow_errors=True)
    (error,) = advice.errors
    assert error.path.endswith("t.folded.yaml") and error.key == "check.pattern"
    assert [r.id for r in advice.rules] == ["t.other"]


def _pattern_rule(n: int, pattern: str) -> str:
    return rule_yaml(id=f"team.p{n}", check=f"type: pattern\npattern: '{pattern}'", fr="", en="")


def test_an_expensive_pattern_is_refused_with_its_cost(tree):
    pack, local = tree
    (local / "T1" / "team.slow.yaml").write_text(_pattern_rule(0, ".{0,1000}.{0,1000}zz"), encoding="utf-8")
    source = AdviceSource([pack], local, quiet=True)
    (error,) = source.errors
    assert error.key == "check.pattern" and "too expensive" in error.message
    assert "team.p0" not in {r.id for r in source.advice_for("T1").rules}


def test_a_workspace_has_a_pattern_budget_and_the_file_over_it_is_refused(tree):
    pack, local = tree
    allowed = PATTERN_BUDGET.patterns
    for n in range(allowed + 3):
        (local / "T1" / f"team.p{n:03}.yaml").write_text(_pattern_rule(n, f"zz{n}q"), encoding="utf-8")
    source = AdviceSource([pack], local, quiet=True)
    refused = [e for e in source.errors if "budget" in e.message]
    assert refused and all(e.path.endswith(".yaml") for e in refused)
    ids = {r.id for r in source.advice_for("T1").rules}
    assert sum(i.startswith("team.p") for i in ids) == allowed  # the packs' own patterns are not counted
    assert {r.id for r in source.advice_for("T2").rules} >= {"t.urgency"}  # other workspaces untouched


def test_reviews_do_not_wait_while_a_reload_parses(tree, monkeypatch):
    pack, local = tree
    layer = local / "T1" / "tuning.yaml"
    layer.write_text(OVERRIDE, encoding="utf-8")
    source = AdviceSource([pack], local, quiet=True)
    parsing, release = threading.Event(), threading.Event()
    real_parse = advice_source_module.parse_layer_file

    def slow_parse(text: str, shown: str):
        parsing.set()
        release.wait(60)
        return real_parse(text, shown)

    monkeypatch.setattr(advice_source_module, "parse_layer_file", slow_parse)
    layer.write_text("t.urgency:\n  severity: tip\n", encoding="utf-8")
    reload = threading.Thread(target=source.reload)
    reload.start()
    try:
        assert parsing.wait(60)
        got: list[str] = []
        review = threading.Thread(target=lambda: got.append(severity(source, "T1")))
        review.start()
        review.join(30)
        assert got == ["blocker"], "a review waited for the reload's parsing"
    finally:
        release.set()
        reload.join(60)
    assert severity(source, "T1") == "tip"


SEEDS = (
    "hard-sell.urgency:\n  severity: blocker\n  en:\n    phrases+: [flash sale, 48-hour sale]\n"
    "hard-sell.exclamations:\n  status: off\n",
    "hard-sell.urgency:\n  fr:\n    phrases+: [vente flash]\n    exceptions+: [dernière chance]\n"
    "hard-sell.exclamations:\n  status: active\n  check:\n    max: 1\n",
)
PIECES = list(":-[]{}&*!|>'\"#\n \t\0\x0b\u00e9\ud800,?%@`\\") + [
    "  ", "- ", "*a", "&a ", "!!binary ", "!!float ", "!!int ", "{0,1000}", "(?P<", "[b-à]", "<<: "]


def mutants(count: int, seed: int):
    rng = random.Random(seed)
    packs = sorted((bundled_advice_dir() / "core").glob("*.yaml"))
    texts = [*SEEDS, *(p.read_text(encoding="utf-8") for p in packs[:8])]
    for _ in range(count):
        text = rng.choice(texts)
        for _ in range(rng.randint(1, 6)):
            at, roll = rng.randrange(len(text) + 1), rng.random()
            if roll < 0.4:
                text = text[:at] + rng.choice(PIECES) + text[at:]
            elif roll < 0.7:
                text = text[:at] + text[at + rng.randint(1, 5):]
            else:
                other = rng.randrange(len(text) + 1)
                text = text[:at] + text[min(at, other):max(at, other)] + text[at:]
        yield text


def test_mutated_layer_files_are_errors_never_exceptions():
    """The same generator ran on 10,000 files (seeds 7 and 11) with no exception. Most mutants are
    refused by the parser; the ones that change a rule are compiled, that rule alone."""
    base = Stack.from_rules(load_advice().rules)
    changed = 0
    for text in mutants(2000, seed=13):
        parsed, errors = parse_layer_file(text, "x.yaml")
        assert parsed is not None or errors
        if parsed is not None:
            stack = base.copy()
            stack.try_rule_file(parsed, "t") if parsed.kind == "rule" else stack.try_override_file(parsed, "t")
            # Entries are replaced, never changed in place: the rules the file touched are the new entries.
            touched = [entry.rule() for key, entry in stack.entries.items() if base.entries.get(key) is not entry]
            compile_rules(RuleSet(touched, []))
            changed += bool(touched)
    assert changed >= 20, "the mutants must reach the compiler, not only the parser"
