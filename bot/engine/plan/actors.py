"""@actor and @actor-task: a person or a role doing a task ("Hugo covers", « c'est Léa qui
tourne », "handled by the community manager", "Ruth, the education officer, writes"), read on
the folded draft with its capitals put back (a name needs its capital). Part of the readings
of bot.engine.plan.readings."""

from __future__ import annotations

import re
from functools import lru_cache

Span = tuple[int, int]

# -- @actor: a name or a role, then a task -------------------------------------------------

_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"  # on the draft folded but for its capitals
_APPOSITION = r"(?:\s*\([^)\n]{1,40}\)|,\s+[^,\n]{2,40},)?"
_ROLES = {
    "en": r"(?:front desk|reception(?:ist)?|agency|intern|manager|officer|\w+ team|assistant|owner|founder|partner|"
          r"coordinator|volunteer|freelancer|designer|writer|editor|photographer|staff|desk|chef|head \w+|"
          r"community manager|social media manager|customer success|support|sales team|admissions|secretary|barista|"
          r"trainer|coach|director|president|committee|board|me|myself|i)",
    "fr": r"(?:accueil|agence|prestataire|stagiaire|gerante?|responsable|assistante?|fondat(?:eur|rice)|"
          r"associee?s?|benevoles?|secretaire|secretariat|chargee? de \w+|community manager|serveur|serveuse|vendeuse?|"
          r"directrice|directeur|president(?:e)?|bureau|service \w+|elue?|coach|moi|moi-meme|je)",
}  # fmt: skip
_TASKS = {
    "en": r"(?:write|post|publish|schedul|answer|repl|respond|handl|own|run|manag|prepar|shoot|film|edit|design|"
          r"review|approv|check|cover|take|step|stand|look|pull|send|moderat|lead|host|pick|draft|creat|keep|updat|"
          r"monitor|read|collect|coordinat|produc|record|photograph|count|track|report|follow|reply|make|"
          r"brief|answer|greet|call|organis|organiz|shar|curat|deal|in charge|responsible)",
    "fr": r"(?:ecri|redig|publi|post|programm|repond|ger|occup|charg|tien|prepar|tourn|mont|film|valid|reli|"
          r"choisi|anim|moder|remplac|pren|assur|mett|met|li|sui|envoi|envoie|cre|photographi|consacr|coordonn|"
          r"fai|fer|fera|compt|releve|rapport|enregistr|produi|realis|accueill|organis|partag|s'occup|se charg|"
          r"s'en charg|pilot|relai|relay|responsable)",
}  # fmt: skip


_ENDINGS = {  # what may follow a task's stem: a verb's endings, not a noun's ("posts" yes, "postings" no)
    "en": r"(?:e|es|s|ed|ing|ies|y|d)?",
    "fr": r"(?:e|es|ent|er|era|eront|erait|ait|it|is|ira|iront|ra|ront|ons|ez|t|nt|ee|ees|s)?",
}


