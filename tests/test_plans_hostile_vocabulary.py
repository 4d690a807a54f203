"""An admin's plan vocabulary can neither hang nor crash the plan review.

advice/plans/vocabulary/readings.yaml is the admin's: its entries are RE2 patterns, and the plan
readings put them into patterns of their own. The project's rule: no file an admin writes can hang or
crash the bot. So:

- an entry the validation refuses (a group repeated, a pattern RE2 refuses) is reported as
  file:line: key and left out;
- an entry it lets through, however it would backtrack on Python's `re` (`\\w*` between an aim and its
  object, `x*x*x*x*x*x*y`, `.*.*.*`), is used, and the review of a long adversarial plan returns its
  normal result;
- every compiled plan pattern that holds the admin's words is an RE2 object (linear time), never a
  Python `re` pattern: checked on the compiled objects themselves, not by timing;
- the vocabulary is read (one stat) once per plan review, when it begins: a file edited in the middle
  of a review does not mix two vocabularies, and the next review sees the edit.
"""

from __future__ import annotations

import gc
import re

import pytest
import re2

from bot.engine.checks import plan as plan_check
from bot.engine.plan import vocabulary
from bot.engine.plan.linear import linear, search
from bot.engine.plan.vocabulary import parse_vocabulary
from bot.plans.review import review_plan
from tests.plan_helpers import edit

MARKER = "qzxvocabmarker"
PLAN = ("Maison Test\n\n"
        "Goal: 40 more bookings by June from parents who cannot find a Saturday class.\n"
        "Audience: parents of children aged 6 to 10 in Leeds who work weekdays.\n"
        "Channels: Instagram and the school newsletter; Ana answers every message the same day.\n"
        "Measure: bookings counted every Monday against 25 last term.\n")


def _with_entries(text: str, entries: list[str]) -> str:
    """The vocabulary file with `entries` added to every list of its `words` (readings untouched)."""
    words, readings = text.split("\nreadings:\n", 1)
    added = "".join(f"      - '{entry}'\n" for entry in entries)
    words = re.sub(r"(?m)^(    (?:en|fr|both):\n)", lambda m: m.group(1) + added, words)
    return words + "\nreadings:\n" + readings


def _outcome(result) -> tuple[list[str], int | float, list[tuple[str, str]]]:
    return ([f.rule for f in result.findings], result.score, [(c.topic, c.status) for c in result.checklist])


# -- refused at load, with where --

@pytest.mark.parametrize("entry", ["(?:is|are)*", "(a|a)*b", "(?:\\w+\\s)+"])
def test_a_repeated_group_is_refused_at_load_with_its_file_line_and_key(entry):
    shipped = vocabulary._path().read_text(encoding="utf-8")
    _, errors = parse_vocabulary(_with_entries(shipped, [entry]), "readings.yaml")
    refused = [e for e in errors if "group with a repeat" in e.message]
    assert refused and all(e.path == "readings.yaml" and e.line > 0 and e.key.startswith("words.") for e in refused)
    assert str(refused[0]).startswith(f"readings.yaml:{refused[0].line}: words.")


def test_a_pattern_re2_refuses_is_refused_at_load_with_its_file_line_and_key():
    shipped = vocabulary._path().read_text(encoding="utf-8")
    _, errors = parse_vocabulary(_with_entries(shipped, ["(?<=a)b"]), "readings.yaml")
    assert errors and all("RE2 refuses it" in e.message and e.key.startswith("words.") for e in errors)


def test_a_word_too_big_to_put_into_the_code_s_patterns_is_refused_at_load_with_its_file_line_and_key():
    shipped = vocabulary._path().read_text(encoding="utf-8")
    _, errors = parse_vocabulary(_with_entries(shipped, ["\\w{1000}" * 20]), "readings.yaml")
    refused = [e for e in errors if e.message.startswith("too expensive")]
    assert refused and all(e.key.startswith("words.") and e.line > 0 for e in refused)
    assert not [e for e in parse_vocabulary(shipped, "readings.yaml")[1]]  # the shipped words all fit


def test_a_pattern_re2_cannot_compile_once_put_together_matches_nowhere_rather_than_failing():
    too_big = linear("\\w{1000}" * 200)  # many big entries together, each under the limit
    assert isinstance(too_big, re2._Regexp) and search(too_big, "a" * 300) is None


