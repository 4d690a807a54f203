"""Whether RE2 runs out of DFA memory anywhere on a review's path: printed, never a test.

RE2 says nothing when a regex's DFA outgrows its `max_mem` (8 MB unless set): the search goes on in its NFA,
many times slower, and the findings stay the same, so no test sees it. A gate set or the literal filter that
gives up is caught by the engine (every pattern asked instead), also silently. Session 30 (speed46) wrote this
to check all three on real posts: every pattern a review compiled is compiled again with RE2's logging on and
searched over the posts joined in one long text, its log read back; the sets' and the filter's give-ups are
counted as the posts are reviewed.

    python -m bench.dfa_memory                # 2,000 real posts after 200 generated drafts
    python -m bench.dfa_memory --count 500
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from collections import Counter
from collections.abc import Iterator

import re2

from bench.corpus import drafts
from bench.review import real_posts

Compiled = tuple[bytes, bool, object]  # (source, case-sensitive, encoding)


@contextlib.contextmanager
def _stderr_read(into: list[bytes]) -> Iterator[None]:
    """What C++ writes on file descriptor 2 inside the block, appended to `into`."""
    saved = os.dup(2)
    with tempfile.TemporaryFile() as caught:
        os.dup2(caught.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            caught.seek(0)
            into.append(caught.read())


def _reviewed(count: int) -> tuple[set[Compiled], Counter[str], list[str]]:
    """The patterns compiled while reviewing 200 generated drafts then `count` real posts, the give-ups
    counted on the way (`filter`: the literal filter's pass; `sets`: a gate set's), and the posts."""
    import bot.engine.checks.literals as literals_module
    from bot.engine.advice import load_advice
    from bot.engine.checks.needs import Patterns
    from bot.engine.language import warm_up
    from bot.engine.review import DraftProblem, ReviewContext, review

    compiled: set[Compiled] = set()
    gave_up: Counter[str] = Counter()
    compile_, every, present = re2.compile, literals_module.matching_at_all, Patterns.present

    def recorded(source: object, options: re2.Options | None = None) -> object:
        if options is not None:
            raw = source if isinstance(source, bytes) else str(source).encode()
            compiled.add((raw, options.case_sensitive, options.encoding))
        return compile_(source, options) if options is not None else compile_(source)

    def filter_gave_up(*args: object) -> object:
        gave_up["filter"] += 1
        return every(*args)

    def sets_answer(self: Patterns, doc: object) -> object:
        found = present(self, doc)  # type: ignore[arg-type]
        gave_up["sets"] += found is None
        return found

    re2.compile, literals_module.matching_at_all, Patterns.present = recorded, filter_gave_up, sets_answer
    try:
        context = ReviewContext(load_advice())
        warm_up()
        posts = real_posts(count)[1]
        for text in drafts(200, 280) + posts:
            with contextlib.suppress(DraftProblem):
                review(text, context)
    finally:
        re2.compile, literals_module.matching_at_all, Patterns.present = compile_, every, present
    return compiled, gave_up, posts


def out_of_memory(compiled: set[Compiled], text: str) -> list[tuple[bytes, bytes]]:
    """The patterns whose search over `text` makes RE2 log that its DFA ran out of memory (source, log)."""
    found: list[tuple[bytes, bytes]] = []
    for source, case_sensitive, encoding in sorted(compiled, key=repr):
        options = re2.Options()
        options.case_sensitive, options.encoding, options.log_errors = case_sensitive, encoding, True
        latin = encoding == re2.Options.Encoding.LATIN1
        subject = text.encode("latin-1", "replace") if latin else text.encode()
        log: list[bytes] = []
        with _stderr_read(log), contextlib.suppress(re2.error):
            regex = re2.compile(source, options)
            regex.search(subject)
            sum(1 for _ in regex.finditer(subject))
        if b"out of memory" in log[0]:
            found.append((source, log[0]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    compiled, gave_up, posts = _reviewed(args.count)
    joined = " ".join(posts)
    short = out_of_memory(compiled, joined)
    print(f"{len(posts)} real posts: the literal filter gave up {gave_up['filter']} times, a gate set {gave_up['sets']}")
    print(f"{len(compiled)} patterns compiled, searched over the posts joined ({len(joined):,} characters): "
          f"{len(short)} ran out of DFA memory")
    for source, log in short:
        print(" ", source[:100], log.strip()[:160])


if __name__ == "__main__":
    main()
