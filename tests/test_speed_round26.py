"""Speed round 26 (issue 16): what the cheaper phrase scan and signals bookkeeping must keep doing.

- The scan finds, per list, what a plain matcher finds: at each word from the left, the list's
  longest phrase that starts there (each word compared by stem, or by its folded stem, `*` any
  one word), then on after it. Overlaps, wildcards, accents typed or not, curly and straight
  apostrophes, French elisions and chat spellings ("u", « jsp ») included; no phrase runs across the end
  of a sentence ("limited! time" holds no "limited time").
- A review of one kind scans only the lists its kind's rules read, and finds in each of them
  exactly what the whole scan finds, the lists in the same order. A list asked for outside a
  rule's compile, or read by rules of two kinds, stays in each kind's scan.
- A signals rule's meta-signals, remembered by the signals present, are the ones its rules say,
  a meta that names an earlier meta included.
"""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.advice import load_advice
from bot.engine.checks.base import phrase_list
from bot.engine.checks.signals import Scorer
from bot.engine.phrases import PHRASE_WORDS, PhraseIndex
from bot.engine.text import Doc, Tokens, fold

LISTS = {
    "en": [
        ["free", "free trial", "free trial now", "sign * now", "don't miss"],
        ["trial now", "now", "limited time", "limited time only", "you", "your order"],
        ["buy now", "buy", "buy * * today", "check out my channel", "u"],
        ["don't", "miss out", "time only"],
    ],
    "fr": [
        ["réservez vite", "réservez", "plus que", "plus que 3 places", "l'offre"],
        ["offre", "offre spéciale", "à saisir", "économisez", "vite"],
        ["je sais pas", "gratuit", "c'est gratuit", "jusqu'à dimanche", "abonnez-vous"],
        ["places", "3 places", "* places"],
    ],
}
WORDS = {
    "en": ["free", "Free", "FREE", "trial", "trials", "now", "NOW", "sign", "signing", "up", "don't", "don’t", "dont",
           "miss", "missing", "out", "limited", "time", "only", "you", "u", "ur", "your", "order", "orders", "buy",
           "buying", "today", "check", "my", "channel", "the", "a", "it", "!", ",", ".", "—", "'", "’"],
    "fr": ["réservez", "reservez", "RÉSERVEZ", "vite", "plus", "que", "3", "places", "place", "l'offre", "l’offre",
           "offre", "offres", "spéciale", "speciale", "à", "a", "saisir", "économisez", "economisez", "je", "sais",
           "pas", "jsp", "gratuit", "gratuite", "c'est", "c’est", "jusqu'à", "jusqu’à", "dimanche", "abonnez-vous",
           "abonnez", "vous", "le", "la", "!", ",", ".", "«", "»"],
}


_advice = cache(load_advice)  # the bundled packs, loaded once for the whole module (examples share them, read-only)


def _index(language: str) -> PhraseIndex:
    index = PhraseIndex(language)
    for phrases in LISTS[language]:
        index.add(phrases)
    return index


def _sentence_ends_between(tokens: Tokens, i: int, end: int) -> bool:
    """A full stop, "!" or "…" then a space (quotes allowed between) in a gap between two of the words."""
    return any(re.match(r"[^.!…]*[.!…]+[\"'”»]*\s", tokens.folded[tokens.ends[k]:tokens.starts[k + 1]])
               for k in range(i, end - 1))


def _fits(words: tuple, tokens: Tokens, i: int) -> bool:
    pairs = tokens.pairs
    return i + len(words) <= len(pairs) and all(
        word is None or pairs[i + offset][0] == word[0] or pairs[i + offset][1] == word[1]
        for offset, word in enumerate(words)) and not _sentence_ends_between(tokens, i, i + len(words))


