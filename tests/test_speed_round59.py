"""Session 40, speed59: a signals rule that cannot fire decided before it locates anything.

Two exact exits before `Scorer._located` (most of a signals rule's interpreter work): the bound counts the
negative phrase signals that locating never takes away (a sum over the whole draft: not per sentence, nor a
draft long enough to be read by paragraph), and a gate's `unless` phrase list present in the draft refuses it
whatever the sums. Pinned against the rule's whole work done without either exit, on dev rows (no blind file)
and the benchmark's drafts.
"""

from __future__ import annotations

from functools import cache

import pytest

from bench.corpus import drafts
from bot.engine.advice import Advice, load_advice
from bot.engine.checks import signals_spec
from bot.engine.checks.base import Hit, Scope
from bot.engine.checks.reach import Reach
from bot.engine.checks.signals import Scorer
from bot.engine.text import Doc
from tests.alone import dev_rows

CHECK = """\
type: signals
threshold: 3
unless: ["@correspondence"]
signals:
  ask: {weight: 2}
  deadline: {weight: 1.5}
  lesson: {weight: -4}
  late: {weight: -4, at: start}
"""
EN = """\
signals:
  ask: [buy, order]
  deadline: [today, tonight]
  lesson: [what we learned]
  late: [sorry]
"""
FR = """\
signals:
  ask: [achetez, commandez]
  deadline: [aujourd'hui, ce soir]
  lesson: [ce que nous avons appris]
  late: [désolé]
"""


@cache
def _advice() -> Advice:
    return load_advice()


def _scorers(advice: Advice, language: str) -> list[tuple[str, Scorer]]:
    found = [(c.rule.id, getattr(c.run[language], "__self__", None)) for c in advice.for_kind("post")
             if c.rule.type == "signals"]
    return [(rule, s) for rule, s in found if isinstance(s, Scorer)]


def _plain_run(scorer: Scorer, scope: Scope) -> list[Hit]:
    """A signals rule's work as written before any bound: every pattern located, every sum taken, the gate read
    when a sum reaches the threshold."""
    located = scorer._located(scope, None)
    every = scorer.units(scope, None, located)
    units = [unit for unit in every if unit.score >= scorer.threshold and unit.fired]
    if not units and scorer.paragraphs_from is not None and scope.doc.word_count >= scorer.paragraphs_from:
        units = scorer._paragraph(scope, located, every[0])
    if not units:
        return []
    if scorer.gate and not scorer.gate.passes(scope, lambda: {n for u in every for n in u.fired}):
        return []
    return sorted((scorer._quoted(unit, scope.doc.text) for unit in units), key=lambda h: h.start)


def _same_on(texts: list[str], language: str) -> int:
    advice = _advice()
    index = advice.indexes[language]
    fired = 0
    for text in texts:
        doc = Doc(text, language)
        for rule, scorer in _scorers(advice, language):
            hits = scorer.run(Scope(doc, index.scan(doc.tokens)))
            assert hits == _plain_run(scorer, Scope(doc, index.scan(doc.tokens))), (rule, text)
            fired += bool(hits)
    return fired


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_rules_findings_are_its_whole_work_on_dev_rows(language: str):
    assert _same_on([row for row in dev_rows(1500)], language) > 50


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_rules_findings_are_its_whole_work_on_the_bench_drafts(language: str):
    assert _same_on(drafts(150, 280) + drafts(20, 2000), language) > 50


def test_sure_negatives_lower_the_bound():
    reach = Reach.of(3.0, {"ask": 2.0, "deadline": 1.5, "lesson": -4.0}, (), frozenset(), frozenset({"ask", "deadline"}))
    assert not reach.short({"ask", "deadline", "lesson"})
    assert reach.short({"ask", "deadline", "lesson"}, (-4.0,))
    assert reach.best({"ask", "deadline"}, (-0.5,)) == 3.0


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    located = Scorer._located

    def counted(self, scope, matching):  # type: ignore[no-untyped-def]
        calls.append(1)
        return located(self, scope, matching)

    monkeypatch.setattr(Scorer, "_located", counted)
    return calls


