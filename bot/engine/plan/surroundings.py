"""What a reading's surroundings say of it, read in code (the words are the admin's where they can be): part
of the readings of bot.engine.plan.readings.

- a span of ages said as adjectives before the group it qualifies is that group, not everyone
  ("young and old dog owners who…");
- a sentence that opens on a time gone by with nothing ahead in it is history, not an aim
  (@looking-back: "Last year we sold 400 boxes before Christmas");
- a role of our own team after "our" is the team, not the audience ("our baristas, who…");
- a negation whose subject is the business ("we", "the club", « notre salle ») says what it is not, no
  problem of the audience ("The club isn't a school team.", « Le club n'est pas en section. »).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.plan.linear import Regex, linear, match, search, subject
from bot.engine.plan.vocabulary import bundled_vocabulary, when_changed

Span = tuple[int, int]

# A span of ages said as adjectives before the group they qualify names that group, not everyone:
# "young and old dog owners who…", « jeunes et vieux propriétaires de chevaux » (but "young and old people"
# and "young and old customers" are anyone).
_AGE_ADJECTIVE = re.compile(r"\b(?:old|young|elderly|older|younger|jeunes|vieux|vieilles|petits|grands|anciens|moins jeunes|aines)\Z")
_QUALIFIED = {
    "en": re.compile(r"\s+(?!(?:people|folks?|persons|customers|clients|visitors|guests|readers|buyers|users|humans|individuals|"
                     r"alike|audiences?|ones|everyone|everybody|all|locals|residents|families)\b)(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*s\b"),
    "fr": re.compile(r"\s+(?:et\s+(?:de\s+)?(?:vieux|moins jeunes)\s+)?(?!(?:gens|personnes|clients|clientes|publics?|visiteurs|lecteurs|"
                     r"individus|humains|consommateurs|tous|toutes|habitants|familles|aussi|comme)\b)[a-z][\w'-]*s\b"),
}


_WHO_AFTER = re.compile(r"\s*,?\s*(?:who|whose|qui|dont)\s+(?!(?:{})\b)".format(
    "likes?|loves?|enjoys?|eats?|breathes?|sleeps?|aime|aiment|adore|adorent|mange|mangent|respire|respirent"))


_SPAN_NOUN = re.compile(r"\b(?:ages?|kinds|sorts|backgrounds|horizons|milieux)\Z")  # "of every age", not "anyone"
# « Nos élèves, jeunes et moins jeunes, qui ont peur… »: an apposition to a group the clause then narrows
_GROUP_BEFORE = re.compile(r"\b(?:our|the|nos|les|des|mes)\s+[\w-]+s\s*,\s*\Z")
# "every parent in the area whose child…", « chaque habitant du quartier qui… »: a place the clause then narrows
_PLACE_END = re.compile(r"\b(?:town|city|borough|county|village|area|region|neighbou?rhood|postcode|district|ville|quartier|commune|"
                        r"departement|coin|canton|agglomeration|secteur)\Z")


# "anyone" said alone, then a condition that selects people: "anyone who runs a café in Lyon", "anybody with an
# allotment", « tous ceux qui tiennent un café », « quiconque a une chaudière »: a group, not everyone. What
# anybody has or does ("anyone with a phone", « tous ceux qui mangent ») is read by longer shapes, which end
# after the condition, and needing or wanting what we sell selects no one (@anyone-at-all reads it).
_ANY_ALONE = re.compile(r"\b(?:anyone|anybody|quiconque|tous ceux|toutes celles|toute personne|les gens)\Z")
_NARROWED = {"en": re.compile(r"\s+(?:who|that|whose|with)\s+(?!(?:likes?|loves?|enjoys?|needs?|wants?|would like|is looking)\b)"),
             "fr": re.compile(r"\s+(?:(?:du|de la|de l'|des|d')\s*[\w'-]+\s+)?(?:(?:qui|dont|avec|ayant)\s+)?(?!(?:aime|aiment|adore|adorent|veut|veulent|voudrai\w*|cherche\w*|"
                              r"souhaite\w*|a besoin|ont besoin|qui|,)\b)(?:ne\s+|n')?(?:a|ont|est|sont|[a-z]+(?:e|ent))\b")}


@lru_cache(maxsize=2)
def _anybody_does(language: str) -> Regex:
    """What anybody has or does after "anyone" ("with a phone", « qui mangent »): no condition (the admin's words)."""
    vocabulary = bundled_vocabulary()
    has, does = vocabulary.words("everyone_has", language), vocabulary.words("everyone_does", language)
    if language == "fr":
        return linear(rf"\s+(?:qui\s+)?(?:a|ont|possede\w*|avec|ayant)\s+(?:un |une |des |du |de la |le |la |l')?(?:{has})\b|"
                      rf"\s+(?:qui\s+)?(?:\w+\s+)?(?:{does})\b")
    return linear(rf"\s+(?:with|who has|who have|who owns?|that has|that have)\s+(?:a |an |any |their |the )?(?:{has})\b|"
                  rf"\s+(?:who|that)\s+(?:\w+\s+)?(?:{does})\b")


# "literally anyone with…", "basically anybody who…": said as everyone whatever follows; so is a list of conditions
# stretched to the least of them ("a garden, a balcony or even a windowsill", « un jardin, voire un rebord de fenêtre »).
_STRESSED = re.compile(r"\b(?:literally|basically|absolutely|pretty much|practically|virtually|simply|really|vraiment|absolument|"
                       r"litteralement|franchement)\b")
_WIDENED = re.compile(r"\b(?:or|and|ou|et) (?:even|meme)\b|\bvoire\b")


def qualifies(folded: str, span: Span, language: str) -> bool:
    """A span of everyone that ends on an age said as an adjective, before the group it qualifies; or one
    that a relative clause then narrows ("men and women of every age who have lost a tooth"), unless
    what it says is what anybody does ("… who like good bread"); or "anyone" alone that a condition narrows; or the
    people of a place ("a class where everyone already knows the poses")."""
    if of_a_place(folded, span[0], language):
        return True
    if (_ANY_ALONE.search(folded, span[0], span[1]) and not _STRESSED.search(folded, span[0], span[1])
            and _NARROWED[language].match(folded, span[1])):
        stop = _SENTENCE_STOP.search(folded, span[1])
        return (match(_anybody_does(language), folded, span[1]) is None
                and not _WIDENED.search(folded, span[1], stop.start() if stop else len(folded)))
    if (_SPAN_NOUN.search(folded, span[0], span[1]) or _PLACE_END.search(folded, span[0], span[1])
            or _GROUP_BEFORE.search(folded, max(0, span[0] - 40), span[0])) and _WHO_AFTER.match(folded, span[1]):
        return True
    return bool(_AGE_ADJECTIVE.search(folded, span[0], span[1])) and _QUALIFIED[language].match(folded, span[1]) is not None


@lru_cache(maxsize=2)
def _looking(language: str) -> tuple[Regex, Regex, Regex, Regex]:
    """A time gone by, what turns a sentence toward what comes, an aim told in the past tense and a habit
    that is over (the admin's words: on RE2)."""
    vocabulary = bundled_vocabulary()
    return (linear(rf"\b(?:{vocabulary.words('looking_back', language)})\b"),
            linear(rf"\b(?:{vocabulary.words('looking_ahead', language)})\b"),
            linear(rf"\b(?:{vocabulary.words('past_aims', language)})\b"),
            linear(rf"\b(?:{vocabulary.words('past_habits', language)})\b"))


_SENTENCE_END = re.compile(r"[.!?\n]")
_OPENING = re.compile(r"[\s\-*•+>|]*(?:[^\W\d_][\w' -]{0,20}:\s*)?(?:and|but|et|mais|so|alors|donc)?[\s,]*")  # a bullet, a label


def _sentence(read: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around [start, end) begins (after its mark) and where it stops."""
    before = max((i for i in (read.rfind(c, 0, start) for c in ".!?\n") if i >= 0), default=-1) + 1
    after = _SENTENCE_END.search(read, end)
    return before, after.start() if after else len(read)


def looking_back(folded: str, language: str) -> list[Span]:
    """@looking-back: a sentence that opens on a time gone by ("Last year we sold 400 boxes before Christmas",
    « L'an dernier, 300 visiteurs sont venus ») with nothing ahead in it (no wish, aim or future): history,
    which names no aim however many figures and dates it holds. "Last year we sold 400; this year we want
    600" looks ahead, and a baseline said after the aim ("60 by October, up from 25 last autumn") does not
    open the sentence."""
    back, ahead, past_aim, past_habit = _looking(language)
    read = subject(folded)
    out = []
    for m in back.finditer(read):
        start, end = m.span()
        before, stop = _sentence(read, start, end)
        if not _OPENING.fullmatch(read, before, start):  # the time gone by opens the sentence
            continue
        if search(ahead, read, max(0, before - 1), stop) is None:  # from the mark before it: "^" is no start mid-text
            out.append((start, end))
    # "Our target last year was 100 new members; we got 70", « L'an dernier, notre objectif était 100… »: an aim
    # told in the past tense, with nothing else ahead in its sentence, is history too
    for m in past_aim.finditer(read):
        start, end = m.span()
        before, stop = _sentence(read, start, end)
        clause = min((i for i in (read.find(c, end, stop) for c in ";—") if i >= 0), default=stop)  # the old target's own words
        if search(ahead, read, max(0, before - 1), start) is None and search(ahead, read, clause, stop) is None:
            out.append((start, end))
    # "Sue used to post the odd photo but stopped", « Suzanne postait de temps en temps une photo »: a habit that is
    # over, with nothing ahead in its sentence, is history too (no owner, no mix)
    for m in past_habit.finditer(read):
        start, end = m.span()
        before, stop = _sentence(read, start, end)
        if search(ahead, read, max(0, before - 1), stop) is None:
            out.append((start, end))
    return sorted(out)


@lru_cache(maxsize=2)
def _staff(language: str) -> tuple[Regex, Regex]:
    """Our own team described ("our baristas, who can't stand being filmed", « nos vendeuses, qui n'ont pas
    le temps »): a role of the team after "our" is no audience (the roles are the admin's: on RE2)."""
    roles = bundled_vocabulary().words("roles", language) + "|" + _CREW
    return linear(rf"(?:{roles})s?\b"), linear(rf"(?:our|my|nos|mes|notre|mon|ma)\s+(?:{roles})s?\b")


_OURS_BEFORE = re.compile(r"\b(?:our|my|nos|mes|notre|mon|ma)\s+$")
# The team as a whole, beside its roles: "our team, who don't have time", « notre équipe, qui n'aime pas ».
_CREW = r"team|crew|colleagues|employees|equipe|collegues|salaries|employes"


def our_staff(read: str, start: int, language: str) -> bool:
    role, our_role = _staff(language)
    if _OURS_BEFORE.search(read, max(0, start - 6), start):
        return match(role, read, start) is not None
    return match(our_role, read, start) is not None


# A negation, as @difficulty reads it: "isn't", "don't", "never", « ne … », « n'… ».
_NEGATION = {"en": re.compile(r"(?:can't|cannot|can not|don't|doesn't|won't|aren't|isn't|hasn't|haven't|never)\Z"),
             "fr": re.compile(r"(?:ne\s|n')")}
_REST = re.compile(r"(?:pas|jamais|plus)\b")  # the second half of a French negation
_CLAUSE_START = re.compile(r"[.!?;:,()\n\u2014\u2026]")  # "…" ends a clause too
# The people as the owner of what the negation says: "we don't open when they finish work", « … pour eux »; not the
# people we choose among ("we won't choose between them", « on ne va pas choisir entre eux »: a choice of ours).
_OWNER = {"en": re.compile(r"(?<!\bbetween )(?<!\bamong )\b(?:they|their|them|theirs|themselves)\b"),
          "fr": re.compile(r"(?<!\bentre )(?<!\bparmi )\b(?:ils|elles|leur|leurs|eux)\b")}
_SENTENCE_STOP = re.compile(r"[.!?;\n]")


# A condition or a time before the subject: "if by June we don't have 10 visits", « si en juin on n'a pas 10 visites »
# (our own review point, no problem of the audience); one of us in a hand-off ("if he doesn't know, he passes it on",
# « s'il ne sait pas, il transmet ») is the team, not the audience.
_IF_THEN = {"fr": r"(?:(?:si|s'|quand|lorsque|lorsqu'|meme si)\s*(?:(?:en|au|a|a la|d'ici|fin|debut|apres|avant)\s+[\w'-]+\s+){0,2})?",
            "en": r"(?:(?:if|when|once|unless|even if)\s+(?:(?:in|by|at|after|before|come|end of)\s+[\w'-]+\s+){0,2})?"}


@lru_cache(maxsize=2)
def _us(language: str) -> Regex:
    """The business as the subject before a negation: "we", "I", "the club", "our opening hours", « on », « nous »,
    « le club », « notre salle » (the business's words are the admin's: on RE2)."""
    business = bundled_vocabulary().words("our_business", language)
    if_then = _IF_THEN["fr" if language == "fr" else "en"]
    if language == "fr":
        return linear(rf"^(?:(?:et|mais|donc|or|non|oui)\s+)?{if_then}(?:on|nous|je|j'|s'il|si elle|quand il|quand elle|(?:le|la|l'|les|notre|nos|ce|cet|cette|ces|mon|ma|mes)\s*"
                      rf"(?:[\w'-]+\s+){{0,2}}?(?:{business})(?:\s+[\w'-]+){{0,2}}?)"
                      rf"(?:\s+(?:vraiment|aussi|toujours|encore|simplement|d'ailleurs))?\s*$")
    return linear(rf"^(?:(?:and|but|so|also|yes|no)\s+)?{if_then}(?:we|i|if he|if she|when he|when she|(?:the|our|this|my)\s+(?:[\w'-]+\s+){{0,2}}?(?:{business}))"
                  rf"(?:\s+(?:really|also|just|still|simply|certainly|definitely|usually))?\s*$")


def about_us(read: str, span: Span, language: str) -> bool:
    """A negation whose subject is the business says what the business is or does not, which is no problem of
    the audience ("The club isn't a school team.", « Le club n'est pas en section. »); one whose clause names
    the people as owner still is ("we don't open when they finish work"). A problem needs people as its subject
    or owner ("parents can't find…", « les parents ne trouvent pas… »)."""
    lang = language if language in _NEGATION else "en"
    start, end = span
    said = read[start:end]
    if lang == "fr" and _REST.match(said):  # « le club n'a pas de section »: the « ne » before the « pas » is the negation
        before = [m.start() for m in _NEGATION["fr"].finditer(read, max(0, start - 40), start)]
        if not before or _CLAUSE_START.search(read, before[-1], start):
            return False
        start = before[-1]
    elif not (_NEGATION[lang].search(said) if lang == "en" else _NEGATION[lang].match(said)):
        return False
    opening = max((m.end() for m in _CLAUSE_START.finditer(read, max(0, start - 80), start)), default=max(0, start - 80))
    if search(_us(lang), read[opening:start].strip()) is None:
        return False
    stop = _SENTENCE_STOP.search(read, end)
    return _OWNER[lang].search(read, end, stop.start() if stop else len(read)) is None


# "the one goal", "our one aim": a determiner, no amount (French says « le seul », no number).
_THE_ONE = re.compile(r"\b(?:the|our|my|its|their|this|that|your)\s+$")
# "a class where everyone already knows the poses", « un cours où tout le monde… »: the people of a place, not the audience.
_WHERE_BEFORE = {"en": re.compile(r"\b(?:where|in which|wherever)\s+$"),
                 "fr": re.compile(r"\b(?:un|une|le|la|les|des|ce|cette|ces)\s+[\w-]+\s+(?:ou|dans lequel|dans laquelle)\s+$")}
# "when the office is half empty", « quand la rédaction est à moitié vide »: how full a place is at a time, no amount
# of a result ("it's half empty now", where things stand before the aim, stays a figure).
_HALF_STATE = re.compile(r"\s+(?:empty|full|closed|shut|open|asleep|dead|quiet|deserted|finished|done|off|away|"
                         r"vides?|pleine?s?|fermee?s?|ouverte?s?|endormie?s?|morte?s?|desertee?s?|finie?s?)\b")
_WHEN_BEFORE = re.compile(r"\b(?:when|whenever|while|as soon as|quand|lorsque|lorsqu'|pendant que|des que)\b[^.;,:()]{0,40}$")


# A number that names a route or a line, not an amount: "the 41 bus", « le bus 41 », « la ligne 12 » (round 42).
_ROUTE_BEFORE = re.compile(r"\b(?:bus|tram|line|route|platform|ligne|quai|navette)\s+(?:n[o°]\.?\s*)?$")
_ROUTE_AFTER = re.compile(r"\s*(?:bus|tram|coach|train)\b(?!es|s)")


def no_amount(read: str, start: int, end: int) -> bool:
    """The number word at start:end is no amount: "the one goal", "when the office is half empty", "the 41 bus"."""
    said = read[start:end]
    if said.isdigit() and (_ROUTE_BEFORE.search(read, max(0, start - 14), start) or _ROUTE_AFTER.match(read, end)):
        return True
    if said == "one":
        return _THE_ONE.search(read, max(0, start - 8), start) is not None
    return (said in ("half", "moitie") and _HALF_STATE.match(read, end) is not None
            and _WHEN_BEFORE.search(read, max(0, start - 50), start) is not None)


def of_a_place(folded: str, start: int, language: str) -> bool:
    """"everyone" at `start` is the people of a place ("a class where everyone…", « un cours où tout le monde… »)."""
    return _WHERE_BEFORE["fr" if language == "fr" else "en"].search(folded, max(0, start - 40), start) is not None


for _cache in (_anybody_does, _looking, _staff, _us):  # rebuilt when the vocabulary file changes
    when_changed(_cache.cache_clear)
