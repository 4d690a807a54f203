"""Aims read by their object: a structural reading of the three counterfeits that hide in an objective.

Phrase lists of counterfeits do not carry over to the next writer; the shape does. When a statement
states an aim (a label, "Goal:", « Objectif : », or a verb of aiming, "we want to", « on vise »), the
words right after it are what is aimed at. If that object is only

- a place on the networks (being on them, an account, a page, a presence, a network's name):
  `@aims-at-presence` ("Goal: be on every network", « objectif : avoir un TikTok »);
- a count of audience reactions (followers, likes, views, abonnés): `@aims-at-vanity`;
- a tool or a medium of one's own (a blog, a website, an app, a CRM): `@aims-at-tool`;

the aim is a counterfeit. If the rest of the statement names a change for the business or the reader
(clients, sales, bookings, fewer calls, time saved…), it is a real objective even when a network is
its means: « être sur Instagram pour gagner 20 nouveaux clients d'ici juin » is not presence;
`@real-aim` is such an aim, from its first word to the end of its object (`unless` of presence and vanity).

Each match yields two spans, the aim and its object, so that one statement meets both needs of the
counterfeit rule (an aim, and what is aimed at). A label alone on its line ("## Objectif") takes the
next line as its object. The words are in advice/plans/vocabulary/readings.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.plan.linear import Form, Match, Regex, found, linear, match, search, subject
from bot.engine.plan.vocabulary import bundled_vocabulary, when_changed

Span = tuple[int, int]
AIM_SHAPES = ("@aims-at-presence", "@aims-at-vanity", "@aims-at-tool", "@real-aim")
_KINDS = {"@aims-at-presence": "presence", "@aims-at-vanity": "vanity", "@aims-at-tool": "tool"}
_END = re.compile(r"[.!?;\n]")
_LABEL_ALONE = re.compile(r"[\s:#*_=—–-]*$")
_ARTICLE = {"en": r"(?:(?:an?|our|our own|one|the|a proper|a real|some|more|lots of)\s+)?",
            "fr": r"(?:(?:un|une|des|de|du|notre|nos|le|la|les|l'|plus de|beaucoup de|enfin un|enfin une)\s*)?"}
_SOFTENERS = r"(?:really|more|also|very|truly|finally|properly|vraiment|plus|aussi|tres|bien|enfin)"  # "be really active on"
_OBJECT_WORDS = 160  # characters of an object read at most
_WHERE = re.compile(r"\b(?:ou|where|wherever)\s+(?P<gap>(?:[\w']+\s+){0,3})$")  # people named as where to be


# People counted as none ("not a single student", « aucun étudiant ») are who must see us, not a change won.
_NONE_BEFORE = re.compile(r"\b(?:not a (?:single )?|not one |no |aucune? |pas une? seule? |qu'aucune? )\Z")


@lru_cache(maxsize=2)
def _patterns(language: str) -> tuple[Form, dict[str, Regex], Form]:  # kinds["grows"]: the place grows
    """The aim, the words between it and its object, each kind of empty object, and a real change: on
    RE2 (their words are the admin's), each look-around a check or a character consumed."""
    v = bundled_vocabulary()
    words = {name: v.words(name, language) for name in ("aim_heads", "aim_fillers", "presence_verbs", "presence_places",
                                                          "presence_things", "making_verbs", "aim_tools", "vanity_things",
                                                          "aim_changes", "networks")}
    article = _ARTICLE[language]
    adjectives = r"(?:[\w'-]+\s+){0,2}?"
    places = rf"(?:{words['networks']}|{words['presence_things']})"
    presence = (rf"(?:{words['presence_verbs']})\s+(?:{_SOFTENERS}\s+)?(?:{words['presence_places']})\b"
                rf"|(?:{words['making_verbs']})\s+(?:{_SOFTENERS}\s+)?{article}{adjectives}{places}\b"
                rf"|{article}(?:[A-Za-z_'-][\w'-]*\s+){{0,2}}?{places}\b")  # "25 new accounts" are customers counted
    tool = (rf"(?:{words['making_verbs']})\s+(?:{_SOFTENERS}\s+)?{article}{adjectives}(?:{words['aim_tools']})\b"
            rf"|{article}(?:(?:new|proper|nouveau|nouvelle|vrai|vraie|beau|belle)\s+)?(?:{words['aim_tools']})\b")
    vanity = rf"(?:[\w',%-]+\s+){{0,5}}?(?:{words['vanity_things']})\b"
    # tried in every split (RE2 keeps the order a backtracking engine would try them in); a filler word is
    # a whole word, followed by a space, a colon… or the end, never by a hyphen ("e-commerce" has no "e")
    fillers = rf"(?:\s+|[:=,—–?-]+|\b(?:{words['aim_fillers']})(?:\s+|[:=,—–?][:=,—–?-]*|$))*"
    kinds = {kind: linear(rf"{fillers}(?P<object>{pattern})") for kind, pattern in
             (("presence", presence), ("tool", tool), ("vanity", vanity))}
    head = Form(linear(rf"\b(?P<head>{words['aim_heads']})(?:[^\w']|$)"), keep="head")  # no "goals'", no "aimed"
    seen = linear(rf"\s+(?:[\w']+\s+){{0,2}}?(?:{v.words('being_seen', language)})\b")  # "clients see us" is presence
    served = linear(rf"\b(?:{v.words('aim_for_whom', language)})\s+(?P<gap>(?:[\w'-]+\s+){{0,2}})$")
    more = linear(rf"(?:\b|^)(?:{v.words('aim_more', language)})")
    claimed = linear(rf"\s+{article}(?:(?:same|meme|memes|propre|propres)\s+)?(?:{v.words('claimed_names', language)})\b")

    def real(text: str, m: Match) -> bool:
        """Not people who see us, nor a name of one's own reserved, nor people named as where to be ("where our customers are", « partout où
        sont nos clientes ») or as whom a thing is for (« une appli pour les clients fidèles »), unless a
        figure or "more" comes with them ("for 20 new clients", "where 50 new members sign up")."""
        if match(seen, text, m.end()) is not None or match(claimed, text, m.end()) is not None:
            return False  # "clients see us"; « réserver notre nom » (a name held, not bookings)
        if _NONE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return False  # "not a single student who opens TikTok…", « qu'aucun étudiant… »: nobody, no one gained
        where = _WHERE.search(text, max(0, m.start() - 30), m.start())
        gap = where.group("gap") if where else None
        if gap is None and (served_by := search(served, text[max(0, m.start() - 60) : m.start()])) is not None:
            gap = served_by.group("gap") or ""
        return gap is None or search(more, gap) is not None

    change = Form(linear(rf"\b(?:{words['aim_changes']})\b"), real)
    # the place then a verb of growing ("the page to hit 1,000 likes", « le compte Insta décolle »): a count
    # wished for, no aim at being there
    named = rf"(?:\s+{places})?"  # "our Instagram account", « la chaîne YouTube et le compte Insta »
    grows = linear(rf"{named}(?:\s+(?:and|et|&)\s+(?:[\w']+\s+){{0,2}}?{places}{named})?\s+(?:to\s+)?(?:[\w']+\s+)?"
                   rf"(?:{v.words('growth_verbs', language)})\b")
    kinds["grows"] = grows
    return head, kinds, change


def _changes(change: Form, folded: str, start: int, stop: int) -> bool:
    """Whether the object names a change; people named as where to be ("where our customers are",
    « partout où sont nos clientes ») or as those who see us (« pour que les clients nous voient ») are
    the place or the eyes of presence, not a change for them."""
    low = max(0, start - 1)  # the object's sentence, one character before it for a \b: the text ends with it
    return any(True for _ in found((change,), subject(folded)[low:stop], start - low))


def _object(folded: str, end: int) -> tuple[int, int]:
    """Where the aim's object lies: the rest of its sentence, or the next line after a label alone."""
    line_end = folded.find("\n", end)
    line_end = len(folded) if line_end < 0 else line_end
    if _LABEL_ALONE.match(folded, end, line_end) and line_end < len(folded):
        start = line_end + 1
        while start < len(folded) and folded[start] in " \t\n-*•+#>":
            start += 1
    else:
        start = end
    stop = _END.search(folded, start, start + _OBJECT_WORDS)
    return start, stop.start() if stop else min(len(folded), start + _OBJECT_WORDS)


def aims(name: str, folded: str, language: str) -> list[Span]:
    """The aims whose object is only of the kind `name` names: the aim's span and its object's."""
    lang = language if language in ("en", "fr") else "en"
    if name == "@real-aim":
        return real_aims(folded, lang)
    head, kinds, change = _patterns(lang)
    kind = kinds[_KINDS[name]]
    spans: list[Span] = []
    read = subject(folded)
    for _, m in found((head,), read):
        start, stop = _object(folded, m.end("head"))
        aimed = match(kind, read, start, stop)  # the object ends with its sentence, as if the draft did
        if aimed and aimed.end("object") > aimed.start("object") and not _changes(change, folded, start, stop):
            if name == "@aims-at-presence" and match(kinds["grows"], read, aimed.end("object"), stop) is not None:
                continue  # "I want the page to hit 1,000 likes": the place grows, a count wished for
            spans += [m.span("head"), aimed.span("object")]
    return sorted(set(spans))


def real_aims(folded: str, language: str) -> list[Span]:
    """The aims whose sentence names a change for the business or the reader, from the aim to the end of
    its object: a network named there is the means, not the goal (« être sur Instagram pour gagner 20
    clients »), so the presence readings leave it out."""
    return list(_real_aims(folded, language if language in ("en", "fr") else "en"))


@lru_cache(maxsize=4)
def _real_aims(folded: str, language: str) -> tuple[Span, ...]:
    """real_aims, kept for the five readings of one review that ask."""
    head, _, change = _patterns(language)
    out = []
    for _, m in found((head,), subject(folded)):
        start, stop = _object(folded, m.end("head"))
        if _changes(change, folded, start, stop):
            out.append((m.start(), stop))
    return tuple(out)


for _cache in (_patterns, _real_aims):  # rebuilt when the vocabulary file changes
    when_changed(_cache.cache_clear)
