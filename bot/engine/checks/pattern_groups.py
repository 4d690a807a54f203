"""Patterns a check reads in full on a draft, as a group: a rule's `exception_pattern` carves and its
`reported_quotes` frames (session 17, speed30).

A salesy draft asked each of `hard-sell.pushy`'s ~24 carve patterns on its own (`@noun-call`,
`@attributed-clause`, `@stated-price`...), ~2 µs apiece on a ~280-character draft, and most found nothing.
A group's patterns are put in an RE2 registry of their own (checks/needs.py: FilteredRE2 for the
patterns with a literal, small sets for the rest), shared by every group of a language: one pass says
which of them match the draft at all, and only those are searched for their spans. The registry's answer
is exact (a pattern it leaves out has no match at all, so no span), so the spans are the same, in the
same order, as searching every pattern.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from bot.engine.checks.needs import Patterns, patterns_of
from bot.engine.patterns import Pattern, regex_spans
from bot.engine.phrases import PhraseIndex
from bot.engine.text import Doc

Span = tuple[int, int]


@dataclass(frozen=True, eq=False)
class Group:
    """Patterns searched together (`patterns`, in order), asked first through `registry` (`ids`: theirs
    there). One object per registry and tuple of patterns (`group`), so a draft's memo keys on it."""

    patterns: tuple[Pattern, ...]
    ids: tuple[int, ...]
    registry: Patterns
    id_set: frozenset[int] = field(init=False, repr=False)  # `ids` as a set: what `spans_found` tests the draft's against

    def __post_init__(self) -> None:
        object.__setattr__(self, "id_set", frozenset(self.ids))

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def __len__(self) -> int:
        return len(self.patterns)


def spans_found(group: Group, doc: Doc) -> Iterator[list[Span]]:
    """Each pattern's spans (`regex_spans`) that has any, in the group's order, searching only those the
    registry says match the draft at all."""
    if not group.patterns:
        return
    present = group.registry.present(doc)
    if type(present) is frozenset and present.isdisjoint(group.id_set):
        return  # (most drafts: none of the group's patterns matches at all, told by one C test)
    for pattern, pattern_id in zip(group.patterns, group.ids, strict=True):
        if present is None or pattern_id in present:
            spans = regex_spans(pattern, doc)
            if spans:
                yield spans


@dataclass
class _Registry:
    patterns: Patterns
    groups: dict[tuple[Pattern, ...], Group]


_LANGUAGES: WeakKeyDictionary[PhraseIndex, _Registry] = WeakKeyDictionary()
_ALONE: dict[tuple[Pattern, ...], Group] = {}  # groups built without a language (tests, tools)


def group(patterns: tuple[Pattern, ...], index: PhraseIndex | None = None) -> Group:
    """The group of these patterns, in the registry shared by the groups of the language's `index`
    (None: a registry of its own). The registry's set is built at the language's second draft that asks
    (the first is answered pattern by pattern, as needs.py's gate sets are)."""
    if index is None:
        alone = _ALONE.get(patterns)
        if alone is None:
            registry = Patterns()
            alone = _ALONE[patterns] = Group(patterns, tuple(registry.add(p) for p in patterns), registry)
        return alone
    shared = _LANGUAGES.get(index)
    if shared is None:
        shared = _LANGUAGES[index] = _Registry(patterns_of(index), {})
    made = shared.groups.get(patterns)
    if made is None:
        made = shared.groups[patterns] = Group(patterns, tuple(shared.patterns.add(p) for p in patterns),
                                               shared.patterns)
    return made
