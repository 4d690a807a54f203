"""Imports, round 28: a post's links are found and normalised by shortcuts, its shingles reach the
signature as cache keys, and the writer shares work between a batch's posts. Each shortcut gives
what the plain way gives (the regex over every position, urlsplit, a set of shingle strings), and
every cache it keeps is bounded."""

from __future__ import annotations

import hashlib
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.links import URL_RE
from bot.engine.text import Doc
from bot.memory import minhash, postfeatures, posts
from bot.memory.postfeatures import (
    features_many,
    links_of,
    normalize_url,
    shingle_set,
    split_url,
    url_spans,
)

# The characters that decide how an address is cut or read: case, scheme marks, what ends a link,
# what urlsplit treats apart (user, port, query, fragment, brackets), accents, a long s (which a
# case-blind "https" matches) and a dotted capital I (two characters once lower-cased).
_PIECES = [*"hHtTpPsSwW.:/?#@[]%&=_-~ \t\n'\"<>(),;!»ſKİéaZ09\\\x00\x7f", "http://", "https://", "www.",
           "HTTPS://WWW.", "Http://", "utm_source=x", "ref=7", "acme.example", "/guide-12/"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


def _swept(count: int, seed: int) -> list[str]:
    """The texts _texts draws (up to 16 pieces), the same ones at every run: hypothesis costs ~3 ms an
    example to draw and only ~30 µs to check, so a broad sweep runs here and hypothesis explores."""
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(0, 16))) for _ in range(count)]


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_a_plain_address_is_normalised_as_urlsplit_would(url: str):
    assert normalize_url(url) == split_url(url)


def test_a_plain_address_is_normalised_as_urlsplit_would_over_a_sweep():
    # A path allowed to hold ":" differs in ~1 text of 600 of these: hypothesis found it in 1 run of
    # 10 with 200 examples, 4 of 10 with 500; this sweep holds 35 such texts at every run.
    for url in _swept(20_000, 28):
        assert normalize_url(url) == split_url(url), url


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_links_are_found_where_the_pattern_over_every_position_finds_them(text: str):
    assert url_spans(text, text.lower()) == [match.span() for match in URL_RE.finditer(text)]


def test_links_are_found_where_the_pattern_over_every_position_finds_them_over_a_sweep():
    for text in _swept(20_000, 29):
        assert url_spans(text, text.lower()) == [match.span() for match in URL_RE.finditer(text)], text


def test_the_links_of_a_text_are_the_plain_way_s_links():
    rng = random.Random(28)
    for _ in range(2000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 20)))
        plain: dict[str, tuple[str, str, str]] = {}
        for match in URL_RE.finditer(text):
            normal, domain = split_url(match.group(0))
            digest = postfeatures.url_hash(normal)
            plain.setdefault(digest, (match.group(0), domain, digest))
        assert [(link.url, link.domain, link.hash) for link in links_of(text)] == list(plain.values())


def test_the_links_remembered_stay_bounded(monkeypatch):
    monkeypatch.setattr(postfeatures, "LINK_CACHE_SIZE", 50)
    for i in range(500):
        [link] = links_of(f"see https://acme.example/page-{i}")
        assert link.domain == "acme.example"
        assert len(postfeatures._LINKS) <= 50


_DRAFTS = [
    ("Join our webinar tomorrow, join our webinar! https://acme.example/webinar?utm_source=x", "en"),
    ("Rejoignez l'atelier demain : l'atelier, c'est gratuit ! www.exemple.fr/atelier", "fr"),
    ("lol lol lol lol", "en"),  # the same shingle four times
    ("merci", "fr"),  # one word: its own shingle
    ("🎉🔥", "en"),  # no word at all
    ("", "en"),
    ("https://acme.example/a https://acme.example/a/ HTTPS://ACME.example/b", "en"),  # links alone
    ("I don ' t know , you ' re right", "en"),  # spaced contractions: a word with spaces in it
]


@pytest.mark.parametrize(("text", "language"), _DRAFTS)
def test_a_post_s_signature_is_the_signature_of_its_shingle_set(text: str, language: str):
    doc = Doc(text, language)
    [found] = features_many([doc], [True], [False])
    expected = minhash.signature(shingle_set(doc))
    if expected is None:
        assert found.signature is None and found.bands == []
    else:
        assert found.signature == minhash.to_bytes(expected)
        assert found.bands == minhash.bands(expected)


