"""bot.engine.yamlfile keeps no parse node once a file is read (speed46): the shared loader used to file every
scalar node it built, so each advice file's nodes and marks lived as long as the process."""

from __future__ import annotations

import gc
import weakref

import pytest
import yaml

from bot.engine import yamlfile

TEXTS = [
    "id: ask\nmessage:\n  en: Ask one clear question 🙂\n  fr: « Posez une seule question » à la fin\n",
    "patterns:\n  - '\\bbuy now\\b'\n  - 'achetez (?:vite|maintenant)'\nweight: 2.5\nstatus: off\nlive: true\n",
    "long: " + "mot très long " * 2_000 + "\nlist: [1, 2, 3, 'é', null]\n",
]
BROKEN = ["value: !!float via\n", "value: !!int 1e999x\n", "a: &x 1\nb: *x\n", "a: 1\na: 2\n"]


@pytest.fixture
def born(monkeypatch: pytest.MonkeyPatch) -> list[weakref.ref]:
    """A weak reference to every parse node and mark built during the test. Cheaper than scanning
    gc.get_objects() of a worker that holds the packs, and blind to nodes other code keeps."""
    refs: list[weakref.ref] = []
    for cls in (yaml.ScalarNode, yaml.nodes.CollectionNode, yaml.Mark):
        def init(self: object, *args: object, _original=cls.__init__, **kwargs: object) -> None:
            _original(self, *args, **kwargs)
            refs.append(weakref.ref(self))
        monkeypatch.setattr(cls, "__init__", init)
    return refs


def _alive(refs: list[weakref.ref]) -> list[object]:
    """The nodes still alive after a full collection. The nodes were born during the test, so a collection
    of the young generations frees their cycles unless a full one promoted them meanwhile; the full one
    (~1 s in a worker holding the packs) runs only when some are still alive after it."""
    for generation in (1, 2):
        if all(ref() is None for ref in refs):
            break
        gc.collect(generation)
    return [ref() for ref in refs if ref() is not None]


@pytest.mark.parametrize("text", TEXTS)
def test_a_file_read_leaves_no_node_behind_and_reads_as_before(text: str, born: list[weakref.ref]) -> None:
    found = yamlfile.load(text)
    assert born, "the loader builds its nodes through PyYAML's classes"
    assert not yamlfile._RESOLVER.constructed_objects
    assert not yamlfile._RESOLVER.recursive_objects
    assert _alive(born) == []
    plain = yaml.safe_load(text)
    plain = {k: ("off" if k == "status" else v) for k, v in plain.items()}  # YAML 1.1 reads `off` as False
    assert found.data == plain


@pytest.mark.parametrize("text", BROKEN)
def test_a_file_refused_leaves_no_node_behind_either(text: str, born: list[weakref.ref]) -> None:
    with pytest.raises(yamlfile.YamlError):
        yamlfile.load(text)
    assert not yamlfile._RESOLVER.constructed_objects
    assert not yamlfile._RESOLVER.recursive_objects
    assert _alive(born) == []


def test_a_node_kept_by_someone_is_seen(born: list[weakref.ref]) -> None:
    kept = yaml.compose("a: [1, 2]\n", Loader=yaml.SafeLoader)
    assert len(_alive(born)) >= 4 and kept is not None


def test_the_same_text_read_twice_gives_the_same_values_and_lines() -> None:
    first, second = yamlfile.load(TEXTS[0]), yamlfile.load(TEXTS[0])
    assert first.data == second.data and first.lines == second.lines
