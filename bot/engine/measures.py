"""What a draft measures: the items a metric counts, each located on the draft.

Shared by the `metric` check type (a measure against `max` / `min`) and the
`signals` type (a measure as one weighted signal). Every function returns spans
on the draft's own characters, so a finding can quote exactly what was counted.
"""

from __future__ import annotations

import re

from bot.engine.latin1 import BLANK, CAPITAL, LETTER
from bot.engine.links import distinct_links
from bot.engine.text import Doc
from bot.lazyre import lazy

Span = tuple[int, int]

# X then X* rather than X+ or X{2}: a pattern that opens with a plain character set lets Python's re
# skip in C to where it can match (clauses.py says more).
_RUNS = {"exclamations": lazy(r"[!！¡][!！¡]*"), "questions": lazy(r"[?？¿][?？¿]*")}
_MARKS = {"exclamations": "!！¡", "questions": "?？¿"}
# The same on ASCII text, where only "!" and "?" can stand: a class of one character, which re finds as a literal
# (a class holding characters beyond Latin-1 is tested item by item at every character: ~5x slower, speed54b).
_ASCII_RUNS = {"exclamations": lazy(r"!!*"), "questions": lazy(r"\?\?*")}
# On Latin-1 text (most French drafts), where "！" and "？" cannot stand: a class re compiles to a bitmap.
_LATIN1_RUNS = {"exclamations": lazy(r"[!¡][!¡]*"), "questions": lazy(r"[?¿][?¿]*")}
CAPITALS = lazy(r"[A-ZÀ-ÖØ-ÞŒ]")  # French and English capitals
_TWO_CAPITALS = lazy(r"[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ]")
_UP = "A-ZÀ-ÖØ-ÞŒŸ"
# Words in capitals (figures allowed inside a run: "FREE 24 HRS"), within one sentence and one line.
# (Each pattern starts with a character class, which Python's re scans for quickly; what must not
# come before it is checked by a look-behind placed after that first character.)
_CAPS_RUN = lazy(rf"[{_UP}\d](?<![^\W\d_].)[{_UP}\d'’]*"
                 rf"(?:[^\S\n]*[,;:&/+-]?[^\S\n]*[{_UP}\d][{_UP}\d'’]*)*(?![^\W\d_])")
_LETTERS = lazy(r"[^\W\d_]+")
_EXCLAIMED = lazy(r"[ \u00a0\u202f]?[!！]")
# The runs and their letters on Latin-1 text (latin1.py; its capitals are read in its shape, Doc.shape): one bitmap
# look-up a character, not a walk through "Œ", "Ÿ", "’" and the Unicode categories of \w, \d and \s.
_LATIN1_CAPS_RUN = lazy(f"[{CAPITAL}0-9](?<![{LETTER}].)[{CAPITAL}0-9']*"
                        f"(?:[{BLANK}]*[,;:&/+-]?[{BLANK}]*[{CAPITAL}0-9][{CAPITAL}0-9']*)*(?![{LETTER}])")
_LATIN1_LETTERS = lazy(f"[{LETTER}]+")
_CAPS_WORD = lazy(r"\b[^\W\d_a-z]{2,}(?:[\s,.;:'’!?-]+[^\W\d_a-z]{2,})*\b")

# Money: a currency sign or word next to an amount ("$9.99", "£1.50/wk", "150p", "19,90 €", "5 euros").
_AMOUNT = r"\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d{1,2})?"
# recall56: the money words of West Africa and the Maghreb ("5000 fcfa", "450 dh", "150 cedis", "45,000 naira"); French chat's
# « 35 balles » is hard-sell.pushy's own `chat-price` (a friend's « prête-moi 10 balles » is no price to other rules)
_CURRENCY_WORDS = r"(?:eur|euros?|usd|dollars?|bucks|pounds?|gbp|cents?|centimes?|chf|fcfa|cfa|dhs?|dirhams?|cedis?|nairas?)\b"
# Three simpler patterns rather than one: each runs only when a cheap look finds what it needs.
_SIGN_PRICE = lazy(rf"[$£€¥][ \u00a0]?{_AMOUNT}(?:[ \u00a0]?(?:k|m|bn)\b)?")
_CODE_PRICE = lazy(rf"\b(?:us|usd|eur|gbp|chf)\$?[ \u00a0]?{_AMOUNT}")  # on folded text
_AMOUNT_PRICE = lazy(  # on folded text
    rf"{_AMOUNT}(?:[ \u00a0\u202f]?(?:[$£€¥]|{_CURRENCY_WORDS})|p\b(?=[ \u00a0]?(?:/|per\b|a\b|each\b)))")
