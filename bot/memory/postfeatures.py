"""What Coach keeps of a post besides (or instead of) its text.

From a prepared `Doc`: a fingerprint, its links (normalised, hashed, domain),
its MinHash signature and bands (near-duplicates), and its content words
(stems, for the community vocabulary). None of these lets anyone read the
post back, except the links themselves when text is kept.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import parse_qsl, urlencode, urlsplit

import numpy as np

from bot.engine.text import URL_RE, Doc
from bot.memory import minhash, wordpairs

# Query parameters that track a click rather than name a page.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "igshid", "si")

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words (folded): they say nothing about what a community talks about.
STOP_WORDS = {
    "en": _words(
        "the and for are but not you all any can had her was one our out has him his how its may new now "
        "see two way who did get got let say she too use with that this from have they will your what when "
        "which their there been were into more some than them then these those would could should about "
        "just like also here only very much many such over after before because while where every each "
        "other ours yours what's it's don't we're you're i'm we've i've"
    ),
    "fr": _words(
        "les des une est sont pour avec dans sur vous nous notre votre vos nos cette qui que pas plus tres "
        "aussi mais leur sans chez par aux ses son sa mes mon ton tes elle ils elles cela ceci comme tout "
        "tous toute toutes fait faire etre avoir ete etait sera deja encore bien peu entre vers donc alors "
        "quand dont quel quelle quels quelles ces ont avez avons suis etes font peut"
    ),
}


def fingerprint(text: str) -> str:
    """A draft's or a post's fingerprint: enough to recognise it again, not to read it."""
    return hashlib.sha256(spaced_once(text).casefold().encode()).digest()[:16].hex()  # hexdigest()[:32]


def spaced_once(text: str) -> str:
    """" ".join(text.split()): the words between single spaces. A text already so is returned as it
    is, without its words made into strings and joined again (~1.5 µs of a 25-word post, round 42):
    every whitespace character but the space is unprintable, so a printable text holds no other,
    and with no two spaces together nor one at either end it has nothing to change."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def normalize_url(url: str) -> tuple[str, str]:
    """(normalised url, domain): no scheme, no www., no trailing slash, no tracking parameters."""
    simple = _SIMPLE_URL.match(url) if url.isascii() else None
    if simple is not None:  # what urlsplit makes of it, without its parsing (most links chat shares)
        host = simple.group(1).lower().removeprefix("www.")
        return host + simple.group(2).rstrip("/"), host
    return split_url(url)


def split_url(url: str) -> tuple[str, str]:
    """normalize_url() through urlsplit, for any address."""
    raw = url if "://" in url else "http://" + url
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return url.lower(), ""
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    path = parts.path.rstrip("/")
    normal = host + path + ("?" + urlencode(sorted(query)) if query else "")
    return normal, host


# An ASCII http(s) or www. address with a plain host (no user, port or IPv6 brackets) and no query
# or fragment: urlsplit's hostname is the host lower-cased and its path the rest, unchanged.
_SIMPLE_URL = re.compile(r"(?:[Hh][Tt][Tt][Pp][Ss]?://)?([A-Za-z0-9._~-]*)((?:/[^?#:\\\x00-\x20\x7f]*)?)\Z")


def url_hash(normal: str) -> str:
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True)
class Link:
    url: str  # as written
    domain: str
    hash: str  # of the normalised url


def links_of(text: str, folded: str | None = None) -> list[Link]:
    """The links of a text, each once (by normalised address), in order. `folded`: fold(text), when
    the caller has it: a text whose fold has neither "http" nor "www." has no link, and its lower-cased
    copy is not made (only "İ" lower-cases to more than one character, and every character that
    lower-cases to h, t, p, w or "." folds to it too: tests/test_imports_round52.py)."""
    if folded is not None and "http" not in folded and "www." not in folded:
        return []
    lowered = text.lower()
    if "http" not in lowered and "www." not in lowered:  # what URL_RE starts with: most chat has neither
        return []
    seen: dict[str, Link] = {}
    for start, end in url_spans(text, lowered):
        link = _LINKS.get(text[start:end])
        if link is None:
            link = _LINKS.made(text[start:end])
        seen.setdefault(link.hash, link)
    return list(seen.values())


