"""A tool said again by a pronoun (`@tool-again`) or by its name (`@tool-named`): "It writes every caption", « il rédige… et il publie tout seul ».

A plan may name its tool once (in a box's contents, a list of what was bought) and then, a paragraph or two
later, only say "it" / « il » / « elle » doing the work. A rule reads a statement with the next one of its block,
never across paragraphs, so the pronoun is read here against what the plan named before it: when the last thing
named that could do the work (a tool or a person) is a tool, the pronoun and its verb are the tool at work. A
person named in between (« Romain… il publie »), a role ("the intern"), or no tool at all, and it is no one's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.plan.linear import Form, Regex, found, linear, subject
from bot.engine.plan.nobody import MACHINE, PRODUCT_NAMED, product_names
from bot.engine.plan.vocabulary import bundled_vocabulary, when_changed

Span = tuple[int, int]
_BACK = 600  # how far back the tool may be named: a paragraph or two

# the pronoun opening a clause, then a verb of the work (RE2: {work_done} is the admin's)
_PRONOUN = {
    "en": r"(?:^|[.;:!?,(\n]\s*|\b(?:and|then|so|now|from there|after that)\s+)(?P<it>it)(?:'ll|\s+(?:will|then|also|just|even|now|"
          r"can|simply|automatically|alone|does|itself))*\s+(?P<work>{work_done})\b",
    "fr": r"(?:^|[.;:!?,(\n]\s*|\b(?:et|puis|ensuite|alors|donc|la)\s+)(?P<it>il|elle)\s+(?:(?:nous|les|le|la|l'|lui|leur|y|en|s'|se|"
          r"tout|aussi|meme|alors|ensuite|deja)\s*){0,2}(?P<work>{work_done})\b",
}  # fmt: skip
# a name given to a tool: the name then its kind in brackets or after a comma, or the name after buying it, or after its
# kind "called" ("a new app called PrintGenie", « une appli appelée Fourno », round 49)
# The tool's kind is read in any case: "Fourno, une IA qui…", "Fourno, an AI that…" (round 50: an acronym in capitals)
_NAMED = {
    "en": r"(?P<name>[A-Z][\w]+(?:\s[A-Z][\w]+)?)\s*[(,]\s*(?:(?:the|our|an?)\s+)?(?:[\w'-]+\s+){{0,2}}?(?i:{tools})\b|"
          r"\b(?:subscription to|subscribed to|signed up (?:to|for)|bought|paid for|pay for|installed|the (?i:{tools})|(?i:{tools})\s+(?:called|named))\s+(?P<name2>[A-Z][\w]+(?:\s[A-Z][\w]+)?)|"
          r"(?P<name3>[A-Z][\w]+)\s+(?:is|was)\s+(?:the|an?|our)\s+(?:[\w'-]+\s+){{0,3}}?(?i:{tools})\b",  # "Ada is the AI content engine we…"
    "fr": r"(?P<name>[A-Z][\w]+(?:\s[A-Z][\w]+)?)\s*[(,]\s*(?:(?:l'|le|la|un|une|notre)\s*)?(?:[\w'-]+\s+){{0,2}}?(?i:{tools})\b|"
          r"\b(?:abonnement a|abonnes a|abonne a|souscrit a|achete|paie|payons|installe|l'(?i:{tools})|le (?i:{tools})|la (?i:{tools})|(?i:{tools})\s+(?:appelee?|nommee?|baptisee?|qui s'appelle))\s+(?P<name2>[A-Z][\w]+(?:\s[A-Z][\w]+)?)|"
          r"(?P<name3>[A-Z][\w]+)\s+(?:est|etait)\s+(?:une?|notre|l'|le|la)\s*(?:[\w'-]+\s+){{0,3}}?(?i:{tools})\b",  # « Tissia est une application d'IA »
}  # fmt: skip
_CAPITAL = re.compile(r"\b[A-Z][a-z]\w*")
_ASSISTANT = re.compile(r"(?i)\bassistante?s?\b")  # a kind of tool that is a person's job too, unless an AI's
_OPENS = re.compile(r"(?:^|[.!?:;—–\n]|\d[.)])[\s\"«*#>-]*$")  # a capital after these opens a sentence
# A sentence's first word is a name ("Romain joined in May") unless it is a word of the sentence's own: a label
# ("Step 2:", « Étape 2 : »), a verb given its object ("Give it", « Lui donner »), or one of these openers.
_LABEL = re.compile(r"\w+\s+\d+\w*\s*[:.)—–-]|\w*\s+(?:it|them|him|her|lui|le|la|les|leur|l')\b")
_OPENER_WORDS = (
    "the a an it its this that these those then so and but or if when once from after before now our my we i you they he "
    "she step next first finally nothing everything every each all no not just also there here what who how why with "
    "without in on at by for to as plus "
    "le la les un une des du de lui elle il ils elles on nous vous je tu ce cette ces cet mon ma mes notre nos votre "
    "puis ensuite enfin alors donc et mais ou si quand au aux en dans sur avec sans pour par tout tous toute chaque "
    "aucun rien etape ici voila ne pas apres avant des depuis")
_OPENERS = frozenset(_OPENER_WORDS.split())


@lru_cache(maxsize=2)
def _patterns(language: str) -> tuple[Regex, Regex, Regex, Regex, Regex]:
    """The pronoun at work, a tool's name, a tool's kind, a role, and the capitalised words that are no one."""
    vocabulary = bundled_vocabulary()
    words = vocabulary.words
    tools = words("engines", language) + "|" + words("tool_kinds", language)
    not_people = "|".join(words(n, language) for n in ("networks", "network_names", "months", "weekdays"))
    return (linear(vocabulary.fill(_PRONOUN[language], language)), linear(_NAMED[language].format(tools=tools)),
            linear(rf"\b(?:{tools})\b"), linear(rf"\b(?:{words('roles', language)})\b"), linear(rf"(?:{not_people})"))


def _tool_names(cased: str, named: Regex) -> set[str]:
    """The names the plan gives its tools, folded ("CaféPost Pro (l'outil d'IA)" → "cafepost pro")."""
    return {(m.group("name") or m.group("name2") or m.group("name3") or "").lower() for _, m in found((Form(named),), cased)} - {""}


def _last_is_tool(cased: str, folded: str, start: int, language: str, names: set[str]) -> bool:
    """Whether the last one named before `start` that could do the work is a tool, not a person or a role, named
    in an earlier sentence (in the pronoun's own, the rule's window reads the tool and its work together)."""
    _, _, kind, role, no_one = _patterns(language)
    lo = max(0, start - _BACK)
    window = folded[lo:start]  # RE2 on the window itself: offsets from `lo`
    tools = [(lo + m.start(), lo + m.end()) for _, m in found((Form(kind),), window)]
    tools += [(m.start(), m.start() + len(n)) for n in names for m in re.finditer(re.escape(n), folded[:start]) if m.start() >= lo]
    people = [(lo + m.start(), lo + m.end()) for _, m in found((Form(role),), window) if not any(a <= lo + m.start() < b for a, b in tools)]
    for m in _CAPITAL.finditer(cased, lo, start):
        word = folded[m.start() : m.end()]
        if any(a <= m.start() < b for a, b in tools) or no_one.fullmatch(word) is not None:
            continue
        if _OPENS.search(cased, max(0, m.start() - 6), m.start()) and (word in _OPENERS or _LABEL.match(folded, m.start())):
            continue
        people.append(m.span())
    said = max(e for _, e in tools) if tools else -1
    sentence = max(folded.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))  # said in its own sentence: read there
    return sentence >= said > max((e for _, e in people), default=-1)


# The tool's own name said again as the subject of the work, opening a clause or a list item ("Pixaflow picks the
# images, writes the caption and posts them"): the name of something the plan bought is no one (session 28, plans44).
_NAME_AGAIN = r"(?:^|[.;:!?,(\]\n]\s*|\b(?:and|then|so|et|puis|ensuite|alors)\s+)(?P<it>{names})\s+[^.;!?\n]{{0,80}}?\b(?P<work>{work})\b"


def _name_again(folded: str, language: str, names: set[str]) -> list[Span]:
    """The tool's name said again, opening a clause, then a verb of the work in that clause."""
    if not names:
        return []
    vocabulary = bundled_vocabulary()
    pattern = _NAME_AGAIN.format(names="|".join(re.escape(n) for n in sorted(names)),
                                 work=vocabulary.words("work_done", language))
    return [(m.start("it"), m.end("work")) for _, m in found((Form(linear(pattern)),), folded)]


