"""CPU time of the gate's RE2 passes by kind, on drafts RE2 has met and on text it has not (session 40, speed58).

`Patterns.present` makes three kinds of RE2 call: the gate sets' passes (`Set.Match`, one per set whose rare
characters the draft holds), the literal filter's atom pass (`Filter.Match(text, True)`: the atoms' literal set and
the prefilter tree's bookkeeping) and the same call searching the candidates (`Filter.Match(text, False)`, what a
review asks). Instruction counts (bench.instructions) see what each costs in work, not what it costs in waiting on
memory: a pass over a draft whose DFA states sit in the cache costs a few times less than the same pass over
another draft, for the same instructions. This prints each kind's CPU time a draft (`time.process_time`, best of
`--repeat` passes, kinds interleaved; the load of other jobs moves wall time, far less CPU time) on:

- one draft repeated (its DFA states and the prefilter's nodes stay in the cache),
- distinct ~280-character drafts (bench.corpus; each read before: the states are built, not cached),
- real posts read again (bench.review.real_posts),
- real posts read once, by fresh sets and filter warmed on the drafts and the other half of the posts: the
  states RE2 builds on text it has not met (one pass, not a best of: a first reading happens once).

    python -m bench.re2_time                 # 300 drafts, 300 posts, best of 7
    python -m bench.re2_time --count 100 --repeat 3
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Callable

from bench.corpus import drafts
from bench.review import real_posts
from bot.engine.advice import load_advice
from bot.engine.checks import needs
from bot.engine.checks.literals import _TAIL
from bot.engine.language import warm_up
from bot.engine.patterns import utf8
from bot.engine.review import DraftProblem, ReviewContext, review

Input = tuple[needs.Patterns, bytes, bytes]  # (registry, the draft in UTF-8, its folded form in UTF-8)
KINDS = ("sets", "atoms", "matches")


def recorded(context: ReviewContext, texts: list[str]) -> list[Input]:
    """What each review of `texts` gives `Patterns.present` (a draft whose registry answers one by one: none)."""
    found: list[Input] = []
    present = needs.Patterns.present

    def recording(registry: needs.Patterns, doc: object) -> object:
        if registry.key not in doc.memo and (registry.sets is not None or registry.one_by_one <= 0):  # type: ignore[attr-defined]
            found.append((registry, utf8(doc, False), utf8(doc, True)))  # type: ignore[arg-type]
        return present(registry, doc)  # type: ignore[arg-type]

    needs.Patterns.present = recording  # type: ignore[method-assign]
    try:
        for text in texts:
            with contextlib.suppress(DraftProblem):
                review(text, context)
    finally:
        needs.Patterns.present = present  # type: ignore[method-assign]
    return found


def sets_pass(registry: needs.Patterns, plain: bytes, folded: bytes) -> int:
    """The registry's set passes over one draft, as `present` makes them (a set whose gate fails is skipped)."""
    texts = (plain, folded)
    passes = 0
    for (fold, found, _), needed in zip(registry.sets or (), registry.gates, strict=True):
        if needed is None or any(map(texts[fold].__contains__, needed)):
            found.Match(texts[fold])
            passes += 1
    return passes


def calls(inputs: list[Input]) -> dict[str, Callable[[], object]]:
    """Each kind's calls over `inputs`, as one function each."""
    tailed = [(registry.filter.filter, folded + _TAIL) for registry, _, folded in inputs if registry.filter is not None]
    return {
        "sets": lambda: [sets_pass(registry, plain, folded) for registry, plain, folded in inputs],
        "atoms": lambda: [found.Match(text, True) for found, text in tailed],  # type: ignore[attr-defined]
        "matches": lambda: [found.Match(text, False) for found, text in tailed],  # type: ignore[attr-defined]
    }


def best_of(cases: dict[str, list[Input]], repeat: int) -> dict[tuple[str, str], float]:
    """µs a draft of each (case, kind): the best of `repeat` passes, every case and kind once in each round."""
    best: dict[tuple[str, str], float] = {}
    for _ in range(repeat):
        for case, inputs in cases.items():
            for kind, run in calls(inputs).items():
                start = time.process_time()
                run()
                spent = (time.process_time() - start) / max(1, len(inputs)) * 1e6
                best[case, kind] = min(best.get((case, kind), float("inf")), spent)
    return best


def fresh(registry: needs.Patterns) -> needs.Patterns:
    """A registry of the same patterns whose sets and filter are compiled anew (no DFA state built yet)."""
    copy = needs.Patterns()
    copy.ids, copy.patterns = dict(registry.ids), list(registry.patterns)
    copy._build()
    return copy


def first_reading(warm: list[Input], new: list[Input]) -> dict[str, float]:
    """µs a post of each kind on posts met for the first time, by fresh registries warmed on `warm` first."""
    copies: dict[int, needs.Patterns] = {}
    for registry, _, _ in warm + new:
        if id(registry) not in copies:
            copies[id(registry)] = fresh(registry)

    def moved(inputs: list[Input]) -> list[Input]:
        return [(copies[id(registry)], plain, folded) for registry, plain, folded in inputs]

    for run in calls(moved(warm)).values():
        run()
    spent: dict[str, float] = {}
    for kind in KINDS:  # each kind once on the new posts, in this order ("matches" finds the atom pass's states built)
        run = calls(moved(new))[kind]
        start = time.process_time()
        run()
        spent[kind] = (time.process_time() - start) / max(1, len(new)) * 1e6
    return spent


def measure(count: int = 300, repeat: int = 7) -> list[str]:
    """The lines `python -m bench.re2_time` prints."""
    context = ReviewContext(load_advice())
    warm_up()
    items = drafts(count, 280)
    for text in items:
        review(text, context)  # every registry's sets and filter built, the drafts' states too
    distinct = recorded(context, items)
    posts = real_posts(count)[1]
    half_warm, half_new = recorded(context, posts[::2]), recorded(context, posts[1::2])
    cases = {"one draft repeated": distinct[:1] * len(distinct), "distinct drafts": distinct,
             "real posts again": half_warm + half_new}
    lines = [f"µs a draft, CPU time, best of {repeat} (drafts of ~280 characters: {len(distinct)}; real posts: "
             f"{len(half_warm) + len(half_new)})", f"{'':28s}" + "".join(f"{kind:>10s}" for kind in KINDS)]
    best = best_of(cases, repeat)
    for case in cases:
        lines.append(f"{case:28s}" + "".join(f"{best[case, kind]:10.1f}" for kind in KINDS))
    first = first_reading(distinct + half_warm, half_new)
    lines.append(f"{'real posts read once':28s}" + "".join(f"{first[kind]:10.1f}" for kind in KINDS))
    passes = sum(sets_pass(registry, plain, folded) for registry, plain, folded in distinct) / max(1, len(distinct))
    lines.append(f"set passes a draft: {passes:.1f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="drafts, and real posts (default 300)")
    parser.add_argument("--repeat", type=int, default=7, help="passes of which the best is kept (default 7)")
    args = parser.parse_args()
    print("\n".join(measure(args.count, args.repeat)))


if __name__ == "__main__":
    main()
