"""`rounder(digits)`: round(value, digits), remembered per value.

round() with a number of digits goes through the float's decimal digits (dtoa, then back): a few
thousand machine instructions a call, and a review rounds three or four sums (a signals rule's sum,
its shown value, a finding's strength). Those sums are few distinct floats (the weights present on a
draft), so a dictionary answers most of them (session 27, speed44).
"""

from __future__ import annotations

from collections.abc import Callable

ROUNDED_SIZE = 4096  # values remembered per number of digits (a few hundred kilobytes at most)


def rounder(digits: int) -> Callable[[float], float]:
    """A function giving exactly round(value, digits). Only non-zero floats are remembered: an int
    rounds to an int (and 3 == 3.0 as a key), and 0.0 == -0.0 as a key, whose signs round() keeps."""
    memo: dict[float, float] = {}

    def rounded(value: float) -> float:
        found = memo.get(value)
        if found is not None and type(value) is float and value:
            return found
        found = round(value, digits)
        if type(value) is float and value:
            if len(memo) >= ROUNDED_SIZE:  # bounded whatever the drafts: forgetting only costs a round()
                memo.clear()
            memo[value] = found
        return found

    return rounded
