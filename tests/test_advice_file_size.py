"""An advice file may hold up to 512 KB: a rule with many examples loads, a runaway file is refused by name."""

from __future__ import annotations

import pytest

from bot.engine import yamlfile


def _examples(n: int) -> str:
    lines = "".join(f'      - "Example post number {i}, written to prove that the rule stays quiet here."\n' for i in range(n))
    return "en:\n  examples:\n    good:\n" + lines


def test_a_rule_with_many_examples_loads() -> None:
    text = _examples(4_000)  # ~330 KB: more than the old 256 KB limit
    assert 256 * 1024 < len(text.encode()) < yamlfile.MAX_BYTES
    assert len(yamlfile.load(text).data["en"]["examples"]["good"]) == 4_000


def test_a_runaway_file_is_refused_with_its_size_and_the_limit() -> None:
    text = _examples(7_000)  # ~580 KB
    with pytest.raises(yamlfile.YamlError) as refused:
        yamlfile.load(text)
    assert refused.value.line == 1
    assert "over the 512 KB limit" in refused.value.message
