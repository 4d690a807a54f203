"""`coach review --jsonl`: every line gets its own answer; a bad line is an `error`
object on its line and never stops the batch."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from adapters.cli import main

GOOD = json.dumps({"id": "ok", "text": "Thank you all for the questions this week, here are our answers."})
BLOCK = json.dumps({"id": "sell", "text": "Achetez maintenant !!! Offre limitée, dernière chance"})


def batch(data: bytes, tmp_path: Path):
    file = tmp_path / "batch.jsonl"
    file.write_bytes(data)
    result = CliRunner().invoke(main, ["review", "--jsonl", str(file)])
    return result, [json.loads(line) for line in result.output.splitlines()]


def test_each_bad_line_is_an_error_object_and_the_others_are_reviewed(tmp_path: Path):
    bad = [
        b'{"id": "latin1", "text": "caf\xe9 cr\xe8me"}',  # invalid UTF-8
        b'{"id": "lone", "text": "buy now \\ud800 please"}',  # lone surrogate escape
        b'{"id": ' + b"9" * 5000 + b', "text": "hello there my friends"}',  # 5,000-digit id
        b'{"id": "deep", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",  # deeply nested
        b'{"id": NaN, "text": "a real sentence here"}',
        b'{"id": {"a": 1}, "text": "a real sentence here"}',
        b'["not", "an", "object"]',
    ]
    lines = [GOOD.encode()] + [line for pair in zip(bad, [GOOD.encode()] * len(bad), strict=True) for line in pair]
    result, out = batch(b"\n".join(lines) + b"\n", tmp_path)
    assert len(out) == 1 + 2 * len(bad) and "Traceback" not in result.output
    reviewed, errors = out[0::2], out[1::2]
    assert all("score" in o and o["id"] == "ok" for o in reviewed)
    assert [e["error"]["code"] for e in errors] == [
        "bad_encoding", "bad_text", "bad_line", "bad_line", "bad_line", "bad_id", "bad_line"]
    assert [e["line"] for e in errors] == [2, 4, 6, 8, 10, 12, 14]
    assert errors[0]["id"] is None and errors[1]["id"] == "lone" and errors[3]["id"] is None
    assert "digits" in errors[2]["error"]["message"] and "nested" in errors[3]["error"]["message"]
    assert result.exit_code == 2  # a line could not be reviewed


def test_a_bom_on_the_first_line_is_not_an_error(tmp_path: Path):
    result, out = batch(b"\xef\xbb\xbf" + GOOD.encode() + b"\n" + GOOD.encode() + b"\n", tmp_path)
    assert [o["id"] for o in out] == ["ok", "ok"] and all("score" in o for o in out)
    assert result.exit_code == 0


def test_status_1_on_a_blocker_when_every_line_was_read(tmp_path: Path, pack):
    pack.rule(id="test.block", severity="blocker", fr="phrases: [interdit]", en="phrases: [forbidden]")
    file = tmp_path / "b.jsonl"
    file.write_text(json.dumps({"id": 1, "text": "This word is forbidden here"}) + "\n" + GOOD + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["review", "--pack", str(pack.path), "--jsonl", str(file)])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == [1, "ok"]


def test_stdin_batches_read_bytes_too():
    result = CliRunner().invoke(main, ["review", "--jsonl", "-"], input=b"\xef\xbb\xbf" + BLOCK.encode() + b"\n\xff\n")
    out = [json.loads(line) for line in result.output.splitlines()]
    assert out[0]["id"] == "sell" and out[0]["findings"]
    assert out[1]["error"]["code"] == "bad_encoding"
