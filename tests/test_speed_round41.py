"""Gate sets passed over on drafts without their rare characters (session 24, speed41).

A real post met for the first time made the gate sets build new DFA states, and a set's looping patterns
multiply one another's states: the looping patterns that cannot match without a rare character ("@", "#",
"_", "$": `prefilter.rare_gate`) now sit in sets of their own, asked only on drafts holding one of those
characters. What must hold:

- `rare_gate` names characters one of which every match holds: by hand (alternatives, optional parts,
  classes, negated classes), and for generated patterns and texts against RE2 itself, folded and not;
- only characters of RARE (no letter, no sentence punctuation) make a gate; a pattern without one in its
  source has none;
- `groups` deals the gated looping patterns apart from the others, alike gates together, each pattern once;
  `gate` is the union of its patterns' gates, and None as soon as one pattern of the set has none;
- a registry's answer (which patterns match the draft at all) is each pattern's own answer, on drafts with
  and without the rare characters, for generated patterns and for the shipped ones;
- a gated set is not asked on a draft without its characters, and is asked on one with them.
"""

from __future__ import annotations

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import drafts
from bot.engine.checks import needs
from bot.engine.checks.needs import LOOPS_PER_SET, Patterns, gate, groups
from bot.engine.patterns import compile_regex, matches_at_all
from bot.engine.prefilter import RARE, rare_gate
from bot.engine.text import Doc, fold
from tests.alone import alone, dev_rows, shipped_advice

# -- what a pattern needs, by hand --------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "chars"), [
    (r"\B@[\w.]{3,}|\B#_+[\w.]+", "#@"),  # each branch needs one: their union
    (r"(?:^|[^\w@#])[@#][a-z]+[._][a-z]+_(?:\s|$)", "_"),  # both [@#] and "_" are needed: the smaller gate
    (r"\b\d+ ?% off\b|(?:^|[\s(])-\d+ ?%", "%"),
    (r"(?:@){1,2}x", "@"),  # repeated at least once
    (r"\$[a-z]{2,}", "$"),
    (r"\x40\w+", "@"),  # RE2's escape of "@" is "@"
    (r"[#@]+\d", "#@"),
])
def test_a_pattern_needs_its_rare_characters(source: str, chars: str) -> None:
    assert rare_gate(source) == frozenset(chars)


@pytest.mark.parametrize("source", [
    r"a@?b",  # optional
    r"x{0,2}@|y",  # a branch without one
    r"[^@]x",  # a negated class: anything but
    r"[\w@]x",  # a class that takes letters too
    r"[@a]x",  # a letter in the class
    r"\bshop now\b",  # no rare character in the source: not even parsed
    r"[[:punct:]]@",  # syntax Python's parser reads otherwise: no gate rather than a doubt
    r"\bmore\.\s+than, (?:yes|no)!",  # sentence punctuation is no rare character
    r"@*",
])
def test_a_pattern_that_can_match_without_one_has_no_gate(source: str) -> None:
    assert rare_gate(source) is None


def test_only_rare_characters_make_a_gate() -> None:
    assert not any(char.isalnum() or char.isspace() for char in RARE)
    assert RARE.isdisjoint(".,;:!?'\"()-")
    assert rare_gate(r"\d+\.\d+") is None
    assert rare_gate(r"\d+ ?\$|\$ ?\d+") == frozenset("$")
    assert rare_gate(r"\d+ ?€|\d+ ?\$") is None  # "€" is no rare character (not ASCII): a branch without one


# -- what a pattern needs, against RE2 ----------------------------------------------------------------------

ATOMS = ["a", "b", "@", "#", "_", "$", " ", "x", "[@#]", "[a@]", "[^@]", r"\w", r"\W", ".", r"\$", r"\b", "^",
         "[_$]", r"\x23", "(?:@|#)", "(?:a|@)"]


def _pattern() -> st.SearchStrategy[str]:
    atom = st.sampled_from(ATOMS)
    quantified = st.tuples(atom, st.sampled_from(["", "", "?", "*", "+", "{0,2}", "{1,3}", "{2}"])).map("".join)
    return st.recursive(
        st.lists(quantified, min_size=1, max_size=4).map("".join),
        lambda inner: st.one_of(
            st.lists(inner, min_size=2, max_size=3).map(lambda parts: "(?:" + "|".join(parts) + ")"),
            st.tuples(inner, inner).map("".join),
            st.tuples(inner, st.sampled_from(["?", "+", "{1,2}", "*"])).map(lambda p: f"(?:{p[0]}){p[1]}"),
        ),
        max_leaves=6,
    )


TEXTS = st.text(alphabet="ab@#_$ xA.\u212a\u017fé", max_size=14)


@given(_pattern(), st.lists(TEXTS, min_size=1, max_size=6), st.booleans())
@settings(max_examples=400, deadline=None)
def test_a_text_without_the_gate_is_never_matched(source: str, texts: list[str], folded: bool) -> None:
    needed = rare_gate(source)
    if needed is None:
        return
    options = re2.Options()
    options.case_sensitive = not folded
    try:
        regex = re2.compile(source, options)
    except re2.error:
        return
    for text in texts:
        if regex.search(text) is not None:
            assert not needed.isdisjoint(text), (source, text)


# -- how the sets are dealt ---------------------------------------------------------------------------------

