"""Any text at the entrance: nothing raises, and every finding points at the draft's own characters."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine.advice import load_advice
from bot.engine.entrance import compose, encodable
from bot.engine.review import DraftProblem, ReviewContext, review

ADVICE = load_advice()
# Words the bundled rules look for, and characters that have broken engines before.
FRAGMENTS = ["Buy now", "LAST CHANCE", "achetez maintenant", "Dernière chance", "offre limitée", "u", "pls txt",
             "$9.99", "50 %", "0800 123 4567", "80082", "« citation assez longue pour compter »", "\"quote\"",
             "e\u0301", "\u200b", "\x00", "\x0b", "\ud800", "\udfff", "\ufeff", "\u2028", "!!!", "#promo",
             "@team", "https://example.com/x?a=1!", "😍", " ", "\n", "l'offre", "'", "-", "NASA"]
drafts = st.one_of(
    st.text(),  # the whole range, lone surrogates included
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=25).map("".join),
)


def check(draft: str, language: str | None) -> None:
    try:
        result = review(draft, ReviewContext(ADVICE, language=language))
    except DraftProblem:
        return
    sent = encodable(draft)
    assert len(sent) == len(draft)
    for finding in (*result.findings, *result.shadow):
        start, end = finding.span
        assert 0 <= start <= end <= len(draft)
        assert sent[start:end] == finding.excerpt
        if sent == draft:
            assert draft[start:end] == finding.excerpt


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts, st.sampled_from([None, "fr", "en"]))
def test_any_draft_is_reviewed_or_politely_refused_and_spans_are_the_draft_s(draft, language):
    check(draft, language)


def test_a_lone_surrogate_reads_as_a_replacement_character():
    draft = "Buy now \ud800 LAST CHANCE to win"
    result = review(draft, ReviewContext(ADVICE, language="en"))
    assert {f.excerpt for f in result.findings} >= {"Buy now", "LAST CHANCE"}
    assert encodable(draft) == "Buy now \ufffd LAST CHANCE to win"


FRENCH = "Dépêchez-vous ! Dernière chance, offre limitée : achetez maintenant."


def test_decomposed_accents_find_what_composed_ones_find_on_the_draft_as_sent():
    composed = review(FRENCH, ReviewContext(ADVICE, language="fr")).findings
    nfd = unicodedata.normalize("NFD", FRENCH)
    decomposed = review(nfd, ReviewContext(ADVICE, language="fr")).findings
    assert [(f.rule, unicodedata.normalize("NFC", f.excerpt)) for f in decomposed] == [
        (f.rule, f.excerpt) for f in composed]
    assert len(composed) >= 3
    assert all(nfd[f.span[0] : f.span[1]] == f.excerpt for f in decomposed)
    assert any("\u0301" in f.excerpt or "\u0300" in f.excerpt for f in decomposed)  # the draft's own form


def test_a_long_decomposed_draft_has_words():
    result = review("e\u0301" * 4000, ReviewContext(ADVICE, language="fr"))  # 8,000 characters
    assert result.language == "fr"
    with pytest.raises(DraftProblem) as refused:
        review("\u0301" * 50, ReviewContext(ADVICE))
    assert refused.value.code == "no_words"


def test_blanked_characters_stay_in_the_excerpt():
    draft = "Achetez\u200b maintenant, offre\x0b limitée !"
    result = review(draft, ReviewContext(ADVICE, language="fr"))
    assert "control" in result.notices
    excerpts = {f.excerpt for f in result.findings}
    assert "Achetez\u200b maintenant" in excerpts
    assert all(draft[f.span[0] : f.span[1]] == f.excerpt for f in result.findings)


def test_composing_maps_spans_back_to_the_draft():
    text = "cafe\u0301 cre\u0300me"
    composed = compose(text)
    assert composed.text == "café crème"
    assert composed.span(0, 4) == (0, 5)  # "café" is five characters as sent
    assert composed.span(5, 10) == (6, 12)
    assert compose("déjà").starts == ()  # already composed: offsets are the draft's
