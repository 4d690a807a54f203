"""Readings: the shapes of statement a plan's parts are made of, found by their structure in
French and English rather than by a rule's phrase lists.

A plan rule names a reading in `needs` or `unless` with an `@` (`needs: [@change, @figure,
@horizon]`), beside or instead of its own signals. Each reading is a small grammar of one kind
of statement part, written once here for every rule:

- `@figure`: a quantity (12, 40 %, 2,000, 1M, "twenty", "trois quarts", "half");
- `@horizon`: a time the plan is bound to ("by end of Feb", "d'ici l'été", "this academic
  year", "before Mother's Day", "1er semestre", "Q2");
- `@change`: a change of something (a verb of change, "N more", "de plus que", "from N to M");
- `@aim`: someone wanting or aiming ("we'd love", « j'ai envie que », « on vise »), or the
  aim named ("goal", « enjeu »);
- `@baseline`: the figure today or last time that a target is set against ("we're at 12",
  "on en avait 22", "against 130 last year");
- `@actor`: a person or a role doing a task ("Hugo covers", "c'est Léa qui tourne", "handled
  by the community manager", "Ruth, the education officer, writes");
- `@replies`, `@replies-to`: answering people, and what they sent ("answers listener emails",
  « je gère les DM »);
- `@people-who`: a group described by what they do or go through ("parents who …", "among X
  who struggle with …", « les … qui … »);
- `@serving`: the work said with whom it is for, no one given a task ("we write for night-shift
  nurses", « je photographie pour les couples qui… »): an audience, not an owner;
- `@difficulty`: a problem, lack or wish that is not met ("can't", "no time", "but", "sans",
  « n'ont pas », « redoutent »);
- `@after`: what happens once the campaign is over ("after June", "from then on", « ensuite »,
  « à la rentrée, on continue »);
- `@vanity`: a figure of followers, fans, likes, views or impressions ("10k followers",
  « 5 000 abonnés sur Insta »), which `@figure` leaves out;
- `@networks`: being or getting onto social networks ("be on every network", « exister sur
  Instagram, TikTok et Google »);
- `@universal`: everyone as the audience ("anyone with skin", « de 7 à 77 ans »);
- `@looking-back`: a time gone by in a sentence with nothing ahead ("last year we sold 400 boxes
  before Christmas", « l'an dernier, 300 visiteurs »): history, not an aim;
- `@on-its-own`: a tool said to do the work ("goes out automatically", « tournera toute seule »).
- `@whole-place`, `@plan-is-tool` (bot.engine.plan.shapes): everyone as a whole town ("all of Bristol",
  « tout Lyon »), the plan said to be a tool (« toute notre stratégie repose sur le nouvel outil »).

The readings run on the folded draft (lower case, no accents) except `@actor`, which needs the
capital of a name. Their words and most of their shapes are data: advice/plans/vocabulary/readings.yaml
(bot.engine.plan.vocabulary), RE2 patterns an admin can extend. What stays here is what RE2
cannot say (a look-behind or look-ahead: "any person" but not "any person who…"), and the
counterfeit shapes of bot.engine.plan.shapes. Every pattern that holds the admin's words runs on
RE2, in linear time (bot.engine.plan.linear: a look-around beside them is a check on the match's
surroundings); only patterns made of our own constants stay on Python's re. An edited vocabulary
file is read again when a plan review begins (bot.plans.review.review_plan: one stat, its mtime and
size), so an admin needs no restart, and one review never mixes two vocabularies.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.plan.actors import actors, cased
from bot.engine.plan.aims import real_aims
from bot.engine.plan.counts import (
    FOLLOWING,
    NO_FIGURE,
    REACH,
    VANITY_AFTER,
    VANITY_IN,
    counted_before,
)
from bot.engine.plan.linear import Form, Match, Regex, found, linear, match, parts, search, subject
from bot.engine.plan.shapes import CODE_SHAPES, shape
from bot.engine.plan.splits import SPLITS, about_posts
from bot.engine.plan.surroundings import about_us, looking_back, no_amount, our_staff, qualifies
from bot.engine.plan.tally import tally
from bot.engine.plan.titles import titles
from bot.engine.plan.vocabulary import READINGS as FILE_READINGS
from bot.engine.plan.vocabulary import bundled_vocabulary, when_changed

Span = tuple[int, int]

_DIGITS = r"[£$€]?(?<!\d)(?!(?:19|20)\d\d\b)\d+(?:[\s,.']\d{3})*(?:[.,]\d+)?(?:\s*(?:%|k\b|m\b|€|£|\$|x\b|pour ?cent|percent))?|\b\d+\s*/\s*\d+\b|\b\d+\s*(?:->|→)\s*\d+"
# A run of three shares or more ({what}: the words that may not follow a share), on our own constants (Python's re).
_SHARE = r"[1-9]?\d\s*%\s+{what}[a-z][\w'-]*(?:\s+[\w'-]+){{0,5}}?(?:\s*\([^()\n]{{0,80}}\))?"
_SHARES = r"\b" + _SHARE + r"(?:\s*(?:,|;|and|et|&)\s*(?:and\s+|et\s+)?" + _SHARE + r"){{2,}}"
_WHO_EN = r"women|men|families|couples|retirees|pensioners|students|customers|clients|visitors|people|locals|tourists|members|parents|users"
_WHO_FR = r"femmes|hommes|familles|couples|retraites|etudiants|clients|clientes|visiteurs|gens|habitants|touristes|adherents|parents|utilisateurs"


# The alternatives RE2 cannot say (a look-ahead keeps "any person who…" an audience): beside the file's.
_CODE = {
    "@universal": {
        "en": (r"\b(?:speak|speaking|talk|talking|write|writing|cater|catering)\s+to\s+(?:all|everyone)\b(?!\s+(?:the\s+)?[\w-]+\s+(?:who|that|with))",
               r"\bany (?:household|person|business|company|family|adult|home)\b(?!\s+(?:who|that|with|which))",
               r"\bevery (?:single\s+)?(?:adult|man|woman|person|household|home|family|resident|local|homeowner|tenant|landlord|driver|motorist|parent)\b"
               r"[^.;\n]{0,25}?\bin (?:the |our |this )?(?:town|city|postcode|area|region|country|county|village|neighbou?rhood|borough|zip code)\b(?!\s+(?:who|that|with|whose))"),
        "fr": (r"\b(?:s'adresse|s'adressent|nous adressons|parle|parlons|ecrit|ecrivons)\s+a\s+tous\b(?!\s+(?:les|ceux|celles|nos|ces))",
               r"\bn'importe (?:quel|quelle|quels|quelles)\s+[\w-]+\b(?!\s+(?:qui|dont|avec))",
               r"\btous les (?:adultes|habitants|residents|foyers|menages)\s+(?:du|de la|de l')\s*(?:quartier|ville|village|region|departement|commune|coin)\b(?!\s+(?:qui|dont))"),
    },
    # three shares or more in one run, each followed by what it holds ("60 % landscape footage, 25 % local businesses and 15 %
    # event listings"): a mix, whatever its words; not shares of people or of a change ("60 % of…", "20 % more", « 60 % de… »,
    # "40 % families"): round 54
    "@share-of": {"en": (_SHARES.format(what=r"(?!(?:of|more|fewer|less|up|down|off|increase|growth|rise|drop|" + _WHO_EN + r")\b)"),),
                  "fr": (_SHARES.format(what=r"(?!(?:de|des|du|d'|en|plus|moins|" + _WHO_FR + r")\b)"),)},
    # a participle after its noun (« les ventes, comptées »), not a noun after a determiner (« nos comptes »: accounts)
    "@counted": {"fr": (r"\b(?!(?:les|des|nos|vos|ses|mes|tes|ces|aux|leurs)\b)[\w-]+s[\s,]+(?:\w+\s+){0,2}?"
                        r"(?<!\bnos )(?<!\bvos )(?<!\bles )(?<!\bdes )(?<!\bses )(?<!\bmes )(?<!\bces )(?<!\baux )(?<!\bleurs )"
                        r"(?:comptee?s|suivie?s|relevee?s|mesuree?s)\b",)},
}  # fmt: skip
# A proportion said in words, on RE2 ({numbers} is the admin's), unless one person is the one: "three tips to one offer".
_PROPORTION = {
    "en": (r"\b(?:\d+|{numbers})\s+(?:[\w'-]+\s+){0,3}?(?:to|for)\s+(?:one|a single|every one)\b",
           re.compile(r"\s+(?:client|customer|person|family|child)")),
    "fr": (r"\b(?:\d+|{numbers})\s+(?:[\w'-]+\s+){0,3}?pour\s+(?:un|une)(?:\s+seule?)?\b",
           re.compile(r"\s+(?:client|cliente|personne|famille|enfant)")),
}
# A tool taken on: bought, subscribed to, installed, relied on; named by its kind or its (capitalised) name
# (on RE2: {tool_kinds} is the admin's; a name right after "use ", "using "… is no tool: _NOT_NAMED).
_TOOL = {
    "en": r"\b(?i:buy|buying|bought|purchase|purchased|subscribe to|subscribed to|sign up (?:to|for)|signed up (?:to|for)|"
          r"pay for|paying for|paid for|signed with|signing with|signed a contract with|install|installed|set up|rely on|relying on|use|using|invest in|invested in|"
          r"outsourc\w*(?:\s+\w+){0,3}\s+to|hand\w* (?:it all|everything) over to|thanks to|with the help of)\s+"
          r"(?P<tool>(?P<kind>(?i:(?:a|an|the|our|one)\s+)(?:[\w-]+\s+){0,2}?(?i:{tool_kinds})\b)|"
          r"[A-Z][\w]+(?:\s[A-Z][\w]+)?)",
    "fr": r"\b(?i:acheter|achete|achetons|achetera|paie|payons|payer|paye|souscrire a|souscrit a|souscrivons a|abonner a|abonne a|abonnons a|abonnes a|abonnement a|"
          r"signe avec|signons avec|signe un contrat avec|installer|installe|installons|utiliser|utilise|utilisons|miser sur|mise sur|compter sur|passer par|investir dans|"
          r"confi\w*(?:\s+[\w']+){0,3}\s+a|grace a|a l'aide d'un|a l'aide d'une)\s+"
          r"(?P<tool>(?P<kind>(?i:(?:un|une|le|la|l'|notre)\s*)(?:[\w-]+\s+){0,2}?(?i:{tool_kinds})\b)|"
          r"[A-Z][\w]+(?:\s[A-Z][\w]+)?)",
}  # fmt: skip
_NOT_NAMED = {"en": re.compile(r"(?i:use|using|rely on) \Z"), "fr": re.compile(r"(?i:utiliser|utilise|passer par) \Z")}
# A group as a channel (« le groupe des parents »), unless it is a network's own ("Facebook group"),
# which the network's name already counts: one channel, not two.
_GROUP = re.compile(r"\bgroup(?:e)?s?\b")

_REPLIES = {  # answering people: a verb of answering or handling, then what people send
    "en": r"\b(?P<verb>answer\w*|repl(?:y|ies|ied|ying)|respond\w*|handl\w*|deal\w* with|look\w* after|takes? care of|moderat\w*|"
          r"clear\w*|monitor\w*|check\w*|get\w* back to)\s+(?:to\s+)?(?:(?:the|all|every|each|any|our|their|new|incoming|[\w'-]+)\s+){0,2}?"
          r"(?P<what>comments?|messages?|dms?|direct messages|emails?|e-mails?|reviews?|questions?|enquir(?:y|ies)|inquir(?:y|ies)|mentions|"
          r"inbox|complaints?|criticism|replies|calls|texts|voicemails?)\b",
    "fr": r"\b(?P<verb>repond\w*|ger\w*|s'occup\w* d(?:es|e|u)|trait\w*|moder\w*|surveill\w*|verifi\w*|consult\w*|lis|lit|lisons|relev\w*)\s+"
          r"(?:(?:aux|les|tous les|toutes les|chaque|a chaque|nos|des|de|du|la|le|l')\s*){0,2}(?:[\w'-]+\s+){0,1}?"
          r"(?P<what>commentaires?|messages?(?: prives)?|mp|dm|dms|mails?|e-mails?|courriels?|avis|questions?|critiques?|"
          r"demandes?|appels?|sms|plaintes?|reclamations?|boite)\b",
}  # fmt: skip
# What the business sends, not what people send: "handles the follow-up email", « gère l'e-mail d'après partie ».
_SENT = {
    "en": re.compile(r"\b(?:follow-up|welcome|thank-you|thank you|post-visit|after-visit|reminder|weekly|monthly|marketing|"
                     r"promotional|booking confirmation)\s+(?:e-?mails?|messages?)\b|\b(?:e-?mails?|messages?)\s+(?:we|i)\s+send\b"),
    "fr": re.compile(r"\b(?:e-mails?|mails?|courriels?|messages?)\s+(?:d'apres|de bienvenue|de relance|de suivi|de remerciement|"
                     r"de confirmation|hebdomadaires?|mensuels?|qu'on envoie|que nous envoyons|que j'envoie|envoyes?|apres)\b"),
}


def _sent_by_us(folded: str, what: tuple[int, int], language: str) -> bool:
    """A mailing of ours named where people's messages are expected: no answering."""
    return any(m.start() < what[1] and what[0] < m.end()
               for m in _SENT[language].finditer(folded, max(0, what[0] - 30), what[1] + 40))


