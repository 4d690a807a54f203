"""Memory stays flat: caches bounded whatever the vocabulary, imports that do not grow with the export."""

from __future__ import annotations

import gc
import json
import random
import string
import tracemalloc

from bot.engine import text
from bot.engine.categories import default_tagger
from bot.engine.language import warm_up
from bot.engine.text import Doc, tokenize
from bot.memory import minhash, postfeatures, wordpairs
from bot.memory.importers.discord_export import import_discord
from bot.memory.store import Store


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


def test_the_shingle_hash_cache_never_holds_more_than_its_bound(monkeypatch):
    monkeypatch.setattr(minhash, "HASH_CACHE_SIZE", 300)
    rng = random.Random(3)
    for _ in range(40):
        minhash.signatures([minhash.shingles(_words(rng, 30)) for _ in range(3)])
        assert len(minhash._HASHES) <= 300


def _discord_export(path, n: int, seed: int) -> None:
    """A DiscordChatExporter file of n messages whose vocabulary keeps growing (three new words each)."""
    rng = random.Random(seed)
    common = _words(rng, 300)
    authors = [{"id": str(900 + i), "name": f"member{i}", "isBot": False} for i in range(20)]
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"guild": {"id": "1", "name": "Guild"}, "channel": {"id": "10", "type": "GuildTextChat", '
                  '"name": "announcements"}, "messages": [\n')
        for i in range(n):
            words = rng.choices(common, k=rng.randint(10, 20)) + _words(rng, 3)
            link = f" https://acme.example/{rng.choice(common)}-{i}" if i % 3 == 0 else ""
            message = {"id": str(10_000_000 + i), "type": "Default", "timestamp": f"2024-{1 + i % 12:02d}-"
                       f"{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00+00:00", "content": " ".join(words) + link,
                       "author": authors[i % len(authors)]}
            out.write(("," if i else "") + json.dumps(message) + "\n")
        out.write("]}")


def _import_peak(tmp_path, n: int) -> int:
    """Peak Python memory (bytes above the start) while importing n messages into a new file."""
    export = tmp_path / f"export-{n}.json"
    _discord_export(export, n, seed=n)
    store = Store.open(tmp_path / f"memory-{n}.db")
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        report = import_discord(store, [export], batch=100)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
        store.close()
    assert report.added == n
    return peak


def test_import_memory_does_not_grow_with_the_export(tmp_path, monkeypatch):
    monkeypatch.setattr(text, "STEM_CACHE_SIZE", 500)  # bounded caches, reached at both sizes
    monkeypatch.setattr(minhash, "HASH_CACHE_SIZE", 2_000)
    monkeypatch.setattr(postfeatures, "LINK_CACHE_SIZE", 100)
    monkeypatch.setattr(wordpairs, "WORD_LIMIT", 500)
    monkeypatch.setattr(wordpairs, "CODE_LIMIT", 2_000)
    default_tagger()
    warm_up()  # the language model is loaded once per process, whatever the export
    _import_peak(tmp_path, 100)  # first-use allocations (statements, ijson) out of the way
    one, five = _import_peak(tmp_path, 500), _import_peak(tmp_path, 2_500)
    assert five < 1.5 * one, f"peak {one / 1e6:.1f} MB for 500 messages, {five / 1e6:.1f} MB for 2,500"


def test_an_import_collects_garbage_less_often_then_puts_the_thresholds_back(tmp_path, monkeypatch):
    from bot.memory import importers
    from tests.memory_helpers import DISCORD_FILES

    seen: list[int] = []
    tag = importers.tagged
    monkeypatch.setattr(importers, "tagged", lambda tagger, messages: seen.append(gc.get_threshold()[0])
                        or tag(tagger, messages))
    before = gc.get_threshold()
    report = import_discord(Store.open(tmp_path / "memory.db"), DISCORD_FILES)
    assert report.added and seen and min(seen) == max(importers.YOUNG_OBJECTS, before[0])
    assert gc.get_threshold() == before
