"""A signals finding quotes the same words whatever order its signals were found in (session 35).

The signals present in a draft arrive in the order the RE2 sets answered, which moved from one process to the next;
two signals of one weight whose first match starts at one place were then quoted one way or the other from run to
run ("a deposit to send to hold it, a deposit to send at once" against "a deposit to send at once" alone, for one
draft). The rule's own order of signals breaks that tie now.
"""

from __future__ import annotations

from itertools import permutations

from bot.engine.checks.signals_quote import Quoting, quoted

TEXT = "Bouncy castle free for the bank holiday, send the deposit tonight to lock it in or it goes to the next person"
WEIGHTS = {"free": 0.8, "deposit-hold": 2.4, "deposit-rush": 2.4, "short-post": 0.5}
LABELS = {"deposit-hold": "a deposit to send to hold it", "deposit-rush": "a deposit to send at once"}
FIRED = {"free": [(13, 18)], "deposit-hold": [(41, 65), (50, 73)], "deposit-rush": [(41, 65), (80, 109)],
         "short-post": []}


def _quoting(order: list[str]) -> Quoting:
    return Quoting(3, None, 3, WEIGHTS, frozenset(), LABELS, {name: k for k, name in enumerate(order)})


def _told(fired_order: tuple[str, ...], rule_order: list[str]) -> tuple[int, int, object, tuple[tuple[int, int], ...]]:
    fired = {name: FIRED[name] for name in fired_order}
    hit = quoted((0, len(TEXT)), fired, 6.1, TEXT, _quoting(rule_order))
    return hit.start, hit.end, hit.values["signals"], hit.more


def test_the_order_signals_were_found_in_changes_nothing() -> None:
    told = {_told(found, list(WEIGHTS)) for found in permutations(FIRED)}
    assert len(told) == 1, told


def test_a_tie_goes_to_the_signal_the_rule_lists_first() -> None:
    start, end, signals, more = _told(tuple(FIRED), list(WEIGHTS))
    assert (start, end) == (41, 65)
    assert signals == "free, a deposit to send to hold it, a deposit to send at once"  # as the quotes read
    assert (80, 109) in more  # the rush, quoted at its next place
    _, _, swapped, _ = _told(tuple(FIRED), ["free", "deposit-rush", "deposit-hold", "short-post"])
    assert swapped == "free, a deposit to send at once"  # the hold's places both overlap the rush's first