_REPLIED = {  # the same said the other way round: what people send, then its being answered ("DMs are answered by…")
    "en": r"\b(?P<what>comments?|messages?|dms|direct messages|emails?|reviews?|questions?|enquiries|complaints?)\s+"
          r"(?:are|will be|get|gets|is|all get|always get)\s+(?:\w+\s+)?(?P<verb>answered|replied to|handled|dealt with|read|moderated)\b|"
          r"\b(?P<what2>comments?|messages?|dms|direct messages|emails?|reviews?|questions?|enquiries|complaints?)\b[^.;\n]{0,30}?"
          r"\b(?P<verb2>answer|answers|handle|handles|deal with|deals with|reply to|replies to|respond to|responds to|check|checks|clear|clears)\s+(?:them|it|those)\b",
    "fr": r"\b(?P<what>commentaires?|messages?(?: prives)?|mp|dm|mails?|courriels?|avis|questions?|critiques?|demandes?)\s+"
          r"(?:sont|seront|est|sera)\s+(?:\w+\s+)?(?P<verb>traitee?s?|geree?s?|lue?s?|moderee?s?|relevee?s?)\b|"
          r"\b(?P<what2>commentaires?|messages?(?: prives)?|mp|dm|mails?|courriels?|avis|questions?|critiques?|demandes?)\b[^.;\n]{0,30}?"
          r"\b(?:les|leur|y)\s+(?P<verb2>gere\w*|trait\w*|lis|lit|lisons|repond\w*|modere\w*|releve\w*)",
}  # fmt: skip