def test_shingle_keys_stand_for_the_shingles_and_hash_as_them():
    words = ["join", "our", "webinar", "join", "our"]
    keys = minhash.shingle_keys(words, ["link:abc"])
    assert {k if isinstance(k, str) else " ".join(k) for k in keys} == minhash.shingles(words, ["link:abc"])
    assert len(keys) == 5  # "join our" twice: kept twice, the minimums are the same
    hashes = minhash._Hashes()
    assert hashes[("join", "our")] == hashes["join our"]
    assert minhash.shingle_keys(["merci"]) == ["merci"] and minhash.shingle_keys([]) == []


def _plain_signature(items: set[str]) -> list[int]:
    """What a signature is, shingle by shingle: each permutation's smallest hash."""
    hashes = [int.from_bytes(hashlib.blake2b(item.encode("utf-8"), digest_size=4).digest(), "little") for item in items]
    a, b, prime = (int(v) for v in minhash._A), (int(v) for v in minhash._B), (1 << 61) - 1
    return [min(((x * a_ + b_) % prime) % (1 << 32) for x in hashes) for a_, b_ in zip(a, b, strict=True)]


def test_signatures_of_shingle_keys_are_the_plain_minimums_of_the_shingles(monkeypatch):
    """Pairs of words as keys, a shingle met twice, hashes remembered from earlier batches and
    the cache emptied along the way: each set's plain signature."""
    monkeypatch.setattr(minhash, "HASH_CACHE_SIZE", 300)
    rng = random.Random(28)
    vocabulary = [f"w{i}" for i in range(40)]
    for _ in range(12):
        texts = [[rng.choice(vocabulary) for _ in range(rng.randint(0, 25))] for _ in range(rng.randint(1, 12))]
        keys = [minhash.shingle_keys(words, ["link:abc"] if len(words) % 3 == 0 else []) for words in texts]
        rows, which = minhash.signature_rows(keys)
        expected = [minhash.shingles(words, ["link:abc"] if len(words) % 3 == 0 else []) for words in texts]
        assert which == [i for i, items in enumerate(expected) if items]
        assert [row.tolist() for row in rows] == [_plain_signature(expected[i]) for i in which]


def test_the_shingle_hashes_remembered_stay_bounded(monkeypatch):
    monkeypatch.setattr(minhash, "HASH_CACHE_SIZE", 100)
    hashes = minhash._Hashes()
    for i in range(1000):
        hashes[(f"w{i}", "x")]
        assert len(hashes) <= 100


def test_category_flags_follow_the_categories_and_stay_bounded():
    assert posts._flags(frozenset({"ask", "news"})) == tuple(int(c in {"ask", "news"}) for c in posts.CATEGORIES)
    assert posts._flags({"give"}) == tuple(int(c == "give") for c in posts.CATEGORIES)  # a plain set too
    for i in range(1000):
        posts._flags(frozenset({f"odd{i}"}))
    assert len(posts._FLAGS) <= 256


def test_an_import_stores_the_links_and_signatures_the_plain_ways_give(tmp_path):
    """Every team post of a mixed French/English export with links, chat and empty posts: its
    stored links are what URL_RE over every position and urlsplit give, and its stored signature
    is the signature of its shingle set (strings, a set: the way before the shortcuts)."""
    from bench import same_records
    from bot.memory.importers.discord_export import import_discord
    from bot.memory.store import Store

    files = same_records.exports(tmp_path, 1_200)
    store = Store.open(tmp_path / "memory.db")
    import_discord(store, files, observe=("entraide",))
    rows = store.conn.execute("SELECT p.id, p.text, p.language, s.signature FROM posts p LEFT JOIN post_signatures s "
                              "ON s.post_id = p.id WHERE p.kind = 'team'").fetchall()
    links = {}
    for post_id, url_hash, domain, url in store.conn.execute("SELECT post_id, url_hash, domain, url FROM post_links"):
        links.setdefault(post_id, set()).add((url, domain, url_hash))
    store.close()
    assert len(rows) > 900 and sum(map(len, links.values())) > 50
    for post_id, text, language, signature in rows:
        plain: dict[str, tuple[str, str, str]] = {}  # the first link written of each address
        for match in URL_RE.finditer(text):
            normal, domain = split_url(match.group(0))
            digest = postfeatures.url_hash(normal)
            plain.setdefault(digest, (match.group(0), domain, digest))
        assert links.get(post_id, set()) == set(plain.values())
        expected = minhash.signature(shingle_set(Doc(text, language)))
        assert signature == (None if expected is None else minhash.to_bytes(expected))

