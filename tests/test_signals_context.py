"""Context signals (`context: true`): a web address, a mailing's footer, money talk say where a
sale could happen, never that one does. They add to a sum only beside a selling signal, and the
fitting tool records them that way, so their weights are fitted with the gate in place."""

from __future__ import annotations

import json
from pathlib import Path

from bench.fit_signals import main
from bot.engine.review import ReviewContext, review
from tests.conftest import rule_yaml

CHECK = """\
type: signals
threshold: 3
signals:
  link: {weight: 1.5, context: true, pattern: '\\bhttps?://\\S+'}
  price: {weight: 1.5, context: true, metric: prices}
  deadline: {weight: 1.5}
"""
EN = "signals:\n  deadline: [today only, ends tonight]\n"
FR = "signals:\n  deadline: [aujourd'hui seulement, se termine ce soir]\n"


def run(pack, text: str, language: str = "en"):
    pack.rule(check=CHECK, fr=FR, en=EN)
    return review(text, ReviewContext(pack.load(), language=language)).findings


def test_context_signals_alone_never_add_up(pack):
    # a colleague's mail with a link and a price: 1.5 + 1.5 would reach 3, but nothing sells
    assert not run(pack, "The hotel quoted $1,200 a day, details at https://intranet.example/offsite")
    assert not run(pack, "L'hôtel demande 1 200 € par jour, détails sur https://intranet.example/seminaire", "fr")


def test_beside_a_selling_signal_they_count_in_full(pack):
    (finding,) = run(pack, "Today only: $19 at https://shop.example/deal")
    assert {q.excerpt for q in finding.places} >= {"Today only", "$19"}
    assert run(pack, "Aujourd'hui seulement : 19 € sur https://boutique.example/offre", "fr")


def test_a_selling_signal_alone_stays_under_the_threshold(pack):
    assert not run(pack, "The market ends tonight, come and say hello.")


def test_the_schema_accepts_context_only_as_a_boolean(pack):
    import yaml

    from bot.engine.rules import rule_problems

    data = yaml.safe_load(rule_yaml(check=CHECK.replace("context: true", "context: maybe", 1), fr=FR, en=EN))
    assert any("context" in str(p) for p in rule_problems(data))


def test_the_fitting_tool_records_context_signals_only_beside_a_selling_signal(tmp_path: Path):
    rule = tmp_path / "rule.yaml"
    rule.write_text(rule_yaml(check=CHECK, fr=FR, en=EN), encoding="utf-8")
    data = tmp_path / "rows.jsonl"
    rows = [row for i in range(10) for row in (
        {"id": f"a{i}", "text": f"Lunch is ${i + 5}, menu at https://canteen.example", "label": "ok", "lang": "en"},
        {"id": f"b{i}", "text": f"Today only: ${i + 5} at https://shop.example", "label": "pushy", "lang": "en"})]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    features = tmp_path / "features.jsonl"
    assert main([str(rule), str(data), "--features", str(features)]) == 0
    seen = {r["id"]: set(r["signals"]) for r in map(json.loads, features.read_text().splitlines())}
    assert seen["a0"] == set() and seen["b0"] == {"deadline", "price", "link"}
