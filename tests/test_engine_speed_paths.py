"""The review's speed paths answer exactly what the plain way answers, on varied drafts:
tokens read in C (ASCII word sets, the matches' own text), and the rest pinned as it comes.
Each test compares a fast path with a plain reference written the obvious way; none is timed."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import text
from bot.engine.advice import Advice, load_advice
from bot.engine.spaced import join_spaced_contractions

# ASCII and French letters, apostrophes of every kind, links, mentions, chat spellings, digits.
_PIECES = st.sampled_from(["a", "é", "E", "l'", "L’", "d'", "qu'", "don't", "don ' t", "I ' m", "j ' ai", "u", "pls",
                           "jsp", "slt", "http://x.fr/a", "www.y.com", "@bob", "#promo", "`", "´", "-", "—", "…",
                           "œuvre", "İ", "ß", "x1", "42", "’", "'", " ", " ", "\n", ".", "!", "Offre", "achetez",
                           "vous", "you", "FREE", "ΑΒΓ", "😀", "_", "can't", "l'offre", "aujourd'hui"])
_DRAFTS = st.lists(_PIECES, max_size=40).map("".join)


def _plain_tokenize(draft: str, language: str) -> text.Tokens:
    """tokenize as first written: Unicode word sets, a match object per word, the draft sliced."""
    folded = text.fold(draft)
    masked = folded
    hidden = text.non_word_spans(draft, folded)
    if hidden:
        pieces, last = [], 0
        for start, end in hidden:
            if start >= last:
                pieces += [folded[last:start], " " * (end - start)]
                last = end
        masked = "".join(pieces) + folded[last:]
    spans = [m.span() for m in text._WORD[language].finditer(masked)]
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    spaced = " ' " in masked
    if spaced and language == "en":
        starts, ends = join_spaced_contractions(masked, starts, ends)
    if language == "fr" and "'" in masked:
        drop = set()
        p = masked.find("'")
        while p != -1:
            i = bisect_left(ends, p - 1 if spaced and masked[p - 1 : p] == " " else p)
            if i + 1 < len(ends) and ends[i] in (p, p - 1) and masked[starts[i] : ends[i]] in text.ELISIONS:
                drop.add(i)
            p = masked.find("'", p + 1)
        starts = [s for i, s in enumerate(starts) if i not in drop]
        ends = [e for i, e in enumerate(ends) if i not in drop]
    lowered = draft.lower()
    if len(lowered) != len(draft):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in draft)
    if "'" in masked:
        lowered = text._straight_apostrophes(lowered)
    surfaces = [lowered[s:e] for s, e in zip(starts, ends, strict=True)]
    if spaced and language == "en":
        surfaces = [w.replace(" ' ", "'") if " ' " in w else w for w in surfaces]
    extra = 0
    spellings = text.chat_table(language)
    if not spellings.keys.isdisjoint(surfaces):
        starts, ends, surfaces, extra = text.chat.fold(draft, starts, ends, surfaces, spellings)
    return text.Tokens(starts, ends, text._stem_pairs(surfaces, language) if surfaces else [], folded, extra)


def _same(a: text.Tokens, b: text.Tokens) -> None:
    assert (a.starts, a.ends, a.pairs, a.extra) == (b.starts, b.ends, b.pairs, b.extra)


@settings(max_examples=500, deadline=None)
@given(_DRAFTS, st.sampled_from(["en", "fr"]))
def test_tokens_are_the_plain_tokens_whatever_the_draft(draft, language):
    _same(text.tokenize(draft, language), _plain_tokenize(draft, language))


def test_an_ascii_draft_reads_its_words_from_the_matches_and_a_french_one_from_the_draft():
    ascii_ = text.tokenize("Don`t miss l'offre: 50 FREE pass at www.x.com", "en")
    accented = text.tokenize("N’oubliez pas l’offre : achetez-la aujourd’hui à 50 € !", "fr")
    _same(ascii_, _plain_tokenize("Don`t miss l'offre: 50 FREE pass at www.x.com", "en"))
    _same(accented, _plain_tokenize("N’oubliez pas l’offre : achetez-la aujourd’hui à 50 € !", "fr"))
    assert ascii_.texts[:2] == ["don't", "miss"]
    assert "offre" in accented.texts and "l" not in accented.texts  # the elided article is left out


def _plain_reachable(scorer, scope) -> bool:
    """A signals rule's bound as first written: every set rebuilt for every draft."""
    from bot.engine.checks.signals_schema import UNIT_METRICS

    reach, listed = scorer.reach, set()
    for list_id in scorer.by_list_names.keys() & scope.matches.keys():
        listed |= scorer.by_list_names[list_id]
    # Session 40 (speed59): over the whole draft, the negative phrase signals locating cannot take away count too.
    whole = not scorer.per_sentence and (scorer.paragraphs_from is None or scope.doc.word_count < scorer.paragraphs_from)
    sure = tuple(s.weight for s in scorer.plain if whole and s.weight < 0 and s.phrases in scope.matches
                 and s.metric is None and not s.at_start and s.exceptions is None and not s.context)
    if reach.short(listed | scorer.unlisted, sure):
        return False
    matching = scorer.prefilter.matching(scope.doc)
    listed |= scorer.patterned if matching is None else {scorer.by_pattern[i][0].name for i in matching}
    if not scorer.measured:
        return not reach.short(listed, sure)
    if reach.short(listed | scorer.measured_names, sure):
        return False
    for signal in scorer.measured.values():
        if signal.metric in UNIT_METRICS or signal.low <= 0 or scope.items(signal.metric, signal.caps_words):
            listed.add(signal.name)
    return not reach.short(listed, sure)


