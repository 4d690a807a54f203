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
  of reactions or a tool (bot.engine.plan.aims);
- `@tool-again`: a tool said again by a pronoun doing the work, the tool named a paragraph or two before ("It
  writes every caption", « il rédige… et il publie tout seul »; bot.engine.plan.pronouns);
- `@tool-named`: the name the plan gave a tool, wherever it is said ("Ada is the strategy", the plan having said "Ada
  is the AI content engine we signed up to"; bot.engine.plan.pronouns);
- `@source-cell`: a cell under a table's column of where each figure is looked up (bot.engine.plan.columns);
- `@post-number`: where a post sits in a thread ("1/8" opening or closing three lines or more out of the
  same total), no share of the posts: a plan written as a thread numbers its posts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.plan.actors import cased
from bot.engine.plan.aims import AIM_SHAPES, aims
from bot.engine.plan.columns import source_cells
from bot.engine.plan.linear import Form, Match, Regex, found, linear, match, subject
from bot.engine.plan.pronouns import hired_as_plan, tool_again, tool_named
from bot.engine.plan.vocabulary import bundled_vocabulary, when_changed

Span = tuple[int, int]
CODE_SHAPES = ("@whole-place", "@plan-is-tool", "@post-number", "@tool-again", "@tool-named", "@source-cell") + AIM_SHAPES
_LANGUAGES = ("en", "fr")

_SERVED = {"en": re.compile(r"\b(?:in|across|throughout|around|over|to|cover|covers|cross|crosses)\s+$"),
           "fr": re.compile(r"\b(?:dans|sur|partout|travers|couvre|couvrons|vers|traverse|traversent|parcourt|parcourent|"
                            r"(?:recommand|conseill|livr|distribu|fait connaitre)\w*\s+(?:\w+\s+){0,2}?a)\s+$")}  # « recommandés à tout le quartier »
_GROUP_AFTER = re.compile(r"\s*,?\s*(?i:who|that|whose|with|where|which|qui|dont|ou|avec|'s)\b")  # a group in the place
_NUMBERED = re.compile(r"(?<![\d/])(\d{1,2})\s?/\s?(\d{1,2})(?![\d/])")  # "3/8", « 3 / 8 »
_EDGE_BEFORE = re.compile(r"(?:^|\n)[^\w\n]*\Z")  # only marks ("🧵 ", "- ") between the line's start and the number
_EDGE_AFTER = re.compile(r"[^\w\n]*(?:\n|\Z)")
_ARTICLES = {"en": r"(?:the|our|a|an|this|that|my|one)", "fr": r"(?:le|la|l'|les|un|une|des|du|notre|nos|ce|cet|cette|mon|ma)"}


def _place_taken_whole(text: str, m: Match) -> bool:
    """What a look-ahead asked: the place ends a word ("all of New" in "New York" does not) and no group
    lives in it ("everyone in Leeds who rents")."""
    end = m.end()
    return not (end < len(text) and (text[end].isalnum() or text[end] == "_")) and _GROUP_AFTER.match(text, end) is None


@lru_cache(maxsize=2)
def _whole_place(language: str) -> tuple[Form, Regex]:
    """The place taken whole (not followed by who lives there), and the capitalised words that are no
    place (a network, a month, a feast): on RE2, their words are the admin's."""
    vocabulary = bundled_vocabulary()
    whole, areas = vocabulary.words("whole_of", language), vocabulary.words("areas", language)
    place = rf"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|(?i:(?:the|le|la|l')\s*)?(?i:{areas}))"
    taken_whole = Form(linear(rf"\b(?i:{whole})\s*{place}\b"), _place_taken_whole, retreat=True)
    names = "|".join(vocabulary.words(n, language) for n in ("not_places", "network_names", "months", "weekdays"))
    return taken_whole, linear(rf"(?:{names})")


@lru_cache(maxsize=2)
def _plan_is_tool(language: str) -> tuple[Form, Form]:
    """What is said to be the plan ("our whole strategy boils down to"), or a label ("Our marketing plan:
    Canva templates and a scheduler"; the plan itself, not "Marketing:"), then within four words a tool."""
    vocabulary = bundled_vocabulary()
    plans, copulas = vocabulary.words("plan_words", language), vocabulary.words("is_said_to_be", language)
    tools = vocabulary.words("engines", language) + "|" + vocabulary.words("tool_kinds", language)
    article = _ARTICLES[language]
    tool = rf"\s+(?:{article}\s*)?(?:[\w'-]+\s+){{0,4}}?(?P<tool>(?:{tools}))\b"
    # up to 30 characters, ending where a word ends or after a mark, before the copula
    said = rf"(?P<plan>\b(?P<word>{plans})\b(?:[^.;:!?\n]{{0,29}}?(?:[^\w.;:!?\n]|\w\b))??(?:{copulas}))"
    last_word = linear(rf"\s+(?:{plans})\b")  # "marketing plan is…": the plan is its last word
    return (Form(linear(said + tool), lambda text, m: match(last_word, text, m.end("word")) is None),
            Form(linear(rf"(?P<plan>\b(?:{vocabulary.words('plan_labels', language)})\s*:){tool}")))


def _post_numbers(folded: str) -> list[Span]:
    """A thread's numbers: three lines or more opening or closing with k/N out of the same total N (k <= N).
    Every k/N of that total is then a post's place, not a proportion ("8/8 Si vous avez des conseils…")."""
    by_total: dict[int, list[re.Match[str]]] = {}
    for m in _NUMBERED.finditer(folded):
        if 0 < int(m[1]) <= int(m[2]):
            by_total.setdefault(int(m[2]), []).append(m)
    spans = []
    for numbered in by_total.values():
        edges = {m[1] for m in numbered if _EDGE_BEFORE.search(folded, max(0, m.start() - 8), m.start())
                 or _EDGE_AFTER.match(folded, m.end())}
        if len(edges) >= 3:
            spans += [m.span() for m in numbered]
    return sorted(spans)


def shape(name: str, text: str, folded: str, language: str) -> list[Span]:
    """Where the code shape `name` is found in a draft (its text and folded text, same offsets)."""
    lang = language if language in _LANGUAGES else "en"
    if name == "@whole-place":
        taken_whole, no_place = _whole_place(lang)
        served = _SERVED[lang]  # where a service goes: "across all of Leeds"
        return [m.span() for _, m in found((taken_whole,), subject(cased(text, folded)))
                if not no_place.fullmatch(m.group("place").lower()) and not served.search(folded, max(0, m.start() - 32), m.start())]
    if name == "@plan-is-tool":
        return sorted([part for _, m in found(_plan_is_tool(lang), subject(folded)) for part in (m.span("plan"), m.span("tool"))]
                      + hired_as_plan(subject(cased(text, folded)), subject(folded), lang))  # a letter hiring a tool (round 48)
    if name in AIM_SHAPES:
        return aims(name, folded, lang)
    if name == "@post-number":
        return _post_numbers(folded)
    if name == "@tool-again":
        return tool_again(subject(cased(text, folded)), subject(folded), lang)
    if name == "@tool-named":
        return tool_named(subject(cased(text, folded)), subject(folded), lang)
    if name == "@source-cell":
        return source_cells(text)
    raise KeyError(name)


for _cache in (_whole_place, _plan_is_tool):  # rebuilt when the vocabulary file changes
    when_changed(_cache.cache_clear)
