"""What a counted measure cannot count anything without, as a pattern: the character (or
word) every item it counts holds. A rule that needs a measure to count at least one thing
(a metric over its `max`, a signals rule whose sum needs a price or capitals) then says so
to checks/needs.py, and the review skips it on drafts without that character, read in the
language's one RE2 set pass instead of measuring.

Each pattern only has to match wherever an item stands (it may match elsewhere too):
bot/engine/measures.py, text.py and links.py say where each measure looks, and
tests/test_engine_speed_round22.py checks every item of the corpora holds its pattern.
"""

from __future__ import annotations

from bot.engine.links import TLDS
from bot.engine.patterns import Pattern, compile_regex

_DIGIT = r"\p{Nd}"  # Doc.numbers: a run of figures (Python's \d: any decimal digit)
# (source, on the folded text?) per measure.
SOURCES: dict[str, tuple[str, bool]] = {
    "exclamations": ("[!！¡]", False),
    "questions": ("[?？¿]", False),
    "mentions": ("@", False),
    "hashtags": ("#", False),
    # Two capitals in a row: measures.caps_runs reads nothing else (shouting, its "URGENT!" too).
    "shouting": ("[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ]", False),
    "prices": (_DIGIT, False),
    "percentages": (_DIGIT, False),
    "phone_numbers": (_DIGIT, False),
    "short_codes": (_DIGIT, False),
    # links.links: "http" or "www" (plain and spaced-out addresses), or a ".com"-like ending (bare ones).
    "links": (rf"http|www|\.(?:{TLDS})", True),
    "distinct_links": (rf"http|www|\.(?:{TLDS})", True),
    # text.EMOJI_RE's first character.
    "emoji": (r"[\x{1F000}-\x{1FAFF}\x{2600}-\x{27BF}\x{2B50}\x{2B55}\x{203C}\x{2049}\x{2122}\x{2139}\x{231A}-\x{23FF}]",
              False),
}
_COMPILED: dict[str, Pattern] = {}


def indicator(metric: str | None) -> Pattern | None:
    """The pattern every item of a counted measure holds (None: a measure of the whole draft,
    which needs nothing in particular)."""
    if metric is None or metric not in SOURCES:
        return None
    found = _COMPILED.get(metric)
    if found is None:
        source, folded = SOURCES[metric]
        found = _COMPILED[metric] = compile_regex(source, folded)
    return found
