"""`exception_pattern` for `lexicon` and `signals` rules: RE2 patterns that carve a match out of a reading.

The setting is compiled by `signals_spec.compile_setting` (one pattern or a list, "@list" names a shared
list's patterns). A phrase list compares words, and cannot say what stands before them: "shop now" is a call in
"50% off, shop now", but a noun in "it's a charity shop now" and a statement in "I shop now at the
market". The pattern names that context (a determiner and its noun, a subject pronoun before the
verb), and a positive match it overlaps no longer counts, as a rule's phrase `exceptions` do.
Negative signals are kept wherever they are (an exception never removes a reading of ordinary text).
"""

from __future__ import annotations

from bot.engine.checks.pattern_groups import Group, spans_found
from bot.engine.measures import overlaps
from bot.engine.text import Doc

Span = tuple[int, int]
SCHEMA = {
    "anyOf": [{"type": "string", "minLength": 1}, {"type": "array", "items": {"type": "string", "minLength": 1}}],
    "description": ("RE2 patterns (folded text) or \"@list\" names whose patterns carve matches out: a positive "
                    "match a pattern's match overlaps does not count (as `exceptions`, with the words around it)"),
}


def carve_spans(doc: Doc, carves: Group) -> list[Span]:
    """Where the patterns match in the draft (once per draft and group: the rules that read
    `@noun-call` share it), only those the group's one pass finds searched (pattern_groups.py)."""
    key = ("carves", carves)
    memo = doc.memo
    if key not in memo:
        memo[key] = [span for spans in spans_found(carves, doc) for span in spans]
    return memo[key]  # type: ignore[no-any-return]


def uncarved(spans: list[Span], carves: list[Span]) -> list[Span]:
    """The spans that no carve overlaps."""
    return [span for span in spans if not overlaps(span, carves)]
