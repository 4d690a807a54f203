"""Imports, round 32: a tagging worker prepares rows from the messages themselves and sends no text back.

- prepare_messages() reads each message and its tagging directly (no PostRecord built only to be
  walked): its batch is prepare(records()) of the same messages in every value but the texts,
  which it leaves out (None), the importing process holding them already.
- Given the texts, log_prepared() writes exactly the rows Store.log_posts writes, a workspace
  that keeps no text included (its texts and urls are still left out).
- A message with a key record() does not take is refused as records() refuses it.
- An import through 2 workers stores the texts as written (accents, emoji, line breaks, empty
  posts): the rows of one process.
"""

from __future__ import annotations

import pickle

import pytest

from bench.memory import _export
from bot.engine.categories import default_tagger
from bot.memory.importers.discord_export import import_discord
from bot.memory.prepared import WIDTH, log_prepared, prepare, prepare_messages
from bot.memory.records import records
from bot.memory.store import Store
from tests.memory_helpers import DISCORD_FILES, assert_consistent
from tests.test_import_pool import _channel
from tests.test_import_records import _rows
from tests.test_imports_round31 import _batch, _keeping_no_text

_TEXT = 15  # where a post row's text is (bot.memory.prepared)


def test_a_batch_prepared_from_messages_is_the_records_batch_without_its_texts():
    tagger = default_tagger()
    messages = _batch()
    direct, walked = prepare_messages(tagger, messages), prepare(records(tagger, messages))
    assert direct.values[_TEXT::WIDTH] == [None] * len(messages)
    assert walked.values[_TEXT::WIDTH] == [m["text"] for m in messages]
    filled = list(direct.values)
    filled[_TEXT::WIDTH] = [m["text"] for m in messages]
    assert direct._replace(values=filled) == walked
    assert len(pickle.dumps(direct)) < len(pickle.dumps(walked))  # what a worker sends back is smaller


def test_log_prepared_given_the_texts_writes_the_rows_log_posts_writes(tmp_path):
    tagger = default_tagger()
    messages = _batch()
    plain, prepared = _keeping_no_text(tmp_path / "plain.db"), _keeping_no_text(tmp_path / "prepared.db")
    expected = plain.log_posts(records(tagger, messages))
    result = log_prepared(prepared, prepare_messages(tagger, messages), [m["text"] for m in messages])
    assert result == expected and result.added == len(messages)
    assert _rows(prepared) == _rows(plain)
    kept = prepared.conn.execute("SELECT COUNT(*) FROM posts WHERE text IS NOT NULL").fetchone()[0]
    assert kept == len(messages) - 4  # G2's four posts keep no text
    assert_consistent(prepared)


def test_a_message_with_a_key_record_does_not_take_is_refused_as_records_refuses_it():
    tagger = default_tagger()
    messages = _batch()
    messages[3] = {**messages[3], "colour": "blue"}
    with pytest.raises(TypeError) as by_records:
        records(tagger, messages)
    with pytest.raises(TypeError) as by_prepare:
        prepare_messages(tagger, messages)
    assert str(by_prepare.value) == str(by_records.value) and "colour" in str(by_records.value)


@pytest.mark.parametrize("batch", [7, 120])
def test_two_workers_store_the_texts_as_written(tmp_path, batch):
    texts = ["Café ☕ demain à 9h ?", "", "line one\nline two\r\nthree", "🎉🎉 launch day 🚀", "  spaced  out  ",
             "Ça marche, l'équipe ! https://exemple.fr/a?utm_source=x", "plain words again"] * 40
    (tmp_path / "export").mkdir()
    files = [*DISCORD_FILES, _channel(tmp_path / "team.json", texts), *_export(tmp_path / "export", 300, 1_764_547_200.0)]
    one, two = Store.open(tmp_path / "one.db"), Store.open(tmp_path / "two.db")
    first = import_discord(one, files, observe=("general",), batch=batch, jobs=1)
    assert import_discord(two, files, observe=("general",), batch=batch, jobs=2) == first
    rows = _rows(two)
    assert rows == _rows(one)
    stored = {row[0] for row in two.conn.execute("SELECT text FROM posts")}
    assert {"line one\nline two\r\nthree", "🎉🎉 launch day 🚀", "Café ☕ demain à 9h ?"} <= stored


@pytest.mark.parametrize(("text", "language"), [
    ("Start your free trial today", "en"),
    ("Free trial inside, plus our tips on how to write a subject line", "en"),
    ("Commencez votre essai gratuit aujourd'hui", "fr"),
    ("Essai gratuit offert, et nos astuces pour écrire un objet de mail", "fr"),
    ("Any tips? What do you use for scheduling?", "en"),
    ("Free trial for a month, and a free guide to get started", "en"),
    ("Essai gratuit d'un mois, et un guide gratuit pour démarrer", "fr"),
])
def test_categories_for_memory_are_the_categories_a_full_tagging_finds(text, language):
    """An import reads the lexicon rules straight from the phrase scan (exceptions included: a
    free trial alone does not give), the other rules through their checks: the same set."""
    tagger = default_tagger()
    alone = tagger.tag(text, language, spans=False).categories
    assert alone == tagger.tag(text, language, spans=True).categories


def test_a_lexicon_exception_alone_gives_nothing_and_beside_a_phrase_it_takes_nothing_away():
    tagger = default_tagger()
    assert "give" not in tagger.tag("Start your free trial today", "en", spans=False).categories
    assert "give" not in tagger.tag("Commencez votre essai gratuit aujourd'hui", "fr", spans=False).categories
    assert "give" in tagger.tag("Free trial inside, plus our tips on how to write a subject line", "en",
                                spans=False).categories
    assert "give" in tagger.tag("Essai gratuit offert, et nos astuces pour écrire un objet de mail", "fr",
                                spans=False).categories
