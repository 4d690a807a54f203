"""bot.engine.yamlfile keeps no parse node once a file is read (speed46): the shared loader used to file every
scalar node it built, so each advice file's nodes and marks lived as long as the process."""

from __future__ import annotations

import gc

import pytest
import yaml

from bot.engine import yamlfile

TEXTS = [
    "id: ask\nmessage:\n  en: Ask one clear question 🙂\n  fr: « Posez une seule question » à la fin\n",
    "patterns:\n  - '\\bbuy now\\b'\n  - 'achetez (?:vite|maintenant)'\nweight: 2.5\nstatus: off\nlive: true\n",
    "long: " + "mot très long " * 2_000 + "\nlist: [1, 2, 3, 'é', null]\n",
]
BROKEN = ["value: !!float via\n", "value: !!int 1e999x\n", "a: &x 1\nb: *x\n", "a: 1\na: 2\n"]


def _nodes_alive() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, (yaml.Node, yaml.Mark)))


@pytest.mark.parametrize("text", TEXTS)
def test_a_file_read_leaves_no_node_behind_and_reads_as_before(text: str) -> None:
    before = _nodes_alive()
    found = yamlfile.load(text)
    assert not yamlfile._RESOLVER.constructed_objects
    assert not yamlfile._RESOLVER.recursive_objects
    assert _nodes_alive() == before
    plain = yaml.safe_load(text)
    plain = {k: ("off" if k == "status" else v) for k, v in plain.items()}  # YAML 1.1 reads `off` as False
    assert found.data == plain


@pytest.mark.parametrize("text", BROKEN)
def test_a_file_refused_leaves_no_node_behind_either(text: str) -> None:
    before = _nodes_alive()
    with pytest.raises(yamlfile.YamlError):
        yamlfile.load(text)
    assert not yamlfile._RESOLVER.constructed_objects
    assert not yamlfile._RESOLVER.recursive_objects
    assert _nodes_alive() == before


def test_the_same_text_read_twice_gives_the_same_values_and_lines() -> None:
    first, second = yamlfile.load(TEXTS[0]), yamlfile.load(TEXTS[0])
    assert first.data == second.data and first.lines == second.lines