def _actor(language: str, named: bool) -> re.Pattern[str]:
    """A name (named) or a role as the subject of a task verb, or the task then "by" whom."""
    roles, tasks, endings = _ROLES[language], _TASKS[language], _ENDINGS[language]
    task = rf"(?i:{tasks}){endings}\b"
    if language == "en":
        subject = rf"(?P<who1>{_NAME})" if named else rf"(?P<who1>\b(?i:(?:the|our|my|a|an)\s+(?:\w+\s+)?{roles}|{roles}))"
        verb = rf"(?:\s+(?:and\s+\w+\s+)?(?:will|'ll|would|could|can|should|also|then|now|is going to|does|is)){{0,2}}\s+(?P<task1>{task})"
        by = rf"\b(?P<task3>(?i:handled|run|done|written|answered|managed|covered|owned|led|posted|filmed|edited|taken care of))\s+(?i:by)\s+(?P<who3>(?:(?i:the|our|a)\s+)?{_NAME if named else f'(?i:{roles})'})"
        return re.compile(rf"\b{subject}{_APPOSITION}{verb}|{by}")
    subject = rf"(?P<who1>{_NAME})" if named else rf"(?P<who1>(?i:(?:le|la|l'|notre|nos|mon|ma|un|une|les)\s*{roles}|{roles}))"
    verb = rf"(?:\s+(?:va|vont|pourra|pourrait|peut|doit|devra|sera|est|aussi|s'|se|y|en|le|la|les|l')){{0,3}}(?:\s+|(?<='))(?P<task1>{task})"
    who = _NAME if named else rf"(?i:(?:le|la|l'|notre)\s*{roles}|moi|nous)"
    cleft = rf"(?P<who2>\b(?i:c'est|ce sera)\s+{who}\s+(?i:qui))\s+(?P<task2>[\w']+)"
    by = rf"\b(?P<task3>(?i:(?:gere|geree|tenu|tenue|assure|assuree|redige|redigee|anime|animee|confie|confiee)s?))\s+(?i:par|a)\s+(?P<who3>(?:(?i:le|la|l'|notre)\s*)?{_NAME if named else f'(?i:{roles})'})"
    return re.compile(rf"\b{subject}{_APPOSITION}{verb}|{cleft}|{by}")


# Capitalised words that begin a statement without being anyone.
_NOT_PEOPLE = re.compile(
    r"^(?:The|Our|We|Each|Every|All|Most|This|That|These|Those|It|They|Posts?|Content|Comments|Messages|Reviews|"
    r"Numbers|Week|Month|Instagram|Facebook|TikTok|Tiktok|LinkedIn|Linkedin|Pinterest|YouTube|Youtube|Google|Twitter|"
    r"Le|La|Les|L|Un|Une|Des|Nos|Notre|Nous|On|Chaque|Tous|Toutes|Ce|Cette|Ces|Il|Elle|Ils|Elles|Mes|Mon|Ma|"
    r"Semaine|Mois|Objectif|Goal|Target|Budget|Aim|Cible|Suivi|Contenus?|Calendrier|Plan|Newsletter|Blog|Site|"
    r"Stories|Reels|Videos?|Vidéos?|Photos?|Guides?|Articles?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Deux|Trois|Quatre|Cinq|Sept|Huit|Neuf|Dix|Then|Also|And|Et|Puis|Ensuite|Here|Voici|Please|Merci|Thanks|"
    # tools that post on their own are no one either
    r"Buffer|Hootsuite|Later|Metricool|Agorapulse|Sprout|Zapier|Canva|Chatgpt|ChatGPT|Mailchimp|Brevo|Planoly|Publer|Swello)$")


@lru_cache(maxsize=2)
def _actor_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lang = language if language in _ROLES else "en"
    return _actor(lang, True), _actor(lang, False)


def cased(text: str, folded: str) -> str:
    """The folded draft with the draft's capitals put back (same offsets)."""
    return "".join(f.upper() if o.isupper() else f for o, f in zip(text, folded, strict=True))


def actors(text: str, folded: str, language: str, task: bool) -> list[Span]:
    """@actor (who) and @actor-task (their task) run on the folded draft with the draft's
    capitals put back: a name keeps its capital, a task verb loses its accents ("Nadia
    rédige" reads as "Nadia redige")."""
    draft = cased(text, folded)
    out = []
    named, role = _actor_patterns(language)
    matches = [m for m in named.finditer(draft) if not _NOT_PEOPLE.match(_named(m))]
    for m in matches + list(role.finditer(draft)):
        n = next(n for n in "123" if m.groupdict().get("task" + n))
        out.append(m.span(("task" if task else "who") + n))
    return out


def _named(m: re.Match[str]) -> str:
    """The name a match of the named pattern is about (the first capitalised word of it)."""
    words = [w.strip(",.()'") for w in m.group(0).split()]
    return next((w for w in words if w[:1].isupper()), "")


