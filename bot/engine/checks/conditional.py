"""`conditional`: if A is there (phrases `if`, or `if_pattern`), B must be too (`then`, or `satisfied_by`).

`exceptions` and `exception_pattern` drop the triggers they overlap; `satisfied_by` accepts a
link, a mention, a quotation, or a quotation whose author is named (`attribution`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.engine.checks.base import (
    CheckFn,
    CheckType,
    Hit,
    Scope,
    overlaps,
    phrase_list,
    setting,
    settings_of,
)
from bot.engine.checks.needs import Clause, clause
from bot.engine.patterns import compile_regex, regex_spans
from bot.engine.phrases import PhraseIndex
from bot.engine.rule import Problem, Rule
from bot.engine.text import Doc, fold
from bot.lazyre import lazy


@dataclass(frozen=True)
class Settings:
    if_pattern: str = setting("", {"type": "string", "minLength": 1})
    exception_pattern: str = setting("", {"type": "string", "minLength": 1,
                                          "description": "conditional: RE2; triggers it overlaps are dropped"})
    satisfied_by: list[str] = setting([], {"type": "array", "items": {"enum": ["link", "mention", "quote",
                                                                                "attribution"]}})
    fold: bool = setting(True)


_QUOTE = lazy(r"[«\"“][^«»\"“”]{8,}[»\"”]")


_QUOTATION = lazy(r'"[^"\n]{8,}"')  # on folded text, where « » “ ” are "


# After a closing quotation mark: punctuation, an optional dash or bracket, then words.
_AFTER_QUOTE = lazy(r"[\s,.;:]*([-–—―~(]+)?\s*((?:[^\W\d_][\w.'’-]*[ \t]*){0,5})(\S?)")


_NAME_JOINERS = frozenset({"de", "du", "da", "di", "del", "van", "von", "der", "le", "la", "ibn", "bin"})


_ANONYMOUS = frozenset({"proverb", "proverbe", "unknown", "anonymous", "anonyme", "dicton", "saying", "inconnu"})


# A speech tag after the quotation, verb first or speaker first: ', said Ana Ruiz', ', laughed the owner',
# « », lance l'un d'eux », « », a dit Marie », « » sourit-elle », '," she laughed', ', Ana laughs'.
_TAG = lazy(r"[ \t]*([,!?.]?)[ \t]*(?:(?:a|avait|ont|has|had)[ \t]+)?([^\W\d_][\w'’]*)((?:-t)?-(?:il|elle|ils|elles|on)\b)?"
            r"(?:[ \t]+([^\W\d_][\w'’]*))?")
_SOURCE_WORDS = frozenset({"the", "a", "an", "one", "his", "her", "their", "our", "my", "le", "la", "les", "un", "une",
                           "son", "sa", "ses", "leur", "mon", "ma", "notre"})
_PRONOUNS = frozenset({"he", "she", "they", "il", "elle", "ils", "elles", "on"})
_NOT_VERBS = frozenset({  # words that go on with the draft's own sentence, not a verb of saying
    "and", "but", "or", "so", "then", "with", "in", "on", "at", "for", "to", "from", "by", "as", "if", "when", "while",
    "because", "now", "also", "just", "which", "that", "who", "is", "are", "was", "were", "will", "can", "it", "this",
    "we", "i", "you", "not", "all", "every", "each", "only", "et", "mais", "ou", "donc", "puis", "avec", "dans", "sur",
    "pour", "par", "de", "du", "des", "en", "à", "au", "aux", "quand", "si", "car", "comme", "qui", "que", "alors",
    "est", "sont", "c'est", "nous", "je", "vous", "tu", "ce", "cette", "ces", "plus", "tout", "tous", "chez", "avant",
    "après", "until", "before", "after", "over", "under", "into", "about", "like", "than", "still", "here", "there"})


def _speech_tag(text: str, end: int) -> bool:
    """A verb of saying and its speaker right after the quotation: the inverted tag (', said Ana Ruiz',
    « », lance l'un d'eux », « » sourit-elle ») or the speaker first ('," she laughed', ', Ana laughs')."""
    m = _TAG.match(text, end)
    if not m:
        return False
    mark, first, hyphen, second = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    low_first, low_second = fold(first), fold(second)
    if first[:1].islower() and low_first not in _NOT_VERBS:  # verb first: its speaker follows
        if hyphen or low_first in _PRONOUNS:
            return bool(hyphen) or (second[:1].islower() and low_second not in _NOT_VERBS)  # « » sourit-elle; she laughed
        return second[:1].isupper() or low_second in _SOURCE_WORDS or low_second[:2] in {"l'", "l’"}
    comma = mark == "," or text[end - 2:end - 1] in {",", "!", "?"}  # ', Ana laughs' or ',” Ana laughs'
    return comma and first[:1].isupper() and second[:1].islower() and low_second not in _NOT_VERBS


def _names_author(text: str, end: int) -> bool:
    """The words right after a quotation name who said it: “…” — Name, “…” Name Surname,
    « … » Oscar Wilde, “…” (Chinese proverb). A lone capitalised word followed by more
    lower-case words ("C'est bien connu") is the next sentence, not an author."""
    if _speech_tag(text, end):
        return True
    m = _AFTER_QUOTE.match(text, end)
    if not m or not m.group(2):
        return False
    words = m.group(2).split()
    if any(fold(w).strip(".,") in _ANONYMOUS for w in words[:3]):
        return True
    capitals = 0
    for word in words:
        if word[:1].isupper() and word != "I":
            capitals += 1
        elif capitals and fold(word) in _NAME_JOINERS:
            continue
        else:
            break
    if m.group(1):  # “…” — Name
        return capitals >= 1
    followed_by_text = capitals < len(words)
    return capitals >= 2 or (capitals == 1 and not followed_by_text)


def _named_before(text: str, start: int) -> bool:
    """A speaker introduced before the quotation, as posts and headlines do: 'Our CEO Anna Lopez on why we
    stopped: "…"', « Marie Dupont, notre cheffe : « … » ». The sentence so far ends on a colon and names
    someone: a capitalised word past its first (the first is capitalised anyway)."""
    head = text[max(0, start - 200):start]
    head = head[max(head.rfind(mark) for mark in ".!?\n") + 1:].rstrip(" \t\xa0\u202f")
    if not head.endswith(":"):
        return False
    return any(word[:1].isupper() and word != "I" for word in head[:-1].split()[1:])


def attributed_quotes(doc: Doc) -> list[tuple[int, int]]:
    """Quotations whose author is named right after them, or introduced right before them."""
    if '"' not in doc.folded:
        return []
    return [m.span() for m in _QUOTATION.finditer(doc.folded)
            if _names_author(doc.text, m.end()) or _named_before(doc.text, m.start())]


def language_problems(data: dict[str, Any], language: str) -> list[Problem]:
    if "if_pattern" not in data["check"] and not data[language].get("if"):
        return [([language, "if"], "missing: give check.if_pattern or `if` phrases")]
    return []


def compile(rule: Rule, language: str, index: PhraseIndex) -> CheckFn:
    block = rule.lang(language)
    settings = settings_of(Settings, rule.check)
    folded = bool(settings.fold)
    when = phrase_list(index, block.get("if"))
    then = phrase_list(index, block.get("then"))
    exceptions = phrase_list(index, block.get("exceptions"))
    regex = compile_regex(settings.if_pattern, folded) if settings.if_pattern else None
    unless = compile_regex(settings.exception_pattern, folded) if settings.exception_pattern else None
    satisfied_by = set(settings.satisfied_by)

    def run(scope: Scope) -> list[Hit]:
        doc = scope.doc
        triggers = scope.spans(when) + (regex_spans(regex, doc) if regex else [])
        if not triggers or then in scope.matches:  # most drafts: no trigger (what drops one is read after)
            return []
        skip = scope.spans(exceptions)
        if unless:
            skip += regex_spans(unless, doc)
        if "attribution" in satisfied_by:  # a quotation credited to its author credits what it says
            skip += attributed_quotes(doc)
        triggers = sorted(sp for sp in triggers if not overlaps(sp, skip))
        if not triggers:
            return []
        if ("link" in satisfied_by and doc.links) or ("mention" in satisfied_by and doc.mentions):
            return []
        if "quote" in satisfied_by and _QUOTE.search(doc.text):
            return []
        return [Hit(*triggers[0])]

    return run


def needs(rule: Rule, language: str, index: PhraseIndex) -> list[Clause]:
    """A trigger: a match of `if` or of `if_pattern`."""
    settings = settings_of(Settings, rule.check)
    regex = compile_regex(settings.if_pattern, bool(settings.fold)) if settings.if_pattern else None
    return [clause([phrase_list(index, rule.lang(language).get("if"))], (regex,))]


TYPE = CheckType("conditional", compile, Settings, __doc__, lists=("if", "then", "exceptions"),
                 language_problems=language_problems, needs=needs)