# A letter written to a tool ("Dear LatherBot,", « Cher PostoBot, »): "you", « tu », « vous » at work after it are the
# tool at work (an offer letter hiring an AI as the plan, round 48); a letter to a person ("Dear Sam,") is a person's.
_DEAR = re.compile(r"(?m)^[ \t]*(?:Dear|Hi|Hello|Cher|Chère|Bonjour|Salut)[ \t]+(?P<name>[A-Z][\w]+)[ \t]*[,:!]")
_YOU = {
    "en": r"(?:^|[.;:!?,(\n]\s*|\b(?:and|then|so|day)\s+)(?P<it>you)(?:'ll|\s+(?:will|then|also|just|can|simply|alone))*\s+"
          r"(?P<work>{work_done})\b",
    "fr": r"(?:^|[.;:!?,(\n]\s*|\b(?:et|puis|ensuite|alors|jour)\s+)(?P<it>tu|vous)\s+(?:(?:nous|les|le|la|l'|lui|leur|y|en|"
          r"aussi|tout)\s*){0,2}(?P<work>{work_done})\b",
}  # fmt: skip


# ... and "you will be our marketing plan", « tu seras notre plan » in that letter: the tool hired as the plan itself.
_HIRED = {
    "en": r"\b(?P<tool>you)\s+(?:will be|'ll be|are now|become)\s+(?P<plan>(?:our|my)\s+(?:whole\s+|entire\s+|new\s+)?"
          r"(?:marketing\s+plan|marketing\s+strategy|communication\s+plan|plan|strategy|marketing department))\b",
    "fr": r"\b(?P<tool>tu|vous)\s+(?:seras|serez|es desormais|etes desormais|deviens|devenez)\s+(?P<plan>(?:notre|mon)\s+"
          r"(?:nouveau\s+|nouvelle\s+)?(?:plan|strategie|service marketing)(?:\s+(?:marketing|de communication|de com))?)\b",
}  # fmt: skip