def _findings(pack, text: str, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    from bot.engine.review import ReviewContext, review

    return [f.rule for f in review(text, ReviewContext(pack.load(), language=language)).findings]


@pytest.mark.parametrize(("language", "selling", "lesson", "late"), [
    ("en", "Buy it today.", "Buy it today: what we learned.", "sorry, buy it today."),
    ("fr", "Achetez-le aujourd'hui.", "Achetez-le aujourd'hui : ce que nous avons appris.", "désolé, achetez-le aujourd'hui."),
])
def test_a_sure_negative_ends_the_work_before_locating(pack, monkeypatch, language, selling, lesson, late):
    pack.rule(check=CHECK, en=EN, fr=FR)
    calls = _counting(monkeypatch)
    assert _findings(pack, selling, language) == ["test.rule"] and len(calls) == 1
    assert _findings(pack, lesson, language) == [] and len(calls) == 1  # nothing located
    # a negative signal read only where it opens a clause may be taken away by locating: it is no sure one
    assert _findings(pack, late, language) == [] and len(calls) == 2


def test_a_sure_negative_does_not_bound_a_sum_per_sentence(pack, monkeypatch):
    pack.rule(check=CHECK + "per: sentence\n", en=EN, fr=FR)
    calls = _counting(monkeypatch)
    assert _findings(pack, "What we learned was this. Buy it today.", "en") == ["test.rule"] and calls


def test_an_unless_list_ends_the_work_before_locating(pack, monkeypatch):
    pack.rule(check=CHECK, en=EN, fr=FR)
    calls = _counting(monkeypatch)
    assert _findings(pack, "Dear Sam, buy it today. Kind regards, Lee", "en") == [] and not calls


def test_sure_negatives_are_read_from_phrases_alone():
    sure = signals_spec.sure_negative
    assert sure(signals_spec.Signal("lesson", -2.0, phrases=3))
    assert not sure(signals_spec.Signal("lesson", 2.0, phrases=3))
    assert not sure(signals_spec.Signal("lesson", -2.0, phrases=None, patterns=()))
    assert not sure(signals_spec.Signal("lesson", -2.0, phrases=3, at_start=True))
    assert not sure(signals_spec.Signal("lesson", -2.0, phrases=3, exceptions=4))
    assert not sure(signals_spec.Signal("lesson", -2.0, phrases=3, context=True))
    assert not sure(signals_spec.Signal("lesson", -2.0, phrases=3, metric="links"))


def _gates(advice: Advice, language: str) -> list[tuple[str, object]]:
    """Every compiled gate a rule of the bundled packs holds for `language` (read from its check's closure or scorer)."""
    from bot.engine.checks.gate import Gate

    found = []
    for compiled in advice.for_kind("post"):
        run = compiled.run[language]
        owner = getattr(run, "__self__", None)
        cells = [cell.cell_contents for f in (run, getattr(run, "behind", None)) if f is not None
                 for cell in (getattr(f, "__closure__", None) or ())]
        gates = [g for g in [getattr(owner, "gate", None), *cells] if isinstance(g, Gate) and g]
        found += [(compiled.rule.id, g) for g in gates]
    return found


def _plain_passes(gate, scope: Scope) -> bool:  # type: ignore[no-untyped-def]
    """A gate read condition by condition (Gate._holds), no set test first."""
    if gate.when and not any(gate._holds(c, scope, None) for c in gate.when):
        return False
    return not any(gate._holds(c, scope, None) for c in gate.unless)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_gate_says_what_its_conditions_say_one_by_one(language: str):
    advice = _advice()
    index = advice.indexes[language]
    gates = [(rule, g) for rule, g in _gates(advice, language) if not any(c.signal for c in g.when + g.unless)]
    assert len(gates) > 10
    assert any(known is not None for _, g in gates for known in (g._split[0][3], g._split[1][3]))
    refused = 0
    for text in dev_rows(800) + drafts(100, 280):
        doc = Doc(text, language)
        for rule, gate in gates:
            scope = Scope(doc, index.scan(doc.tokens))
            passes = gate._passes(scope, None)
            assert passes == _plain_passes(gate, Scope(doc, index.scan(doc.tokens))), (rule, text)
            refused += not passes
    assert refused > 100


def test_a_group_none_of_whose_patterns_is_present_searches_none(monkeypatch: pytest.MonkeyPatch):
    from bot.engine.checks import pattern_groups
    from bot.engine.patterns import compile_regex

    registry = _advice().indexes["en"]
    group = pattern_groups.group((compile_regex(r"\bcharity shop\b", True), compile_regex(r"\bshop now\b", True)),
                                 registry)
    assert group.id_set == frozenset(group.ids)
    for warm in ("A first draft.", "A second draft."):  # a language's first drafts are answered pattern by pattern
        group.registry.present(Doc(warm, "en"))
    doc = Doc("A quiet morning at the market, nothing to buy.", "en")
    assert type(group.registry.present(doc)) is frozenset
    monkeypatch.setattr(pattern_groups, "regex_spans", lambda *_: pytest.fail("searched"))
    assert list(pattern_groups.spans_found(group, doc)) == []
    monkeypatch.undo()
    found = list(pattern_groups.spans_found(group, Doc("Go to the charity shop now.", "en")))
    assert found == [[(10, 22)], [(18, 26)]]


def test_a_gate_split_keeps_its_pattern_ids():
    from bot.engine.checks.gate import Condition, _split
    from bot.engine.patterns import compile_regex

    pattern = compile_regex(r"\bre:", True)
    assert _split((Condition(pattern=pattern, known=7), Condition(list_id=3)))[3] == frozenset({7})
    assert _split((Condition(pattern=pattern, known=7), Condition(pattern=pattern)))[3] is None
