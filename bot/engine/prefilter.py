"""What a gate pattern cannot match without: a few pieces of text, one of which every match holds,
so that a language's first draft (checks/needs.py: OneByOne) compiles only the patterns whose
pieces it holds. Compiling an RE2 pattern costs ~0.13 ms, and a one-draft `coach review` asked
~240 of them for nothing: "a short draft" holds none of "free", "today", "limited"...

The pieces are worked out from the pattern's own syntax tree (Python's parser reads the RE2
syntax the packs use; anything it reads otherwise, or cannot read, gets no pieces and is
compiled as before), lower-cased, ASCII only: they are asked only of ASCII text, lower-cased,
where RE2's case folding (even "ſ" for "s", the Kelvin sign for "k") changes nothing. The answer
is exact: a pattern said absent cannot match, a pattern said present is compiled and asked.
The pieces are pure data, kept in the cache folder as JSON (never an RE2 object) so that a cold
start parses no pattern it parsed before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as c
from re import _parser

from bot import diskcache
from bot.engine.patterns import Pattern, matches_at_all
from bot.engine.text import Doc
from bot.lazyre import lazy

MAX_SET = 16  # strings an exact set keeps (beyond: the node is taken as matching anything)
MAX_LENGTH = 40  # characters of one string of an exact set
_OPEN = ("[:", "\\Q", "\\C", "\\p", "\\P")  # RE2 syntax Python would read otherwise
MAX_REQUIRED = 256  # strings a required set keeps: asking a draft for each costs far less than a compile
_WIDE = lazy(r"\\\\|\\x\{([0-9A-Fa-f]{1,6})\}")  # an escaped backslash, or RE2's \x{202f}

Strings = frozenset[str]
Info = tuple[Strings | None, Strings | None]  # (every string the node matches, or None; what it requires, or None)


def _char(code: int) -> Info:
    if code >= 128:  # RE2 folds some wider letters onto ASCII ones ("ſ", "K"): taken as any character
        return None, None
    text = chr(code).lower()
    return frozenset({text}), frozenset({text})


def _product(left: Strings, right: Strings) -> Strings | None:
    if len(left) * len(right) > MAX_SET:
        return None
    found = frozenset([a + b for a in left for b in right])
    return found if max(map(len, found)) <= MAX_LENGTH else None


def _usable(strings: Strings | None) -> Strings | None:
    """A set every match holds one of, when none of its strings is empty."""
    return strings if strings and "" not in strings else None


def _better(a: Strings | None, b: Strings | None) -> Strings | None:
    """The more telling of two required sets: its shortest string the longer."""
    if a is None or b is None:
        return a if b is None else b
    return a if min(map(len, a)) >= min(map(len, b)) else b


def _word(text: str) -> Info:
    word = frozenset({text.lower()})
    return (word if len(text) <= MAX_LENGTH else None), word


def _sequence(items: list[tuple[object, object]]) -> Info:
    """A concatenation: every match holds one string of any item's required set, and one of
    each run of exact items' product (its letters read as words first: most of a pattern)."""
    nodes: list[Info] = []
    letters: list[str] = []
    for op, av in items:
        if op is c.LITERAL and av < 128:  # type: ignore[operator]
            letters.append(chr(av))  # type: ignore[arg-type]
            continue
        if letters:
            nodes.append(_word("".join(letters)))
            letters = []
        nodes.append(_node(op, av))
    if letters:
        if not nodes:
            return _word("".join(letters))
        nodes.append(_word("".join(letters)))
    exact: Strings | None = frozenset({""})
    run: Strings = frozenset({""})  # the strings of the current run of exact items
    required: Strings | None = None
    for own_exact, own_required in nodes:
        required = _better(required, own_required)
        exact = _product(exact, own_exact) if exact is not None and own_exact is not None else None
        grown = _product(run, own_exact) if own_exact is not None else None
        if grown is None:  # the run ends here: a node matching anything, or too many strings
            required = _better(required, _usable(run))
            grown = own_exact if own_exact is not None else frozenset({""})
        run = grown
    return exact, _better(required, _usable(run))


def _branch(branches: list[object]) -> Info:
    infos = [_sequence(b.data) for b in branches]  # type: ignore[attr-defined]
    exacts = [e for e, _ in infos]
    exact = frozenset().union(*exacts) if all(e is not None for e in exacts) else None  # type: ignore[arg-type]
    wanted = [_better(r, _usable(e)) for e, r in infos]
    required = frozenset().union(*wanted) if all(w is not None for w in wanted) else None  # type: ignore[arg-type]
    if exact is not None and len(exact) > MAX_SET:
        exact = None
    if required is not None and len(required) > MAX_REQUIRED:
        required = None
    return exact, required


def _class(items: list[tuple[int, object]]) -> Info:
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL and isinstance(av, int) and av < 128:
            chars.add(chr(av).lower())
        elif op is c.RANGE and isinstance(av, tuple) and av[1] < 128 and av[1] - av[0] < MAX_SET:
            chars.update(chr(code).lower() for code in range(av[0], av[1] + 1))
        else:  # a negation, a category (\d, \w), a wider character: any character
            return None, None
    if not chars or len(chars) > MAX_SET:
        return None, None
    found = frozenset(chars)
    return found, found


def _repeat(low: int, high: int, item: object) -> Info:
    exact, required = _sequence(item.data)  # type: ignore[attr-defined]
    if low == 0:
        return (exact | {""} if exact is not None and high == 1 else None), None
    required = _better(required, _usable(exact))
    if low == high == 1:
        return exact, required
    return None, required


