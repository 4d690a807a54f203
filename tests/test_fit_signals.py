"""Fitting a signals rule's weights on labelled rows, and writing them back in place."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from bench.fit_signals import main
from bot.engine.advice import load_advice
from bot.engine.review import ReviewContext, review
from tests.conftest import rule_yaml

ROOT = Path(__file__).resolve().parents[1]
CHECK = """\
type: signals
threshold: 4   # the sum that fires
signals:
  # what a pushy post asks for
  call-to-action: {weight: 1, at: start}
  price: {weight: 1, metric: prices}
  greeting:
    weight: 1
    pattern: '\\b(?:hello|hi)\\b'
  unused: {weight: 0.7, metric: phone_numbers}
"""
EN = "signals:\n  call-to-action: [order, buy]\n"
FR = "signals:\n  call-to-action: [commandez]\n"


def rows(tmp_path: Path) -> Path:
    data = []
    for i in range(60):
        data.append({"id": f"p{i}", "text": f"Order {i} boxes today for only ${i + 5}", "label": "pushy", "lang": "en"})
        data.append({"id": f"q{i}", "text": f"Hello team, the meeting {i} is moved to Tuesday", "label": "ok", "lang": "en"})
        data.append({"id": f"r{i}", "text": f"Hi all, lunch costs ${i + 2} this week", "label": "ok", "lang": "en"})
    data.append({"id": "x", "text": "Bonjour à tous", "label": "ok", "lang": "fr"})
    data.append({"id": "y", "text": "Order now", "label": "self-promo", "lang": "en"})  # neither label: left out
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in data) + "\n", encoding="utf-8")
    return path


def test_fitted_weights_are_written_in_place_and_separate_the_rows(tmp_path, capsys):
    pack = tmp_path / "pack"
    pack.mkdir()
    rule = pack / "t.pushy.yaml"
    rule.write_text(rule_yaml(id="t.pushy", check=CHECK, fr=FR, en=EN), encoding="utf-8")
    before = rule.read_text(encoding="utf-8")
    features = tmp_path / "features.jsonl"
    assert main([str(rule), str(rows(tmp_path)), "--write", "--features", str(features)]) == 0
    out = capsys.readouterr().out
    assert "181 rows: 60 positive, 121 negative" in out
    after = rule.read_text(encoding="utf-8")
    # Only the numbers changed: comments, order and flow style stay.
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]
    assert changed and all("weight" in a and "weight" in b for a, b in changed)
    assert "threshold: 4   # the sum that fires" in after and "# what a pushy post asks for" in after
    assert "unused: {weight: 0.7, metric: phone_numbers}" in after  # never present: kept as written
    assert "(never present: kept)" in out
    advice = load_advice([pack])
    context = ReviewContext(advice, language="en")
    assert review("Order 3 boxes for only $12", context).findings
    assert not review("Hi all, lunch costs $4 this week", context).findings
    assert not review("Hello, order the new book at the library", context).findings
    recorded = [json.loads(line) for line in features.read_text(encoding="utf-8").splitlines()]
    assert {"id": "p1", "positive": True, "signals": ["call-to-action", "price"]} in recorded


def test_a_rule_of_another_type_is_refused(tmp_path, capsys):
    rule = tmp_path / "t.lex.yaml"
    rule.write_text(rule_yaml(id="t.lex", fr="phrases: [a]", en="phrases: [a]"), encoding="utf-8")
    assert main([str(rule), str(rows(tmp_path))]) == 2
    assert "not a signals rule" in capsys.readouterr().err


def test_coach_never_imports_the_fitting_library():
    for path in (ROOT / "bot").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)
                 for alias in getattr(node, "names", [])} | {
            node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not any(n.split(".")[0] in ("sklearn", "bench") for n in names), path
