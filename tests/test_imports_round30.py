"""Imports, round 30: the same records through a cheaper road between processes.

- A batch's tagging travels as one compact piece (bot.memory.packed): unpacked, it gives exactly
  the PostRecords the importing process makes itself, and each message's record() alone.
- An import with 2 tagging workers stores the very rows of an import in one process, post ids
  included, and the importing process's memory stays bounded whatever the export's size.
- A new word is stemmed alone and filled in from what was just stemmed: the same pairs as
  stemming every word of the draft, whether one, several or a repeated one is new, and right
  after the stem cache was emptied.
- Writing a batch resolves each (workspace, channel, member, names) once: a member renamed in
  the middle of a batch keeps its last name, as written one by one.
"""

from __future__ import annotations

import functools
import gc
import pickle
import random
import string
import tracemalloc

import pytest

from bench.memory import _export
from bot.engine import text
from bot.engine.categories import default_tagger
from bot.engine.language import warm_up
from bot.memory import minhash
from bot.memory.importers import discord_export
from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.jsonstream import JsonStream
from bot.memory.packed import tag_batch, unpack
from bot.memory.records import record, records, tagging_part
from bot.memory.store import Store
from tests.memory_helpers import DISCORD_FILES, assert_consistent
from tests.test_import_records import _rows

BASE = {"platform": "discord", "workspace": "G1", "channel": "C1", "names": ("Guild", "general", "")}
TEXTS = [
    ("Join our free webinar on Friday: https://acme.example/live?utm_source=discord", "team"),
    ("Rejoignez notre atelier gratuit vendredi, inscription sur www.exemple.fr/atelier", "team"),
    ("", "team"),  # an image alone: no features
    ("   ", "team"),
    ("lol 😂🔥", "team"),
    ("Any tips to grow a newsletter? We tried giveaways and it flopped", "community"),
    ("Quelqu'un a des conseils pour l'infolettre ? On a testé les concours", "community"),
    ("word", "team"),  # one word: a signature of the word alone
    ("https://a.example/x https://b.example/y", "team"),  # links only
    ("CHECK OUT OUR NEW SHOP NOW!!! https://acme.example/shop?ref=abc&id=7", "team"),
]


def _messages(texts: list[tuple[str, str]]) -> list[dict]:
    return [{**BASE, "text": said, "kind": kind, "member": f"M{i % 3}", "message_id": str(1000 + i),
             "posted_at": 1_760_000_000.0 + 3_600 * i, "is_reply": i % 4 == 1,
             **({"language": "fr"} if i == 6 else {})} for i, (said, kind) in enumerate(texts)]


def test_a_packed_batch_unpacks_to_the_records_made_in_one_process_and_one_by_one():
    tagger = default_tagger()
    messages = _messages(TEXTS)
    batch = pickle.loads(pickle.dumps(tag_batch(tagger, [tagging_part(m) for m in messages])))
    unpacked = unpack(messages, batch)
    assert unpacked == records(tagger, messages)
    assert unpacked == [record(tagger, **m) for m in messages]
    signed = [r for r in unpacked if r.features and r.features.signature]
    assert len(signed) >= 6 and all(len(r.features.bands) == minhash.BANDS for r in signed)
    assert any(r.features.links for r in unpacked) and any(r.features and r.features.words for r in unpacked)
    assert unpacked[2].features.signature is None and unpacked[2].features.bands == []  # nothing to sign
    assert unpacked[5].features.signature is None and unpacked[5].features.words  # community: words, not signed


def test_a_packed_batch_is_a_few_columns_not_a_value_per_message():
    tagger = default_tagger()
    messages = _messages(TEXTS * 20)
    batch = tag_batch(tagger, [tagging_part(m) for m in messages])
    assert len(batch.category_sets) <= 32 and len(batch.category_of) == len(messages)
    assert len(batch.signatures) == len(batch.signed) * minhash.PERMS * 4
    assert len(batch.bands) == len(batch.signed) * minhash.BANDS * 8
    per_message = pickle.dumps([(r.language, tuple(r.categories), r.features) for r in records(tagger, messages)])
    assert len(pickle.dumps(batch)) < len(per_message)