def _letter_to_a_tool(cased: str, names: set[str]) -> int | None:
    """Where the greeting of a letter written to a tool ends (its name one the plan gives a tool, or made as a
    machine's), or None."""
    dear = next((m for m in _DEAR.finditer(cased)
                 if m.group("name").lower() in names or PRODUCT_NAMED.fullmatch(m.group("name"))), None)
    return None if dear is None else dear.end()


def _to_a_tool(cased: str, folded: str, language: str, names: set[str]) -> list[Span]:
    """The addressee's "you" at work in a letter written to a tool."""
    start = _letter_to_a_tool(cased, names)
    if start is None:
        return []
    you = linear(bundled_vocabulary().fill(_YOU[language], language))  # RE2 on what follows the greeting: offsets from it
    return [(start + m.start("it"), start + m.end("work")) for _, m in found((Form(you),), folded[start:])]


def hired_as_plan(cased: str, folded: str, language: str) -> list[Span]:
    """Part of @plan-is-tool: in a letter written to a tool, "you will be our marketing plan" (the tool and the plan,
    two parts); the same words to a person ("Dear Sam,") are no tool (round 48)."""
    lang = language if language in _HIRED else "en"
    start = _letter_to_a_tool(cased, _tool_names(cased, _patterns(lang)[1]) | {n.lower() for n in product_names(cased)})
    if start is None:
        return []
    hired = linear(_HIRED[lang])
    return sorted(part for _, m in found((Form(hired),), folded[start:])
                  for part in ((start + m.start("tool"), start + m.end("tool")), (start + m.start("plan"), start + m.end("plan"))))


