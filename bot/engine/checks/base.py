"""What every check type shares: the hit it returns, the scope it reads, and its contract.

A check type is one module of bot/engine/checks/ that defines `TYPE = CheckType(...)`:

- `settings`: a dataclass of the keys it reads under `check:` (each field made with
  `setting(default, schema)`; a field without a default is required), read with
  `settings_of(type.settings, rule.check)`;
- `lists` / `required_lists`: the language-block lists it reads, and the ones it needs;
- `problems(data)`: what its JSON Schema cannot say (optional); `language_problems(data, lang)`
  the same for one language block;
- `compile(rule, language, index)`: the function from a prepared draft to hits;
- `needs(rule, language, index)`: what its check cannot find anything without (optional;
  bot/engine/checks/needs.py), so the review skips the rule on drafts without it;
- `doc`: what it does, in a sentence (the module's docstring); `template`: what
  `coach rules new --type` writes under `check:`.

Its JSON Schema fragment is derived from `settings`: a field's `schema`, else the shared
definition in KEYS below (keys several types read keep one meaning).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from typing import Any
from weakref import WeakKeyDictionary

from bot.engine import clauses, lists, measures
from bot.engine.checks.needs import Clause
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Problem, Rule
from bot.engine.text import Doc, once


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a rule fires: its span, the values its message reads, a fix, the other places
    the same finding quotes (a signals rule's sum quotes its strongest signals: one finding),
    and how strongly it fired."""

    start: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)
    fix: str | None = None
    more: tuple[tuple[int, int], ...] = ()
    strength: float = 1.0  # how far past its threshold the rule fired (a signals sum): scales the penalty
    severity: str | None = None  # a severity above the rule's, for this finding (a signals rule's blocker_at)


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of a slotted dataclass's fields, in their order: a hand-written __init__ that
    calls them skips the object.__setattr__ a frozen dataclass pays per field."""
    return tuple(cls.__dict__[f.name].__set__ for f in fields(cls))


_FRESH: Any = object()  # no `values` given: each hit gets a dict of its own
_HIT_SLOTS = slot_setters(Hit)


def _hit_init(self: Hit, start: int, end: int, values: dict[str, Any] = _FRESH, fix: str | None = None,
              more: tuple[tuple[int, int], ...] = (), strength: float = 1.0, severity: str | None = None) -> None:
    """The dataclass's own __init__, its slots set directly: a frozen dataclass sets each field
    through object.__setattr__, and the checks make a hit per match (40 % cheaper)."""
    s_start, s_end, s_values, s_fix, s_more, s_strength, s_severity = _HIT_SLOTS
    s_start(self, start)
    s_end(self, end)
    s_values(self, {} if values is _FRESH else values)
    s_fix(self, fix)
    s_more(self, more)
    s_strength(self, strength)
    s_severity(self, severity)


Hit.__init__ = _hit_init  # type: ignore[method-assign]


@dataclass
class Scope:
    """What a check sees: the draft, the phrase matches, and optional history."""

    doc: Doc
    matches: dict[int, list[tuple[int, int]]]
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. "history": a HistoryView
    gates: dict[int, bool] = field(default_factory=dict, repr=False, compare=False)  # gate number -> passes

    @once
    def listed(self) -> frozenset[int]:
        """The phrase lists the scan found, as a set: the signals rules read theirs from it (one C
        intersection each) instead of each intersecting the matches anew (session 40, speed59)."""
        return frozenset(self.matches)

    @once
    def sentences(self) -> list[tuple[int, int]]:
        return clauses.sentences(self.doc.text)

    @once
    def _opening(self) -> dict[int, bool]:
        return {}

    def opens_clause(self, offset: int) -> bool:
        """Whether the word at `offset` opens a sentence or clause (where imperatives stand)."""
        found = self._opening.get(offset)
        if found is None:
            found = self._opening[offset] = clauses.opens_clause(self.doc, offset)
        return found

    @once
    def _measured(self) -> dict[tuple[str, int], list[tuple[int, int]]]:
        return {}

    def items(self, metric: str, caps_words: int = 4) -> list[tuple[int, int]]:
        """What a counted measure counts (prices, shouting...), measured once per draft for every rule."""
        key = (metric, caps_words)
        found = self._measured.get(key)
        if found is None:
            prices = self.items("prices") if metric == "short_codes" else None
            found = self._measured[key] = measures.items(self.doc, metric, caps_words, prices)
        return found

    def imperatives(self, list_id: int | None) -> list[tuple[int, int]]:
        """Matches of a list of verbs where they open a sentence or clause: imperatives
        ("Join us", "pls share", « Abonnez-vous »), a way of talking to the reader."""
        return [sp for sp in self.spans(list_id) if self.opens_clause(sp[0])]

    @once
    def _spans(self) -> dict[int, list[tuple[int, int]]]:
        return {}

    def spans(self, list_id: int | None) -> list[tuple[int, int]]:
        """Character spans matched by a registered phrase list, found once per draft for every
        rule that reads the list (a shared list is read by many); each caller gets its own copy
        (a check may add to the list it is given: `skip += ...`)."""
        found = self.matches.get(list_id) if list_id is not None else None
        if not found:
            return []
        known = self._spans.get(list_id)  # type: ignore[arg-type]
        if known is None:
            tokens = self.doc.tokens
            starts, ends = tokens.starts, tokens.ends
            known = self._spans[list_id] = [(starts[i], ends[j - 1]) for i, j in found]  # type: ignore[index]
        return known.copy()


CheckFn = Callable[[Scope], list[Hit]]
Compile = Callable[[Rule, str, PhraseIndex], CheckFn]

# Keys several check types read, with one definition each (JSON Schema).
KEYS: dict[str, dict[str, Any]] = {
    "max": {"type": "number", "minimum": 0},
    "min": {"type": "number", "minimum": 0},
    "threshold": {"type": "number", "minimum": 0,
                  "description": "density: terms per 100 words; signals: the sum of weights that fires"},
    "caps_words": {"type": "integer", "minimum": 2,
                   "description": "shouting: capitalised words in a row that make shouting (default 4)"},
    "min_words": {"type": "integer", "minimum": 0},
    "fold": {"type": "boolean"},
    "count": {"type": "integer", "minimum": 1},
    "category": {"type": "string"},
}
# A gate's conditions (bot/engine/checks/gate.py): what `when` / `unless` hold.
GATE_METRICS = ("shouting", "exclamations", "questions", "links", "distinct_links", "hashtags", "mentions", "emoji", "prices",
                "percentages", "phone_numbers", "short_codes", "caps_ratio", "words", "length")
_CONDITION = {
    "oneOf": [
        {"type": "string", "pattern": "^@?[a-z0-9][a-z0-9_-]*$",
         "description": "\"@name\": a shared list (advice/lists/name.yaml); name: a signal of this (signals) rule"},
        {"type": "object", "additionalProperties": False, "required": ["pattern"],
         "properties": {"pattern": {"type": "string", "minLength": 1}, "fold": {"type": "boolean"}}},
        {"type": "object", "additionalProperties": False, "required": ["metric"],
         "properties": {"metric": {"enum": list(GATE_METRICS)}, "min": {"type": "number", "minimum": 0},
                        "max": {"type": "number", "minimum": 0}}},
    ],
}
# Written once in the rule schema's $defs (the generator writes them), named by every type.
DEFS: dict[str, dict[str, Any]] = {
    "when": {"type": "array", "minItems": 1, "items": _CONDITION,
             "description": "gate: the check runs only when one of these holds: \"@list\", a signal's name, "
                            "{pattern: ...}, {metric: ..., min: ..., max: ...} (and the language's when phrases)"},
    "unless": {"type": "array", "minItems": 1, "items": _CONDITION,
               "description": "gate: the check never runs when one of these holds (the same conditions as when)"},
}
KEYS["when"] = {"$ref": "#/$defs/when"}
KEYS["unless"] = {"$ref": "#/$defs/unless"}
# Keys any type may carry: the post category a categories-pack rule tags, and the gate.
COMMON = ("category", "when", "unless")


def setting(default: Any = MISSING, schema: dict[str, Any] | None = None) -> Any:
    """A field of a type's settings: its default (none: required) and, for a key of its own,
    its JSON Schema (keys in KEYS have theirs)."""
    metadata = {"schema": schema} if schema is not None else {}
    if isinstance(default, list | dict):
        return field(default_factory=lambda: type(default)(default), metadata=metadata)
    return field(default=default, metadata=metadata)


def settings_of(cls: type, check: dict[str, Any]) -> Any:
    """A type's settings read from a rule's `check:` mapping (validated already)."""
    return cls(**{f.name: check[f.name] for f in fields(cls) if f.name in check})


def _no_problems(*_: Any) -> list[Problem]:
    return []


@dataclass(frozen=True)
class CheckType:
    """A kind of check: how its rules compile, and the settings it reads."""

    name: str
    compile: Compile
    settings: type
    doc: str
    lists: tuple[str, ...] = ()
    required_lists: tuple[str, ...] = ()
    problems: Callable[[dict[str, Any]], list[Problem]] = _no_problems
    language_problems: Callable[[dict[str, Any], str], list[Problem]] = _no_problems
    template: str = ""
    own_gate: bool = False  # the type applies `when` / `unless` itself (signals: they may name its signals)
    # What the check cannot find anything without, from the rule's YAML (checks/needs.py): the
    # review skips the rule on a draft where a clause does not hold. None: nothing declared.
    needs: Callable[[Rule, str, PhraseIndex], list[Clause]] | None = None

    @property
    def required(self) -> tuple[str, ...]:
        """Settings the type cannot do without."""
        return tuple(f.name for f in fields(self.settings)
                     if f.default is MISSING and f.default_factory is MISSING)  # type: ignore[misc]

    def schema(self) -> dict[str, Any]:
        """The JSON Schema of this type's `check:` mapping (one branch of the rule schema's oneOf)."""
        properties: dict[str, Any] = {"type": {"const": self.name}}
        for key in COMMON:
            properties[key] = KEYS[key]
        for f in fields(self.settings):
            properties[f.name] = f.metadata.get("schema") or KEYS[f.name]
        return {"properties": properties, "additionalProperties": False}


# -- helpers the types share --------------------------------------------------


_REGISTERED: WeakKeyDictionary[PhraseIndex, dict[tuple[str, ...], int]] = WeakKeyDictionary()
# Per index, each list as a rule writes it (before "@name" is expanded) -> its id or None: the packs
# name the same lists from many rules and from each rule's check and needs (1,112 asks, 268 lists on
# an English compile, start38), and expanding a shared list again for each ask is most of an ask.
_ASKED: WeakKeyDictionary[PhraseIndex, dict[tuple[object, ...], int | None]] = WeakKeyDictionary()


def phrase_list(index: PhraseIndex, phrases: list[str] | None) -> int | None:
    """Register a phrase list in the language's index; its id (None when there is none).
    "@name" items stand for a shared list (bot/engine/lists.py) in the index's language. A
    list registered before in this index (a shared list named by several rules) keeps its id:
    it is matched once per draft, and its phrases are registered once."""
    if not phrases:
        return None
    asked = _ASKED.get(index)
    if asked is None:
        asked = _ASKED[index] = {}
    written = tuple(phrases)
    try:
        found = asked[written]
    except KeyError:
        found = asked[written] = _registered(index, written)
        return found
    except TypeError:  # an item that is no text (validation says so): asked the long way
        return _registered(index, written)
    if found is not None:
        index.used(found)  # read by this rule too: its kind's scans keep it
    return found


def _registered(index: PhraseIndex, phrases: tuple[object, ...]) -> int | None:
    expanded = tuple(lists.expand(phrases, index.language))  # type: ignore[arg-type]
    if not expanded:
        return None
    known = _REGISTERED.setdefault(index, {})
    found = known.get(expanded)
    if found is None:
        found = known[expanded] = index.add(list(expanded))
    else:
        index.used(found)  # read by this rule too: its kind's scans keep it
    return found


overlaps = measures.overlaps


def whole(doc: Doc) -> tuple[int, int]:
    """The draft's span without surrounding white space (found once per draft: many checks ask)."""
    found = doc.memo.get(_WHOLE)
    if found is None:
        text = doc.text
        start = len(text) - len(text.lstrip())
        found = doc.memo[_WHOLE] = (start, max(start, len(text.rstrip())))
    return found


_WHOLE = "whole"