def _filled(pattern: str, language: str) -> Regex:
    """A pattern of ours holding the admin's words ({name}): on RE2."""
    return linear(bundled_vocabulary().fill(pattern, language))


@lru_cache(maxsize=2)
def _file_readings(language: str) -> dict[str, tuple[Form, ...]]:
    """The readings of advice/plans/vocabulary/readings.yaml, on RE2 (one alternation each, split when big)."""
    vocabulary = bundled_vocabulary()
    alternatives = {name: vocabulary.alternatives(name, language) for name in _FILE_READINGS}
    return {name: tuple(Form(part) for part in parts(patterns)) for name, patterns in alternatives.items() if patterns}


@lru_cache(maxsize=2)
def _compiled(language: str) -> dict[str, tuple[Form, ...]]:
    """The readings (or parts of them) written here: look-arounds of our own words on Python's re, the
    admin's words on RE2 (a look-ahead made a check), and the amounts (digits, or {numbers} in words)."""
    lang = language if language in ("en", "fr") else "en"
    compiled = {name: (Form(re.compile("|".join(by_language[lang]))),) for name, by_language in _CODE.items() if lang in by_language}
    after = _PROPORTION[lang][1]
    compiled["@proportion"] = (Form(_filled(_PROPORTION[lang][0], lang), lambda text, m: after.match(text, m.end()) is None),)
    compiled["@share-of"] += (Form(SPLITS[lang], about_posts),)  # two shares in words, said of the posts (round 56)
    amount = (Form(re.compile(_DIGITS)), Form(_filled(r"\b(?:{numbers})\b", lang)))  # @figure and @vanity: told apart after
    return compiled | {"@figure": amount, "@vanity": amount}