@pytest.mark.parametrize("batch", [7, 250])
def test_two_workers_store_the_rows_of_one_process(tmp_path, batch):
    (tmp_path / "export").mkdir()
    files = [*DISCORD_FILES, *_export(tmp_path / "export", 1_500, 1_764_547_200.0)]
    one, two = Store.open(tmp_path / "one.db"), Store.open(tmp_path / "two.db")
    first = import_discord(one, files, observe=("general",), batch=batch, jobs=1)
    second = import_discord(two, files, observe=("general",), batch=batch, jobs=2)
    assert first == second and first.added > 1_300
    assert _rows(one) == _rows(two)  # post ids included
    assert_consistent(two)
    again = import_discord(two, files, observe=("general",), batch=batch, jobs=2)
    assert again.added == 0 and again.skipped == first.added


def _pool_import_peak(tmp_path, n: int) -> int:
    """Peak Python memory of the importing process (bytes above the start), 2 tagging workers."""
    (tmp_path / f"export-{n}").mkdir()
    files = _export(tmp_path / f"export-{n}", n, 1_764_547_200.0)
    store = Store.open(tmp_path / f"memory-{n}.db")
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        report = import_discord(store, files, observe=("general",), batch=200, jobs=2)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
        store.close()
    assert report.added > 0.8 * n
    return peak


def test_the_importing_process_memory_does_not_grow_with_the_export_when_workers_tag(tmp_path, monkeypatch):
    # What fills up over the first thousands of messages is the reader's buffer: a chunk of 1 M
    # characters (~575 bytes a message here) and its joins with what is left, ~1.9 MB at 400 messages
    # to ~5.5 MB from 4,000 on. With chunks of 64 K characters the same bound is reached before
    # 2,000 (peaks ~1.9, 2.3, 2.75, 2.8 MB at 400, 1,000, 2,000, 4,000), so 2,000 and 5,000
    # messages show what 4,000 and 10,000 showed, for half the tagging.
    monkeypatch.setattr(discord_export, "JsonStream", functools.partial(JsonStream, chunk=1 << 16))
    default_tagger()
    warm_up()
    _pool_import_peak(tmp_path, 400)  # first-use allocations out of the way
    small, large = _pool_import_peak(tmp_path, 2_000), _pool_import_peak(tmp_path, 5_000)
    assert large < 1.25 * small, f"peak {small / 1e6:.1f} MB for 2,000 messages, {large / 1e6:.1f} MB for 5,000"


def _fresh(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_lowercase, k=rng.randint(6, 11))) + "zq"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_new_words_get_the_pairs_of_stemming_every_word_of_the_draft(language, monkeypatch):
    rng = random.Random(30)
    common = ("les des offre gratuite running grows community" if language == "fr" else
              "the offers running grows community free members").split()
    for _ in range(40):
        new = [_fresh(rng) for _ in range(rng.choice([0, 1, 1, 2, 4]))]
        words = rng.choices(common, k=rng.randint(0, 8)) + new + new[:1]  # a new word twice at times
        rng.shuffle(words)
        draft = " ".join(words)
        tokens = text.tokenize(draft, language)
        expected = text._stem_pairs([t.text for t in tokens], language) if len(tokens) else []
        assert list(tokens.pairs) == expected, draft
    monkeypatch.setattr(text, "STEM_CACHE_SIZE", 5)  # emptied by the very draft that fills it
    draft = " ".join(common + [_fresh(rng)])
    tokens = text.tokenize(draft, language)
    assert list(tokens.pairs) == text._stem_pairs([t.text for t in tokens], language)
    assert len(text._STEMS[language]) <= 5


@pytest.mark.parametrize("language", ["en", "fr"])
def test_one_word_stemmed_alone_is_stemmed_as_in_a_list(language):
    for word in ["les", "des", "dès", "ces", "écoute", "rêves", "running", "naïve", "cœur", "x", "123", "l'offre"]:
        assert text._stem_pair(word, language) == text._stem_pairs([word], language)[0], word


def test_a_member_renamed_within_a_batch_keeps_the_last_name_as_written_one_by_one(tmp_path):
    tagger = default_tagger()
    messages = _messages(TEXTS[:4])
    for i, name in enumerate(["Ann", "Ann", "Annie", "Ann B."]):
        messages[i]["member"], messages[i]["names"] = "M0", ("Guild", "general", name)
    together, alone = Store.open(tmp_path / "together.db"), Store.open(tmp_path / "alone.db")
    together.log_posts(records(tagger, messages))
    for message in messages:
        alone.log_posts([record(tagger, **message)])
    assert _rows(together) == _rows(alone)
    assert together.conn.execute("SELECT display_name FROM members").fetchall() == [("Ann B.",)]
