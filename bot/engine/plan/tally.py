"""@tally: a content mix given as counts per period ("each week: 2 tasting posts, 1 brewer's
portrait and one offer at most", « par mois : 4 portraits, 2 infos pratiques, 1 appel aux
dons »). Part of the readings of bot.engine.plan.readings.

An enumeration of at least two counted kinds (different nouns, one of them a kind of
content), in one sentence or table row that names a period or a number of posts ("out of ten posts", a heading's
"Mix of the eight", round 55), is a proportion as surely as
"80 % tips": each counted kind is a match, so one rule can take a kind from one item and its
share from another. Counts of something else ("40 subscribers, 100 boxes sold each month"),
of hours or of the same kind on two channels ("2 posts on Instagram, 1 post on Facebook")
are no mix.
"""

from __future__ import annotations

import re
from functools import lru_cache

Span = tuple[int, int]

_COUNTS = {
    "en": r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a single|an?",
    "fr": r"\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|un seul|une seule",
}
# What a count of content is not: a time, a share, a channel, an amount of money; a word of it opening a compound is
# none ("5 in-depth episodes": "in" is no preposition there, round 56).
_NOT_KINDS = (r"%|h|hours?|heures?|min|minutes?|days?|jours?|weeks?|semaines?|months?|mois|years?|ans?|annees?|"
              r"times|fois|sur|on|in|of|out|de|des|du|d'|par|per|a|au|aux|pour|for|to|every|each|chaque|euros?|€|"
              r"followers|abonnes|likes|clients|customers|ventes|sales|commandes|orders|inscrits|subscribers")
# Kinds of content, as the start of a word (both languages): one item at least must be one.
_CONTENT = (r"post|publication|video|reel|stor(?:y|ies)|portrait|conseil|astuce|tips?\b|tuto|guide|article|photo|promo|"
            r"offre|offer|temoignage|testimonial|quiz|sondage|poll|live|newsletter|lettre|recette|recipe|interview|"
            r"coulisse|behind|carou?ssel|carrousel|thread|episode|short|clip|annonce|announcement|actu|news|question|"
            r"concours|giveaway|jeu|meme|how-to|etude|case|fiche|infos?\b|explainer|demo|podcast|vlog|edito|"
            r"before|avant|challenge|defi|retour|review|avis|citation|quote|checklist|template|modele")
_PERIOD = {
    "en": r"\b(?:a|an|per|each|every)\s+(?:week|month|day|fortnight|two weeks|other week)\b|\b(?:weekly|monthly|fortnightly)\b|/\s*(?:week|wk|month|mo)\b|"
          r"\b(?:typical|normal|usual|standard) (?:week|month)\b|\bin a (?:week|month)\b|"
          r"\b(?:out of|for every|in every|of every|per|every)\s+(?:\d{1,2}|four|five|six|eight|ten|twelve|fifteen|twenty)\s+(?:posts?|pieces?|updates?)\b|"
          r"\b(?:mix|split|breakdown|share-out) (?:of|across) (?:the|our) (?:\d{1,2}|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\b",
    "fr": r"\b(?:par|chaque|toutes les|tous les)\s+(?:semaines?|mois|jours?|quinzaine|quinze jours|deux semaines)\b|\bhebdo(?:madaire)?\b|\bmensuel(?:le)?\b|"
          r"/\s*(?:semaine|sem|mois)\b|\b(?:semaine|mois) (?:type|normale?|ordinaire)\b|\ben une (?:semaine|mois)\b|"
          r"\b(?:pour|sur|toutes les)\s+(?:\d{1,2}|quatre|cinq|six|huit|dix|douze|quinze|vingt)\s+(?:publications?|posts?|contenus?)\b|"
          r"\b(?:repartition|melange|mix|dosage) (?:des|de nos) (?:\d{1,2}|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt)\b",
}
_ONE = r"(?:an?|one|un|une|a single|un seul|une seule)\b"
# A copula between the count and its kind ("5 are offers", « cinq sont des coulisses », « trois des témoignages »):
# the kind is the word after it, not "are" (which made every item the same kind).
_COPULA = {"en": r"(?:(?:are|will be|is)\s+)?",
           "fr": r"(?:(?:sont|seront|est)\s+)?(?:(?:des|de la|du|d')\s*(?=[a-z]))?"}
