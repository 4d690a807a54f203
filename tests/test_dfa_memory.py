"""bench.dfa_memory: it must see RE2's silent DFA give-up, or its "0 ran out" on the shipped patterns says nothing."""

from __future__ import annotations

import random

import re2

from bench.dfa_memory import out_of_memory

UTF8 = re2.Options.Encoding.UTF8


def test_a_pattern_whose_dfa_outgrows_its_memory_is_reported_and_a_plain_one_is_not() -> None:
    chooser = random.Random(46)
    text = "".join(chooser.choice("ab") for _ in range(200_000))  # a new DFA state at almost every byte
    found = out_of_memory({(b"[ab]*a[ab]{18}b", True, UTF8), (b"hello|world", False, UTF8)}, text)
    assert [source for source, _ in found] == [b"[ab]*a[ab]{18}b"]
    assert b"out of memory" in found[0][1]


def test_a_pattern_re2_refuses_is_passed_over_not_reported() -> None:
    assert out_of_memory({(b"(unclosed", True, UTF8)}, "some text") == []
