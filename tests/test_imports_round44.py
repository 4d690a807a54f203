"""Imports, round 44: a batch goes to a tagging worker as columns, and a dead worker loses no answered batch.

- columns_of() reads a batch as one tuple per key; every message's value comes back from
  MessageColumns.column(), the defaults record() uses where a message has no such key, and a
  missing required key is a KeyError as it is for records().
- prepare_messages() (columns_of + prepare_columns) is prepare(records()) of the same messages,
  for an importer's uniform batch and for one whose messages have different keys, also after the
  columns went through pickle (MISSING comes back as the one object).
- The pool sends columns and its answers are prepare_messages()'s.
- A worker found dead when a batch is sent: the batches sent before it that the workers answered
  are still yielded, in order, then the import stops with ImportWorkerError.
"""

from __future__ import annotations

import pickle
import time

import pytest

from bot.engine.categories import default_tagger
from bot.memory.importers import pool
from bot.memory.importers.pool import ImportWorkerError, TagPool
from bot.memory.prepared import WIDTH, prepare, prepare_columns, prepare_messages
from bot.memory.records import MISSING, columns_of, records
from tests.test_imports_round31 import _batch

_TEXT = 15  # where a post row's text is (bot.memory.prepared)


def _ragged() -> list[dict]:
    """_batch() with keys left out here and there (record()'s defaults then apply) and some given."""
    out = []
    for i, message in enumerate(_batch()):
        message = dict(message)
        if i % 3 == 0:
            del message["kind"]  # "team"
        if i % 4 == 1:
            del message["names"]
        if i % 5 == 2:
            message["language"] = "fr"
        if i % 7 == 3:
            message.update(is_reply=True, thread_id=f"T{i}", source="slack-export", fallback="fr")
        if i % 2:
            message = dict(reversed(list(message.items())))  # the same keys in another order
        out.append(message)
    return out


def _same_as_records(messages: list[dict], prepared) -> None:
    walked = prepare(records(default_tagger(), messages))
    filled = list(prepared.values)
    filled[_TEXT::WIDTH] = [m["text"] for m in messages]
    assert prepared._replace(values=filled) == walked


def test_a_uniform_batch_is_read_as_one_tuple_per_key():
    messages = _batch()
    batch = columns_of(messages)
    assert not batch.gaps and batch.count == len(messages) and set(batch.keys) == set(messages[0])
    for key in messages[0]:
        assert list(batch.column(key)) == [m[key] for m in messages]
    assert list(batch.column("source", "coach")) == ["coach"] * len(messages)  # no message has it
    with pytest.raises(KeyError):
        batch.column("fallback")


def test_a_ragged_batch_gives_each_message_its_own_value_or_the_default():
    messages = _ragged()
    batch = columns_of(messages)
    assert batch.gaps
    assert list(batch.column("kind", "team")) == [m.get("kind", "team") for m in messages]
    assert list(batch.column("language", None)) == [m.get("language") for m in messages]
    assert list(batch.column("text")) == [m["text"] for m in messages]
    del messages[4]["member"]
    with pytest.raises(KeyError):
        columns_of(messages).column("member")
    with pytest.raises(KeyError):
        records(default_tagger(), messages)


@pytest.mark.parametrize("make", [_batch, _ragged])
def test_prepared_from_columns_is_prepared_from_records(make):
    messages = make()
    _same_as_records(messages, prepare_messages(default_tagger(), messages))
    sent = pickle.loads(pickle.dumps(pool._outgoing(messages)))
    assert sent == columns_of(messages)
    assert all(value is MISSING for column in sent.columns for value in column if value == MISSING)
    _same_as_records(messages, prepare_columns(default_tagger(), sent))


def test_the_pool_sends_columns_and_answers_as_prepare_messages():
    tagger = default_tagger()
    batches = [_batch(), _ragged(), _batch()[:5]]
    tagged = TagPool(tagger, 2)
    try:
        done = [found for batch in batches for found in tagged.submit(batch)] + list(tagged.drain())
    finally:
        tagged.close()
    assert [messages for messages, _ in done] == batches
    assert [found for _, found in done] == [prepare_messages(tagger, batch) for batch in batches]


def test_a_dead_worker_found_when_sending_loses_none_of_the_batches_answered_before():
    tagger = default_tagger()
    tagged = TagPool(tagger, 2)
    first, second = _batch(), _ragged()
    try:
        assert not list(tagged.submit(first)) and not list(tagged.submit(second))  # 2 in flight: none yet
        for _, _, answers in tagged._workers:
            assert answers.poll(60)  # both answered, not yet read
        process = tagged._workers[0][0]
        process.kill()
        process.join()
        time.sleep(0.1)
        got = []
        with pytest.raises(ImportWorkerError, match="a worker process died"):
            for done in tagged.submit(_batch()[:3]):  # to the dead worker
                got.append(done)
    finally:
        tagged.close()
    assert [messages for messages, _ in got] == [first, second]
    assert [found for _, found in got] == [prepare_messages(tagger, first), prepare_messages(tagger, second)]
