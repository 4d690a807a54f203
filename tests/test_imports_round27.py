"""Imports, round 27: a batch's MinHash signatures are made as one array, and an import writes
larger batches; neither changes a stored value, whatever the batch size or the mix of messages."""

from __future__ import annotations

import random

import numpy as np
import pytest

from bench import same_records
from bot.engine.text import Doc
from bot.memory import minhash
from bot.memory.importers import BATCH
from bot.memory.postfeatures import features, features_many, shingle_set


def _tricky_sets() -> list[set[str]]:
    """Empty sets between full ones, a set over one numpy pass, sets that end a pass exactly,
    accented and emoji shingles, and a shingle met in several sets."""
    rng = random.Random(27)
    sets: list[set[str]] = [set(), {"solo"}, set()]
    sets += [{f"w{rng.randrange(500)} w{rng.randrange(500)}" for _ in range(rng.randint(1, 60))} for _ in range(30)]
    sets.append({f"big{i}" for i in range(minhash._ROWS_AT_ONCE * 3 + 5)})
    sets += [{f"exact{k} {i}" for i in range(minhash._ROWS_AT_ONCE // 2)} for k in range(4)]
    sets += [{"café crème", "crème 🎉", "🎉 🎉"}, set(), {"w1 w2", "solo"}]
    return sets


def test_signature_rows_are_each_sets_own_signature_in_order():
    sets = _tricky_sets()
    rows, which = minhash.signature_rows(sets)
    assert which == [i for i, items in enumerate(sets) if items]
    assert rows.dtype == np.uint32 and rows.shape == (len(which), minhash.PERMS)
    for row, i in zip(rows, which, strict=True):
        alone = minhash.signatures([sets[i]])[0]
        assert alone is not None and row.tolist() == alone.tolist()


def test_no_set_or_only_empty_sets_sign_nothing():
    for sets in ([], [set(), set()]):
        rows, which = minhash.signature_rows(sets)
        assert which == [] and rows.shape == (0, minhash.PERMS)
        assert minhash.signatures(sets) == [None] * len(sets)
    assert minhash.bands_of_rows(np.empty((0, minhash.PERMS), dtype=np.uint32)) == []


def test_the_rows_bands_are_the_bands_of_each_signature():
    rows, _ = minhash.signature_rows([s for s in _tricky_sets() if s])
    assert minhash.bands_of_rows(rows) == [minhash.bands(row) for row in rows]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_batch_of_posts_gets_the_features_each_post_gets_alone(language: str):
    texts = ["", "🎉🎉", "ok", "Our new guide is out: https://acme.example/guide?utm_source=x",
             "Notre atelier de jeudi : inscrivez-vous sur WWW.exemple.fr/atelier !",
             "Same words same words same words", "Our new guide is out: https://acme.example/guide",
             " ".join(f"mot{i}" for i in range(400))]
    docs = [Doc(text, language) for text in texts]
    signed = [i % 3 != 1 for i in range(len(docs))]
    worded = [i % 2 == 0 for i in range(len(docs))]
    batch = features_many(docs, signed, worded)
    for doc, found, sign, words in zip(docs, batch, signed, worded, strict=True):
        assert found == features(doc, with_signature=sign, with_words=words)
        if sign and shingle_set(doc):
            sig = minhash.signature(shingle_set(doc))
            assert sig is not None
            assert found.signature == minhash.to_bytes(sig) and found.bands == minhash.bands(sig)
        else:
            assert found.signature is None and found.bands == []


def test_an_import_writes_more_than_a_thousand_messages_a_transaction_but_a_bounded_number():
    assert 1_000 < BATCH <= 10_000


def test_the_batch_size_changes_no_record_of_a_mixed_export(tmp_path):
    """Fixtures and a generated French/English export (chat spelling, emoji, links, empty posts,
    replies, a thread, bots, system and malformed messages, an id met twice) imported twice:
    the default batches and batches of 7 store the same rows, in the same order, and report the same."""
    default = same_records.run(600, jobs=1, batch=BATCH)
    small = same_records.run(600, jobs=1, batch=7)
    assert default["reports"] == small["reports"]
    assert same_records.differences(default["tables"], small["tables"]) == []
    assert default["reports"][0]["added"] > 500 and default["reports"][2]["skipped"] > 500


def test_messages_are_read_a_thousand_at_a_time_while_writes_gather_a_whole_batch(tmp_path, monkeypatch):
    """A re-import holds no more than READ_AT_ONCE decoded messages (a larger window was slower),
    while a first import still writes BATCH posts a transaction."""
    from bench.memory import _export
    from bot.memory import importers
    from bot.memory.importers import READ_AT_ONCE, discord_export
    from bot.memory.store import Store

    (tmp_path / "exports").mkdir()
    files = _export(tmp_path / "exports", 2_600, 1_764_547_200.0)
    taken: list[int] = []
    writes: list[int] = []
    real_take, real_write = discord_export._take, importers.Writer._write
    monkeypatch.setattr(discord_export, "_take", lambda store, writer, report, bad, first, read, *where: (
        taken.append(len(read)), real_take(store, writer, report, bad, first, read, *where))[1])
    monkeypatch.setattr(importers.Writer, "_write", lambda self, records: (
        writes.append(len(records)), real_write(self, records))[1])
    store = Store.open(tmp_path / "m.db")
    report = discord_export.import_discord(store, files, observe=("general",), batch=2_000)
    assert READ_AT_ONCE == 1_000 and max(taken) == READ_AT_ONCE
    assert report.added == 2_600 and max(writes) >= 2_000 and sum(writes) == 2_600
    taken.clear()
    again = discord_export.import_discord(store, files, batch=2_000)
    assert again.skipped == 2_600 and max(taken) == READ_AT_ONCE