GATED = [r"\B@[\w.]{3,}", r"(?:^|\s)#[a-z]+_\w*", r"\$[a-z][a-z0-9]{1,9}\b", r"(?:^|\s)@ ?\d{1,3}"]
UNGATED = [r"\b[a-z]+ing now\b", r"(?:[\w'-]+ ){0,3}says\b", r"\bclick\S*"]


def test_gated_looping_patterns_get_sets_of_their_own() -> None:
    patterns = [(source, i) for i, source in enumerate(GATED + UNGATED + [r"\bshop now\b", r"^re:"])]
    dealt = groups(patterns)
    assert sorted(p for group in dealt for p in group) == sorted(patterns)  # each once
    gated = [group for group in dealt if gate(group) is not None]
    assert [sorted(s for s, _ in group) for group in gated] == [sorted(GATED)]
    assert gate(gated[0]) == b"#$@"
    for group in dealt:
        if group not in gated:
            assert gate(group) is None
            assert not any(source in GATED for source, _ in group)


def test_gated_sets_are_small_and_alike_gates_sit_together() -> None:
    many = [(rf"@[a-z]{{{k},}}", k) for k in range(1, LOOPS_PER_SET + 3)]
    many += [(rf"\$[0-9]{{{k},}}", 100 + k) for k in range(1, 4)]
    dealt = groups(many)
    assert all(len(group) <= LOOPS_PER_SET for group in dealt)
    assert sum(gate(group) == b"@" for group in dealt) == 1  # the "@" patterns fill one set before any "$" one


def test_one_ungated_pattern_takes_the_gate_off_its_set() -> None:
    assert gate([(GATED[0], 0), (GATED[1], 1)]) == b"#@"
    assert gate([(GATED[0], 0), (UNGATED[0], 1)]) is None
    assert gate([]) is None


# -- the same answers ---------------------------------------------------------------------------------------


def _registry(sources: list[tuple[str, bool]]) -> tuple[Patterns, list[int]]:
    registry = Patterns()
    ids = [registry.add(compile_regex(source, folded)) for source, folded in sources]
    return registry, ids


@given(st.lists(st.tuples(_pattern().filter(lambda s: not s.startswith("^")), st.booleans()), min_size=1,
                max_size=8), st.lists(TEXTS, min_size=1, max_size=5))
@settings(max_examples=150, deadline=None)
def test_a_registry_answers_as_each_pattern_alone(sources: list[tuple[str, bool]], texts: list[str]) -> None:
    sources = [(f"(?:{source})+x?", folded) for source, folded in sources]  # a loop: dealt as the looping ones
    registry, ids = _registry(sources)
    for text in texts:
        doc = Doc(text or "a", "en", fold(text or "a"))
        registry.present(Doc("warm", "en", "warm"))
        present = registry.present(doc)
        assert present is not None
        for (source, folded), i in zip(sources, ids, strict=True):
            assert (i in present) == matches_at_all(compile_regex(source, folded), doc), (source, text)


def _texts() -> list[str]:
    """The bench's drafts, rows of our dev sets (the held-out ones are never read), and drafts with and
    without the rare characters."""
    made = ["Follow @coach_bot for 50% off #deals", "Our new $COIN is up: ca: abc", "plain words, nothing rare here",
            "Suivez @la_boutique_fr et #soldes_hiver", "a__b @x.y_z #_a", "Tag a friend @ 12.50 € !"]
    return drafts(30, 280) + drafts(5, 2000) + dev_rows(200) + made


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shipped_registry_answers_as_each_pattern_alone(language: str) -> None:
    registry = needs.patterns_of(shipped_advice().indexes[language])  # the advice's own registry
    registry.present(Doc("warm", language, "warm"))
    registry.present(Doc("warm again", language, "warm again"))
    assert registry.sets is not None
    assert any(needed is not None for needed in registry.gates)  # the shipped packs have gated patterns
    for text in _texts():
        doc = Doc(text, language, fold(text))
        present = registry.present(doc)
        assert present is not None
        assert present - registry.refused == alone(registry.patterns, doc) - registry.refused, text


# -- a gated set is passed over -----------------------------------------------------------------------------


class _Counting:
    """A set that counts the drafts it is asked about."""

    def __init__(self, inner: object) -> None:
        self.inner, self.asked = inner, 0

    def Match(self, text: bytes) -> list[int]:  # noqa: N802 (RE2's name)
        self.asked += 1
        return self.inner.Match(text)  # type: ignore[attr-defined, no-any-return]


def test_a_gated_set_is_asked_only_about_drafts_with_its_characters() -> None:
    registry, ids = _registry([(source, True) for source in GATED + UNGATED])
    sets = registry._build()
    counting = [_Counting(found) for _, found, _ in sets]
    registry.sets = [(folded, counter, set_ids) for (folded, _, set_ids), counter in zip(sets, counting, strict=True)]
    gated = [k for k, needed in enumerate(registry.gates) if needed is not None]
    assert len(gated) == 1
    without = registry.present(Doc("Clicking now, he says so", "en"))
    assert counting[gated[0]].asked == 0
    assert all(counter.asked == 1 for k, counter in enumerate(counting) if k not in gated)
    assert without is not None and ids[len(GATED)] in without and ids[0] not in without
    found = registry.present(Doc("Follow @coachbot now", "en"))
    assert counting[gated[0]].asked == 1
    assert found is not None and ids[0] in found
