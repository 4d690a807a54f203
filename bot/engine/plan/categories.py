"""A calendar row's category: from its `type` cell, else from its words (the categories pack)."""

from __future__ import annotations

import re
from typing import Any, Protocol

from bot.engine.categories import default_tagger
from bot.engine.text import fold

TYPE_NAMES = {
    "give": ("give", "value", "useful", "tip", "tips", "guide", "tutorial", "how-to", "howto", "education",
             "educational", "resource", "article", "conseil", "conseils", "astuce", "astuces", "tuto",
             "tutoriel", "utile", "valeur", "pedagogique", "ressource", "fiche pratique", "contenu utile",
             "example", "exemple", "case study", "etude de cas", "explainer", "faq", "article de fond", "guide pratique",
             "decryptage", "explication", "pedagogie", "lesson", "lecon", "checklist"),
    "ask": ("ask", "promo", "promotion", "promotional", "offer", "offre", "sale", "sales", "vente", "selling",
            "pub", "publicite", "ad", "advert", "advertising", "cta", "commercial", "soldes"),
    "converse": ("converse", "conversation", "question", "poll", "sondage", "discussion", "echange",
                 "community", "communaute", "ugc", "debat", "debate"),
    "entertain": ("entertain", "entertainment", "fun", "humour", "humor", "divertissement", "divertir",
                  "jeu", "game", "meme", "quiz", "coulisses", "behind the scenes"),
    "news": ("news", "actu", "actus", "actualite", "annonce", "announcement", "nouveaute", "update", "info",
             "evenement", "event", "lancement", "launch"),
}  # fmt: skip
_TYPE_INDEX = {name: cat for cat, names in TYPE_NAMES.items() for name in names}

TIE_ORDER = ("ask", "give", "converse", "entertain", "news")  # a post that sells and gives counts as selling


def category_of_type(value: str) -> str | None:
    """The category a `type` cell names ("promo", "conseil", "news", ...), if any."""
    key = " ".join(fold(value).replace("_", " ").split())
    return _TYPE_INDEX.get(key) or _TYPE_INDEX.get(key.rstrip("s"))


class Tagger(Protocol):
    """What classifies a post's words (bot.engine.categories.Tagger)."""

    def tag(self, text: str, language: str | None = None) -> Any: ...


def text_category(text: str, language: str, tagger: Tagger | None = None) -> str | None:
    """A post's category from its words, by `tagger` (the advice in force's; by default the
    bundled lexicons of advice/categories/): the category seen most often, ties to the first of
    TIE_ORDER; None when none is seen."""
    if not text.strip():
        return None
    spans = (tagger or default_tagger()).tag(text, language).spans
    found = [c for c in TIE_ORDER if spans.get(c)]
    return max(found, key=lambda c: len(spans[c])) if found else None


# How a calendar row says it sells, on folded text: a discount, an offer, a sale, a promo code.
# A row describes a post ("-20 % sur la carte", "Buy 2 get 1 free") rather than asking, so the
# post lexicons (advice/categories) miss it.
_SELLS = re.compile(
    r"(?:^|[\s(])-\s?\d{1,2}\s?%|\b\d{1,2}\s?%\s+(?:off|de reduction|de remise)\b|\bpromos?\b|\bpromotions?\b"
    r"|\bsoldes\b|\bventes? (?:flash|privee)s?\b|\b(?:flash|last[- ]minute|clearance) sale\b|\bsale\b|\bdiscounts?\b"
    r"|\boffres?\b|\boffers?\b|\bblack friday\b|\bcyber monday\b|\bfree (?:delivery|shipping)\b"
    r"|\blivraison (?:offerte|gratuite)\b|\bbuy \d+,? get\b|\bgift cards?\b|\bcartes? cadeaux?\b|\bearly[- ]bird\b"
    r"|\bcodes? promo\b|\bpromo codes?\b|\bparrainage\b|\bbons? de reduction\b|\bcoupons?\b")


# How a calendar row's title says what it is when its words give no category: the shape of a title
# (a how-to, a listicle, an explainer; meeting someone, behind the scenes; a treat "on us"), on folded text.
_NUMBERS = r"\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
_TITLE = (
    ("ask", re.compile(r"\b(?:is|are|'s)\s+on us\b|\bon the house\b|\bofferte?s? par (?:la maison|nous)\b|\bc'est nous qui offrons\b")),
    ("give", re.compile(
        rf"^(?:how to|how (?:we|you|i|they) \w+|why (?:our|we|you|the|a|an|do|does|is|are|it|your)|what (?:to|is|are|makes)|when to|"
        rf"(?:the )?(?:best|right) way to|(?:{_NUMBERS})\s+[a-z'-]+s\b|"
        rf"(?:keeping|making|choosing|storing|cleaning|fixing|picking|using|preparing|planning|saving|avoiding|caring for)\s+\w+|"
        rf"comment|pourquoi|que faire|quand (?:faut-il|choisir)|quel(?:le)?s? \w+ choisir|"
        rf"(?:bien |mieux )?(?:conserver|choisir|preparer|reussir|entretenir|ranger|nettoyer|eviter|garder)\s+\w+)\b")),
    ("entertain", re.compile(
        r"^(?:meet|say hello to|behind the (?:scenes|counter|bar|desk|bench|till|door)|a day (?:in|with|at)|inside (?:the|our)|"
        r"rencontre avec|rencontrez|faites connaissance avec|(?:dans les |en )?coulisses|une journee (?:avec|dans|a|au|chez)|portrait)\b")),
)


def title_category(text: str) -> str | None:
    """A row's category from the shape of its title (a fallback when its words give none)."""
    folded = " ".join(fold(text).split())
    return next((category for category, pattern in _TITLE if pattern.search(folded)), None)


def categorise(type_: str, text: str, language: str, tagger: Tagger | None = None) -> str | None:
    """A row's category: its `type` cell when it names one, else its text (or the type's words).
    `tagger`: the advice in force's (bot.engine.categories.Tagger), by default the bundled one."""
    by_type = category_of_type(type_) if type_ else None
    if by_type is None and _SELLS.search(fold(f"{type_} {text}")):
        return "ask"
    return by_type or text_category(text or type_, language, tagger) or (
        text_category(type_, language, tagger) if text and type_ else None) or title_category(text or type_)