def plain_scan(lists: list[list[str]], tokens: Tokens, language: str) -> dict[int, list[tuple[int, int]]]:
    """The specification, word by word and list by list: the longest phrase at each word that does not run across
    the end of a sentence, then on after it."""
    pairs = tokens.pairs
    found: dict[int, list[tuple[int, int]]] = {}
    for list_id, phrases in enumerate(lists):
        shapes = [w for w in (PHRASE_WORDS.words(p, language) for p in phrases) if w and w[0] is not None]
        spans, i = [], 0
        while i < len(pairs):
            longest = max((len(w) for w in shapes if _fits(w, tokens, i)), default=0)
            if longest:
                spans.append((i, i + longest))
            i += longest or 1
        if spans:
            found[list_id] = spans
    return found


def _tokens(text: str, language: str) -> Tokens:
    return Doc(text, language, fold(text)).tokens


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["en", "fr"]), st.data())
def test_the_scan_finds_what_the_plain_matcher_finds(language: str, data: st.DataObject):
    words = data.draw(st.lists(st.sampled_from(WORDS[language]), min_size=1, max_size=30))
    text = " ".join(words)
    tokens = _tokens(text, language)
    assert dict(_index(language).scan(tokens)) == plain_scan(LISTS[language], tokens, language), text


def test_tricky_drafts_by_hand():
    en, fr = _index("en"), _index("fr")
    cases = [
        ("en", "Free trial now, sign up now!"),  # overlaps across lists, a wildcard
        ("en", "free free trial now now"),  # a longer phrase hides the words it covers from its own list only
        ("en", "Don’t miss out, limited time only: buy it today"),  # curly apostrophe, a two-wildcard phrase
        ("en", "u should check out my channel"),  # a chat spelling read as a word
        ("en", "freedom, trialled, nowhere"),  # word boundaries: no phrase inside a word
        ("fr", "Réservez vite : plus que 3 places pour l’offre spéciale"),
        ("fr", "reservez vite, economisez, c'est gratuit jusqu'à dimanche"),  # accents not typed
        ("fr", "jsp si c’est gratuit, abonnez-vous"),  # chat spelling of several words, elision, hyphen
    ]
    for language, text in cases:
        tokens = _tokens(text, language)
        index = en if language == "en" else fr
        expected = plain_scan(LISTS[language], tokens, language)
        assert bool(expected) != text.startswith("freedom"), text  # each matches something, bar the boundaries
        assert dict(index.scan(tokens)) == expected, text
    tokens = _tokens("free free trial now now", "en")
    # list 0: "free", then "free trial now"; list 1: "trial now" hides its "now" from "now" alone
    assert en.scan(tokens)[0] == [(0, 1), (1, 4)] and en.scan(tokens)[1] == [(2, 4), (4, 5)]
    # a sentence ends between "limited" and "time": no "limited time only", only list 3's "time only"
    assert plain_scan(LISTS["en"], _tokens("limited ! time only", "en"), "en") == {3: [(1, 3)]}
    assert dict(en.scan(_tokens("limited ! time only", "en"))) == {3: [(1, 3)]}


# -- a review scans its own kind's lists --------------------------------------------------------

DRAFTS = [
    "Hurry! Only 3 spots left, sign up now at example.com and get 50% off your first order.",
    "Thanks to everyone who came to the meetup yesterday, here are the slides and a recording.",
    "Plus que 3 places ! Réservez vite sur notre site, offre valable jusqu'à dimanche.",
    "Merci à tous pour vos retours : on a corrigé le bug signalé par @lea, la mise à jour arrive.",
    "u guys NEED to check out my channel, subscribe and like pls, link in bio!!!",
]


def test_a_kinds_scan_finds_in_its_lists_what_the_whole_scan_finds():
    advice = load_advice()
    for text in DRAFTS:
        for language in ("en", "fr"):
            index = advice.indexes[language]
            tokens = _tokens(text, language)
            whole = index.scan(tokens)
            for kind in ("post", "plan"):
                wanted, _ = index._view(kind)
                own = index.scan(tokens, kind)
                assert wanted is not None and len(wanted) < index._lists  # some lists are other kinds' only
                assert set(own) == {i for i in whole if i in wanted}, (text, kind)
                assert list(own) == [i for i in whole if i in wanted]  # in the same order
                assert all(own[i] == whole[i] for i in own)


