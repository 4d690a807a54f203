"""Round 33 of issue 15: fresh36's and fresh37's misses and false coverage, read in general form; and the plan
figures saved by `python -m bench.eval --section plans --save FILE`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.eval import plans as eval_plans
from bench.eval.__main__ import main as eval_main
from bench.eval.corpora import Options

# --- `--save` writes the plan figures (it wrote no file through `python -m bench.eval --section plans`) ---

@pytest.fixture
def tiny_sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Two one-plan sets standing in for the 40 plans and one fresh set, so that a save takes a second."""
    dev, fresh = tmp_path / "dev", tmp_path / "freshX"
    for folder, (name, text, label) in ((dev, SAVE_PLANS[0]), (fresh, SAVE_PLANS[1])):
        folder.mkdir()
        (folder / name).write_text(text, encoding="utf-8")
        (folder / "labels.yaml").write_text(f"{name}: {label}\n", encoding="utf-8")
    monkeypatch.setattr(eval_plans, "PLANS", dev)
    monkeypatch.setattr(eval_plans, "SETS", ((dev, "dev: one plan"), (fresh, "fresh X: one plan")))
    return dev, fresh


SAVE_PLANS = (
    ("en-1.md", "Kiln & Co\n\nGoal: 30 more class bookings by June. Mia posts the class photos every Friday.\n",
     "{kind: thin, sections: [purpose, owners]}"),
    ("fr-1.md", "Atelier Brin\n\nObjectif : être présents sur tous les réseaux. Léa publie le lundi.\n",
     "{kind: counterfeit, sections: [owners], counterfeits: [presence]}"),
)


def test_bench_eval_section_plans_save_writes_the_plan_figures(tiny_sets, tmp_path):
    dev, fresh = tiny_sets
    out = tmp_path / "figures.json"
    eval_main(["--section", "plans", "--save", str(out), "--before", ""])
    saved = json.loads(out.read_text(encoding="utf-8"))
    plans = saved["plans"]
    assert plans["both"] == eval_plans.summary(eval_plans.evaluate(dev))["both"]
    assert plans["sets"]["freshX"] == eval_plans.summary(eval_plans.evaluate(fresh))
    assert plans["sets"]["freshX"]["counterfeits"] == [1, 1]
    assert set(plans["sets"]) == {"dev", "freshX"}


def test_the_plan_figures_join_the_review_figures_written_in_the_same_run(tiny_sets, tmp_path):
    out = tmp_path / "figures.json"
    out.write_text(json.dumps({"groups": {"x": {"recall": 0.5}}}), encoding="utf-8")
    lines = list(eval_plans.run(Options(save=str(out), section=[])))  # every section: the review wrote first
    assert lines[-1] == f"plan figures written to {out}"
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["groups"] == {"x": {"recall": 0.5}} and "both" in saved["plans"]
    list(eval_plans.run(Options(save=str(out), section=["plans"])))  # plans alone: an old file is replaced
    assert set(json.loads(out.read_text(encoding="utf-8"))) == {"plans"}


def test_the_plans_module_alone_saves_the_format_of_before_json(tiny_sets, tmp_path, capsys):
    out = tmp_path / "before.json"
    eval_plans.main(["--save", str(out)])
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert {"languages", "both", "sections", "counterfeits", "false_counterfeits", "sets"} <= set(saved)
    assert "plan figures written to" in capsys.readouterr().out
    # what a save holds for a set has the keys of a set's first-run.json, so the two compare leaf by leaf
    shipped = Path(eval_plans.__file__).resolve().parents[1] / "plans" / "fresh36" / "first-run.json"
    assert saved["sets"]["freshX"].keys() == json.loads(shipped.read_text(encoding="utf-8")).keys()