_SELLING = st.sampled_from(["Buy now!!!", "Achetez maintenant !!!", "Limited offer, last chance.", "only $9.99",
                            "19,90 €", "FREE SHIPPING TODAY ONLY", "text WIN to 80082", "www.deal.com", "@cryptoking",
                            "We are proud to announce our new app.", "Nous sommes fiers d'annoncer", "Here is our guide.",
                            "Thanks Julie!", "What do you think?", "Call 0800 123 4567 now", "50% off", " ", "\n"])
_POSTS = st.lists(_SELLING, min_size=1, max_size=8).map(" ".join)


@cache
def _advice() -> Advice:
    """The bundled packs, loaded once for every example (they are only read)."""
    return load_advice()


@settings(max_examples=200, deadline=None)
@given(_POSTS, st.sampled_from(["en", "fr"]))
def test_a_signals_bound_remembered_is_the_bound_counted_afresh(post, language):
    from bot.engine.checks.base import Scope
    from bot.engine.text import Doc

    advice = _advice()
    doc = Doc(post, language)
    for compiled in advice.for_kind("post"):
        scorer = getattr(compiled.run[language], "__self__", None)
        if compiled.rule.type != "signals" or scorer is None:
            continue
        for _ in range(2):  # counted, then remembered
            scope = Scope(doc, advice.indexes[language].scan(doc.tokens))
            assert scorer._reachable(scope)[0] == _plain_reachable(scorer, scope), compiled.rule.id


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=120))
def test_ascii_word_sets_find_what_the_unicode_sets_find_on_ascii_text(sample):
    from bot.engine import language, latin1

    assert language._ASCII_WORDS.findall(sample) == language._WORDS.findall(sample)
    shape = latin1.shape(sample)  # the runs of figures found in the shape since speed55b
    assert [m.span() for m in text._SHAPE_NUMBER_RUN.finditer(shape)] == [m.span() for m in text._NUMBER_RUN.finditer(sample)]
    for lang in ("en", "fr"):
        ascii_ = [m.span() for m in text._ASCII_WORD[lang].finditer(sample)]
        assert ascii_ == [m.span() for m in text._WORD[lang].finditer(sample)]


def test_a_phrase_lists_spans_are_found_once_and_each_caller_gets_its_own_copy():
    from bot.engine.checks.base import Scope
    from bot.engine.phrases import PhraseIndex
    from bot.engine.text import Doc

    index = PhraseIndex("en")
    offers = index.add(["free", "buy now"])
    doc = Doc("Buy now, it is free. Free again!", "en")
    scope = Scope(doc, index.scan(doc.tokens))
    first = scope.spans(offers)
    assert first == [(0, 7), (15, 19), (21, 25)]
    first += [(99, 100)]  # a check that adds to what it was given (`skip += ...`)
    assert scope.spans(offers) == [(0, 7), (15, 19), (21, 25)]
    assert scope.spans(None) == [] and scope.spans(offers + 1) == []


def test_a_value_read_once_is_computed_once_then_read_from_the_instance():
    calls = []

    class Draft:
        @text.once
        def words(self) -> list[str]:
            calls.append(1)
            return ["a", "b"]

    draft = Draft()
    assert draft.words == ["a", "b"] and draft.words is draft.words
    assert len(calls) == 1 and "words" in vars(draft)
    assert isinstance(Draft.words, text.once)


_SHOUTS = st.sampled_from(["HELLO", "World", "BUY NOW", "FREE", "24", "٣", " ", "\n", "\u00a0", ",", "/", "-", "’", "'",
                           "ÉTÉ", "Œ", "Ÿ", "x", "é", "A", "B", "AB", "Cd", "&", ".", "!", "@ME", "#TAG", "http://X.COM"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_SHOUTS, max_size=30).map("".join))
def test_runs_in_capitals_read_by_stretch_are_the_runs_read_from_the_start(draft):
    from bot.engine import measures
    from bot.engine.text import Doc

    plain = [run.span() for run in measures._CAPS_RUN.finditer(draft) if measures._TWO_CAPITALS.search(run.group())]
    fast = [run.span() for run in measures._raw_runs_with_two_capitals(draft)
            if measures._TWO_CAPITALS.search(run.group())]
    assert fast == plain
    doc = Doc(draft, "en")
    hidden = doc.links + doc.mentions + doc.hashtags
    kept = [span for span in plain if not (hidden and measures.overlaps(span, hidden))]
    assert [run.span() for run in measures.caps_runs(doc)] == kept


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AZÉŒŸaé1٣²'’,;:&/+-. \n\t\u00a0\u2003!x")), max_size=40))
def test_a_stretch_read_in_c_ends_at_the_first_wall_the_plain_reading_finds(draft):
    from bot.engine import measures

    end = 0
    while end < len(draft) and measures._in_run(draft[end]):
        end += 1
    assert measures._STRETCH.match(draft, 0).end() == end
