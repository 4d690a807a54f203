"""Two shares said in words, each followed by what it holds (`@share-of`, beside the run of three shares in
bot.engine.plan.readings): "half process shots, half finished pages", « moitié process, moitié planches finies »,
"mostly progress from the schools (…), the rest split between where the money goes and a donor". The kinds need no
word of the lists: a share said twice over, each with its content, is a mix whatever its words, when the posts are
named just before it ("What we post: mostly …", "## Content", « Sur Instagram, moitié … ») (round 56).

Not a share of people ("half families, half couples", "mostly retirees, the rest young couples"), nor of the time, a
price or a road ("half price", "half the time", « à moitié prix », « la moitié du temps »), nor a share "of" something
(read elsewhere, by the share words of plan.content-pyramid), nor a writer's own doing ("mostly we sell bread").
Python's re, on our own constants (the look-aheads RE2 has not).
"""

from __future__ import annotations

import re

# a group of people, in no word of what a share holds; and what may not open it: the time, a price, "of", ourselves
_WHO_EN = (r"women|men|families|couples|retirees|pensioners|students|customers|clients|visitors|people|locals|tourists|"
           r"members|parents|users|kids|children|adults|teens|buyers|owners")
_WHO_FR = (r"femmes|hommes|familles|couples|retraites|etudiants|clients|clientes|visiteurs|gens|habitants|touristes|"
           r"adherents|parents|utilisateurs|enfants|adultes|ados|acheteurs")
_NOT_EN = (r"of|the|our|an?|price|prices|term|time|day|days|hour|hours|way|full|empty|board|we|i|it|they|you|"
           r"from|in|at|near|within|outside|over|under|aged|between|"  # "mostly from the town": where people are
           r"jokes?|joking|jest|serious|seriously|plan|truth|true|real|fiction|" + _WHO_EN)  # "half joke, half plan": the text's tone
_NOT_FR = (r"de|des|du|d'|la|le|les|nos|notre|prix|tarif|tarifs|pension|temps|journee|heure|chemin|vide|vides|pleine?s?|"
           r"plus|moins|en|on|nous|je|ils|elles|a|au|aux|dans|pres|hors|entre|ages|"
           r"blague|blagues|rire|plaisanterie|serieux|serieuse|serieusement|plan|vrai|fiction|" + _WHO_FR)
# what a share holds: a word that may open it, up to five more (none a group of people), and a bracket
_OPENS = r"(?!(?:{no})\b)[a-z]"
_HOLDS = _OPENS + r"[\w'-]*(?:\s+(?!(?:{who})\b)[\w'-]+){{0,5}}?(?:\s*\([^()\n]{{0,120}}\))?"
_HALF_EN = r"(?:half|(?:a|one)\s+third|two\s+thirds|(?:a|one)\s+quarter|three\s+quarters)"
_HALF_FR = r"(?:(?:pour\s+)?moitie|(?:un|deux)\s+tiers|(?:un|trois)\s+quarts?)"
_MOSTLY_EN = r"(?:mostly|mainly|largely|chiefly|(?:about|roughly|around)\s+" + _HALF_EN + r")"
_MOSTLY_FR = r"(?:surtout|essentiellement|majoritairement|en majorite|(?:environ|a peu pres)\s+" + _HALF_FR + r")"
_THEN = r"\s*(?:,|;|/|\+|&|-|—|\band\b|\bet\b)\s*(?:and\s+|et\s+|then\s+|puis\s+)?"


def _pair(first: str, second: str, language: str) -> str:
    """A share and what it holds, then a second share and the first word of what it holds."""
    no, who = (_NOT_FR, _WHO_FR) if language == "fr" else (_NOT_EN, _WHO_EN)
    return rf"\b{first}\s+{_HOLDS.format(no=no, who=who)}{_THEN}{second}\s+{_OPENS.format(no=no)}"


_SPLITS = {
    "en": (
        _pair(r"(?:(?:about|roughly|around)\s+)?" + _HALF_EN, r"(?:the other\s+|other\s+)?" + _HALF_EN, "en"),
        # "mostly X (…), the rest split between Y and Z": the rest and what it holds
        _pair(_MOSTLY_EN, r"the rest(?:\s+(?:is|are|goes|go|will be))?(?:\s+(?:split|divided|shared))?"
              r"(?:\s+(?:between|among|on|about|for|to))?", "en"),
    ),
    "fr": (
        _pair(r"(?:(?:environ|a peu pres)\s+)?" + _HALF_FR, r"(?:l'autre\s+)?" + _HALF_FR, "fr"),
        _pair(_MOSTLY_FR, r"le reste(?:\s+(?:est|sont|va|ira|sera))?(?:\s+(?:partage|reparti|divise)e?s?)?"
              r"(?:\s+(?:entre|pour|sur|a))?", "fr"),
    ),
}
SPLITS = {language: re.compile("|".join(forms)) for language, forms in _SPLITS.items()}
# The posts named just before the shares (on their line, a label, or the heading above): what the shares divide.
_POSTS = re.compile(r"\b(?:posts?|posting|publish\w*|content|contents|feed|videos?|reels?|stories|newsletters?|episodes?|"
                    r"mix|publications?|publie\w*|contenus?|poste|postons|postera|melange|repartition|instagram|facebook|"
                    r"tiktok|linkedin|youtube|what goes out|ce qui sort)\b")
_BEFORE = 90  # characters looked at before the first share


def about_posts(text: str, m: re.Match[str]) -> bool:
    """Whether the posts are named just before the shares ("What we post: half …", "## Contenu\nMoitié …")."""
    return _POSTS.search(text, max(0, m.start() - _BEFORE), m.start()) is not None
