"""Where a real post's review goes: each stage, each rule and each gate set, in µs of thread CPU a post, on real
posts met for the first time and then again (what a bot meeting new text pays, and what it pays once its RE2
states and word caches hold them). Session 28 (speed45) wrote it to break a real post's count down by rule and set;
`bench.instructions` is the figure to compare between trees, this one says where to look.

    python -m bench.costs                 # 300 real posts after 200 generated drafts
    python -m bench.costs --count 100 --top 15
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict

from bench.corpus import drafts
from bench.review import real_posts
from bot.engine.advice import load_advice
from bot.engine.checks.base import Scope
from bot.engine.checks.literals import _TAIL
from bot.engine.checks.needs import _holds_any, patterns_of
from bot.engine.entrance import compose, encodable
from bot.engine.language import detect, warm_up
from bot.engine.patterns import utf8
from bot.engine.review import DraftProblem, ReviewContext, prepare, review
from bot.engine.text import Doc, fold

Costs = dict[str, float]  # what -> µs a post


def _sets(doc: Doc, registry: object, spent: defaultdict[str, int]) -> None:
    """Each gate set and the literal filter of the draft's language on the draft, timed apart (inside the gates'
    stage: `present` then reads them again, on states just built)."""
    clock = time.thread_time_ns
    texts = (utf8(doc, False), utf8(doc, True))
    for k, ((fold_, found, ids), needed) in enumerate(zip(registry.sets, registry.gates, strict=True)):  # type: ignore[attr-defined]
        t = clock()
        if needed is None or _holds_any(texts[fold_], needed):
            found.Match(texts[fold_])
        spent[f"set {doc.language} #{k} ({len(ids) - 1} patterns{', gated' if needed else ''})"] += clock() - t
    if registry.filter is not None:  # type: ignore[attr-defined]
        t = clock()
        registry.filter.filter.Match(texts[True] + _TAIL, False)  # type: ignore[attr-defined]
        spent[f"literal filter {doc.language} ({len(registry.filter.found) - 1} patterns)"] += clock() - t  # type: ignore[attr-defined]


def costs(count: int = 300, size: int | None = None) -> tuple[dict[str, Costs], int]:
    """{"first": costs, "again": costs} over `count` real posts (or generated drafts of about `size` characters; the posts that cannot be reviewed left out), and
    how many were reviewed. Stages are prefixed "stage", rules "rule", sets "set" / "literal filter"."""
    advice = load_advice()
    warm_up()
    context = ReviewContext(advice)
    for text in drafts(200, 280):  # the language's first draft, and the sets built, before anything is timed
        review(text, context)
    rules = advice.for_kind("post")
    posts = real_posts(count)[1] if size is None else drafts(count, size)
    clock = time.thread_time_ns
    found: dict[str, Costs] = {}
    reviewed = 0
    for label in ("first", "again"):
        spent: defaultdict[str, int] = defaultdict(int)
        reviewed = 0
        for draft in posts:
            t0 = clock()
            try:
                composed = compose(prepare(encodable(draft))[0])
            except DraftProblem:  # a post of links or emoji only
                continue
            folded = fold(composed.text)
            t1 = clock()
            language = detect(composed.text, "en", folded).language
            t2 = clock()
            doc = Doc(composed.text, language, folded)
            doc.tokens  # noqa: B018 (the tokens, timed here)
            t3 = clock()
            scope = Scope(doc, advice.indexes[language].scan(doc.tokens, "post"), {})
            t4 = clock()
            registry = patterns_of(advice.indexes[language])
            if registry.sets is not None:
                _sets(doc, registry, spent)
            t5 = clock()
            registry.clauses.held(scope.matches, doc)
            t6 = clock()
            for compiled in rules:
                t = clock()
                compiled.run[language](scope)
                spent[f"rule {compiled.rule.id}"] += clock() - t
            for name, ns in (("entrance and fold", t1 - t0), ("language", t2 - t1), ("tokens", t3 - t2),
                             ("phrase scan", t4 - t3), ("gates' present and clause bits (the sets read again)", t6 - t5)):
                spent[f"stage {name}"] += ns
            reviewed += 1
        found[label] = {name: ns / max(1, reviewed) / 1000 for name, ns in spent.items()}
    return found, reviewed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=300, help="real posts (default 300)")
    parser.add_argument("--top", type=int, default=25, help="lines shown per pass")
    parser.add_argument("--size", type=int, help="generated drafts of about this many characters, not real posts")
    args = parser.parse_args(argv)
    found, reviewed = costs(args.count, args.size)
    for label, parts in found.items():
        total = sum(parts.values())
        print(f"{label} reading, {reviewed} posts: ~{total:,.0f} µs a post (each set and the filter timed apart first, "
              "then `present` reading them again)")
        for name, micros in sorted(parts.items(), key=lambda kv: -kv[1])[: args.top]:
            print(f"  {name:60s} {micros:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
