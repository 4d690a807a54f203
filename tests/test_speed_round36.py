"""The literal filter's candidates searched only when asked (session 20, speed36). Once the RE2 sets have passed
over a draft, the patterns the filter says may match are kept unsearched (checks/needs.py: Candidates): the clause
bits search one only when a rule that may still run needs one of its bits, a gate or a group of exception patterns
only when its rule runs, and a signals rule tries them for spans without a search first. For speed only: every
answer must be what searching every candidate up front gave."""

from __future__ import annotations

import pytest

from bench.corpus import drafts
from bot.engine.advice import load_advice
from bot.engine.checks import needs
from bot.engine.checks.needs import Candidates, Patterns, holds, patterns_of
from bot.engine.patterns import compile_regex, matches_at_all
from bot.engine.review import ReviewContext, review
from bot.engine.text import Doc, fold

AWKWARD = ["", " ", "SHOP NOW!!! Order #48213 shipped", "« Réservez vite », dit-elle. Plus que 3 places !",
           "WIN a PRIZE!! txt WIN to 80082 now, £1.50/msg", "l'offre d'été : -50 % jusqu'à dimanche",
           "Our flash sale ends tonight: grab the bundle before midnight", "We claim nothing, we just bake bread."]


def _doc(text: str, language: str) -> Doc:
    return Doc(text, language, fold(text))


@pytest.fixture(scope="module")
def advice():
    found = load_advice()
    context = ReviewContext(found)
    for text in drafts(3, 280):  # past the first draft: the registries' sets and filters are built
        review(text, context)
    return found


def _texts() -> list[tuple[str, str]]:
    return [(text, language) for text in AWKWARD + drafts(20, 280) + drafts(3, 2000) for language in ("en", "fr")]


def test_candidates_answer_what_each_pattern_alone_answers(advice) -> None:
    seen_lazy = False
    for text, language in _texts():
        registry = patterns_of(advice.indexes[language])
        doc = _doc(text, language)
        present = registry.present(doc)
        seen_lazy |= isinstance(present, Candidates)
        alone = {i for i, pattern in enumerate(registry.patterns) if matches_at_all(pattern, doc)}
        assert needs.searched(present) == alone, text
        for i in range(len(registry.patterns)):
            assert (i in present) == (i in alone)  # type: ignore[operator]
    assert seen_lazy, "the shipped rules' filter leaves candidates on the bench's drafts"


def test_each_rules_needs_read_as_every_clause_asked(advice) -> None:
    """For each rule's needed bits (ClauseBits.wants), the lazy bits say what the clauses say one by one; a bit
    that is set always holds."""
    for text, language in _texts():
        index = advice.indexes[language]
        registry = patterns_of(index)
        table = registry.clauses
        doc = _doc(text, language)
        matches = index.scan(doc.tokens, "post")
        held = table.held(matches, doc)
        assert held is not None and table.needs
        answers = {bit: holds(prepared, matches, registry, doc) for prepared, bit in table.bits.items()}
        for bit, holding in answers.items():
            assert holding or not held & bit, text
        for need in table.needs:
            assert (not need & ~held) == all(answers[bit] for bit in answers if bit & need), (text, need)


def _registry(*sources: str) -> tuple[Patterns, list[int]]:
    registry = Patterns()
    ids = [registry.add(compile_regex(source, True)) for source in sources]
    registry.present(_doc("warm up", "en"))  # builds the sets and the filter
    return registry, ids


def test_a_candidate_no_rule_can_use_is_never_searched() -> None:
    """Rule A needs a list the draft lacks and the pattern "flash sale"; rule B needs "tonight only". On a draft
    holding both patterns' words, only B's is searched: A cannot run whatever its pattern says."""
    registry, (flash, tonight) = _registry(r"\bflash sales?\b", r"\btonight only\b")
    table = registry.clauses
    needs_a = table.mask((frozenset({7}), frozenset())) | table.mask((frozenset(), frozenset({flash})))
    needs_b = table.mask((frozenset(), frozenset({tonight})))
    table.wants(needs_a)
    table.wants(needs_b)
    doc = _doc("A flash sale, tonight only", "en")
    present = registry.present(doc)
    assert isinstance(present, Candidates) and present.maybe == {flash, tonight}
    held = table.held({}, doc)
    assert held is not None and not needs_b & ~held and needs_a & ~held
    assert set(present.answers) == {tonight}  # "flash sale" never searched
    assert flash in present and present.answers[flash]  # and it does match, when someone asks
    with_list = table.held({7: [(0, 1)]}, _doc("A flash sale, tonight only", "en"))  # the list there: A may run
    assert with_list is not None and not needs_a & ~with_list


def test_a_candidate_that_does_not_match_is_answered_false() -> None:
    registry, (shop,) = _registry(r"\bshop now\b[^.]{0,20}\bfree\b")
    doc = _doc("shop now. free stuff later", "en")  # the words are there, the pattern does not match
    present = registry.present(doc)
    assert isinstance(present, Candidates) and shop in present.maybe
    assert shop not in present and present.isdisjoint([shop])


ADMIN_SIGNALS = """\
type: signals
threshold: 2
signals:
  clearance: {weight: 2, pattern: '\\bclearance (?:sale|event)\\b'}
  exclaim: {weight: 0.5, metric: exclamations}
"""
ADMIN_LEXICON = """\
type: lexicon
when: [{pattern: '\\bwarehouse\\b'}]
"""


def _eager(monkeypatch) -> None:
    """The registries answer as before speed36: every candidate searched when the draft is first asked about."""
    lazy_present = Patterns.present
    monkeypatch.setattr(Patterns, "present", lambda self, doc: needs.searched(lazy_present(self, doc)))


@pytest.mark.parametrize("eager", [False, True])
def test_an_admin_rule_with_a_pattern_only_signal_is_never_skipped_wrongly(pack, monkeypatch, eager) -> None:
    """An admin layer's signals rule whose only selling signal is a pattern, and a lexicon gated on a pattern:
    they speak where their patterns match, past a language's first draft, lazily as eagerly."""
    lazy: list[Candidates] = []
    if eager:
        _eager(monkeypatch)
    else:
        present = Patterns.present

        def noted(self: Patterns, doc: Doc) -> needs.Present:
            found = present(self, doc)
            lazy.extend([found] if isinstance(found, Candidates) else [])
            return found

        monkeypatch.setattr(Patterns, "present", noted)
    pack.rule(id="admin.clearance", check=ADMIN_SIGNALS)
    pack.rule(id="admin.stock", check=ADMIN_LEXICON, en="phrases: [final stock]", fr="phrases: [dernier stock]")
    context = ReviewContext(pack.load(), language="en")
    review("A quiet note about the weather.", context)  # the first draft: patterns asked one by one
    said = {text: sorted(f.rule for f in review(text, context).findings) for text in (
        "Our clearance sale starts Friday", "Our clearance starts Friday", "Final stock at the warehouse today",
        "Final stock, come early", "The clearance event and the final stock are at the warehouse")}
    assert said == {"Our clearance sale starts Friday": ["admin.clearance"], "Our clearance starts Friday": [],
                    "Final stock at the warehouse today": ["admin.stock"], "Final stock, come early": [],
                    "The clearance event and the final stock are at the warehouse": ["admin.clearance", "admin.stock"]}
    assert eager or lazy, "the admin patterns went through the literal filter's candidates"

