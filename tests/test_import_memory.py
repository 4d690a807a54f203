"""Memory stays flat: caches bounded whatever the vocabulary, imports that do not grow with the export."""

from __future__ import annotations

import random
import string

from bot import text
from bot.categories import default_tagger
from bot.text import Doc, tokenize


def _words(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 10))) for _ in range(n)]


def test_the_stem_cache_never_holds_more_than_its_bound(monkeypatch):
    monkeypatch.setattr(text, "STEM_CACHE_SIZE", 500)
    rng = random.Random(1)
    for _ in range(60):
        tokenize(" ".join(_words(rng, 40)), "en")
        assert len(text._STEMS["en"]) <= 500 + 40


def test_phrase_starts_cache_only_words_that_start_a_phrase():
    tagger = default_tagger()
    index = tagger.advice.indexes["en"]
    rng = random.Random(2)
    before = len(index._starts)
    for _ in range(50):
        tagger.tag_doc(Doc(" ".join(_words(rng, 30)), "en"))  # words no lexicon knows
    assert len(index._starts) == before
    spans = tagger.tag_doc(Doc("Here is a free guide, sign up now and buy it today", "en"))
    assert spans  # what starts a phrase is still found (and cached)