@lru_cache(maxsize=2)
def _tool(language: str) -> Form:
    lang = language if language in _TOOL else "en"
    not_named = _NOT_NAMED[lang]

    def named_after_use(text: str, m: Match) -> bool:  # what a look-behind asked: "use Canva" is a verb and a name, no tool
        at = m.start("tool")
        return m.start("kind") >= 0 or not not_named.search(text, max(0, at - 12), at)

    return Form(_filled(_TOOL[lang], lang), named_after_use)


@lru_cache(maxsize=2)
def _replies(language: str) -> re.Pattern[str]:
    return re.compile(_REPLIES[language])


@lru_cache(maxsize=1)
def _network_places() -> tuple[Regex, Regex]:
    names = bundled_vocabulary().words("network_names", "en")
    return linear(rf"(?:{names})(?:'s)?\s+$"), linear(rf"\s+(?:de\s+|du\s+|on\s+)?(?:{names})\b")


# The counterfeit shapes: two parts of one statement, read from advice/plans/vocabulary like the rest
# ("our logo" + "wherever someone scrolls"; "an engine" + "that writes"; "hearts" + "on each clip").
SHAPES = ("@being-seen", "@reactions", "@anyone-at-all", "@engine", "@aim-at-place")
_FILE_READINGS = tuple("@" + name for name in FILE_READINGS)  # one register: a reading the file adds is read
READINGS: tuple[str, ...] = tuple(dict.fromkeys(("@figure", "@tally", "@actor", "@actor-task", "@group", "@tool", "@vanity",
                                                  "@replies", "@replies-to", "@looking-back", "@in-a-title")
                                                 + _FILE_READINGS + SHAPES + CODE_SHAPES))  # the code's, then the file's