def test_a_post_scan_leaves_out_lists_only_plan_rules_read():
    advice = load_advice()
    index = advice.indexes["en"]
    post, plan = index._view("post")[0], index._view("plan")[0]
    assert post is not None and plan is not None
    assert plan - post and post - plan  # each kind has lists of its own
    for compiled in advice.for_kind("post"):
        assert "post" in compiled.rule.applies_to


def test_a_list_asked_for_outside_a_compile_is_in_every_kinds_scan():
    index = PhraseIndex("en")
    index.reading = frozenset({"plan"})
    plans_only = phrase_list(index, ["milestone review"])
    index.reading = frozenset()
    anyone = phrase_list(index, ["free trial"])
    assert index._view("post")[0] == frozenset({anyone})
    tokens = _tokens("free trial and a milestone review", "en")
    assert set(index.scan(tokens, "post")) == {anyone}
    assert set(index.scan(tokens, "plan")) == set(index.scan(tokens)) == {anyone, plans_only}


def test_a_list_read_by_rules_of_two_kinds_is_in_both_scans():
    index = PhraseIndex("en")
    index.reading = frozenset({"plan"})
    shared = phrase_list(index, ["sign up now"])
    index.reading = frozenset({"post"})
    assert phrase_list(index, ["sign up now"]) == shared  # the same list, noted for posts too
    index.reading = frozenset()
    tokens = _tokens("Sign up now!", "en")
    assert index.scan(tokens, "post") == index.scan(tokens, "plan") == {shared: [(0, 3)]}


def test_a_word_that_starts_only_other_kinds_phrases_starts_nothing_in_a_kinds_scan():
    index = PhraseIndex("en")
    index.reading = frozenset({"plan"})
    phrase_list(index, ["launch plan", "launch"])
    index.reading = frozenset({"post"})
    post_list = phrase_list(index, ["launch party"])
    index.reading = frozenset()
    for _ in range(2):  # the second time from the kind's own cache of starts
        assert dict(index.scan(_tokens("our launch plan and the launch party", "en"), "post")) == {post_list: [(5, 7)]}


# -- meta-signals remembered by the signals present ----------------------------------------------


def _direct_metas(scorer: Scorer, present: set[str]) -> tuple[str, ...]:
    fired = dict.fromkeys(present)
    for name, parts, every in scorer.meta_parts:
        if parts <= fired.keys() if every else not parts.isdisjoint(fired):
            fired[name] = None
    return tuple(name for name in fired if name not in present)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_remembered_meta_signals_are_the_rules_own(data: st.DataObject):
    advice = _advice()
    pushy = next(c for c in advice.for_kind("post") if c.rule.id == "hard-sell.pushy")
    scorer: Scorer = pushy.run["en"].__self__  # type: ignore[attr-defined]
    present = set(data.draw(st.lists(st.sampled_from(sorted(s.name for s in scorer.plain)), max_size=12)))
    assert scorer._metas_of(present.copy()) == _direct_metas(scorer, present)
    assert scorer._metas_of(set(present)) == _direct_metas(scorer, present)  # remembered: the same


def test_every_signals_rules_metas_come_out_in_its_own_order():
    advice = load_advice()
    scorers = [getattr(c.run[lang], "__self__", None) for c in advice.for_kind("post") for lang in ("en", "fr")]
    scorers = [s for s in scorers if isinstance(s, Scorer) and s.meta_parts]
    assert scorers
    for scorer in scorers:
        names = [s.name for s in scorer.plain]
        for present in [set(names), set(), *({name} for name in names)]:
            assert scorer._metas_of(set(present)) == _direct_metas(scorer, present)
        assert scorer._metas_of(set(names))  # with every signal present, some meta fires
