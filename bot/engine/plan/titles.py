"""@in-a-title: the capitalised words after an article, which name an event, a shop or a product and no person, and
the roles' words they are read against (split from actors.py, round 48)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.plan.linear import Regex, linear, search
from bot.engine.plan.vocabulary import bundled_vocabulary, when_changed

Span = tuple[int, int]

# A title: an article, then capitalised words ("the Record Store Day run", « la Fête des Voisins »): an event, a shop or a
# product, no person; the words of one line only ("The Team" above "Tom posts" is a heading and a name).
_TITLE = {"en": re.compile(r"\b(?i:the|this|that|our|a|an)[ \t]+(?P<title>[A-Z][\w'-]*(?:[ \t]+(?:(?:of|the|and|&)[ \t]+)?[A-Z][\w'-]*)*)"),
          "fr": re.compile(r"(?:\b(?i:le|la|les|du|des|au|aux|notre|ce|cette)[ \t]+|\b(?i:l)')"
                           r"(?P<title>[A-Z][\w'-]*(?:[ \t]+(?:(?:de|du|des|la|le|et|&)[ \t]+|(?:d|l)')?[A-Z][\w'-]*)*)")}


@lru_cache(maxsize=2)
def role_words(language: str) -> Regex:
    return linear(rf"(?:[\w'-]+\s+)*(?:{bundled_vocabulary().words('roles', language)})s?")


@lru_cache(maxsize=2)
def _has_role(language: str) -> Regex:
    return linear(rf"\b(?:{bundled_vocabulary().words('roles', language)})s?\b")


when_changed(role_words.cache_clear)
when_changed(_has_role.cache_clear)


def titles(text: str, language: str) -> list[Span]:
    """@in-a-title: the capitalised words after an article, which name an event, a shop or a product and no person
    ("the Record Store Day run" is no "Day" who runs), unless they hold a role ("Our Head of Content owns production")."""
    lang = language if language in _TITLE else "en"
    roles = _has_role(lang)
    return [m.span("title") for m in _TITLE[lang].finditer(text) if search(roles, m.group("title").lower()) is None]


TITLE_LANGUAGES = frozenset(_TITLE)
