"""Where addresses and other rare marks stand in a folded draft, found fast.

Links come with http or www., as bare domains with a common ending ("tinyurl.com/x"), or
spaced out as spam and tokenised text write them ("www . x . com"). Each finder tries its
pattern only where a match can start (a mark str.find locates, a ".com"-like ending), never
at every character: the same spans as `finditer`, at a fraction of the cost on long drafts.
"""

from __future__ import annotations

import re

from bot.lazyre import lazy

URL_RE = lazy(r"(?:https?://|www\.)[^\s<>()\"']+[^\s<>()\"'.,;:!?»]", re.IGNORECASE)


def spans_at(text: str, marks: tuple[str, ...], regex: re.Pattern[str]) -> list[tuple[int, int]]:
    """Matches of `regex` that start at one of the `marks`: rare marks ("http", "@")
    are found with str.find, far faster than scanning every position with a regex."""
    found: list[tuple[int, int]] = []
    for mark in marks:
        i = text.find(mark)
        while i != -1:
            match = regex.match(text, i)
            if match and match.end() > i:
                found.append(match.span())
                i = text.find(mark, match.end())
            else:
                i = text.find(mark, i + 1)
    if len(marks) > 1 and found:
        found.sort()
        kept = [found[0]]
        for span in found[1:]:
            if span[0] >= kept[-1][1]:
                kept.append(span)
        found = kept
    return found


# The same as URL_RE, for folded (lower-case) text: case-sensitive scanning is faster.
URL_FOLDED = lazy(URL_RE.pattern)
# Addresses written without "http" or "www." ("tinyurl.com/x", "secure-verify.com/login"): a
# domain with a common ending, not glued to an "@" (an e-mail address's domain is no link); and
# addresses spaced out as spam and tokenised text write them ("http : / / x . com", "www . x . com").
TLDS = _TLDS = "com|net|org|info|biz|co|io|me|ly|uk|fr|us|eu|online|site|shop|store|xyz|top|club|link|gl|gg|tv|app|ai|dev|tech"
_TLD_HINT = lazy(rf"[a-z0-9-]\.(?:{_TLDS})\b")
_BARE_URL = lazy(rf"(?<![@\w.\-/])[a-z0-9][a-z0-9-]{{0,62}}(?:\.[a-z0-9-]{{1,62}}){{0,4}}\.(?:{_TLDS})\b(?![@\-])"
                 r"(?:/[^\s<>()\"']*[^\s<>()\"'.,;:!?»])?")
_SPACED_URL = lazy(r"\bhttps? ?: ?/ ?/ ?[a-z0-9-]+(?: ?\. ?[a-z0-9-]+)+|\bwww ?\. ?[a-z0-9-]+(?: ?\. ?[a-z0-9-]+)+")


_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_BEFORE_DOT = _DOMAIN_CHARS - {"."}
_DOT_TLD = lazy(rf"\.(?:{_TLDS})\b")  # _TLD_HINT from its dot


def _bare_urls(folded: str) -> list[tuple[int, int]]:
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


def _spaced_urls(folded: str) -> list[tuple[int, int]]:
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


def links(folded: str) -> list[tuple[int, int]]:
    """Every address in a folded draft: with http or www., bare domains, spaced-out addresses."""
    found = spans_at(folded, ("http", "www"), URL_FOLDED)
    extra: list[tuple[int, int]] = []
    if "." in folded:
        extra += _bare_urls(folded)
    if ("http" in folded or "www" in folded) and (" :" in folded or ": " in folded or " ." in folded or ". " in folded):
        extra += _spaced_urls(folded)
    if not extra:
        return found
    kept: list[tuple[int, int]] = []
    for span in sorted(found + extra, key=lambda sp: (sp[0], -sp[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


# What `distinct_links` reads (too-many-links): one count per address, and no count for a name.
_SCHEME = lazy(r"^(?:https?\s*:\s*/\s*/\s*)?(?:www\s*\.\s*)?", re.IGNORECASE)
_PICTURE = lazy(r"\.(?:gif|jpe?g|png|webp|svg)(?:[?#]\S*)?[\])>]*$", re.IGNORECASE)


def address(raw: str) -> str:
    """An address as the reader would type it: no scheme, no "www.", no spaces (spaced-out
    spam), no final "/", lower case. "http://www.X.com/" and "x.com" are one address."""
    return "".join(_SCHEME.sub("", raw.strip()).split()).rstrip("/").lower()


def is_name(raw: str) -> bool:
    """A domain written as a name in running prose ("News.com reported", "CNET's Download.com",
    "ASP.NET"): bare (no scheme, no "www.", no path) and written with a capital letter. A
    lower-case bare domain ("tinyurl.com") is an address someone is meant to type."""
    return not _SCHEME.match(raw).group() and "/" not in raw and raw != raw.lower()


def distinct_links(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The links a reader is sent to, each once (its first place in the draft): the same address
    repeated counts once; a brand written as a domain (`is_name`) and a picture's address
    (".png", ".gif": shown in place, it sends no one elsewhere) are no link."""
    seen: set[str] = set()
    found: list[tuple[int, int]] = []
    for start, end in spans:
        raw = text[start:end]
        key = address(raw)
        if key in seen or is_name(raw) or _PICTURE.search(raw):
            continue
        seen.add(key)
        found.append((start, end))
    return found
