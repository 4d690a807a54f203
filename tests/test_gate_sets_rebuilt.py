"""A registry built again from patterns met before (a reload after an admin's edit, each new Coach of a
process) gets the same literal filter and sets, compiling the filter once instead of twice: which patterns
need no literal, their searched forms and rare gates are remembered per process (session 34)."""

from __future__ import annotations

import pytest

from bot.engine.checks import literals
from bot.engine.checks.needs import Patterns
from bot.engine.patterns import compile_regex
from bot.engine.text import Doc, fold

SOURCES = [r"\bshop now\b", r"\blaunch(?:es|ed)?\b", r"(?:our|my) new \w+", r"\$\d+", r"^\W*free\b",
           r"\b\w+ly\b", r"[0-9a-z]{12,}", r"\b(?:limited|last) (?:time|chance)\b", r"@\w+", r"(?:)"]


def _registry(sources: list[str]) -> Patterns:
    registry = Patterns()
    for source in sources:
        registry.add(compile_regex(source, fold=True))
    registry.add(compile_regex(r"BUY NOW", fold=False))
    return registry


def _state(registry: Patterns) -> tuple[object, ...]:
    registry.present(Doc("warm", "en", "warm"))
    assert registry.filter is not None and registry.sets is not None
    return (registry.filter.ids, registry.filter.found, [ids for _, _, ids in registry.sets], registry.gates,
            registry.refused)


def test_a_registry_built_again_is_the_same_and_compiles_its_filter_once(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(literals, "_NEEDLESS", {})
    compiled: list[int] = []
    real = literals._compiled
    monkeypatch.setattr(literals, "_compiled", lambda forms: compiled.append(len(forms)) or real(forms))
    first = _state(_registry(SOURCES))
    assert len(compiled) == 2  # patterns needing no literal ("\b\w+ly\b", the empty one): compiled again without
    again = _state(_registry(SOURCES))
    assert again == first and len(compiled) == 3
    _state(_registry([*SOURCES, r"\bbrand new\b"]))  # a pattern not met before: both compilations again
    assert len(compiled) == 5


@pytest.mark.parametrize("text", ["Shop now, our new range launches today!", "$20 for the first 10",
                                  "quietly, slowly", "FREE delivery, BUY NOW", "@someone abcdefghijklmnop", ""])
def test_a_registry_built_again_finds_what_the_first_found(text: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(literals, "_NEEDLESS", {})
    first, again = _registry(SOURCES), _registry(SOURCES)
    _state(first), _state(again)
    doc_one, doc_two = Doc(text, "en", fold(text)), Doc(text, "en", fold(text))
    assert first.present(doc_one) == again.present(doc_two)
