"""The streaming reader decodes a window of elements at once with orjson, and element by element
with the standard decoder: both ways give the same elements and the same errors."""

from __future__ import annotations

import io
import json
import random
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.memory.importers import jsonstream
from bot.memory.importers.jsonstream import JsonStream, MalformedJson

ELEMENT_AT_A_TIME = JsonStream.value

# Text that looks like the places the window is cut at, inside strings.
TRICKY = st.sampled_from(['}, {"a": 1', '}]', '"}', "\\", '\\"}', "},", "é", "😀", "\u2028", "{", "]"])
TEXT = st.one_of(st.text(max_size=20), TRICKY)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), TEXT,
                    st.floats(allow_nan=False, allow_infinity=False))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                      max_leaves=12)
MESSAGES = st.lists(st.dictionaries(TEXT, VALUES, max_size=5), max_size=30)


def _read(data: bytes, fast: bool, monkeypatch: pytest.MonkeyPatch, chunk: int) -> tuple[list[Any], str]:
    """(elements read, error) through one way or the other."""
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(JsonStream, "_window", lambda self, between: None)
        patch.setattr(jsonstream, "WINDOW", 97)  # small windows: many cuts, some inside strings
        stream = JsonStream(io.BytesIO(data), chunk=chunk)
        out: list[Any] = []
        try:
            for item in stream.items():
                out.append(item)
        except MalformedJson as exc:
            return out, str(exc)
        return out, ""


@settings(max_examples=50, deadline=None)
@given(messages=MESSAGES, indent=st.sampled_from([None, 2]), chunk=st.sampled_from([16, 200, 4096]))
def test_both_ways_read_the_same_elements(messages, indent, chunk):
    data = json.dumps(messages, indent=indent, ensure_ascii=False).encode()
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, slow = _read(data, True, monkeypatch, chunk), _read(data, False, monkeypatch, chunk)
    assert fast == slow == (messages, "")


_PIECES = ['}, {"a": 1', '}]', '"}', "\\", '\\"}', "},", "é", "😀", "\u2028", "{", "]", "a", " ", '"', ","]


def _value(rng: random.Random, depth: int) -> Any:
    """What MESSAGES draws, from a seeded generator: hypothesis spends ~45 ms drawing an example of
    these nested lists, ~3 ms to read it both ways."""
    roll = rng.random()
    if depth < 3 and roll < 0.25:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if depth < 3 and roll < 0.5:
        return {_text(rng): _value(rng, depth + 1) for _ in range(rng.randint(0, 3))}
    return rng.choice([None, True, False, rng.randint(-(2**70), 2**70), rng.randint(-9, 9), _text(rng),
                       rng.uniform(-1e6, 1e6), rng.choice([0.0, -0.0, 1e300, 5e-324])])


def _text(rng: random.Random) -> str:
    return "".join(rng.choices(_PIECES, k=rng.randint(0, 6)))


def test_both_ways_read_the_same_elements_over_a_sweep(monkeypatch):
    rng = random.Random(51)
    for _ in range(600):
        messages = [{_text(rng): _value(rng, 1) for _ in range(rng.randint(0, 5))} for _ in range(rng.randint(0, 30))]
        data = json.dumps(messages, indent=rng.choice([None, 2]), ensure_ascii=False).encode()
        chunk = rng.choice([16, 200, 4096])
        fast, slow = _read(data, True, monkeypatch, chunk), _read(data, False, monkeypatch, chunk)
        assert fast == slow == (messages, ""), data


@settings(max_examples=100, deadline=None)
@given(messages=MESSAGES.filter(lambda m: len(m) > 2), where=st.integers(0, 10_000),
       damage=st.sampled_from(["", "}", '"', "NaN", "[", ":", '"\\ud800"', "1" * 30]))
def test_both_ways_stop_at_the_same_error(messages, where, damage):
    text = json.dumps(messages, indent=2)
    at = where % len(text)
    data = (text[:at] + damage + text[at:]).encode()
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _read(data, True, monkeypatch, 200) == _read(data, False, monkeypatch, 200)


@pytest.mark.parametrize("indent", [None, 2])
def test_the_window_way_is_taken_for_an_ordinary_export(monkeypatch, indent):
    calls = []

    def counting(data: str) -> Any:
        calls.append(len(data))
        return orjson.loads(data)

    monkeypatch.setattr(jsonstream, "orjson", type("Orjson", (), {"loads": staticmethod(counting),
                                                                   "JSONDecodeError": orjson.JSONDecodeError}))
    # Authors' roles are lists of objects: written between them like between messages, `}, {`.
    messages = [{"id": str(10**17 + i), "content": f"post {i}, {{with}} braces", "n": i,
                 "author": {"id": "9", "roles": [{"id": "1", "name": "mod"}, {"id": "2", "name": "fan"}]}}
                for i in range(2_000)]
    one_at_a_time = []
    monkeypatch.setattr(JsonStream, "value", lambda self: one_at_a_time.append(1) or ELEMENT_AT_A_TIME(self))
    stream = JsonStream(io.BytesIO(json.dumps(messages, indent=indent).encode()))
    assert list(stream.items()) == messages
    assert 1 < len(calls) < 100  # a window at a time, not an element at a time
    assert max(calls) <= jsonstream.WINDOW + 2
    assert len(one_at_a_time) <= 3  # the first element (to learn how the file writes `},{`) and the last


def test_a_bare_number_past_64_bits_is_read_as_the_standard_decoder_reads_it():
    data = b'[{"id": 123456789012345678901234567890}, {"id": -9223372036854775809}]'
    assert list(JsonStream(io.BytesIO(data)).items()) == [{"id": 123456789012345678901234567890},
                                                          {"id": -9223372036854775809}]