def _node(op: object, av: object) -> Info:
    if op is c.LITERAL:
        return _char(av)  # type: ignore[arg-type]
    if op is c.SUBPATTERN:
        return _sequence(av[-1].data)  # type: ignore[index]
    if op is c.BRANCH:
        return _branch(av[1])  # type: ignore[index]
    if op is c.IN:
        return _class(av)  # type: ignore[arg-type]
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        low, high, item = av  # type: ignore[misc]
        return _repeat(low, high, item)
    if op is c.AT:  # ^, $, \b, \B: they match no character
        return frozenset({""}), None
    return None, None  # any character, a category, a back reference...


def _python_escape(found: re.Match[str]) -> str:
    """RE2's \\x{HHHH} as Python writes that character (an escaped backslash left as it is)."""
    return found.group(0) if found.group(1) is None else f"\\U{int(found.group(1), 16):08x}"


def pieces(source: str) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which every match of the RE2 pattern `source` holds (None:
    none known, an empty match possible, or syntax Python's parser might read otherwise)."""
    if any(mark in source for mark in _OPEN):
        return None
    try:
        tree = _parser.parse(_WIDE.sub(_python_escape, source))
    except Exception:  # noqa: BLE001 (any refusal: no pieces, the pattern is compiled as before)
        return None
    exact, required = _sequence(tree.data)
    found = _better(required, _usable(exact))
    return tuple(sorted(found)) if found else None


class Pieces:
    """Each pattern's pieces by source, read from the cache folder once (the name changes with
    Coach's engine: a new parser, new pieces). Parsing a long pattern costs more than compiling
    it (~2 ms for a list of 300 words), so pieces are only worked out by `prepare`, once a
    language's rules are compiled for a one-draft review, and a pattern not prepared is compiled."""

    def __init__(self) -> None:
        self.table: dict[str, list[str] | None] | None = None

    def _loaded(self) -> dict[str, list[str] | None]:
        if self.table is None:
            self.table = {}
            found = diskcache.unpack(diskcache.read(_name()))
            if found is not None and isinstance(found[0], dict):
                self.table = found[0]
        return self.table

    def known(self, source: str) -> list[str] | None:
        """The pattern's pieces when prepared (None: none, or not prepared)."""
        return self._loaded().get(source)

    def prepare(self, sources: list[str]) -> None:
        """Work out the pieces of the patterns not met before, and keep them in the cache folder."""
        table = self._loaded()
        missing = [source for source in sources if source not in table]
        for source in missing:
            found = pieces(source)
            table[source] = list(found) if found is not None else None
        packed = diskcache.pack(table) if missing else None
        if packed is not None:
            diskcache.write(_name(), packed, stale_prefix=_PREFIX)


_PREFIX = "pattern-pieces-"


def _name() -> str:
    return f"{_PREFIX}{diskcache.code_key()}.m"


PIECES = Pieces()


def may_match(source: str, subject: str) -> bool:
    """False when the pattern `source` cannot match `subject` (an ASCII text holding none of its
    pieces); True when it may (then compile and ask it)."""
    if not subject.isascii():
        return True
    found = PIECES.known(source)
    if found is None:
        return True
    lower = subject.lower()
    return any(piece in lower for piece in found)


def matches_first(pattern: Pattern, doc: Doc) -> bool:
    """`matches_at_all`, the pattern compiled only when the draft holds one of its pieces."""
    return may_match(pattern.source, doc.folded if pattern.fold else doc.text) and matches_at_all(pattern, doc)


# Characters few posts hold: a set of gate patterns each of which needs one of them is passed over on a draft
# without any (checks/needs.py). Not letters (RE2's case folding, and they are everywhere), nor the punctuation
# of every sentence.
RARE = frozenset("#$%&*+<=>@[\\]^_`{|}~")
Gate = frozenset[str]


def _rare_sequence(items: list[tuple[object, object]]) -> Gate | None:
    """A concatenation needs what any one of its items needs: the smallest such gate."""
    found = [gate for gate in (_rare_node(op, av) for op, av in items) if gate is not None]
    return min(found, key=lambda gate: (len(gate), sorted(gate))) if found else None


def _rare_node(op: object, av: object) -> Gate | None:
    if op is c.LITERAL:
        return frozenset(chr(av)) if chr(av) in RARE else None  # type: ignore[arg-type]
    if op is c.SUBPATTERN:
        return _rare_sequence(av[-1].data)  # type: ignore[index]
    if op is c.BRANCH:  # every branch must need one: the gate is their union
        gates = [_rare_sequence(b.data) for b in av[1]]  # type: ignore[index]
        return frozenset().union(*gates) if all(g is not None for g in gates) else None  # type: ignore[arg-type]
    if op is c.IN:
        chars = {chr(a) for o, a in av if o is c.LITERAL}  # type: ignore[attr-defined]
        every = all(o is c.LITERAL for o, _ in av) and chars <= RARE  # type: ignore[attr-defined]
        return frozenset(chars) if every and chars else None
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        low, _high, item = av  # type: ignore[misc]
        return _rare_sequence(item.data) if low >= 1 else None
    return None  # an anchor, any character, a category, a negated class: nothing needed


@lru_cache(maxsize=8192)  # pure: a registry built again (a reload, a new Coach) parses no pattern twice
def rare_gate(source: str) -> Gate | None:
    """Rare characters (RARE) one of which every match of the RE2 pattern `source` holds, or None. Exact on any
    text: an ASCII character that is no letter matches only itself, whatever the case folding. Read from the
    pattern's syntax tree as `pieces` reads it; a pattern without a rare character in its source is not parsed."""
    if RARE.isdisjoint(source) or any(mark in source for mark in _OPEN):
        return None
    try:
        tree = _parser.parse(_WIDE.sub(_python_escape, source))
    except Exception:  # noqa: BLE001 (any refusal: no gate, the pattern is asked on every draft)
        return None
    return _rare_sequence(tree.data)
