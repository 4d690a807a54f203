"""Counterfeit shapes read in code, on the draft with its capitals (a town is a name) or in two parts
(what the plan is said to be, and the tool it is said to be): part of the readings of
bot.engine.plan.readings, their words in advice/plans/vocabulary/readings.yaml.

- `@whole-place`: everyone as one whole place ("all of Bristol", « tout Lyon », "the whole
  neighbourhood"), not where a service goes ("we deliver across all of Leeds") nor a group in it
  ("everyone in Leeds who rents");
- `@plan-is-tool`: the plan, the strategy or the marketing said to be a tool ("the plan itself is the
  AI assistant we signed up for", « toute notre stratégie repose sur le nouvel outil »): two spans,
  what is said to be the plan and the tool, so that one statement meets both needs of a rule;
- `@aims-at-presence`, `@aims-at-vanity`, `@aims-at-tool`: an aim whose object is only presence, a count
  of reactions or a tool (bot.engine.plan.aims).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.plan.actors import cased
from bot.engine.plan.aims import AIM_SHAPES, aims
from bot.engine.plan.vocabulary import bundled_vocabulary, when_changed

Span = tuple[int, int]
CODE_SHAPES = ("@whole-place", "@plan-is-tool") + AIM_SHAPES
_LANGUAGES = ("en", "fr")

_SERVED = {"en": re.compile(r"\b(?:in|across|throughout|around|over|to|cover|covers|cross|crosses)\s+$"),
           "fr": re.compile(r"\b(?:dans|sur|partout|travers|couvre|couvrons|vers|traverse|traversent|parcourt|parcourent)\s+$")}
_GROUP_AFTER = r"(?!\s*,?\s*(?i:who|that|whose|with|where|which|qui|dont|ou|avec|'s)\b)"
_ARTICLES = {"en": r"(?:the|our|a|an|this|that|my|one)", "fr": r"(?:le|la|l'|les|un|une|des|du|notre|nos|ce|cet|cette|mon|ma)"}


@lru_cache(maxsize=2)
def _whole_place(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The place taken whole, and the capitalised words that are no place (a network, a month, a feast)."""
    vocabulary = bundled_vocabulary()
    whole, areas = vocabulary.words("whole_of", language), vocabulary.words("areas", language)
    place = rf"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|(?i:(?:the|le|la|l')\s*)?(?i:{areas}))"
    found = re.compile(rf"\b(?i:{whole})\s*{place}\b{_GROUP_AFTER}")
    names = "|".join(vocabulary.words(n, language) for n in ("not_places", "network_names", "months", "weekdays"))
    return found, re.compile(rf"(?:{names})")


@lru_cache(maxsize=2)
def _plan_is_tool(language: str) -> re.Pattern[str]:
    """What is said to be the plan ("our whole strategy boils down to"), then within four words a tool."""
    vocabulary = bundled_vocabulary()
    plans, copulas = vocabulary.words("plan_words", language), vocabulary.words("is_said_to_be", language)
    tools = vocabulary.words("engines", language) + "|" + vocabulary.words("tool_kinds", language)
    article = _ARTICLES[language]
    said = rf"(?P<plan>\b(?:{plans})\b(?!\s+(?:{plans})\b)[^.;:!?\n]{{0,30}}?(?:\b|(?<=\W))(?:{copulas}))"
    # or a label: "Our marketing plan: Canva templates and a scheduler" (the plan itself, not "Marketing:")
    labelled = rf"(?P<label>\b(?:{vocabulary.words('plan_labels', language)})\s*:)"
    return re.compile(rf"(?:{said}|{labelled})\s+(?:{article}\s*)?(?:[\w'-]+\s+){{0,4}}?(?P<tool>(?:{tools}))\b")


def shape(name: str, text: str, folded: str, language: str) -> list[Span]:
    """Where the code shape `name` is found in a draft (its text and folded text, same offsets)."""
    lang = language if language in _LANGUAGES else "en"
    if name == "@whole-place":
        found, no_place = _whole_place(lang)
        served = _SERVED[lang]  # where a service goes: "across all of Leeds"
        return [m.span() for m in found.finditer(cased(text, folded)) if not no_place.fullmatch(m.group("place").lower())
                and not served.search(folded, max(0, m.start() - 16), m.start())]
    if name == "@plan-is-tool":
        return sorted(span for m in _plan_is_tool(lang).finditer(folded)
                      for span in (m.span("plan") if m.start("plan") >= 0 else m.span("label"), m.span("tool")))
    if name in AIM_SHAPES:
        return aims(name, folded, lang)
    raise KeyError(name)


for _cache in (_whole_place, _plan_is_tool):  # rebuilt when the vocabulary file changes
    when_changed(_cache.cache_clear)