_CURRENCY_SIGNS = frozenset("$£€¥")
# "Pounds" as a weight, not money: "7 pounds 11 ounces", "lost 10 pounds", "weighs 150 pounds",
# "20 pounds heavier", "5 pounds of apples" (on folded text, around an amount in pounds).
_WEIGHT_AFTER = lazy(r"[ \u00a0]*(?:,|and)?[ \u00a0]*(?:\d+[ \u00a0]*(?:ounces?|oz)\b|heavier|lighter|overweight"
                     r"|of (?!(?:profit|revenue|debt|tax|funding|cash|money|sales)\b)[a-z]|in weight\b)")
_WEIGHT_BEFORE = lazy(r"\b(?:los[te]|losing|gain(?:ed|ing)?|weigh(?:s|ed|ing)?(?: in at)?|put on|shed(?:ding)?"
                      r"|dropp(?:ed|ing)|drop|heavier by|lighter by)[ \u00a0]+(?:about |almost |over |nearly |around "
                      r"|some |another |an extra |just |only |like )?$")


def _weight(folded: str, span: Span) -> bool:
    """Whether an amount in pounds is a weight ("lost 10 pounds", "7 pounds 11 ounces")."""
    start, end = span
    if not folded[start:end].rstrip().endswith(("pound", "pounds")):
        return False
    return bool(_WEIGHT_AFTER.match(folded, end) or _WEIGHT_BEFORE.search(folded, max(0, start - 30), start))
_CURRENCY_CODES = ("usd", "eur", "gbp", "chf", "us$", "us $")
_CODE_NEAR = lazy("|".join(map(re.escape, _CURRENCY_CODES)))  # one search for any of them


def _free_before(text: str, at: int, glue: str) -> bool:
    """Nothing glued before position `at`: no letter, digit, underscore or any of `glue`."""
    if at == 0:
        return True
    char = text[at - 1]
    return not (char.isalnum() or char == "_" or char in glue)


