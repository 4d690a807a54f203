"""Imports, round 53: the language model's walk reads its sorted (text, feature) keys apart by
where each text's run starts instead of a division and a remainder per key, and reads its answers
out with tolist(); every answer stays exactly what it was.

What must hold:
- _split_pairs gives, for sorted keys text * width + feature (int32 and int64, texts with no key
  at the start, the middle and the end), exactly divmod(key, width) and each text's key count;
- the keys, made and sorted SORT_BLOCK texts at a time, are the whole array sorted, whatever the
  block and with texts of no feature among them; the walk answers the same whatever the block;
- the walk's answers are exactly those of scoring the same counts the round-40 way (an int64
  division and remainder per key, numpy scalars read one at a time), confidences as Python floats.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from bench.corpus import EN, FR, drafts
from bot.engine import language
from bot.engine.language import SAMPLE, _split_pairs


@pytest.mark.parametrize("dtype", [np.int32, np.int64])
def test_split_pairs_is_divmod_and_counts(dtype):
    rng = np.random.default_rng(53)
    texts, width = 300, 100_054
    which = rng.integers(0, texts, 5_000)
    which = which[(which != 0) & (which != 150) & (which != texts - 1)]  # texts with no key
    features = rng.integers(0, width - 1, len(which))
    features[::7] = 0  # a text's first possible key, and its last
    features[3::7] = width - 2
    keys = np.unique((which * width + features).astype(dtype))
    got_which, got_feature, per_text = _split_pairs(keys, texts, width)
    assert got_which.tolist() == (keys.astype(np.int64) // width).tolist()
    assert got_feature.tolist() == (keys.astype(np.int64) % width).tolist()
    assert per_text.tolist() == np.bincount(keys.astype(np.int64) // width, minlength=texts).tolist()
    assert per_text[0] == per_text[150] == per_text[texts - 1] == 0


def _round40(texts: list[str], automaton: tuple) -> list[tuple[str, float]]:
    """The walk's scoring as it was before round 53, from the same sorted keys."""
    nextmove, rowbase, output, columns, prior, classes, encode = automaton
    data = [encode(text) for text in texts]
    order = sorted(range(len(data)), key=lambda i: -len(data[i]))
    lengths = np.array([len(data[i]) for i in order], dtype=np.int64)
    features = []
    for i in order:
        state, found = 0, []
        for byte in data[i]:
            state = int(nextmove[rowbase[state] + byte])
            if output[state] >= 0:
                found.append(int(output[state]))
        features.append(found)
    width = len(columns[0]) + 1
    keys = np.array(sorted(k * width + f for k, found in enumerate(features) for f in found), dtype=np.int64)
    scores = np.zeros((len(data), len(classes)), dtype=np.float32)
    if len(keys):
        pairs, counts = np.unique(keys, return_counts=True)
        which, feature = pairs // width, pairs % width
        scale = np.log1p(counts.astype(np.float32))
        for c, column in enumerate(columns):
            scores[:, c] = np.bincount(which, weights=scale * column[feature], minlength=len(data))
        has = np.zeros(len(data), dtype=bool)
        has[which] = True
        scores[has] += prior
    scores *= (1.0 / np.sqrt(np.maximum(lengths, 1))).astype(np.float32)[:, None]
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    scores /= scores.sum(axis=1, keepdims=True)
    best = scores.argmax(axis=1)
    result = [("", 0.0)] * len(data)
    for k, i in enumerate(order):
        result[i] = (classes[int(best[k])], float(scores[k, best[k]]))
    return result


def test_the_walk_answers_exactly_as_before():
    rng = random.Random(53)
    words = [w.strip(".,!?:") for w in " ".join(FR + EN).split()]
    texts = drafts(20, 280) + FR[:30] + EN[:30] + ["", "ok", "🔥" * 20, "Привет всем"]
    texts += [" ".join(rng.choices(words, k=rng.randint(1, 30))) for _ in range(60)]
    texts = [t[:SAMPLE] for t in texts]
    automaton = language._automaton()
    found = language._walk(texts, automaton)
    assert found == _round40(texts, automaton)
    assert all(type(confidence) is float and type(name) is str for name, confidence in found)
    assert {name for name, _ in found} == {"en", "fr"}


@pytest.mark.parametrize("block", [1, 3, 16, 5_000])
def test_keys_sorted_a_block_of_texts_at_a_time_are_the_whole_array_sorted(block, monkeypatch):
    monkeypatch.setattr(language, "SORT_BLOCK", block)
    rng = np.random.default_rng(block)
    lengths = np.array(sorted(rng.integers(0, 60, 37).tolist() + [0, 0], reverse=True), dtype=np.int64)
    width = 1_000
    features = np.full((int(lengths[0]), len(lengths)), -1, dtype=np.int32)
    for k, length in enumerate(lengths.tolist()):
        found = rng.integers(-1, width - 1, length)  # -1: a step that completes no feature
        features[:length, k] = found
    expected = np.sort(np.array([k * width + f for k in range(len(lengths)) for f in features[:, k].tolist() if f >= 0],
                                dtype=np.int64))
    got = language._sorted_keys(features, lengths, width)
    assert got.dtype == np.int32 and got.tolist() == expected.tolist()


def test_the_walk_gives_the_same_answers_whatever_the_block(monkeypatch):
    texts = [t[:SAMPLE] for t in drafts(30, 280) + FR[:20] + EN[:20] + ["", "ok"]]
    automaton = language._automaton()
    together = language._walk(texts, automaton)
    for block in (1, 7, 4_096):
        monkeypatch.setattr(language, "SORT_BLOCK", block)
        assert language._walk(texts, automaton) == together
