"""The engine's fast paths answer exactly what the plain way answers: folding through a byte
table, RE2 read directly, a gate's first-match shortcut, regexes rewritten to open with a set."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import clauses, measures, patterns, quoting
from bot.engine.text import _FOLD, Doc, fold

# Latin-1 letters, what lies beyond it in French drafts (’ “ ” … œ €), other scripts, emoji.
_CHARS = st.sampled_from(list("aéÉèàçÿßµ¨ª«»'’‘“”…œŒ€–— .,!?\n\"ÀΑαЖж中😀x1٣_-") + ["\u0301"])
_TEXTS = st.text(alphabet=_CHARS, max_size=80)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_fold_is_the_translate_table_whatever_the_script(text):
    assert fold(text) == text.translate(_FOLD)
    assert len(fold(text)) == len(text)


_PATTERNS = [patterns.compile_regex(source, fold_) for source, fold_ in (
    (r"\boffre\b", True), (r"[«“][^»”]*[»”]", False), (r'"[^"]*"', False), (r"x*", True), (r"é+", True),
    (r"\d+ ?%", True), (r"(?:^|\s)€\d", False))]


@settings(max_examples=300, deadline=None)
@given(_TEXTS.filter(str.strip))
def test_re2_read_directly_gives_the_spans_of_its_finditer(text):
    doc = Doc(text, "fr")
    for pattern in _PATTERNS:
        target = doc.folded if pattern.fold else doc.text
        regex, subject = (pattern.ascii, target.encode()) if target.isascii() else (pattern.text, target)
        plain = [m.span() for m in regex.finditer(subject) if m.end() > m.start()]
        found = patterns.regex_spans(pattern, doc)
        if not any(quoting.between(text, s, e) for s, e in plain):  # (between quotations: the paired search)
            assert found == plain
        assert patterns.regex_found(pattern, doc) == bool(found)


def test_a_gate_pattern_found_between_two_quotations_is_not_there():
    doc = Doc('"Hi" and then "bye"', "en")
    closing_to_opening = patterns.compile_regex(r'" and then "', False)
    assert patterns.regex_spans(closing_to_opening, doc) == []
    assert patterns.regex_found(closing_to_opening, doc) is False


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_regexes_opening_with_a_set_match_as_their_plain_forms(text):
    plain = {clauses._SENTENCE_END: r"[.!?…！？]+(?=[\s\"'»”)]|$)|\n+", measures._TWO_CAPITALS: r"[A-ZÀ-ÖØ-ÞŒ]{2}",
             measures._RUNS["exclamations"]: r"[!！¡]+"}
    for fast, slow in plain.items():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(slow, text)]