def url_spans(text: str, lowered: str) -> list[tuple[int, int]]:
    """The spans of URL_RE.finditer(text) (`lowered` is text.lower()), the pattern tried only where
    "http" or "www." starts in the lowered text (the case-blind pattern can start nowhere else):
    scanning every position of the text with it cost more than the rest of a link's features."""
    if len(lowered) != len(text):  # a character that lower-cases to two: positions would not match
        return [match.span() for match in URL_RE.finditer(text)]
    found: list[tuple[int, int]] = []
    for mark in ("http", "www."):
        i = lowered.find(mark)
        while i != -1:
            match = URL_RE.match(text, i)
            if match is None:
                i = lowered.find(mark, i + 1)
            else:
                found.append(match.span())
                i = lowered.find(mark, match.end())
    if len(found) < 2:
        return found
    found.sort()  # a match starting inside another (www. after http://) ends where it ends: one link
    kept = [found[0]]
    for span in found[1:]:
        if span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


class _KnownLinks(dict[str, Link]):
    """Each link met (as written) with its normalised form's hash: a team shares the same links
    again and again. Emptied when full, so memory stays flat."""

    def made(self, url: str) -> Link:
        normal, domain = normalize_url(url)
        link = Link(url, domain, url_hash(normal))
        if len(self) >= LINK_CACHE_SIZE:
            self.clear()
        self[url] = link
        return link


LINK_CACHE_SIZE = 2_000  # links remembered as written (~1 MB: a link shared again is usually shared soon after)
_LINKS = _KnownLinks()


def content_words(doc: Doc) -> set[str]:
    """Stems of the words that carry meaning (3 letters or more, not function words, not numbers)."""
    stop = STOP_WORDS.get(doc.language, frozenset())
    tokens = doc.tokens
    return {pair[1] for word, pair in zip(tokens.texts, tokens.pairs, strict=True)
            if len(word) >= 3 and word not in stop and not word.isdigit()}


@dataclass(slots=True)
class PostFeatures:  # not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__
    fingerprint: str
    links: list[Link]
    signature: bytes | None
    bands: list[int]
    words: set[str]


def shingle_set(doc: Doc, links: list[Link] | None = None) -> set[str]:
    links = links if links is not None else links_of(doc.text)
    return minhash.shingles(doc.tokens.texts, (f"link:{link.hash}" for link in links))


def features(doc: Doc, with_signature: bool = True, with_words: bool = False) -> PostFeatures:
    return features_many([doc], [with_signature], [with_words])[0]


class Columns(NamedTuple):
    """The features of a batch's posts as columns (feature_columns(); features_from() makes the PostFeatures)."""

    fingerprints: list[str]
    links: list[list[Link]]
    signatures: bytes  # the signed posts' signatures end to end, minhash.PERMS * 4 bytes each
    signed: list[int]  # the posts (positions in the batch) with a signature, in order
    bands: np.ndarray  # int64, a row of minhash.BANDS keys per signed post
    words: list[set[str]]


def features_many(docs: list[Doc], with_signature: list[bool], with_words: list[bool]) -> list[PostFeatures]:
    """features() of each Doc of a batch: the MinHash signatures and bands of the whole batch
    are computed together (bot.memory.minhash), the same values as one at a time."""
    return features_from(feature_columns(docs, with_signature, with_words))


def feature_columns(docs: list[Doc], with_signature: list[bool], with_words: list[bool]) -> Columns:
    """The features of a batch's posts as columns: signatures in one blob, bands in one array."""
    links = [links_of(doc.text, doc.folded) for doc in docs]
    words = [doc.tokens.texts if wanted else [] for doc, wanted in zip(docs, with_signature, strict=True)]
    extras = [[f"link:{link.hash}" for link in found] if found and wanted else []
              for found, wanted in zip(links, with_signature, strict=True)]
    rows, signed = wordpairs.signature_rows(words, extras)
    return Columns([fingerprint(doc.text) for doc in docs], links, rows.astype("<u4", copy=False).tobytes(), signed,
                   minhash.band_array(rows), [content_words(doc) if wanted else set()
                                              for doc, wanted in zip(docs, with_words, strict=True)])


def features_from(columns: Columns) -> list[PostFeatures]:
    """The PostFeatures of each post of feature_columns()."""
    blob, size = columns.signatures, minhash.PERMS * 4
    signatures: list[bytes | None] = [None] * len(columns.fingerprints)
    bands: list[list[int]] = [[] for _ in columns.fingerprints]
    for row, (i, keys) in enumerate(zip(columns.signed, columns.bands.tolist(), strict=True)):
        signatures[i], bands[i] = blob[row * size : (row + 1) * size], keys
    return [PostFeatures(fingerprint=found, links=links, signature=signature, bands=keys, words=words)
            for found, links, signature, keys, words in zip(columns.fingerprints, columns.links, signatures, bands,
                                                             columns.words, strict=True)]
