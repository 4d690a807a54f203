"""Review speed: Coach against proselint on the same drafts, one process, one core."""

from __future__ import annotations

import contextlib
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict

from bench.corpus import drafts
from bench.eval.corpora import DEVSETS, shared_dir
from bot.engine.advice import load_advice
from bot.engine.checks.base import Scope
from bot.engine.entrance import compose, encodable
from bot.engine.language import detect, warm_up
from bot.engine.review import DraftProblem, ReviewContext, prepare, review
from bot.engine.text import Doc, fold


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return ordered[len(ordered) // 2], ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def time_each(fn, items: list[str]) -> tuple[float, float, float, float]:
    """(items per second, p50 ms, p99 ms, items per CPU second). The last moves less when other
    jobs share the machine: wall time counts the moments another process had the core."""
    samples = []
    start, cpu = time.perf_counter(), time.process_time()
    for item in items:
        t0 = time.perf_counter()
        fn(item)
        samples.append(time.perf_counter() - t0)
    total, cpu = time.perf_counter() - start, time.process_time() - cpu
    p50, p99 = _percentiles(samples)
    return len(items) / total, p50 * 1000, p99 * 1000, len(items) / cpu


def proselint_lint():
    try:
        import proselint.checks
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(proselint.checks.__register__)
    return lambda text: LintFile("<draft>", text).lint()


def load_time(repeat: int = 5) -> float:
    """Loading and compiling every bundled pack, best of `repeat`, in ms."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        load_advice()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def run(count: int = 1000) -> list[str]:
    lines = []
    advice = load_advice()
    warm_up()
    context = ReviewContext(advice)
    lines.append(f"rules: {len(advice.compiled)} compiled, load+compile every pack: {load_time():.0f} ms (target < 300 ms)")
    lint = proselint_lint()
    for size in (280, 2000):
        items = drafts(count, size)
        mean_len = statistics.mean(map(len, items))
        for text in items[:20]:  # warm caches
            review(text, context)
        ours = time_each(lambda text: review(text, context), items)
        line = (f"{count} drafts of ~{mean_len:.0f} chars: coach {ours[0]:,.0f} drafts/s "
                f"({ours[3]:,.0f} per CPU second), p50 {ours[1]:.2f} ms, p99 {ours[2]:.2f} ms")
        if lint is not None:
            lint(items[0])
            peer = time_each(lint, items)
            line += (f" | proselint {peer[0]:,.0f} drafts/s ({peer[3]:,.0f} per CPU second), p50 {peer[1]:.2f} ms, "
                     f"p99 {peer[2]:.2f} ms | ratio x{ours[0] / peer[0]:.1f} (CPU x{ours[3] / peer[3]:.1f})")
        lines.append(line)
    lines.append(real_posts_line(context, lint, count))
    tracemalloc.start()
    for text in drafts(200, 2000):
        review(text, context)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    lines.append(f"peak Python memory while reviewing 200 long drafts: {peak / 1e6:.1f} MB")
    lines.append("targets (issue 16): >= 10,000 drafts/s and >= 10x proselint at both sizes, p99 <= 1 ms at ~280 chars")
    return lines


def real_posts(count: int = 1000) -> tuple[str, list[str]]:
    """Posts nobody here wrote (the shared corpora's social posts and headlines, else our dev sets), 80 to 500
    characters, every n-th row so that each file has its share: real traffic's text, which the gate sets meet new
    (the generated drafts repeat 40 sentences, which a set learns by heart)."""
    import json

    shared = shared_dir()
    files = sorted(p for p in shared.glob("*.jsonl") if "email" not in p.name) if shared.is_dir() else []
    where = f"the shared corpora ({shared})"
    if not files:
        files, where = sorted(p for p in DEVSETS.glob("*.jsonl") if "blind" not in p.name), "our dev sets (no shared corpora beside the clone)"
    texts = []
    for path in files:
        with path.open(encoding="utf-8") as lines:  # one row a line ("\n" only: a text may hold U+2028)
            texts += [text for text in (json.loads(line)["text"] for line in lines if line.strip())
                      if 80 <= len(text) <= 500]
    step = max(1, len(texts) // count)
    return where, texts[::step][:count]


def real_posts_line(context: ReviewContext, lint, count: int) -> str:
    """Each real post reviewed once, after the generated drafts: what a bot meeting new posts pays."""
    where, texts = real_posts(count)
    if not texts:
        return "real posts: none found"
    def one(text: str) -> None:
        with contextlib.suppress(DraftProblem):  # a post of links or emoji only: answered politely, as a bot does
            review(text, context)

    ours = time_each(one, texts)
    line = (f"{len(texts)} real posts of ~{statistics.mean(map(len, texts)):.0f} chars from {where}, each reviewed "
            f"once: coach {ours[0]:,.0f} posts/s ({ours[3]:,.0f} per CPU second), p50 {ours[1]:.2f} ms, "
            f"p99 {ours[2]:.2f} ms")
    if lint is not None:
        peer = time_each(lint, texts)
        line += (f" | proselint {peer[0]:,.0f} posts/s, p99 {peer[2]:.2f} ms | ratio x{ours[0] / peer[0]:.1f} "
                 f"(CPU x{ours[3] / peer[3]:.1f})")
    return line


def spread(size: int = 280, count: int = 300, rounds: int = 3) -> dict[str, float]:
    """Where a review's time goes, in µs a draft: each stage of `review` timed apart (the rules by
    check type), best of `rounds` passes, in CPU time (process_time: the machine is shared; each
    reading costs about a µs, so the parts add up to more than a review). Building the findings
    (messages, quotes) is left out: the checks' part only."""
    advice = load_advice()
    warm_up()
    rules = advice.for_kind("post")
    items = drafts(count, size)
    best: dict[str, float] = {}
    clock = time.process_time
    for _ in range(rounds):
        spent: dict[str, float] = defaultdict(float)
        for draft in items:
            t0 = clock()
            composed = compose(prepare(encodable(draft))[0])
            folded = fold(composed.text)
            t1 = clock()
            language = detect(composed.text, "en", folded).language
            t2 = clock()
            doc = Doc(composed.text, language, folded)
            tokens = doc.tokens
            t3 = clock()
            scope = Scope(doc, advice.indexes[language].scan(tokens), {})
            t4 = clock()
            for compiled in rules:
                t = clock()
                compiled.run[language](scope)
                spent[f"rules: {compiled.rule.type}"] += clock() - t
            spent["prepare and fold"] += t1 - t0
            spent["language"] += t2 - t1
            spent["tokens and stems"] += t3 - t2
            spent["phrase scan"] += t4 - t3
        for name, seconds in spent.items():
            best[name] = min(best.get(name, float("inf")), seconds / count * 1e6)
    return best


if __name__ == "__main__":
    if "--spread" in sys.argv:  # python -m bench.review --spread
        for size in (280, 2000):
            parts = spread(size)
            print(f"~{size} characters, µs a draft (best of 3 passes):")
            for name, micros in sorted(parts.items(), key=lambda kv: -kv[1]):
                print(f"  {name:32s} {micros:8.1f}")
    else:
        print("\n".join(run()))