def tool_again(cased: str, folded: str, language: str) -> list[Span]:
    """@tool-again: the pronoun and its verb of the work, where the last one named before it is a tool; and the
    tool's name said again doing the work (a name the plan says it subscribed to)."""
    lang = language if language in _PRONOUN else "en"
    pronoun, named = _patterns(lang)[:2]
    names = _tool_names(cased, named)
    bought = {n.lower() for n in product_names(subject(cased))}
    return sorted([(m.start("it"), m.end("work")) for _, m in found((Form(pronoun),), folded)
                   if _last_is_tool(cased, folded, m.start("it"), lang, names)] + _name_again(folded, lang, bought)
                  + _to_a_tool(cased, folded, lang, names | bought))


when_changed(_patterns.cache_clear)  # rebuilt when the vocabulary file changes


def tool_names(cased: str, language: str) -> frozenset[str]:
    """The names the plan gave its tools (as written, capitals kept), an assistant's name only if an AI's: "Lunetto,
    l'appli que m'a vendue mon fournisseur" makes « c'est Lunetto qui décide » the tool at work, no one (round 46)."""
    lang = language if language in _PRONOUN else "en"
    names = set()
    for _, m in found((Form(_patterns(lang)[1]),), cased):
        if (not _ASSISTANT.search(m.group(0)) or MACHINE.search(m.group(0))) and _KIND_ENDS.match(cased, m.end()):
            names.add(next(m.group(g) for g in ("name", "name2", "name3") if m.start(g) >= 0).split()[0])
    return frozenset(names)


# The kind of tool ends the apposition, or a clause about the tool follows it ("Lunetto, l'appli que…", "the app my
# supplier sold me"): "Jo (our app developer)", "Jo, our app developer," is a person whose trade names a tool.
_KIND_ENDS = re.compile(r"\s*(?:[,.;:)!?»\"]|$|(?i:que|qui|qu'|dont|de|d'|du|pour|that|which|we|i|my|our|from|for)\b)")


def tool_named(cased: str, folded: str, language: str) -> list[Span]:
    """@tool-named: every place the plan says again the name it gave a tool ("Ada is the AI content engine we signed up
    to"; « l'abonnement à Tissia »), so that "Ada is the strategy", « Tissia, c'est notre stratégie » is the plan said to
    be that tool; where the name is given, the tool is read already. A name given to no tool ("Tomasz owns the inbox")
    is a person's, and so is one given an assistant's job ("Ada, our assistant") unless an AI's (round 43)."""
    lang = language if language in _PRONOUN else "en"
    given: list[Span] = []
    names: set[str] = set()
    for _, m in found((Form(_patterns(lang)[1]),), cased):
        group = next(g for g in ("name", "name2", "name3") if m.start(g) >= 0)
        given.append(m.span(group))
        if not _ASSISTANT.search(m.group(0)) or MACHINE.search(m.group(0)):
            names.add(m.group(group).lower())
    for m in PRODUCT_NAMED.finditer(cased):
        group = next(g for g in ("name", "name2", "name3") if m.start(g) >= 0)
        if group != "name3":  # a name made as a machine's is given nowhere: it is the tool wherever it is said
            given.append(m.span(group))
        names.add(m.group(group).lower())
    if not names:
        return []
    pattern = linear(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")
    return [m.span() for _, m in found((Form(pattern),), folded) if not any(a <= m.start() < b for a, b in given)]
