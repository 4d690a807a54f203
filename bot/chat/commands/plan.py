"""`/plan <plan or calendar>`: the plan review as a reply (score, checklist, mix, findings, rows)."""

from __future__ import annotations

from dataclasses import replace

from bot.chat.coach import Coach
from bot.chat.context import Context
from bot.chat.replies import TONE, finding_item, notices_text
from bot.chat.reply import Item, Reply, Section
from bot.chat.spec import Args, command, option
from bot.engine.checks.plan import (
    MIN_ROWS,
    category_name,
)
from bot.engine.targets import targets_for
from bot.messages import t
from bot.plans.review import PlanProblem, PlanReview, review_plan

SHORT = "plan.not-assessed.short"  # a calendar too short to judge: the mix section says so
NO_CALENDAR = "plan.not-assessed.calendar"  # no calendar at all: the mix section says so, and how to add one
SAID_BELOW = (SHORT, NO_CALENDAR)
SHOWN_FINDINGS = 5  # in chat; the checklist already names every missing topic, JSON has them all

# -- the reply -----------------------------------------------------------------------


def _checklist_section(result: PlanReview, lang: str) -> Section:
    """Each part with its mark and, when covered, the sentence Coach understood as covering it.
    A reason shared by several parts not checked (a calendar alone) is said once, below them; a
    calendar missing or too short to judge is said once, in the mix section right after."""
    reasons = [entry.reason for entry in result.checklist
               if entry.status == "not-assessed" and entry.cause not in SAID_BELOW]
    shared = reasons[0] if len(reasons) > 1 and len(set(reasons)) == 1 else ""
    items = []
    for entry in result.checklist:
        mark = t(f"plan.status.{entry.status}", lang)
        lines = (entry.reason,) if entry.reason and not shared and entry.cause not in SAID_BELOW else ()
        items.append(Item(title=f"{mark} {entry.label}", quote=entry.excerpt, lines=lines))
    return Section(title=t("plan.checklist", lang), items=tuple(items),
                   text=f"{t('plan.status.not-assessed', lang)} {shared}" if shared else "")


def _mix_section(result: PlanReview, lang: str) -> Section:
    if not result.plan.has_calendar:
        return Section(title=t("plan.mix", lang), text=t("plan.mix.none", lang))
    unclassified = len(result.plan.rows) - result.classified
    if not result.mix:  # too short, or too few rows classified: said once, nothing computed
        if len(result.plan.rows) < MIN_ROWS:
            return Section(title=t("plan.mix", lang), text=t("plan.mix.short", lang, n=len(result.plan.rows),
                                                             min=MIN_ROWS))
        return Section(title=t("plan.mix", lang), text=t("plan.mix.unclassified", lang, n=unclassified))
    items = []
    for line in result.mix:
        name = category_name(line.category, lang)
        values = {"category": name, "count": line.count, "total": line.total, "share": round(100 * line.share)}
        if line.target is None:
            items.append(Item(title=t("plan.mix.other", lang, **values)))
            continue
        low, high = line.target
        target = f"≤ {round(100 * high)} %" if low <= 0 else f"≥ {round(100 * low)} %" if high >= 1 else \
            f"{round(100 * low)}–{round(100 * high)} %"
        mark = "✓" if line.ok else "✗"
        items.append(Item(title=f"{mark} " + t("plan.mix.line", lang, **values, target=target)))
    text = t("plan.mix.unclassified", lang, n=unclassified) if unclassified else ""
    return Section(title=t("plan.mix", lang), items=tuple(items), text=text)


def _rows_section(result: PlanReview, lang: str) -> Section | None:
    reviewed = [r for r in result.rows if r.review]
    if not reviewed:
        return None
    worst = result.worst_rows()
    if not worst:
        return Section(title=t("plan.rows", lang), text=t("plan.rows.clean", lang, n=len(reviewed)))
    items = []
    for row_review in worst:
        row, rev = row_review.row, row_review.review
        assert rev is not None
        lines = tuple(f"[{t(f'severity.{f.severity}', lang)}] {f.message}" for f in rev.findings[:2])
        items.append(Item(title=t("plan.row", lang, row=row.number, date=row.date_text, channel=row.channel or "-",
                                  score=rev.score),
                          quote=row.text if len(row.text) <= 160 else row.text[:159] + "…", lines=lines,
                          footer=", ".join(sorted({f.rule for f in rev.findings}))))
    return Section(title=t("plan.rows", lang), items=tuple(items), text=t("plan.rows.more", lang, n=len(reviewed)))


def plan_reply(result: PlanReview) -> Reply:
    """The reply to /plan: score and band, the checklist, the mix, the findings, the worst rows."""
    lang = result.language
    band = t(f"plan.band.{result.band}", lang)
    sections = [_checklist_section(result, lang), _mix_section(result, lang)]
    if result.findings:
        shown = result.findings[:SHOWN_FINDINGS]
        items = []
        whole = result.plan.text.strip()
        for finding in shown:
            item = finding_item(finding, lang)
            if finding.excerpt == whole or len(finding.excerpt) > 200:  # a topic missing from the plan: no quote
                item = replace(item, quote="")
            items.append(item)
        more = len(result.findings) - len(shown)
        sections.append(Section(title=t("plan.findings", lang), items=tuple(items),
                                text=t("review.more", lang, n=more) if more else ""))
    rows = _rows_section(result, lang)
    if rows:
        sections.append(rows)
    summary = result.review.verdict
    if result.review.notices:
        summary += "\n" + notices_text(result.review)
    return Reply(
        title=t("plan.title", lang, score=result.score, band=band),
        summary=summary,
        sections=tuple(sections),
        tone=TONE[result.band],  # type: ignore[arg-type]
        language=lang,
        meta={"kind": "plan", "score": str(result.score), "band": result.band},
    )


def problem_reply(problem: PlanProblem, language: str) -> Reply:
    return Reply(title="Coach", summary=problem.message(language), tone="neutral", language=language,
                 meta={"problem": problem.code})


def plan_command(coach: Coach, args: Args, ctx: Context) -> Reply:
    text = args.text("text")
    store = coach.store
    workspace = store.find_workspace(ctx.platform, ctx.workspace) if store is not None else None
    channel = store.find_channel(workspace, ctx.channel) if workspace else None
    try:
        result = review_plan(text, coach.advice_for(ctx), fallback=ctx.language,
                             targets=targets_for(store, workspace, channel))
    except PlanProblem as problem:
        return problem_reply(problem, ctx.language)
    return plan_reply(result)


COMMAND = command("plan", plan_command, "Review a marketing plan, or a content calendar in CSV or YAML",
                  "Relire un plan marketing, ou un calendrier éditorial en CSV ou YAML",
                  usage="/plan <plan or calendar>",
                  summary=("Review a social-media plan", "Relire un plan pour les réseaux sociaux"),
                  options=(option("text", "text", "Your plan (leave empty to paste a long one)",
                                  "Votre plan (laissez vide pour en coller un long)", positional=True,
                                  max_length=6000),), editor=True)
