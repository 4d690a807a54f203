"""The plan's writer as the one who does the work: a sole writer's list of things to do.

"3. Post something every Monday", « - Répondre à chaque demande le jour même »: a list item or a line opened by
a verb of the work in the imperative (in French the infinitive, or the familiar imperative of a note to
oneself) names nobody, yet when the plan is one person's, written as "I" / « je » and never as "we" / « nous »,
the task is the writer's own (resolutions, a note to self), even if they speak of "our customers" now and then.
A team's to-do list ("we", « on », "the team") names no one: who does it is still to be said.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_ITEM = r"(?m:^)[ \t]*(?:(?:[-*•+]|\d{1,2}[.)/])[ \t]+)?(?:\[[ xX]?\][ \t]*)?(?:\*\*)?"
# The verbs of the work itself (not "keep", "take", "look": "Keep it simple" gives no one a task), on folded text.
_VERBS = {
    "en": r"post|write|publish|film|shoot|edit|answer|reply|respond|share|send|schedule|photograph|record|draft|"
          r"update|moderate|put up|upload|email|text back|ring back|call back",
    "fr": r"publier|publie|poster|poste|ecrire|ecris|rediger|redige|filmer|filme|tourner|tourne|monter|monte|"
          r"repondre|reponds|partager|partage|envoyer|envoie|programmer|programme|photographier|photographie|"
          r"mettre en ligne|mets en ligne|animer|anime|moderer|modere|rappeler|rappelle|relancer|relance",
}
_TASK = {lang: re.compile(rf"{_ITEM}(?P<task>{verbs})\b(?![-'])") for lang, verbs in _VERBS.items()}
_ME = {"en": re.compile(r"\b(?:i|i'm|i'll|i've|i'd|me|my|myself|mine)\b(?![.'])"),
       "fr": re.compile(r"\b(?:je|j'|moi|moi-meme|mon|ma|mes|m'|toi-meme)(?=\W)")}
_US = {"en": re.compile(r"\b(?:we|we're|we'll|we've|we'd|ourselves|team)\b"),
       "fr": re.compile(r"\b(?:nous|on|equipe)\b")}
# "our customers", « nos clients », "call us": a sole trader speaks of the business as ours too; they still write
# alone while "I" is said at least twice as often as these.
_OURS = {"en": re.compile(r"\b(?:our|ours|us)\b"), "fr": re.compile(r"\b(?:notre|nos)\b")}

_SAID = re.compile(r"[^\n]*?(?=[.!?;](?:\s|$)|\n|$)")  # the rest of the sentence


def _item(folded: str, m: re.Match[str]) -> Span:
    """Who: the verb and the space after it ("post "), inside the item's statement (its mark is not) and never the
    task's very span (a rule's needs take different words for who and what)."""
    return m.start("task"), min(len(folded), m.end("task") + 1)


def sole_writer(folded: str, language: str) -> bool:
    """Whether the plan is written by one person about their own work: "I" twice or more, "we" never, and "our"
    at most half as often as "I" (a sole trader's "our customers")."""
    lang = language if language in _ME else "en"
    mine = len(_ME[lang].findall(folded))
    return mine >= 2 and _US[lang].search(folded) is None and 2 * len(_OURS[lang].findall(folded)) <= mine


def own_tasks(folded: str, language: str, task: bool) -> list[Span]:
    """The verbs of the work that open an item or a line of a sole writer's plan: each is a task (@actor-task), and
    the item its writer's (@actor: the verb with the space after it, words of their own, as a rule's needs want)."""
    lang = language if language in _TASK else "en"
    if not sole_writer(folded, lang):
        return []
    spans = []
    for m in _TASK[lang].finditer(folded):
        end = _SAID.match(folded, m.end()).end()  # type: ignore[union-attr]
        if folded[end : end + 1] != "?":  # « poster mes projets sur Behance ? »: a thought, nothing decided
            spans.append(m.span("task") if task else _item(folded, m))
    return spans
