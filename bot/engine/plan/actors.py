"""@actor and @actor-task: a person or a role doing a task ("Hugo covers", « c'est Léa qui
tourne », "handled by the community manager", "Ruth, the education officer, writes"), read on
the folded draft with its capitals put back (a name needs its capital). Part of the readings
of bot.engine.plan.readings."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.plan.columns import column_owners
from bot.engine.plan.linear import Form, Match, Regex, found, linear, match, subject
from bot.engine.plan.nobody import (
    ACQUIRED_AFTER,
    BOUGHT_BEFORE,
    MACHINE,
    MACHINE_AFTER,
    MACHINE_IN_BRACKETS,
    NOT_PEOPLE,
    PLACE_BEFORE,
    ROLE_PLACE_BEFORE,
    TOOL_BEFORE,
    product_names,
)
from bot.engine.plan.pronouns import tool_names
from bot.engine.plan.titles import TITLE_LANGUAGES, role_words
from bot.engine.plan.vocabulary import bundled_vocabulary, when_changed
from bot.engine.plan.writer import own_tasks

Span = tuple[int, int]

# -- @actor: a name or a role, then a task (roles, tasks and work: advice/plans/vocabulary) --

_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"  # on the draft folded but for its capitals
_APPOSITION = r"(?:\s*\([^)\n]{1,40}\)|,\s+[^,\n]{2,40},)?"
# Where a named person works, right after the name ("Janet from the ticket office answers", « Sandrine de l'accueil
# répond »): the person still does the task.
_WHERE = {"en": r"(?:\s+(?i:from|at|in|on)\s+(?i:the|our)\s+[a-z-]+(?:\s+[a-z-]+)?)?",
          "fr": r"(?:\s+(?i:de la|de l'|du|des|a l'|a la|au)\s*[a-z-]+)?"}
# The task in a relative clause after the name: "handed over to Priya, who writes them", « confié à Malik, qui publie ».
# Only after a comma: a relative without one defines a group ("Couriers who run two vans", « les coursiers qui ont »).
# The name called, then "you" taking the task: "Sam, you keep replying to the reviews", « Sam, tu réponds aux avis » (round 46).
_RELATIVE = {"en": r"(?:\s*,\s+(?i:who|you))?", "fr": r"(?:\s*,\s+(?i:qui|tu|vous))?"}
_DUTY = {  # a person on a duty, or a job that is someone's
    "en": (r"(?:'s|\s+is|\s+will be|'ll be|\s+be)\s+(?P<task4>(?i:on\s+(?:[\w-]+\s+){0,2}?(?:duty|duties|rota)|in charge of|the one (?:who|posting|filming|writing)))",
           r"(?i:(?:[\w-]+\s+){1,2})(?P<task5>(?i:is|are))\s+(?P<who5>{who})(?i:'s\s+(?:job|responsibility|task|remit|baby|thing|department))"),
    "fr": (r"\s+(?:est|sera)\s+(?P<task4>(?i:de (?:corvee|permanence)|aux (?:manettes|commandes)|en charge|a la manoeuvre))",
           r"(?P<task5>(?i:c'est (?:le|la) (?:boulot|travail|role|job|mission|tache) d(?:e\s+|')))(?P<who5>{who})"),
}
_ASKED = {  # someone asked to take a task on ("Dan, can you be in charge of that?", « Léa, tu peux t'en occuper ? »): the task is
    # the verb, not "can you" ("you" is no one: a rule may hold it as a word that is not a person)
    "en": r"(?i:(?:can|could|would|will)\s+you\s+(?:please\s+)?)(?P<task7>(?i:(?:be in charge of|take (?:over|on|care of)|handle|look after|"
          r"run|own|manage|write|post|film|answer|do|stick (?:up|on)|put up|pop up|share|upload|shoot|photograph|edit|sort)))\b",
    "fr": r"(?i:(?:tu peux|peux-tu|pourrais-tu|tu pourrais|vous pouvez|pouvez-vous|pourriez-vous)\s+(?:t'|te\s+|vous\s+)?(?:en\s+)?)(?P<task7>(?i:"
          r"(?:occuper|charger|gerer|prendre|publier|poster|ecrire|filmer|repondre|mettre en ligne|partager|photographier|tourner|monter)))\b",
}


# Someone who said they could do it, or offered to ("Jonas said he could film on Saturdays", "Mia offered to post",
# « Jonas a dit qu'il pouvait filmer », « Léa s'est proposée pour répondre »): the task is theirs.
_OFFERED = {
    "en": r"(?:\s+(?i:said|says|told (?:us|me)|has offered|offered|offers|volunteered|volunteers)(?:\s+(?i:that\s+)?(?i:he|she|they)(?:'d|'ll)?)?)",
    "fr": r"(?:\s+(?i:(?:a dit|dit|nous a dit|m'a dit) qu'(?:il|elle)|(?:a propose|propose) de|s'est proposee? pour|se propose de|"
          r"s'est portee? volontaire pour))",
}
_FORMS = "123456789abcdef"  # the suffixes of the forms' groups: who1/task1 … whof/taskf
# Form b: a duty handed to someone ("Inbox duty falls to whoever is on the late shift", « les messages reviennent à
# la personne de permanence »): the work, a verb of handing, then who.
_HANDED = {
    "en": r"(?:falls? to|goes to|go to|is down to|are down to|belongs? to|is left to|are left to|is handed to|are handed to)",
    "fr": r"(?:revien(?:t|nent|dra|dront) a|incomb(?:e|ent|era) a|est confiee? a|sont confie(?:e)?s a|est pour|sont pour|echoi(?:t|ent) a)",
}

_ENDINGS = {  # what may follow a task's stem: a verb's endings, not a noun's ("posts" yes, "postings" no)
    "en": r"(?:e|es|s|ed|ing|ies|y|d)?",
    "fr": r"(?:e|es|ent|er|era|eront|erait|ait|it|is|ira|iront|ra|ront|ons|ez|t|nt|ee|ees|s)?",
}


# What may come between a French subject and its task: one to three small words (« va », « s'en », « le »),
# then a space, or nothing after an elided one (« s'occupe », « l'écrit »): spelt out, as RE2 has no look-behind.
# « continue de » keeps a task going (« Sophie continue de répondre »): the task is still hers.
_BETWEEN_FR = (r"va|vont|pourra|pourrait|pouvait|peut|doit|devra|sera|est|aussi|s'en|m'en|se|y|en|le|la|les|nous|vous|"
               r"continue de|continuent de|continuera de|continueront de|continue a|continuent a|continues de|continuez de")
_ELIDED_FR = r"s'|l'"
# "Kai's doing it" (not "Kai's posts"): the "'s" of a progressive; verbs of being that are no task (form 8).
_PROGRESSIVE = re.compile(r"\s+\w+ing\b")
# Verbs of liking, wanting or knowing are no task either: "Tom loves our reels", « Claire adore nos vidéos ».
_NO_ACTS = {"en": re.compile(r"(?:seems|looks|remains|becomes|means|costs|stays|has|is|does|loves|likes|enjoys|adores|hates|"
                             r"prefers|wants|needs|thinks|knows|misses|remembers|visits|buys|orders|lives|admires)\b"),
            "fr": re.compile(r"(?:reste|restera|devient|deviendra|semble|semblera|parait|coute|coutera|vaut|est|fait|permet|signifie|"
                             r"adore|aime|apprecie|deteste|prefere|veut|voudrait|pense|connait|visite|achete|commande|habite|admire)\b")}


def _between_fr(words: int, elided: bool) -> str:
    r"""Up to `words` small words then a space (or nothing right after an elided word), tried in the order
    a backtracking engine tries `(?:\s+(?:…)){0,3}(?:\s+|(?<='))`: one more word first."""
    stop = r"\s+|" if elided else r"\s+"
    if not words:
        return f"(?:{stop})"
    return (rf"(?:\s+(?:{_BETWEEN_FR}){_between_fr(words - 1, False)}|\s+(?:{_ELIDED_FR}){_between_fr(words - 1, True)}"
            rf"|{stop})")


def _actor(language: str, named: bool) -> tuple[Form, ...]:
    """A name (named) or a role as the subject of a task verb, or the task then "by" whom: each form of
    the alternation on RE2 (roles, tasks and work are the admin's), its look-arounds made checks."""
    vocabulary = bundled_vocabulary()
    roles = f"(?:{vocabulary.words('roles', language)})"
    tasks = f"(?:{vocabulary.words('tasks', language)})"
    endings = _ENDINGS[language]
    task = rf"(?i:{tasks}){endings}\b"
    if language == "en":
        subject = rf"(?P<who1>{_NAME}){_WHERE['en']}" if named else rf"(?P<who1>\b(?i:(?:the|our|my|a|an)\s+(?:\w+\s+)?{roles}s?|{roles})(?i:\s+(?:at|from|in|on|of)\s+(?:the\s+)?[\w-]+)?)"
        # "Practice manager to set it up": a note's infinitive assigns the task too
        verb = rf"{_OFFERED['en']}?(?:'ll|'d|\s+(?:and\s+\w+\s+)?(?:will|'ll|would|could|can|should|also|then|now|is going to|does|is|to|continues to|carries on|goes on|keep|keeps)){{0,2}}\s+(?P<task1>{task})"
        by = rf"\b(?P<task3>(?i:handled|run|done|written|answered|managed|covered|owned|led|posted|filmed|edited|taken care of))\s+(?i:by)\s+(?P<who3>(?:(?i:the|our|a)\s+)?{_NAME if named else f'(?i:{roles})'})"

        def progressive(text: str, m: Match) -> bool:  # "Kai's doing it", not "Kai's posts"
            its = m.end("its")
            return its < 0 or _PROGRESSIVE.match(text, its) is not None

        # a cleft ("it's Corinne, at the counter, who will answer"): who, then the task (round 52)
        who = _NAME if named else rf"(?i:(?:the|our)\s+(?:\w+\s+)?{roles})"
        cleft = rf"\b(?i:it's|it is|it'll be|it will be)\s+(?P<who2>{who}){_APPOSITION}\s+(?i:who)(?:\s+(?i:will|'ll|also|then)){{0,2}}\s+(?P<task2>{task})"
        return (Form(linear(rf"\b{subject}{_APPOSITION}{_RELATIVE['en']}(?P<its>'s)?{verb}"), progressive), Form(linear(by)),
                Form(linear(cleft)), *_extra("en", named, roles))
    # a role may carry its trade ("l'agence web"); the task may name whom it is for (« nous le livre »)
    subject = rf"(?P<who1>{_NAME}){_WHERE['fr']}" if named else rf"(?P<who1>(?i:(?:le|la|l'|notre|nos|mon|ma|un|une|les)\s*{roles}s?|{roles})(?i:\s+(?:(?:en|de|du|des|d')\s*[\w-]+|web|digitale?|numerique|photo|video))?)"
    verb = rf"{_OFFERED['fr']}?{_between_fr(3, False)}(?P<task1>{task})"
    who = _NAME if named else rf"(?i:(?:le|la|l'|notre)\s*{roles}|moi|nous)"
    # the cleft may hold where the person works, between commas (« c'est Corinne, au comptoir, qui répondra »: round 52)
    cleft = rf"(?P<who2>\b(?i:c'est|ce sera)\s+{who}{_APPOSITION}\s+(?i:qui))\s+(?P<task2>[\w']+)"
    # the work then "par" whom (« traités par Jeanne »); « à » only after the verbs of handing over (« filmé à Brest » is a place)
    by = (rf"\b(?P<task3>(?i:(?:gere|geree|tenu|tenue|assure|assuree|redige|redigee|anime|animee|confie|confiee|"
          rf"traite|traitee|publie|publiee|ecrit|ecrite|filme|filmee|modere|moderee|suivi|suivie)s?))\s+(?P<prep3>(?i:par|a))\s+(?P<who3>(?:(?i:le|la|l'|notre)\s*)?{_NAME if named else f'(?i:{roles})'})")
    return (Form(linear(rf"\b{subject}{_APPOSITION}{_RELATIVE['fr']}{verb}")), Form(linear(cleft)),
            Form(linear(by), lambda text, m: m.group("prep3").lower() == "par" or _HANDING_FR.match(m.group("task3").lower()) is not None),
            *_extra("fr", named, roles))


def _extra(language: str, named: bool, roles: str) -> tuple[Form, ...]:
    """Forms 4 to 7: someone on a duty ("Tom's on filming duty", « Inès est aux manettes »), a job
    that is someone's ("The socials are Priya's job", « c'est le boulot de Karim »), the work
    then who ("Photos and captions: Karim", « Montage → Inès »), and someone asked to take it on
    ("Dan, can you be in charge of that?")."""
    article = r"the|our|a" if language == "en" else r"le|la|l'|notre"
    who = _NAME if named else rf"(?i:(?:{article})\s*{roles})"
    on_duty, job = _DUTY[language]
    work = rf"(?i:{bundled_vocabulary().words('work', language)})"
    join = r"(?:\s*(?:,|&|\+|/|and|et)\s*)"
    label = rf"(?P<task6>{work}(?:{join}{work})*)\s*(?::|→|->|—|–|=)\s*(?P<who6>{who})\b"
    asked = rf"\b(?P<who7>{who}),\s+(?:[^.?!\n]{{0,40}}?(?:\s+|\s*[—–-]\s*))?{_ASKED[language]}"
    anyone = who if named else rf"(?i:(?:(?:{article})\s*)?{roles})"
    handed = rf"\b(?P<taskb>{work}(?:{join}{work})*\s+(?i:duty|duties)?\s*(?i:{_HANDED[language]}))\s+(?P<whob>{anyone})\b"
    forms = [Form(linear(rf"\b(?P<who4>{who}){on_duty}")), Form(linear(rf"\b{job.replace('{who}', who)}\b")),
             Form(linear(rf"\b{label}")), Form(linear(asked)), Form(linear(handed))]
    if not named:
        return tuple(forms)
    # Form 8: a name, any verb of the present, then what it works on ("Sylvie saisit les nouveaux biens",
    # "Noor pulls the number"): a task needs no listed verb when a person does it to something.
    # the object's article in lower case: « Centre aquatique L'Ondine », "Studio Hosts The Big Quiz" name a place or a
    # show, the capital opening its name (round 46)
    acts = (r"(?P<task8>[a-z]{3,}s)\s+(?:the|our|all|every|each|new|it|them|any)\b" if language == "en" else
            r"(?P<task8>[a-z]{3,}(?:e|it|t|ra))\s+(?:les|le|la|l'|des|nos|notre|chaque|tous|toutes)\b")
    no_acts = _NO_ACTS[language]
    forms.append(Form(linear(rf"\b(?P<who8>{_NAME}){_WHERE[language]}\s+{acts}"), lambda text, m: no_acts.match(text, m.start("task8")) is None))
    # Form 9: a rota, two names or more each with a day ("Ana Mondays, Ben Thursdays", « Ana le lundi, Ben le jeudi »):
    # the task is the turn taken, shown by the second name (a weekday is no one's task: rules may hold the days as
    # words that are not people, and a signal on them would be dropped)
    days = bundled_vocabulary().words("weekdays", language)
    on = r"(?:(?i:on|le|les)\s+)?"
    forms.append(Form(linear(rf"\b(?P<who9>{_NAME})\s+{on}(?i:{days})\b\s*(?:,|;|&|(?i:and|et))\s*(?P<task9>{_NAME})\s+{on}(?i:{days})\b")))
    # Form c: the same rota, each day then its name, after what the rota is for ("Posting rota: Mon Lina, Wed Theo",
    # « Roulement : lundi Lina, mercredi Théo »; not "Markets: Mon Leeds, Wed York", places)
    work = rf"(?i:{bundled_vocabulary().words('work', language)}|rota|roulement|tours?|turns|duty|permanence|planning)"
    forms.append(Form(linear(rf"\b{work}\b[^\n.!?]{{0,24}}?\b{on}(?i:{days})\b\.?\s*:?\s*(?P<whoc>{_NAME})\s*(?:,|;|&|(?i:and|et))\s*{on}(?i:{days})\b\.?\s*:?\s*(?P<taskc>{_NAME})\b")))
    # Form a: the work split between people, each with their share ("me the photos, Paul the captions", « moi les
    # photos, Paul les textes »): the task is the share, shown by the second name
    share = rf"(?:(?i:les|la|le|l'|the)\s*)?(?i:{work})\b"
    forms.append(Form(linear(rf"(?P<whoa>\b{_NAME}|\b(?i:moi|me|myself))\s+{share}\s*(?:,|;|&|(?i:and|et))\s*(?P<taska>{_NAME})\s+{share}")))
    # Form d: a spreadsheet's row pasted as text, the action's cell then a name alone in the next ("Post photos of the
    # boarders | Sandra | asap", « Mettre des photos des pensionnaires | Sandra | dès que possible »)
    verb = (rf"(?i:{bundled_vocabulary().words('tasks', language)}){_ENDINGS[language]}|(?i:count|drop|put|hand|make|send|"
            r"print|call|ring|update|redo|fix|check|track|collect|share|film|edit|plan|set)" if language == "en"
            else r"[A-Za-z]{2,}(?:er|ir|re)")
    forms.append(Form(linear(rf"(?:(?m:^)|\|)[ \t]*(?:[-*•+][ \t]+)?(?P<taskd>{verb})\b[^|\n?]{{3,90}}\|[ \t]*(?P<whod>{_NAME})[ \t]*(?:\||(?m:$))")))
    return tuple(forms) + _noted(language)


# A to-do line, a card or a note on a napkin (round 53): the work opening the line (after a bullet, an arrow, a card's
# tag or a channel as its label) and who does it closing it, after a dash or in brackets ("Photos of the oyster kits
# (Marcus)", « Insta : photo du plat du jour tous les matins — Lulu »); or a name as the line's label, taken up by
# "he" or "she" doing a task (« Max : avis Google Maps, il répond le soir même »).
_OPENER = r"(?:(?m:^)|→|->)[ \t]*(?:[-*•+→>][ \t]+)?(?:\[[^\]\n]{0,8}\][ \t]*)?"
_PRONOUN = {"en": r"(?:he|she)(?:'ll|\s+will|\s+also)?", "fr": r"(?:il|elle)(?:\s+y|\s+les|\s+leur)?"}


def _noted(language: str) -> tuple[Form, ...]:
    vocabulary = bundled_vocabulary()
    work = rf"(?i:{vocabulary.words('work', language)}|{vocabulary.words('tasks', language)}){_ENDINGS[language]}"
    task = rf"(?i:{vocabulary.words('tasks', language)}){_ENDINGS[language]}\b"
    closing = rf"{_OPENER}(?:[\w'-]+[ \t]*:[ \t]*)?(?P<taske>{work})\b[^\n()—–]{{0,90}}?(?:[ \t][—–-][ \t]*|[ \t]*\([ \t]*)(?P<whoe>{_NAME})[ \t]*\)?[ \t]*(?:[.;]|(?m:$))"
    label = rf"{_OPENER}(?P<whof>{_NAME})[ \t]*:[ \t]*[^\n.;:]{{0,60}}?,[ \t]*(?i:{_PRONOUN[language]})\s+(?P<taskf>{task})"
    return Form(linear(closing)), Form(linear(label))




@lru_cache(maxsize=2)
def _actor_patterns(language: str) -> tuple[tuple[Form, ...], tuple[Form, ...]]:
    lang = language if language in _ENDINGS else "en"
    return _actor(lang, True), _actor(lang, False)


def _accepted(forms: tuple[Form, ...], draft: str, named: bool, language: str) -> list[tuple[int, Match]]:
    """Each form's matches that name someone, then left to right without overlaps (the first form winning
    at one place), as `found` would give them: but a refused match ("The posts" read as a name and a task)
    no longer hides another form's match at that place ("The posts are Dan's job"). Each form is searched
    once through the text, as before: no more searches than the alternation took."""
    kept = sorted((m.start(), i, m) for i, form in enumerate(forms) for _, m in found((form,), draft)
                  if not _refused(draft, m, named, language))
    out, end = [], -1
    for start, i, m in kept:
        if start >= end:
            out.append((i, m))
            end = max(m.end(), start + 1)
    return out


def _refused(draft: str, m: Match, named: bool, language: str) -> bool:
    """A match that names no one: a capitalised word that is no person, a product's name, a customer named
    by its apposition, a title's words, a machine."""
    n = next(n for n in _FORMS if m.groupdict().get("task" + n) is not None)  # a form's task may be empty ("\\w*")
    if named and NOT_PEOPLE.match(_named(m.group("who" + n))):
        return True
    if named and draft[m.end("who" + n) : m.end("who" + n) + 1].isalnum():  # "ChatGPT", "HubSpot": a product, no one
        return True
    if named and match(_outsider(language), draft, m.end("who" + n)):  # "Zoe, our best customer, posts": not the team
        return True
    if named and match(_outsiders_named(language), draft, m.start("who" + n)):  # "Customers post reviews": not the team
        return True
    if named and PLACE_BEFORE.search(draft, max(0, m.start("who" + n) - 40), m.start("who" + n)):  # "in Brighton and Hove"
        return True
    if named and BOUGHT_BEFORE.search(draft, max(0, m.start("who" + n) - 30), m.start("who" + n)):  # « on paie Postly, qui… »
        return True
    if named and TOOL_BEFORE.search(draft, max(0, m.start("who" + n) - 30), m.start("who" + n)):  # « l'appli Postimo s'en charge »
        return True
    if named and ACQUIRED_AFTER.match(draft, m.end("who" + n)):  # « Publio, abonné en janvier, rédige »: bought, a product
        return True
    if named and MACHINE_AFTER.match(draft, m.end("who" + n)):  # "Postbot, our scheduling app:": the name of a tool
        return True
    if named and MACHINE_IN_BRACKETS.match(draft, m.end("who" + n)):  # « Montio (le monteur IA) écrit »: a tool
        return True
    if not named and n != "3" and ROLE_PLACE_BEFORE.search(draft, max(0, m.start("who" + n) - 60), m.start("who" + n)):
        return True  # "the flyers we leave at the caravan parks' reception send…": a place, no one
    if n == "1" and draft[m.start("task1") : m.start("task1") + 1].isupper():  # "Corner Books", "Food Share": a title's words
        return True
    if n == "2" and _STATE_FR.fullmatch(m.group("task2").lower()):  # « c'est Socialia qui devient notre communication »: no task
        return True
    if _NEGATED.match(draft, m.end("task" + n)):  # "The staff do not intervene", "Tom doesn't post": no task taken
        return True
    if _NO_TASK[language if language in _NO_TASK else "en"].match(draft, m.start("task" + n)):  # « je suis apicultrice »
        return True
    if _TAKING.match(draft, m.start("task" + n)) and _READERS_OFFER.search(draft, max(0, m.start() - 80), m.start()):
        return True  # "if you have tips, I'll take them", « si vous avez des conseils, je prends »: a welcome, no task
    return not named and MACHINE.search(m.group("who" + n)) is not None  # "the AI assistant", « l'assistant virtuel »


when_changed(_actor_patterns.cache_clear)  # rebuilt when the vocabulary file changes


@lru_cache(maxsize=2)
def _outsider(language: str) -> Regex:
    """A name's apposition that puts it outside the team ("Zoe, our best customer,", « Julie, notre
    première cliente, »): on RE2, the words are the admin's."""
    words = bundled_vocabulary().words("outsiders", language if language in _ENDINGS else "en")
    return linear(rf"\s*,\s*(?i:(?:our|one of our|a|an|the|my|notre|nos|une|un|la|le|l'|ma|mon|une de nos|un de nos)\s*)?"
                  rf"(?:[\w'-]+\s+){{0,2}}?(?i:{words})\b")


when_changed(_outsider.cache_clear)


@lru_cache(maxsize=2)
def _outsiders_named(language: str) -> Regex:
    """People outside the team as the capitalised subject ("Customers post reviews", « Clients publient des avis »):
    the words of `outsiders`, the whole word."""
    words = bundled_vocabulary().words("outsiders", language if language in _ENDINGS else "en")
    return linear(rf"(?i:{words})\b")


when_changed(_outsiders_named.cache_clear)


@lru_cache(maxsize=4)
def cased(text: str, folded: str) -> str:
    """The folded draft with the draft's capitals put back (same offsets); kept for the few
    readings of one review that need it."""
    return "".join(f.upper() if o.isupper() else f for o, f in zip(text, folded, strict=True))


def actors(text: str, folded: str, language: str, task: bool) -> list[Span]:
    """@actor (who) and @actor-task (their task) run on the folded draft with the draft's
    capitals put back: a name keeps its capital, a task verb loses its accents ("Nadia
    rédige" reads as "Nadia redige")."""
    draft = subject(cased(text, folded))
    out = []
    by_name, by_role = _actor_patterns(language)
    products = product_names(draft) | tool_names(draft, language)  # "abonnement Pixaflow pris", then "Pixaflow choisit": a tool, no one
    for named, m in ([(True, m) for _, m in _accepted(by_name, draft, True, language)]
                     + [(False, m) for _, m in _accepted(by_role, draft, False, language)]):
        n = next(n for n in _FORMS if m.groupdict().get("task" + n) is not None)  # a form's task may be empty ("\\w*")
        if named and products and _names_in(m.group("who" + n)) & products:
            continue
        start, end = m.span(("task" if task else "who") + n)
        if not task and not named and len(draft[start:end].split()) >= 3:
            # a qualified role is its noun: "the product team" is "product team", as a name has no article
            # ("the team", unqualified, keeps it: a rule may hold "the" as no one in particular)
            start += len(_ARTICLE.match(draft, start).group())  # type: ignore[union-attr]
        elif not task and not named and (own := _POSSESSIVE.match(draft, start)) and role_words(
                language if language in TITLE_LANGUAGES else "en").fullmatch(draft[start + len(own.group()) : end].lower()):
            start += len(own.group())  # "our photographer", « notre photographe »: one of ours (not "our team": no one in particular)
        if not task and not named and (inner := _INNER_ARTICLE.search(draft, start + 1, end)):
            end = inner.start()  # "whoever opens the shop" is "whoever opens": rules hold "the" as no one in particular
        out.append((start, end))
    out += column_owners(text, task)  # a task table's owner column: "Weekly tip post | Hamid | █ █"
    return sorted(out + own_tasks(folded, language, task))  # a sole writer's "Post every Monday": the writer's task


_HANDING_FR = re.compile(r"(?:gere|geree|tenu|tenue|assure|assuree|redige|redigee|anime|animee|confie|confiee)s?$")
# A verb of being after « c'est X qui » says what X is, not a task X takes (« c'est Socialia qui devient notre communication »).
_STATE_FR = re.compile(r"(?:devient|deviendra|devenu|semble|incarne|represente|constitue)")
_NEGATED = re.compile(r"(?i:n't\b|\s+not\b|\s+never\b)")
# « suis » of « être » (not of « suivre »: « je suis les commentaires »), and a manner (« je fais simple », "I keep it simple"): no task
_NO_TASK = {"fr": re.compile(r"(?i:suis\s+(?!(?:les|le|la|nos|vos|ses|mes|ces|chaque|tous|toutes|de pres|aussi)\b|l')|"
                             r"fais\s+(?:simple|court|vite|au mieux|de mon mieux|comme je peux|attention)\b)"),
            "en": re.compile(r"(?i:keeps?\s+(?:it|things)\s+(?:simple|short|light)\b)")}
_TAKING = re.compile(r"(?i:prends|prendrai|prendrons|take|takes)\b")
_READERS_OFFER = re.compile(r"(?i:\bsi (?:vous avez|vous connaissez|quelqu'un a)|\bif (?:you|anyone) (?:have|has|know|knows)|"
                            r"\bif you've got)\b[^.;\n]{0,60}\Z")
_POSSESSIVE = re.compile(r"(?i:our|my|notre|nos|mon|ma)\s+")
_ARTICLE = re.compile(r"(?i:(?:the|our|my|a|an|le|la|les|notre|nos|mon|ma|un|une)\s+|l')?")
# An article inside a role that names its place ("whoever opens the shop", « la personne qui ouvre la boutique »):
# the role ends before it, its place is no one.
_INNER_ARTICLE = re.compile(r"\s+(?:(?i:at|from|in|on|of|de|du|des|a|au|en)\s+)?(?i:(?:the|our|my|le|la|les|notre|nos|mon|ma)\s|l')")


def _names_in(who: str) -> set[str]:
    """The capitalised words of who a match names: « C'est Lunetto qui » is about Lunetto, not « C'est » (round 46)."""
    return {w.strip(",.()'") for w in who.split() if w[:1].isupper()} | {_named(who)}


def _named(who: str) -> str:
    """The name a match of the named pattern is about (the first capitalised word of who it names)."""
    words = [w.strip(",.()'") for w in who.split()]
    return next((w for w in words if w[:1].isupper()), "")