# What makes a time come back, not once ("every month-end", « chaque fin de mois »; not "by the end of the school year").
_AGAIN = re.compile(r"\b(?:each|every|chaque|tous|toutes)\b|\b(?:at|each|every)\s+(?:the\s+)?(?:month|week|quarter)[- ]end\b")


# A need or a wish said by the plan's authors: "we need", "also need to", « on a besoin », « il nous faut ».
# A want that opens a sentence with no subject is the writer's own too, a note's "want to post more".
_OURS = {"en": re.compile(r"\b(?:we|i|we'd|we'll|we also|we really|we still|also|still|and|just|really)\s+$|(?:\A|[.!?\n]\s*)$"),
         "fr": re.compile(r"\b(?:on a|nous avons|j'ai|on aura|nous aurons|on en a|il nous faut|on|nous|je)\s+$|(?:\A|[.!?\n]\s*)$")}
_WANTING = re.compile(r"(?:needs?|wants?|besoin|veut|voulons|voudrait|voudrions|cherche|cherchons)\b")


# What an @after form reads before the clause it opens: the full stop of the sentence before ("…to June. In winter, one a
# month"), a list's dash or an emoji bullet ("📌 In winter, one a month"): no part of that clause, which a statement of its
# own may open (round 54).
_OPENER = re.compile(r"(?:[.;:(]\s*|[ \t]+|[^\w\s]{1,4}[ \t]*)+(?=\w)")


# A span of ages names who, not when nor a change: « les enfants de 4 à 8 ans », "aged 18 to 25", "the over-60s".
_AGES = {"fr": re.compile(r"\b(?:de|entre|des)\s+\d{1,2}\s*(?:ans\s+)?(?:a|et|-)\s*\d{1,2}\s*ans\b|\b\d{1,2}\s*-\s*\d{1,2}\s*ans\b|"
                          r"\b(?:les\s+)?(?:moins|plus) de \d{1,2} ans\b"),
         "en": re.compile(r"\baged?\s+\d{1,2}\s*(?:to|and|-)\s*\d{1,2}\b|"
                          r"\b(?:from|between)\s+\d{1,2}\s*(?:to|and|-)\s*\d{1,2}\s*(?:years?[\s-]*olds?|years old|yos?)\b|"
                          r"\b\d{1,2}\s*(?:-|to)\s*\d{1,2}[\s-]*(?:years?[\s-]*olds?|years old|yos?)\b|\b(?:over|under)[\s-]\d{1,2}s\b")}


@lru_cache(maxsize=2)
def _output(language: str) -> Regex:
    """What follows an amount of work done rather than of a result: "20 videos", « 4 fois par semaine »."""
    units = bundled_vocabulary().words("content_units", language)
    return linear(rf"\s*(?:(?:new|more|extra|short|long|nouvelles?|nouveaux|courtes?|longues?)\s+)?(?:{units}|times|fois)\b")


@lru_cache(maxsize=2)
def _rhythm(language: str) -> Regex:
    """What follows a number said in words when it is a rhythm, not a result: "one a week", « un par
    mois » (a result is written in digits: "40 a week by June" stays a figure)."""
    periods = bundled_vocabulary().words("periods", language)
    return linear(rf"\s+(?:a|an|per|each|every|par|tous les|toutes les|chaque)\s+(?:{periods})\b")


