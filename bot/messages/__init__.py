"""Everything Coach says outside the advice itself, in French and English."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    "band.ready": {"en": "ready to post", "fr": "prêt à publier"},
    "band.another-pass": {"en": "worth another pass", "fr": "à retravailler un peu"},
    "band.rethink": {"en": "rethink it", "fr": "à repenser"},
    "verdict.clean": {"en": "Nothing to flag: this reads like a post people will want.",
                      "fr": "Rien à signaler : ce message donne envie d'être lu."},
    "verdict.ready": {"en": "Ready to post, with {n} small {n:thing|things} to consider.",
                      "fr": "Prêt à publier, avec {n} {n:détail|détails} à regarder."},
    "verdict.blocked": {"en": "Not ready to post: {n:a blocker|blockers} ({topics}) must be fixed first.",
                        "fr": "Pas prêt à publier : {n:un point bloquant|des points bloquants} ({topics}) à régler d'abord."},
    "verdict.another-pass": {"en": "Worth another pass: mostly {topic}.",
                             "fr": "À retravailler : surtout {topic}."},
    "verdict.rethink": {"en": "Rethink it: {topic} first.", "fr": "À repenser : d'abord {topic}."},
    "review.title": {"en": "Coach review: {score}/100, {band}", "fr": "Avis de Coach : {score}/100, {band}"},
    "review.more": {"en": "…and {n} more.", "fr": "…et {n} {n:autre|autres}."},
    "review.findings": {"en": "What to look at", "fr": "À regarder"},
    "review.how": {"en": "Next step: {how}", "fr": "À faire : {how}"},
    "review.try": {"en": "Try: {suggestions}", "fr": "Essayez : {suggestions}"},
    "review.fix": {"en": "Fix: replace with “{fix}”", "fr": "Correction : remplacer par « {fix} »"},
    "review.source": {"en": "Source: {source}", "fr": "Source : {source}"},
    "review.mixed": {"en": "This draft mixes French and English; it was reviewed as {lang_name}.",
                     "fr": "Ce brouillon mêle français et anglais ; il a été relu en {lang_name}."},
    "review.guessed": {"en": "Too short to tell its language: reviewed as {lang_name}.",
                       "fr": "Trop court pour en deviner la langue : relu en {lang_name}."},
    "review.control": {"en": "Invisible control characters were ignored.",
                       "fr": "Des caractères de contrôle invisibles ont été ignorés."},
    "language.fr": {"en": "French", "fr": "français"},
    "language.en": {"en": "English", "fr": "anglais"},
    "action.dismiss": {"en": "Not for this post", "fr": "Pas pour ce message"},
    "action.posted": {"en": "I posted it", "fr": "Je l'ai publié"},
    "action.review_again": {"en": "Review again", "fr": "Relire à nouveau"},
    "draft.empty": {"en": "There is nothing to review yet: send the text of your draft after the command, e.g. `/review Our new guide is out…`.",
                    "fr": "Il n'y a encore rien à relire : envoyez le texte de votre brouillon après la commande, par ex. `/review Notre nouveau guide…`."},
    "draft.no_words": {"en": "Coach reviews the words of a post, and this draft has none (only emoji, links or symbols). Add a sentence saying what it offers the reader.",
                       "fr": "Coach relit les mots d'un message, et ce brouillon n'en contient pas (seulement des emoji, des liens ou des symboles). Ajoutez une phrase qui dit ce qu'il apporte au lecteur."},
    "draft.too_long": {"en": "This draft is {size:,} characters long; Coach reviews posts of up to {limit:,} characters. Review it in parts, or use `coach plan` for a plan.",
                       "fr": "Ce brouillon fait {size:,} caractères ; Coach relit les messages jusqu'à {limit:,} caractères. Relisez-le par parties, ou utilisez `coach plan` pour un plan."},
    "topic.give-first": {"en": "give before you ask", "fr": "donner avant de demander"},
    "topic.hard-sell": {"en": "hard selling", "fr": "la vente forcée"},
    "topic.relevance": {"en": "relevance to the reader", "fr": "la pertinence pour le lecteur"},
    "topic.originality": {"en": "originality", "fr": "l'originalité"},
    "topic.credit-sources": {"en": "crediting sources", "fr": "citer ses sources"},
    "topic.self-promotion": {"en": "self-promotion", "fr": "l'autopromotion"},
    "topic.vanity-metrics": {"en": "vanity metrics", "fr": "les indicateurs de vanité"},
    "topic.conversation": {"en": "conversation", "fr": "la conversation"},
    "topic.bluff": {"en": "bluff", "fr": "le bluff"},
    "topic.purpose": {"en": "purpose", "fr": "l'objectif"},
    "topic.measurement": {"en": "measurement", "fr": "la mesure"},
    "topic.multichannel": {"en": "several channels", "fr": "plusieurs canaux"},
    "topic.content-mix": {"en": "content mix", "fr": "le mix de contenus"},
    "topic.consistency": {"en": "consistency", "fr": "la régularité"},
    "topic.sustainability": {"en": "sustainability", "fr": "la durabilité"},
    "topic.reputation": {"en": "reputation", "fr": "la réputation"},
    "severity.tip": {"en": "tip", "fr": "astuce"},
    "severity.suggestion": {"en": "suggestion", "fr": "suggestion"},
    "severity.warning": {"en": "warning", "fr": "attention"},
    "severity.blocker": {"en": "blocker", "fr": "bloquant"},
    "help.title": {"en": "Coach: what I can do", "fr": "Coach : ce que je sais faire"},
    "refused.admin": {"en": "Sorry, only workspace admins can do that. Ask an admin, or see `/help`.",
                      "fr": "Désolé, seuls les administrateurs peuvent faire cela. Demandez à un administrateur, ou voyez `/help`."},
    "unknown.command": {"en": "I don't know `/{command}`. Type `/help` to see what I can do.",
                        "fr": "Je ne connais pas `/{command}`. Tapez `/help` pour voir ce que je sais faire."},
}  # fmt: skip


def plural(n: float, one: str, other: str, language: str = "en") -> str:
    """The word form for a count: French takes the singular for 0 and 1 ("0 message",
    "1 message"), English only for 1 ("0 posts", "1 post")."""
    singular = abs(n) < 2 if language == "fr" else n == 1
    return one if singular else other


def _count(value: Any) -> float:
    """A count given as a number or as a number already written out ("1,5", "12 000")."""
    if isinstance(value, int | float):
        return value
    return float(str(value).replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", "."))


_PLURAL = re.compile(r"\{(\w+):([^{}|:]*)\|([^{}]*)\}")


def _plurals(text: str, language: str, values: Mapping[str, Any]) -> str:
    """`text` with each `{n:one|other}` replaced by the word for n (the rest left for format)."""

    def choose(found: re.Match[str]) -> str:
        try:
            word = plural(_count(values[found.group(1)]), found.group(2), found.group(3), language)
        except (KeyError, ValueError):
            return found.group(0)
        return word.replace("{", "{{").replace("}", "}}")

    return _PLURAL.sub(choose, text)


def fill(text: str, language: str, values: Mapping[str, Any]) -> str:
    """A rule's message with its placeholders filled, plural forms included (`values` may
    be a mapping that answers for missing keys)."""
    return (_plurals(text, language, values) if "|" in text else text).format_map(values)


def lookup(catalog: dict[str, dict[str, str]], key: str, language: str, **values: Any) -> str:
    """`key` from a bilingual catalog in `language` (English if missing), placeholders filled;
    `{n:post|posts}` is the word for the count n in that language (see `plural`).
    Adapters keep catalogs of their own surface words and read them with this too."""
    entry = catalog[key]
    text = entry.get(language) or entry["en"]
    if not values:
        return text
    return (_plurals(text, language, values) if "|" in text else text).format(**values)


def t(key: str, language: str, **values: Any) -> str:
    """The message `key` in `language` (English if missing), with placeholders filled."""
    return lookup(MESSAGES, key, language, **values)

MESSAGES["draft.forgotten"] = {
    "en": "I no longer have that draft (Coach keeps drafts in memory for a day only). Paste it again with `/review`.",
    "fr": "Je n'ai plus ce brouillon (Coach ne garde les brouillons en mémoire qu'une journée). Recollez-le avec `/review`.",
}