def _leftmost_longest(found: list[Span]) -> list[Span]:
    if len(found) < 2:
        return found
    kept: list[Span] = []
    for span in sorted(found, key=lambda sp: (sp[0], -sp[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


# The number measures look where the draft has figures (Doc.numbers), not at every character.


def prices(doc: Doc) -> list[Span]:
    """Amounts with a currency: "$9.99", "£1.50/wk", "150p", "19,90 €", "5 euros", "USD 20"."""
    text, folded = doc.text, doc.folded
    found = []
    for start, _end in doc.numbers:
        for back in (1, 2):  # "$9.99", "€ 5"
            if start >= back and text[start - back] in _CURRENCY_SIGNS:
                sign = _SIGN_PRICE.match(text, start - back)
                if sign:
                    found.append(sign.span())
                break
        head = max(0, start - 6)
        if _CODE_NEAR.search(folded, head, start):  # a currency code in the 6 characters before
            code = _CODE_PRICE.search(folded, head)
            if code and code.start() < start:
                found.append(code.span())
        if _free_before(folded, start, ".,"):
            amount = _AMOUNT_PRICE.match(folded, start)
            if amount and not _weight(folded, amount.span()):
                found.append(amount.span())
    return _leftmost_longest(found)


def percentages(doc: Doc) -> list[Span]:
    text = doc.text
    found = []
    for start, _end in doc.numbers:
        if start and text[start - 1] in "-−–" and _free_before(text, start - 1, ".,"):
            start -= 1  # "-30 %"; but "40-60 %" is a range, its share starts at 60
        elif not _free_before(text, start, ".,-−–") and text[start - 1 : start] not in ("-", "−", "–"):
            continue
        share = PERCENT.match(text, start)
        if share:
            found.append(share.span())
    return found


def phone_numbers(doc: Doc) -> list[Span]:
    text = doc.text
    found: list[Span] = []
    reach = 0
    for start, _end in doc.numbers:
        if start < reach:  # inside the number found just before ("+33 (0)6 12 34 56 78")
            continue
        if start > reach and text[start - 1 : start] == "(":
            start -= 1
        if start > reach and text[start - 1 : start] == "+":
            start -= 1
        if not _free_before(text, start, "+.,/-"):
            continue
        number = _PHONE.match(text, start)
        if number is None:
            continue
        reach = number.end()  # what one number took is not read again as another
        raw = number.group().strip(" \u00a0.-")
        digits = sum(c.isdigit() for c in raw)
        if 8 <= digits <= 15 and not _BIG_NUMBER.match(raw) and not _YEARS.match(raw):
            first = number.start() + number.group().index(raw[0])
            found.append((first, first + len(raw)))
    return found


def short_codes(doc: Doc, known_prices: list[Span] | None = None) -> list[Span]:
    """A standalone 5- or 6-digit number: not an amount, a decimal or part of a longer number."""
    text = doc.text
    found = []
    for start, end in doc.numbers:
        if end - start not in (5, 6) or not text[start:end].isdigit() or not _free_before(text, start, ".,+£$€/-"):
            continue
        after = text[end : end + 1]
        if after and (after.isalnum() or after in "_/%€$£-"):
            continue
        if after in " \u00a0" and text[end + 1 : end + 2] in ("€", "%") or text[end + 1 : end + 2].isdigit():
            continue  # an amount, a share, or one group of a longer number
        found.append((start, end))
    if found:
        amounts = prices(doc) if known_prices is None else known_prices
        found = [span for span in found if not overlaps(span, amounts)]
    return found


PERCENT = lazy(r"[-−–]?\d+(?:[.,]\d+)?[ \u00a0\u202f]?(?:%|pour ?cent\b|per ?cent\b|percent\b)",
               re.IGNORECASE)  # matched where a figure starts
# Phone numbers: 8 to 15 digits, in groups or not ("0800 123 4567", "+33 6 12 34 56 78", "09061701461").
_PHONE = lazy(r"\+?\(?\d{1,5}\)?(?:[ \u00a0.-]?\(?\d{1,5}\)?){1,7}(?![\w%€$£])")
_BIG_NUMBER = lazy(r"^\d{1,3}(?:[ \u00a0.,]\d{3})+$")  # 10 000 000, 1,000,000: a quantity
_YEARS = lazy(r"^(?:19|20)\d\d\s*[-/–]\s*(?:19|20)?\d\d$")

METRICS = ("caps_ratio", "shouting", "exclamations", "questions", "links", "distinct_links", "hashtags", "mentions",
           "emoji", "prices", "percentages", "phone_numbers", "short_codes", "length", "words")
COUNTED = {"exclamations", "questions", "links", "distinct_links", "hashtags", "mentions", "emoji", "shouting", "prices",
           "percentages", "phone_numbers", "short_codes"}


def overlaps(span: Span, others: list[Span]) -> bool:
    if not others:
        return False
    start, end = span
    return any(s < end and start < e for s, e in others)


def _glued(text: str, span: Span) -> bool:
    """A lone "!" between two letters or digits ("moo!moo!moo!", "Yahoo!Mail") belongs to a word, a
    name or a program's message, not to a sentence: it is no cry (issue 11, round fifteen). After a
    capital it still counts: "SYSTEMWORKS!X" shouts."""
    start, end = span
    if end - start != 1 or start == 0 or end == len(text):
        return False
    before = text[start - 1]
    return before.isalnum() and not before.isupper() and text[end].isalnum()


def items(doc: Doc, metric: str, caps_words: int = 4, known_prices: list[Span] | None = None) -> list[Span]:
    """The spans a counted metric counts, in draft order (`known_prices`: already found, for short codes)."""
    text = doc.text
    if metric in _RUNS:  # a "?" or "!" inside a link (query string) is not punctuation
        if not any(mark in text for mark in _MARKS[metric]):
            return []
        links = doc.links
        runs = _ASCII_RUNS if text.isascii() else _RUNS if doc.shape is None else _LATIN1_RUNS
        return [m.span() for m in runs[metric].finditer(text)
                if not (links and overlaps(m.span(), links)) and not (metric == "exclamations" and _glued(text, m.span()))]
    if metric == "shouting":
        return shouting(doc, caps_words)
    if metric in ("prices", "percentages", "phone_numbers", "short_codes"):
        if not doc.numbers:
            return []
        return numbers(doc, metric, known_prices)
    if metric == "distinct_links":
        return distinct_links(doc.text, doc.links) if doc.links else []
    return {"links": doc.links, "hashtags": doc.hashtags, "mentions": doc.mentions, "emoji": doc.emoji}[metric]


def numbers(doc: Doc, metric: str, known_prices: list[Span] | None = None) -> list[Span]:
    if metric == "prices":
        found = prices(doc)
    elif metric == "percentages":
        found = percentages(doc)
    elif metric == "phone_numbers":
        found = phone_numbers(doc) if sum(e - s for s, e in doc.numbers) >= 8 else []
    else:
        found = short_codes(doc, known_prices)
    hidden = doc.links + doc.mentions + doc.hashtags if found else None
    return [span for span in found if not overlaps(span, hidden)] if hidden else found


def caps_runs(doc: Doc) -> list[re.Match[str]]:
    """Runs of words in capitals, outside links, mentions and hashtags (once per draft)."""
    runs = doc.memo.get("caps")
    if runs is None:
        runs = []
        shape = doc.shape  # Latin-1 text: two capitals in a row are b"AA" in its shape
        if (b"AA" in shape) if shape is not None else _TWO_CAPITALS.search(doc.text):
            hidden = doc.links + doc.mentions + doc.hashtags
            runs = [run for run in _raw_runs_with_two_capitals(doc.text, shape)
                    if (shape.find(b"AA", *run.span()) >= 0 if shape is not None else _TWO_CAPITALS.search(run.group()))
                    and not (hidden and overlaps(run.span(), hidden))]
        doc.memo["caps"] = runs
    return runs


def _in_run(char: str) -> bool:
    """Whether a character can stand inside a run of `_CAPS_RUN` (a capital, a figure, an
    apostrophe, a blank other than a line break, a joining mark): any other is a wall no run
    crosses."""
    return char in _RUN_MARKS or char.isdecimal() or (char.isspace() and char != "\n")


# What `_in_run` says, read forward in C: the characters up to the next wall.
_STRETCH = lazy(rf"(?:[{_UP}\d'’,;:&/+\-]|[^\S\n])*")
_RUN_MARKS = frozenset(re.findall(f"[{_UP}]", "".join(map(chr, range(0x250)))) + list("'’,;:&/+-"))
_LATIN1_STRETCH = lazy(f"[{CAPITAL}0-9',;:&/+\\-{BLANK}]*")


def _pair(text: str, shape: bytes | None, at: int) -> int:
    """Where the next two capitals in a row stand from `at` (-1: none): found in the shape of a Latin-1 text."""
    if shape is not None:
        return shape.find(b"AA", at)
    found = _TWO_CAPITALS.search(text, at)
    return -1 if found is None else found.start()


def _raw_runs_with_two_capitals(text: str, shape: bytes | None = None) -> list[re.Match[str]]:
    """What `_CAPS_RUN.finditer(text)` finds in the stretches that hold two capitals in a row,
    the only runs caps_runs keeps: each stretch searched from the wall before it to the wall
    after it. No run crosses a wall, so the search from just after one finds the same runs as
    the search from the draft's start (whose look-behind sees the same character): a long draft
    with a few words in capitals is no longer read run by run from its first capital. (`shape`: the
    text is Latin-1, its pairs are read in its shape and the Latin-1 forms of the patterns find the same.)"""
    stretch, caps_run = (_STRETCH, _CAPS_RUN) if shape is None else (_LATIN1_STRETCH, _LATIN1_CAPS_RUN)
    found: list[re.Match[str]] = []
    done = 0  # the search is known from here on (0, or a wall)
    pair = _pair(text, shape, 0)
    while pair >= 0:
        start = pair
        while start > done and _in_run(text[start - 1]):
            start -= 1
        end = stretch.match(text, pair + 2).end()  # type: ignore[union-attr]
        found += caps_run.finditer(text, start, end + 1)  # up to the wall, which the look-ahead reads
        done = end
        pair = _pair(text, shape, end)  # the next stretch with two capitals
    return found


def shouting(doc: Doc, caps_words: int = 4) -> list[Span]:
    """Shouting anywhere in the draft: a run of `caps_words` or more words in capitals,
    or a draft (or line) that opens with words in capitals and an exclamation mark
    ("URGENT!", "ACT NOW!!"). One to three capitalised words elsewhere (an acronym,
    a brand: "NASA", "IKEA", "BBC News") are not shouting."""
    key = ("shouting", caps_words)
    if key in doc.memo:
        return doc.memo[key]
    text = doc.text
    found: list[Span] = []
    doc.memo[key] = found
    letters = _LETTERS if doc.shape is None else _LATIN1_LETTERS
    for run in caps_runs(doc):
        start, end = run.span()
        words = [w for w in letters.findall(run.group()) if len(w) >= 2]
        if len(words) >= caps_words:
            found.append((start, end))
        elif words and sum(map(len, words)) >= 4 and _EXCLAIMED.match(text, end):
            before = text[:start].rstrip(" \t\"'«“*>•-")
            if not before or before.endswith("\n"):  # it opens the draft or a line
                found.append((start, end))
    return found


def caps_ratio(doc: Doc, span: Span | None = None) -> float | None:
    """Share of capitals among the letters of words (None under 12 letters: too short to tell).
    Acronyms and brands (up to three words in capitals that do not shout: "NASA", "BBC",
    "IKEA") do not count: they are names, not a raised voice."""
    tokens = doc.tokens
    start, end = span if span is not None else (0, len(doc.text))
    if span is None:
        letters = tokens.letters()
    else:
        letters = sum(te - ts for ts, te in set(zip(tokens.starts, tokens.ends, strict=True)) if start <= ts < end)
    if letters < 12:
        return None
    shape = doc.shape  # Latin-1 text: its capitals counted in its shape
    if shape is not None:
        capitals = shape.count(b"A", start, end)
        two = capitals > 1 and shape.find(b"AA", start, end) >= 0
    else:
        text = doc.text[start:end]
        capitals = len(CAPITALS.findall(text)) if text != text.lower() else 0
        two = bool(capitals) and _TWO_CAPITALS.search(text) is not None
    if two:
        shouted = shouting(doc)
        names = [run for run in caps_runs(doc) if start <= run.start() < end and not overlaps(run.span(), shouted)]
        words = _LETTERS if shape is None else _LATIN1_LETTERS
        if sum(len(w) >= 2 for name in names for w in words.findall(name.group())) <= 3:  # a few names, not a tone
            capitals -= sum(len(CAPITALS.findall(name.group())) if shape is None else shape.count(b"A", *name.span())
                            for name in names)
    return max(0, capitals) / letters


def caps_span(doc: Doc) -> Span | None:
    """The first run of words in capitals (where a caps_ratio finding points)."""
    found = _CAPS_WORD.search(doc.text)
    return found.span() if found else None
