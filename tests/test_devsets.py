"""Our development sets (bench/devsets) keep the shared corpora's format, so `make eval`
reads them like any corpus file. Two optional keys the eval ignores may describe a row (round 38):
`genre`, the kind of post, and `batch`, the batch it was written in."""

import json
from pathlib import Path

DEVSETS = Path(__file__).resolve().parents[1] / "bench" / "devsets"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_devset_row_has_exactly_the_corpus_keys_and_a_known_label():
    files = sorted(DEVSETS.glob("*.jsonl"))
    assert len(files) >= 6
    for path in files:
        lang = path.name[:2]
        for row in _rows(path):
            assert set(row) - {"genre", "batch"} == {"id", "text", "label", "lang", "source"}, path.name
            assert isinstance(row.get("genre", ""), str) and isinstance(row.get("batch", 1), int)
            assert row["label"] in ("pushy", "self-promo", "ok")
            assert row["lang"] == lang and row["text"].strip()
            assert row["id"].startswith(row["source"] + ":")


def test_devset_ids_and_texts_are_unique_within_a_file():
    for path in DEVSETS.glob("*.jsonl"):
        rows = _rows(path)
        assert len({r["id"] for r in rows}) == len(rows)
        keys = ["".join(c for c in r["text"].lower() if c.isalnum()) for r in rows]
        assert len(set(keys)) == len(keys), path.name


def test_the_devsets_readme_counts_match_the_files():
    readme = (DEVSETS / "README.md").read_text(encoding="utf-8")
    for path in DEVSETS.glob("*.jsonl"):
        rows = _rows(path)
        counts = [sum(r["label"] == label for r in rows) for label in ("pushy", "self-promo", "ok")]
        assert f"| {path.name} | {path.name[:2]} | {counts[0]} | {counts[1]} | {counts[2]} |" in readme
