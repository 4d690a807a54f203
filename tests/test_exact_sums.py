"""A signals rule's sum is the same whatever order its signals were found in.

Float addition is not associative: 0.7 + 0.2 + 0.1 is 0.9999999999999999 added left to right, 1.0 in another order.
A sum the YAML puts exactly on a threshold or on `blocker_at` fell one side or the other by the order the signals
were collected, and that order changed once the engine's caches were warm: the same held-out draft, reviewed twice in
one process, was a warning the first time and a blocker after (found by `bench.same_findings` in session 24).
- `exact_sum` gives one answer for every order of the same weights, the decimal one where the weights are decimals;
- a rule whose weights add up exactly to its threshold fires, whichever order the rule lists or the draft says them in;
- one whose weights add up exactly to `blocker_at` makes a blocker, on a first review and on every review after.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from bot.engine.checks.reach import exact_sum
from bot.engine.review import ReviewContext, review

CHECK = """\
type: signals
threshold: 1
blocker_at: 1.3
signals:
  order: {weight: 0.7, pattern: '\\border\\b'}  # listed in the order whose left-to-right sum falls short
  sale: {weight: 0.2, pattern: '\\bsale\\b'}
  tip: {weight: 0.1, pattern: '\\btip\\b'}
  extra: {weight: 0.3, pattern: '\\bextra\\b'}
"""


def test_the_naive_left_to_right_sum_misses_the_threshold_this_file_is_about():
    assert 0.7 + 0.2 + 0.1 < 1 and 0.1 + 0.7 + 0.3 + 0.2 < 1.3  # the trap: without it the tests below prove nothing
    assert exact_sum([0.7, 0.2, 0.1]) == 1.0 and exact_sum([0.1, 0.7, 0.3, 0.2]) == 1.3


@given(st.lists(st.sampled_from([0.1, 0.2, 0.3, 0.7, 1.1, 1.8, 2.4, -1.5, -0.6]), max_size=8), st.randoms())
def test_every_order_of_the_same_weights_sums_the_same(weights: list[float], random):
    shuffled = list(weights)
    random.shuffle(shuffled)
    assert exact_sum(shuffled) == exact_sum(weights)
    assert abs(exact_sum(weights) - round(sum(round(w * 10) for w in weights) / 10, 9)) < 1e-9  # the decimal sum


def test_a_sum_exactly_on_the_threshold_fires_in_every_order(pack):
    pack.rule(check=CHECK)
    advice = pack.load()
    for words in itertools.permutations(["tip", "order", "sale"]):
        draft = "A " + ", a ".join(words) + " for you"
        (finding,) = review(draft, ReviewContext(advice, language="en")).findings
        assert finding.severity == "warning", draft


def test_a_sum_exactly_on_blocker_at_is_a_blocker_on_the_first_review_and_after(pack):
    pack.rule(check=CHECK)
    advice = pack.load()
    for words in itertools.permutations(["tip", "order", "sale", "extra"]):
        draft = "A " + ", a ".join(words) + " for you"
        severities = [f.severity for _ in range(2) for f in review(draft, ReviewContext(advice, language="en")).findings]
        assert severities == ["blocker", "blocker"], draft
