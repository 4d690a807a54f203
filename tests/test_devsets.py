"""Our development sets (bench/devsets) keep the shared corpora's format, so `make eval`
reads them like any corpus file. Optional keys the eval ignores may describe a row: `genre`, the kind of
post, and `batch`, the batch it was written in (round 38); `pair`, an id shared by a post and its translation
in the other language's file (round 43), whose two rows carry the same label."""

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
            assert set(row) - {"genre", "batch", "pair"} == {"id", "text", "label", "lang", "source"}, path.name
            assert isinstance(row.get("genre", ""), str) and isinstance(row.get("batch", 1), int)
            assert isinstance(row.get("pair", ""), str)
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


def test_paired_rows_have_their_twin_in_the_other_language_with_the_same_label():
    paired: dict[str, dict[str, str]] = {}
    for path in DEVSETS.glob("*.jsonl"):
        for row in _rows(path):
            if "pair" in row:
                twins = paired.setdefault(row["pair"], {})
                assert row["lang"] not in twins, f"{row['pair']} twice in {row['lang']}"
                twins[row["lang"]] = row["label"]
    assert paired
    for pair, twins in paired.items():
        assert set(twins) == {"en", "fr"} and len(set(twins.values())) == 1, pair
