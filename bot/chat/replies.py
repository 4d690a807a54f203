"""Turn core results (reviews, problems, help) into platform-neutral replies."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.chat.reply import Action, Item, Reply, Section
from bot.engine import quoting
from bot.engine.review import DraftProblem, Finding, Review
from bot.engine.rule import RuleError
from bot.messages import t

SHOWN_FINDINGS = 5
TONE = {"ready": "good", "another-pass": "warning", "rethink": "bad"}


def _short(text: str) -> str:
    return text if len(text) <= 200 else text[:199] + "…"


def _quoted(excerpt: str, language: str) -> str:
    """The user's words ready to sit inside the language's marks (Item.quoted): no nested marks."""
    return _short(quoting.inner(excerpt, language))


def _quote(finding: Finding, language: str, draft: str = "") -> str:
    """The user's words, unless the message already quotes them or they are the whole draft (shown just above)."""
    shown = quoting.inner(finding.excerpt, language)
    if finding.excerpt in finding.message or shown in finding.message:
        return ""
    if draft and finding.excerpt.strip() == draft.strip():
        return ""
    return _quoted(finding.excerpt, language)


def grouped(findings: tuple[Finding, ...]) -> list[tuple[Finding, ...]]:
    """Findings of one rule together, in the order the rules first appear: a chat reply
    gives each piece of advice once, quoting every place it applies."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.rule, []).append(finding)
    return [tuple(group) for group in groups.values()]


def finding_item(finding: Finding, language: str, review_id: str = "", others: tuple[Finding, ...] = (),
                 draft: str = "") -> Item:
    lines = [finding.why, t("review.how", language, how=finding.how)]
    if finding.suggestions:
        lines.append(t("review.try", language, suggestions=" / ".join(finding.suggestions)))
    if finding.fix is not None:
        lines.append(t("review.fix", language, fix=finding.fix))
    actions = ()
    if review_id:
        actions = (Action("dismiss", t("action.dismiss", language), f"{review_id}|{finding.rule}"),)
    quote = _quote(finding, language, draft)
    return Item(
        title=finding.message,
        quote=quote,
        quotes=tuple(_quoted(q.excerpt, language) for f in (finding, *others) for q in f.places
                      if f is not finding or q.span != f.span),  # every other place it applies
        also="" if quote else t("review.also", language),  # the title quotes the first place
        lines=tuple(lines),
        footer=f"{finding.rule} · " + t("review.source", language, source=finding.source),
        severity=finding.severity,
        actions=actions,
    )


def notices_text(review: Review) -> str:
    language_name = t(f"language.{review.language}", review.language)
    notes = [t(f"review.{code}", review.language, lang_name=language_name) for code in review.notices]
    return " ".join(notes)


def review_reply(review: Review, review_id: str = "", draft: str = "", limit: int | None = SHOWN_FINDINGS) -> Reply:
    """The reply to /review: score and band, the top findings (`limit=None`: all of them), buttons."""
    lang = review.language
    band = t(f"band.{review.band}", lang)
    groups = grouped(review.findings)
    shown = groups[:limit]
    more = len(groups) - len(shown)
    sections: list[Section] = []
    if shown:
        sections.append(
            Section(
                title=t("review.findings", lang),
                items=tuple(finding_item(group[0], lang, review_id, group[1:], draft) for group in shown),
                text=t("review.more", lang, n=more) if more else "",
            )
        )
    summary = review.verdict
    if review.notices:
        summary += "\n" + notices_text(review)
    actions: tuple[Action, ...] = ()
    if review_id:
        actions = (
            Action("posted", t("action.posted", lang), review_id, style="primary"),
            Action("review_again", t("action.review_again", lang), review_id),
        )
    return Reply(
        title=t("review.title", lang, score=review.score, band=band),
        summary=summary,
        sections=tuple(sections),
        actions=actions,
        visibility="ephemeral",
        tone=TONE[review.band],  # type: ignore[arg-type]
        language=lang,
        draft=draft,
        highlights=tuple((q.span[0], q.span[1], f.severity) for f in review.findings for q in f.places),
        meta={"review_id": review_id, "score": str(review.score), "band": review.band},
    )


def problem_reply(problem: DraftProblem, language: str) -> Reply:
    return Reply(title="Coach", summary=problem.message(language), tone="neutral", language=language,
                 meta={"problem": problem.code})


def text_reply(text: str, language: str, title: str = "Coach", tone: str = "neutral") -> Reply:
    return Reply(title=title, summary=text, tone=tone, language=language)  # type: ignore[arg-type]


MAX_ERRORS_SHOWN = 8


def with_advice_errors(reply: Reply, errors: Sequence[RuleError], language: str) -> Reply:
    """The reply with a section naming the broken advice files (file:line: key: problem)."""
    if not errors:
        return reply
    lines = tuple(str(e) for e in errors[:MAX_ERRORS_SHOWN])
    if len(errors) > MAX_ERRORS_SHOWN:
        lines += (t("review.more", language, n=len(errors) - MAX_ERRORS_SHOWN),)
    section = Section(title=t("rules.broken.title", language), text=t("rules.broken.text", language),
                      items=tuple(Item(title=line, severity="warning") for line in lines))
    tone = reply.tone if reply.tone == "bad" else "warning"
    return dataclasses.replace(reply, sections=reply.sections + (section,), tone=tone)