# -- let through, and harmless --

ADVERSARIAL = ("Maison Test\n\n"
               "Goal: " + "is " * 60 + "x" * 400 + ".\n"
               "Objectif : " + "c'est " * 50 + "x" * 400 + ".\n"
               "Goal: to be " + "really " * 40 + "on " * 40 + "\n"
               + ("Ana Ben Cleo Dan " * 40) + "\n"
               + ("all of " * 80) + "Leeds who " * 20 + "\n"
               + ("our plan is " * 40) + "\n"
               + ("our plan is the plan Ana " * 40) + "\n")  # one long line


@pytest.mark.parametrize("entries", [["\\w*"], ["x*x*x*x*x*x*y"], [".*.*.*"], ["\\w*", "[a-z]*[a-z]*[a-z]*q", "(?:is|\\w+)"]])
def test_a_pathological_entry_the_validation_lets_through_is_used_and_the_review_returns(advice, admin_file, entries):
    shipped = {plan: _outcome(review_plan(plan, advice)) for plan in (ADVERSARIAL, PLAN)}
    text = _with_entries(admin_file.read_text(encoding="utf-8"), entries)
    assert not [e for e in parse_vocabulary(text, "readings.yaml")[1] if e.key.startswith("words.")]  # nothing refused
    edit(admin_file, text)
    reviewed = {plan: review_plan(plan, advice) for plan in (ADVERSARIAL, PLAN)}
    assert all(entries[0] in vocabulary.bundled_vocabulary().word_lists["aim_fillers"][lang] for lang in ("en", "fr"))
    assert all(result.checklist and result.band for result in reviewed.values())
    if entries == ["x*x*x*x*x*x*y"]:  # it matches no word of either plan: the very review of the shipped file
        assert {plan: _outcome(result) for plan, result in reviewed.items()} == shipped


# -- structurally: the admin's words are only ever compiled on RE2 --

def _live(kind: type) -> list[object]:
    return [o for o in gc.get_objects() if isinstance(o, kind)]


def test_every_compiled_plan_pattern_holding_the_admin_s_words_is_re2(advice, admin_file):
    edit(admin_file, _with_entries(admin_file.read_text(encoding="utf-8"), [MARKER]))
    text = ("Maison Test\n\nGoal: be on every network and have a blog. Objectif : être partout. Audience: all of Leeds.\n"
            "Our whole plan is the new scheduler we bought. Ana writes the posts; c'est Léa qui tourne. 3 tips to one offer.\n")
    for language in ("en", "fr"):
        review_plan(text, advice, language=language)
    on_python = [p.pattern for p in _live(re.Pattern) if isinstance(p.pattern, str) and MARKER in p.pattern]
    on_re2 = [r for r in _live(re2._Regexp) if isinstance(r.pattern, str) and MARKER in r.pattern]
    assert on_python == []
    assert len(on_re2) >= 20  # aims, shapes, actors, readings: each built from the marked vocabulary


# -- read once per review --

def test_the_vocabulary_is_looked_at_once_per_plan_review(advice, monkeypatch):
    review_plan(PLAN, advice)  # the caches built
    looks = []
    path = vocabulary._path

    def counted():
        looks.append(1)
        return path()

    monkeypatch.setattr(vocabulary, "_path", counted)
    review_plan(PLAN, advice)
    assert len(looks) == 1


def test_a_file_edited_during_a_review_does_not_mix_two_vocabularies(advice, admin_file, monkeypatch):
    text = "Maison Test\n\nCible : toute la galaxie.\n"
    edited = admin_file.read_text(encoding="utf-8").replace("      - 'arrondissement'\n", "      - 'arrondissement'\n      - 'galaxie'\n", 1)
    read = plan_check.readings

    def edit_then_read(*args, **kwargs):
        if not edit_then_read.done:  # the first reading of the review: the admin saves the file now
            edit_then_read.done = True
            edit(admin_file, edited)
        return read(*args, **kwargs)

    edit_then_read.done = False
    monkeypatch.setattr(plan_check, "readings", edit_then_read)
    assert "plan.everyone-audience" not in {f.rule for f in review_plan(text, advice, language="fr").findings}
    assert edit_then_read.done
    assert "plan.everyone-audience" in {f.rule for f in review_plan(text, advice, language="fr").findings}
