"""Review speed: Coach against proselint on the same drafts, one process, one core."""

from __future__ import annotations

import statistics
import time
import tracemalloc

from bench.corpus import drafts
from bot.engine.advice import load_advice
from bot.engine.language import warm_up
from bot.engine.review import ReviewContext, review


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
    tracemalloc.start()
    for text in drafts(200, 2000):
        review(text, context)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    lines.append(f"peak Python memory while reviewing 200 long drafts: {peak / 1e6:.1f} MB")
    lines.append("targets (issue 16): >= 10,000 drafts/s and >= 10x proselint at both sizes, p99 <= 1 ms at ~280 chars")
    return lines


if __name__ == "__main__":
    print("\n".join(run()))
