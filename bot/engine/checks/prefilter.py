"""Which patterns of a rule match a draft at all, in one pass: read from the language's shared
RE2 set (checks/needs.py: one pass for every rule) when given its registry, else from a set of
the rule's own."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import re2

from bot.engine.checks.needs import OneByOne, Patterns
from bot.engine.patterns import Pattern, utf8
from bot.engine.text import Doc

SEEN_SIZE = 1024


class Prefilter:
    """Every pattern of a rule in one RE2 set: one pass over the draft tells which patterns match
    at all, and only those are run to find where."""

    def __init__(self, patterns: list[Pattern], shared: Patterns | None = None):
        self.ids: dict[bool, list[int]] = {True: [], False: []}
        self.sets: dict[bool, re2.Set] = {}
        self.shared = shared
        self.pairs = [(id(p), shared.add(p)) for p in patterns] if shared is not None else []
        self.by_shared: dict[int, list[int]] = {}  # shared id -> this rule's ids of that pattern
        for own, shared_id in self.pairs:
            self.by_shared.setdefault(shared_id, []).append(own)
        self.seen: dict[frozenset[int], frozenset[int]] = {}  # patterns present in the set -> the rule's
        if shared is not None:
            return
        for fold in (True, False):
            chosen = [p for p in patterns if p.fold == fold]
            if not chosen:
                continue
            options = re2.Options()
            options.case_sensitive = not fold
            try:
                found = re2.Set.SearchSet(options)
                for pattern in chosen:
                    found.Add(pattern.source)
                found.Compile()
            except re2.error:  # a set RE2 refuses: every pattern runs on its own
                self.sets.clear()
                return
            self.sets[fold] = found
            self.ids[fold] = [id(p) for p in chosen]

    def matching(self, doc: Doc) -> AbstractSet[int] | None:
        """ids of the patterns that match the draft (None: no set, run them all)."""
        if self.shared is not None:
            if not self.pairs:
                return None  # no pattern: none to run either way
            present = self.shared.present(doc)
            if present is None:
                return None
            if isinstance(present, OneByOne):  # a first draft: only this rule's patterns are asked
                return frozenset(own for own, shared in self.pairs if shared in present)
            # Drafts share a few combinations of patterns present: each read once (bounded).
            found = self.seen.get(present)
            if found is None:
                if len(self.seen) > SEEN_SIZE:
                    self.seen.clear()
                # A draft has far fewer patterns present than a rule has patterns: read the rule's from those.
                by_shared = self.by_shared
                found = self.seen[present] = frozenset(own for shared in present if shared in by_shared
                                                       for own in by_shared[shared])
            return found
        if not self.sets:
            return None
        found: set[int] = set()
        for fold, patterns in self.sets.items():
            hits = patterns.Match(utf8(doc, fold))  # the draft encoded once for every set and pattern
            if hits:
                ids = self.ids[fold]
                found.update(ids[i] for i in hits)
        return found
