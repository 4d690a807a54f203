"""A rule's further examples live in `examples/<its file name>` beside it: added after its own, verified like
them, read again when either file changes, and a broken examples file is reported at its own file, line and key
while the rule loads with its own examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.advice import load_advice
from bot.engine.examples import verify_rule
from bot.engine.rules import load_rules
from bot.layers.source import AdviceSource
from tests.conftest import count_parses, rule_yaml


def _rule(folder: Path) -> Path:
    text = rule_yaml(id="t.urgency", en="phrases: [buy now]", fr="phrases: [achetez maintenant]")
    text = text.replace('bad: ["[[x]]"]', 'bad: ["[[Achetez maintenant]] !"]', 1)  # the French block comes first
    text = text.replace('good: ["y"]', 'good: ["Un message calme"]', 1)
    text = text.replace('bad: ["[[x]]"]', 'bad: ["[[Buy now]] and save"]').replace('good: ["y"]', 'good: ["A calm post"]')
    file = folder / "t.urgency.yaml"
    file.write_text(text, encoding="utf-8")
    return file


def _examples(folder: Path, text: str) -> Path:
    (folder / "examples").mkdir(exist_ok=True)
    file = folder / "examples" / "t.urgency.yaml"
    file.write_text(text, encoding="utf-8")
    return file


MORE = """\
en:
  bad: ["Last day: [[buy now]]"]
  good: ["We bought a new oven"]
fr:
  good: ["On a acheté un four"]
"""


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path / "cache"))


def test_the_examples_file_adds_its_examples_after_the_rules_own(tmp_path: Path):
    _rule(tmp_path)
    _examples(tmp_path, MORE)
    rules = load_rules([tmp_path])
    assert rules.errors == [] and len(rules.rules) == 1, "the examples file is no rule of its own"
    en, fr = rules.rules[0].lang("en")["examples"], rules.rules[0].lang("fr")["examples"]
    assert en["bad"] == ["[[Buy now]] and save", "Last day: [[buy now]]"]
    assert en["good"] == ["A calm post", "We bought a new oven"]
    assert fr["bad"] == ["[[Achetez maintenant]] !"]
    assert fr["good"] == ["Un message calme", "On a acheté un four"]


def test_its_examples_are_verified_like_the_rules_own(tmp_path: Path):
    _rule(tmp_path)
    _examples(tmp_path, "en:\n  bad: ['Order [[today]]']\n  good: ['Please buy now']\n")
    failures = verify_rule(load_rules([tmp_path]).rules[0])
    assert {(f.language, f.kind, f.example) for f in failures} == {
        ("en", "bad", "Order [[today]]"), ("en", "good", "Please buy now")}


@pytest.mark.parametrize(("text", "line", "key", "problem"), [
    ("en:\n  bad: ['[[buy now]]'\n", 3, "", "YAML"),
    ("en:\n  bad: ['[[buy now]]']\nde:\n  good: ['x']\n", 3, "de", "unknown key"),
    ("en:\n  bad: ['[[buy now]]']\n  soso: ['x']\n", 3, "en.soso", "unknown key"),
    ("en:\n  good:\n    - fine\n    - 12\n", 4, "en.good[1]", "expected an example's text"),
    ("en: [a list]\n", 1, "en", "expected a mapping"),
    ("- just a list\n", 1, "", "expected a mapping of languages"),
])
def test_a_broken_examples_file_is_reported_at_its_own_line_and_the_rule_keeps_its_own(
        tmp_path: Path, text: str, line: int, key: str, problem: str):
    _rule(tmp_path)
    _examples(tmp_path, text)
    advice = load_advice([tmp_path])
    assert [rule.id for rule in advice.rules] == ["t.urgency"], "the rule still loads and runs"
    (error,) = advice.errors
    assert error.path.endswith("examples/t.urgency.yaml") and error.line == line and error.key == key
    assert problem.lower() in error.message.lower() or problem == "YAML"
    assert advice.rules[0].lang("en")["examples"]["good"] == ["A calm post"]
    again = load_advice([tmp_path])  # (not taken from the pack cache without its error)
    assert [str(e) for e in again.errors] == [str(error)]


def test_the_pack_cache_reads_the_rule_again_when_only_its_examples_file_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    _rule(tmp_path)
    examples = _examples(tmp_path, MORE)
    parsed = count_parses(monkeypatch)
    load_rules([tmp_path])
    assert len(parsed) == 1
    load_rules([tmp_path])
    assert len(parsed) == 1, "both files unchanged: taken from the cache"
    examples.write_text(MORE.replace("Last day", "Final day"), encoding="utf-8")
    rule = load_rules([tmp_path]).rules[0]
    assert len(parsed) == 2
    assert rule.lang("en")["examples"]["bad"][-1] == "Final day: [[buy now]]"
    examples.unlink()
    assert load_rules([tmp_path]).rules[0].lang("en")["examples"]["bad"] == ["[[Buy now]] and save"]


def test_a_running_bot_reloads_a_rule_whose_examples_file_changed(tmp_path: Path):
    packs = tmp_path / "packs"
    packs.mkdir()
    _rule(packs)
    source = AdviceSource([packs], None, quiet=True)
    assert source.rules[0].lang("en")["examples"]["good"] == ["A calm post"]
    _examples(packs, MORE)
    report = source.reload()
    assert any(path.endswith("t.urgency.yaml") for path in report.changed)
    assert source.rules[0].lang("en")["examples"]["good"][-1] == "We bought a new oven"
    _examples(packs, "en: [broken]\n")
    source.reload()
    assert any("examples/t.urgency.yaml" in str(e) and "en" in str(e) for e in source.errors)
    assert [rule.id for rule in source.rules] == ["t.urgency"]


def test_the_bundled_pushy_rule_keeps_examples_of_its_own_and_reads_the_rest_beside_it():
    import yaml

    rule = next(r for r in load_rules([Path("advice/core")]).rules if r.id == "hard-sell.pushy")
    own = yaml.safe_load(Path("advice/core/hard-sell.pushy.yaml").read_text(encoding="utf-8"))
    beside = yaml.safe_load(Path("advice/core/examples/hard-sell.pushy.yaml").read_text(encoding="utf-8"))
    for lang in ("en", "fr"):
        for kind in ("bad", "good"):
            mine, more = own[lang]["examples"][kind], beside[lang][kind]
            assert 1 <= len(mine) < len(more)
            assert rule.lang(lang)["examples"][kind] == mine + more