@lru_cache(maxsize=4)
def _dates(language: str) -> tuple[Regex, Regex]:
    """A month before a figure, a month, a period or an hour after it (the admin's words: on RE2)."""
    vocabulary = bundled_vocabulary()
    months, periods = vocabulary.words("months", language), vocabulary.words("periods", language)
    return (linear(rf"(?:\b(?:{months})\.?\s*|\b\d{{1,2}}\s*[h:]\s*)$"),  # "22h30", "10:30": the minutes of a time
            linear(rf"\s*(?:(?:st|nd|rd|th|er)\b\s*)?(?:(?:and|et|&|-|to|au)\s*\d+\s*)?(?:{months}|{periods}|h\b|h\d\d\b|:\d\d\b|hours?|heures?|minutes?|min\b|am\b|pm\b|a\.m\.|p\.m\.|o'clock\b)"))


def _date_or_duration(read: str, start: int, end: int, language: str) -> bool:
    """"Nov 30", "30 avril", "3 months", "48 h": a figure that is a date or a time, not an amount."""
    before, after = _dates(language)
    return bool(before.search(read[max(0, start - 12) : start]) or after.match(read[end : end + 30]))


def _code_reading(name: str, text: str, folded: str, language: str) -> list[Span] | None:
    """The readings read wholly in code (answering, actors, tallies, history, tools, shapes, groups), or None."""
    if name in ("@replies", "@replies-to"):
        group = "verb" if name == "@replies" else "what"
        lang = language if language in _REPLIES else "en"
        passive = re.compile(_REPLIED[lang])  # or dislocated: "messages? I answer them", « les avis, je les traite »
        turned = [m.span(group) if m.start(group) >= 0 else m.span(group + "2") for m in passive.finditer(folded)]
        spans = [m.span(group) for m in _replies(lang).finditer(folded) if not _sent_by_us(folded, m.span("what"), lang)]
        return sorted(spans + turned)
    if name in ("@actor", "@actor-task"):
        return actors(text, folded, language, name == "@actor-task")
    if name == "@in-a-title":  # on the draft as written: a title needs its capitals
        return titles(subject(text), language)
    if name == "@tally":
        return tally(folded, language)
    if name == "@looking-back":
        return looking_back(folded, language if language in ("en", "fr") else "en")
    if name == "@tool":  # on the folded draft with its capitals put back: a product's name needs its capital
        return [m.span("tool") for _, m in found((_tool(language),), subject(cased(text, folded)))]
    if name in CODE_SHAPES:
        return shape(name, text, folded, language)
    if name == "@group":
        before, after = _network_places()
        read = subject(folded)
        return [m.span() for m in _GROUP.finditer(folded) if not search(before, read, max(0, m.start() - 14), m.start())
                and not match(after, read, m.end())]
    return None


Known = dict[str, list[tuple[Span, str]]]  # the readings found in one review, by name: (span, key)


def _known(name: str, text: str, folded: str, language: str, known: Known | None) -> list[Span]:
    """A reading another one reads inside itself, taken from the review's readings when it is there (and put
    there), so that it is read once per review ("@horizon" reads "@recurring", "@counted" reads "@reactions")."""
    if known is not None and name in known:
        return [span for span, _ in known[name]]
    spans = reading(name, text, folded, language, known)
    if known is not None:
        known[name] = [(span, folded[span[0] : span[1]]) for span in spans]
    return spans