_KIND_OF_CONTENT = re.compile(rf"\b(?:{_CONTENT})")  # anywhere in the item: "three are practical tips"
# Or what the counted posts do, said as a verb agreeing with its count ("seven teach something, two show the team
# and one sells", « sept apprennent quelque chose, un vend »): "2 shows" and « deux montres » are things.
_DOES = re.compile(r"^(?:one|a single|an?)\s+(?:teaches|explains|shows|sells|tells)\b|"
                   r"^(?!(?:one|a|an)\b)\S+\s+(?:teach|explain|show|sell|tell)\b|"
                   r"^(?:un|une|un seul|une seule)\s+(?:apprend|enseigne|explique|montre|vend|raconte)\b|"
                   r"^(?!(?:un|une)\b)\S+\s+(?:apprennent|enseignent|expliquent|montrent|vendent|racontent)\b")
_BASE = re.compile(r"\b(?:out of|for every|in every|of every|per|every|pour|sur|toutes les)\s+$")  # "out of ten posts" is the base, no kind
_JOIN = re.compile(r"\s*[,+&/]?\s*(?:\b(?:and|et|puis|then|with|avec)\b)?\s*")
_NEXT_LINE = re.compile(r"[ \t]*[,;]?[ \t]*\n[ \t]*(?:[-*•+][ \t]+)?")  # one counted kind a list line
# A list whose items each open on a count, what follows each count on its line said of that kind ("- 5 in-depth
# episodes (gifts, wills…), half of them" then "- 3 families' stories"): side by side too (round 53).
_ITEM_OPENS = re.compile(r"(?:^|\n)[ \t]*[-*•+][ \t]+$")
_REST_OF_ITEM = re.compile(r"[^\n]{0,120}\n[ \t]*[-*•+][ \t]+")


@lru_cache(maxsize=2)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lang = language if language in _COUNTS else "en"
    item = re.compile(rf"\b(?:{_COUNTS[lang]})\s+{_COPULA[lang]}(?!(?:{_NOT_KINDS})(?:\s|$|[^\w'-]))[\"'«“]?\s*([a-z][\w'-]*)[^,;:+&\n|.]{{0,60}}?"
                      rf"(?=\s*(?:[,;+&]|\band\b|\bet\b|\bthen\b|\bpuis\b|$|\n|\.|\|)|\s+(?:{_PERIOD[lang]}))")
    return item, re.compile(_PERIOD[lang])


def _head(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def tally(folded: str, language: str) -> list[Span]:
    """Each counted kind of an enumeration that makes a content mix (see the module's doc)."""
    item, period = _patterns(language)
    out: list[Span] = []
    counted_items = [m for m in item.finditer(folded) if not _BASE.search(folded, max(0, m.start() - 14), m.start())]
    for items in _runs(folded, counted_items):
        heads = {_head(m.group(1)) for m in items}
        counted = any(not re.match(_ONE, m.group(0)) for m in items)  # "a reel and a story" counts nothing
        if len(heads) < 2 or not counted or not any(_KIND_OF_CONTENT.search(m.group(0)) or _DOES.match(m.group(0)) for m in items):
            continue
        start = _line_above(folded, items[0].start())  # the line of the first item, and the one above it
        end = folded.find("\n", items[-1].end())
        if period.search(folded, start, end if end >= 0 else len(folded)):
            out.extend(m.span() for m in items)
    return out


def _line_above(folded: str, at: int) -> int:
    """Where the line above the one holding `at` starts; a blank line between a heading and its list is skipped
    ("## Mix of the eight", a blank line, then "- 4 full builds…"), round 55."""
    before = folded.rfind("\n", 0, at)
    if before < 0:
        return 0
    start = folded.rfind("\n", 0, before) + 1
    if start > 0 and not folded[start:before].strip():
        start = folded.rfind("\n", 0, start - 1) + 1
    return start


def _runs(folded: str, items: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Items side by side in one enumeration ("2 tips, 1 poll and one offer", or one a list
    line), not counts in two clauses ("three posts a week until March; after that one a week")."""
    runs: list[list[re.Match[str]]] = []
    for m in items:
        last = runs[-1][-1] if runs else None
        if last and (_JOIN.fullmatch(folded, last.end(), m.start()) or _NEXT_LINE.fullmatch(folded, last.end(), m.start())
                     or _opens_item(folded, last) and _REST_OF_ITEM.fullmatch(folded, last.end(), m.start())):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _opens_item(folded: str, m: re.Match[str]) -> bool:
    """Whether a counted kind opens its list item ("- 5 in-depth episodes…")."""
    return _ITEM_OPENS.search(folded, max(0, m.start() - 12), m.start()) is not None
