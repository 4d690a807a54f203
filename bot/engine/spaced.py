"""Tokenised text read as typed (issue 11, session 4).

Mail archives and some exports put spaces around apostrophes: "don ' t", "I ' m", « j ' ai ».
English contractions become one word again here (text.tokenize drops the French elided article
itself); the word spans the draft's own characters.
"""

from __future__ import annotations

# English contractions as tokenised corpora and some exports write them ("don ' t", "I ' m",
# "we ' re"): read as the contraction, one word spanning the draft's characters.
_CONTRACTION_ENDS = frozenset({"t", "s", "m", "re", "ve", "ll", "d"})


def join_spaced_contractions(masked: str, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    joined_starts: list[int] = []
    joined_ends: list[int] = []
    i, last = 0, len(starts) - 1
    while i <= last:
        if (i < last and starts[i + 1] == ends[i] + 3 and masked[ends[i] : starts[i + 1]] == " ' "
                and masked[starts[i + 1] : ends[i + 1]] in _CONTRACTION_ENDS):
            joined_starts.append(starts[i])
            joined_ends.append(ends[i + 1])
            i += 2
            continue
        joined_starts.append(starts[i])
        joined_ends.append(ends[i])
        i += 1
    return joined_starts, joined_ends