def reading(name: str, text: str, folded: str, language: str, known: Known | None = None) -> list[Span]:
    """Where the reading `name` is found in a draft (its text and folded text, same offsets). The
    vocabulary is the one read when the review began (bot.engine.plan.vocabulary.refresh). `known`: the
    readings the review has found so far, where the readings read inside this one are looked up."""
    if (code := _code_reading(name, text, folded, language)) is not None:
        return code
    if name not in READINGS:
        raise KeyError(name)
    lang = language if language in ("en", "fr") else "en"
    spans = []
    read = subject(folded)
    if len(on_re2 := _file_readings(lang).get(name, ())) == 1:
        spans += [m.span() for m in on_re2[0].regex.finditer(read) if m.end() > m.start()]
    elif on_re2:  # split in parts (linear.MAX_ALTERNATION): read together, as one alternation
        spans += [m.span() for _, m in found(on_re2, read)]
    if (forms := _compiled(lang).get(name)) is not None:
        spans += [m.span() for _, m in found(forms, read)]
    spans.sort()
    if name == "@difficulty":  # our own need is not the audience's problem ("we need to reply faster", « on a besoin de »)
        spans = [(s, e) for s, e in spans if not _OURS[lang].search(folded, max(0, s - 24), s) or not _WANTING.match(folded, s)]
        spans = [span for span in spans if not about_us(read, span, lang)]  # "The club isn't a school team.": what we are not
    if name in ("@networks", "@being-seen", "@aim-at-place", "@engine", "@vanity"):  # a network, a tool or a count beside a real aim
        real = real_aims(folded, lang)
        if name == "@vanity" and real:  # a count drops only beside a real figure of that aim ("2,000 followers and 60 bookings")
            figures = _known("@figure", text, folded, language, known)
            real = [(a, b) for a, b in real if any(a <= s and e <= b for s, e in figures)]
        spans = [(s, e) for s, e in spans if not any(a <= s and e <= b for a, b in real)] if real else spans
    if name == "@people-who":  # "our baristas, who…": the team, not the audience
        spans = [(s, e) for s, e in spans if not our_staff(read, s, lang)]
    if name in ("@universal", "@anyone-at-all"):  # "young and old dog owners": a group qualified, not everyone
        spans = [span for span in spans if not qualifies(folded, span, lang)]
    if name in ("@horizon", "@change"):  # not inside a span of ages
        ages = [m.span() for m in _AGES[lang].finditer(folded)]
        spans = [(s, e) for s, e in spans if not any(a < e and s < b for a, b in ages)] if ages else spans
    if name == "@after":  # a form opened on the full stop before its clause starts at the clause, the sentence it opens
        spans = [((m.end() if (m := _OPENER.match(folded, s, e)) else s), e) for s, e in spans]
    if name == "@horizon" and spans:  # a time that comes back ("checked at month-end") is when a figure is read, not a horizon
        again = [(a, b) for a, b in _known("@recurring", text, folded, language, known) if _AGAIN.search(folded, a, b)]
        spans = [(s, e) for s, e in spans if not any(a <= s and e <= b for a, b in again)] if again else spans
    if name == "@vanity":  # a figure of followers, likes, views…, or of people reached
        spans = [(s, VANITY_AFTER.match(folded, e).end()) if VANITY_AFTER.match(folded, e) else (s, e) for s, e in spans
                 if VANITY_AFTER.match(folded, e) or counted_before(folded, s)]
        spans += [m.span() for m in REACH.finditer(folded)] + [m.span() for m in FOLLOWING.finditer(folded)]
    elif name == "@figure":  # not an audience count, a date, a reach, nor an output ("20 videos", "3 times a week")
        reached = [m.span() for m in REACH.finditer(folded)]
        output = _output(language)
        rhythm = _rhythm(language)
        spans = [(s, e) for s, e in spans if not VANITY_AFTER.match(folded, e) and not counted_before(folded, s)
                 and not match(output, read, e)
                 and not _date_or_duration(read, s, e, language) and not any(a <= s < b for a, b in reached)
                 and (read[s].isdigit() or not match(rhythm, read, e))
                 and not no_amount(read, s, e)]
    elif name == "@counted":  # counting followers, reactions ("the hearts on each post"), or "success" itself, names no figure
        reacted = _known("@reactions", text, folded, language, known)
        spans = [(s, e) for s, e in spans if not VANITY_IN.search(folded, s, e) and not NO_FIGURE.search(folded, s, e)
                 and not any(a < e and s < b for a, b in reacted)]
    return spans


def readings(names: set[str], text: str, folded: str, language: str, known: Known | None = None) -> Known:
    """Each named reading's matches as (span, key), the key being the words matched (what tells
    two matches apart, like a phrase). `known`: the review's readings so far (see `reading`)."""
    found: Known = {}
    for name in sorted(names):
        spans = _known(name, text, folded, language, known)
        if spans:
            found[name] = [(span, folded[span[0] : span[1]]) for span in spans]
    return found



for _cache in (_file_readings, _compiled, _tool, _network_places, _output, _rhythm, _dates):  # rebuilt when the vocabulary file changes
    when_changed(_cache.cache_clear)
