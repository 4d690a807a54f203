"""Web addresses written without "http" or "www.", and addresses spaced out as spam writes them:
found where they can start, not by trying a pattern at every character (text.links reads them)."""

from __future__ import annotations

import re

# Addresses written without "http" or "www." ("tinyurl.com/x", "secure-verify.com/login"): a
# domain with a common ending, not glued to an "@" (an e-mail address's domain is no link); and
# addresses spaced out as spam and tokenised text write them ("http : / / x . com", "www . x . com").
_TLDS = "com|net|org|info|biz|co|io|me|ly|uk|fr|us|eu|online|site|shop|store|xyz|top|club|link|gl|gg|tv|app"
_TLD_HINT = re.compile(rf"[a-z0-9-]\.(?:{_TLDS})\b")
_BARE_URL = re.compile(rf"(?<![@\w.\-/])[a-z0-9][a-z0-9-]{{0,62}}(?:\.[a-z0-9-]{{1,62}}){{0,4}}\.(?:{_TLDS})\b(?![@\-])"
                       r"(?:/[^\s<>()\"']*[^\s<>()\"'.,;:!?»])?")
_SPACED_URL = re.compile(r"\bhttps? ?: ?/ ?/ ?[a-z0-9-]+(?: ?\. ?[a-z0-9-]+)+|\bwww ?\. ?[a-z0-9-]+(?: ?\. ?[a-z0-9-]+)+")


_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_BEFORE_DOT = _DOMAIN_CHARS - {"."}
_DOT_TLD = re.compile(rf"\.(?:{_TLDS})\b")  # _TLD_HINT from its dot


def bare_urls(folded: str) -> list[tuple[int, int]]:
    """What `_BARE_URL.finditer` finds, tried only where it can start: a bare address is a run
    of letters, digits, dots and hyphens holding a ".com"-like ending (a `_TLD_HINT`), and only
    that run's first character can open it (inside the run, the look-behind refuses). Scanning
    every position of a long draft with the pattern was the cost (~130 µs at 2,000 characters)."""
    found: list[tuple[int, int]] = []
    done = 0  # where the last address ended: finditer never starts inside one
    tried = -1
    for ending in _DOT_TLD.finditer(folded):  # found from its "." (a literal: re skips ahead in C)
        start = ending.start()
        if start == 0 or folded[start - 1] not in _BEFORE_DOT:
            continue  # not a _TLD_HINT
        start -= 1
        while start > 0 and folded[start - 1] in _DOMAIN_CHARS:
            start -= 1
        if start == tried or start < done:
            continue
        tried = start
        match = _BARE_URL.match(folded, start)
        if match:
            found.append(match.span())
            done = match.end()
    return found


def spaced_urls(folded: str) -> list[tuple[int, int]]:
    """What `_SPACED_URL.finditer` finds, tried only where "http" or "www" stands (where every
    match starts), in draft order, none starting inside the one before."""
    marks: list[int] = []
    for mark in ("http", "www"):
        at = folded.find(mark)
        while at != -1:
            marks.append(at)
            at = folded.find(mark, at + 1)
    found: list[tuple[int, int]] = []
    done = 0
    for at in sorted(marks):
        if at >= done:
            match = _SPACED_URL.match(folded, at)
            if match:
                found.append(match.span())
                done = match.end()
    return found
