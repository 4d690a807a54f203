"""Plan review: a marketing plan and/or its content calendar in, a checklist, the calendar's
mix, findings and a score out. Pure and deterministic, like the post review.

    review_plan(text, advice) -> PlanReview        (raises PlanProblem)
    plan_reply(PlanReview) -> Reply                (what /plan answers)

The plan rules (`applies_to: [plan]`, advice/plans/) run once over the whole text
with kind="plan"; `section` rules judge the prose, `mix` and `sequence` rules the
calendar rows (see bot/plan_checks.py). The score and its bands are the posts' ones.
Each calendar row that has text is also reviewed as a post, and the worst are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from bot import plan_messages  # noqa: F401  (plan.* messages)
from bot.advice import Advice
from bot.categories import tagger_for
from bot.coach import Coach, command
from bot.context import Context
from bot.language import detect
from bot.messages import t
from bot.plan_checks import CALENDAR_TYPES, MIN_ROWS, categories_of, category_name
from bot.plan_input import CATEGORIES, CalendarProblem, CalendarRow, PlanInput, parse_plan
from bot.replies import TONE, finding_item, notices_text
from bot.reply import Item, Reply, Section
from bot.review import SEVERITY_RANK, DraftProblem, Finding, Review, ReviewContext, review
from bot.rules import Rule

SCHEMA_VERSION = 1
MAX_PLAN_CHARS = 60_000
WORST_ROWS = 3
SHOWN_FINDINGS = 5  # in chat; the checklist already names every missing topic, JSON has them all
TOPIC_ORDER = ("purpose", "relevance", "measurement", "vanity-metrics", "multichannel", "content-mix",
               "give-first", "consistency", "sustainability", "conversation", "reputation")  # fmt: skip


class PlanProblem(ValueError):
    """A plan Coach cannot review, with a polite explanation in both languages."""

    def __init__(self, code: str, **values: Any):
        super().__init__(code)
        self.code = code
        self.values = values

    def message(self, language: str) -> str:
        return t(f"plan.problem.{self.code}", language, **self.values)


@dataclass(frozen=True)
class ChecklistEntry:
    rule: str
    topic: str
    status: str  # covered | missing | not-assessed
    label: str
    reason: str = ""  # why it was not assessed

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "topic": self.topic, "status": self.status, "label": self.label,
                "reason": self.reason}


@dataclass(frozen=True)
class MixLine:
    category: str  # a category, or several joined by +
    count: int
    total: int
    rows: tuple[int, ...]
    target: tuple[float, float] | None = None

    @property
    def share(self) -> float:
        return self.count / self.total if self.total else 0.0

    @property
    def ok(self) -> bool | None:
        if self.target is None:
            return None
        return self.target[0] - 1e-9 <= self.share <= self.target[1] + 1e-9

    def to_json(self) -> dict[str, Any]:
        return {"category": self.category, "count": self.count, "share": round(self.share, 3),
                "target": list(self.target) if self.target else None, "ok": self.ok, "rows": list(self.rows)}


@dataclass(frozen=True)
class RowReview:
    row: CalendarRow
    review: Review | None  # None: the row has only a type, or too few words to review

    def to_json(self) -> dict[str, Any]:
        data = self.row.to_json()
        data["score"] = self.review.score if self.review else None
        data["band"] = self.review.band if self.review else None
        data["findings"] = [f.to_json() for f in self.review.findings] if self.review else []
        return data


@dataclass(frozen=True)
class PlanReview:
    review: Review  # score, band, verdict and findings of the plan rules
    plan: PlanInput
    checklist: tuple[ChecklistEntry, ...]
    mix: tuple[MixLine, ...]  # empty without a calendar
    rows: tuple[RowReview, ...]

    @property
    def language(self) -> str:
        return self.review.language

    @property
    def score(self) -> int:
        return self.review.score

    @property
    def band(self) -> str:
        return self.review.band

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.review.findings

    @property
    def classified(self) -> int:
        return sum(1 for r in self.plan.rows if r.category)

    def worst_rows(self, n: int = WORST_ROWS) -> list[RowReview]:
        """The rows with findings, lowest score first (then the earliest)."""
        flagged = [r for r in self.rows if r.review and r.review.findings]
        return sorted(flagged, key=lambda r: (r.review.score, r.row.number))[:n]  # type: ignore[union-attr]

    def to_json(self) -> dict[str, Any]:
        mix = None
        if self.plan.has_calendar:
            total = len(self.plan.rows)
            mix = {"rows": total, "classified": self.classified, "unclassified": total - self.classified,
                   "categories": [line.to_json() for line in self.mix]}
        return {
            "version": SCHEMA_VERSION,
            "kind": "plan",
            "language": self.language,
            "score": self.score,
            "band": self.band,
            "verdict": self.review.verdict,
            "notices": list(self.review.notices),
            "calendar_format": self.plan.calendar_format or None,
            "checklist": [c.to_json() for c in self.checklist],
            "mix": mix,
            "findings": [_short(f).to_json() for f in self.findings],
            "rows": [r.to_json() for r in self.rows],
        }


def _short(finding: Finding, limit: int = 200) -> Finding:
    """A finding whose excerpt is at most `limit` characters (a missing topic spans the whole plan)."""
    if len(finding.excerpt) <= limit:
        return finding
    return replace(finding, excerpt=finding.excerpt[: limit - 1] + "…")


# -- the review --------------------------------------------------------------------


def _language(plan: PlanInput, forced: str | None, fallback: str) -> tuple[str, tuple[str, ...]]:
    if forced:
        return forced, ()
    words = " ".join([plan.prose_text] + [r.text for r in plan.rows]).strip()
    detection = detect(words or plan.text, fallback)
    notices = (("mixed",) if detection.mixed else ()) + (("guessed",) if detection.guessed else ())
    return detection.language, notices


def _judged(rule: Rule, plan: PlanInput) -> str:
    """"" when a rule can judge this plan, else why it cannot (a not-assessed reason key)."""
    if rule.type in CALENDAR_TYPES:
        if not plan.has_calendar:
            return "plan.not-assessed.calendar"
        if rule.type == "mix" and sum(1 for r in plan.rows if r.category) < int(rule.check.get("count", MIN_ROWS)):
            return "plan.not-assessed.calendar"
        return ""
    return "" if plan.has_prose else "plan.not-assessed.prose"


def _checklist(advice: Advice, plan: PlanInput, findings: tuple[Finding, ...], language: str) -> tuple[ChecklistEntry, ...]:
    fired = {f.rule for f in findings}
    entries = []
    rules = [c.rule for c in advice.for_kind("plan") if c.rule.status == "active"]
    order = {topic: i for i, topic in enumerate(TOPIC_ORDER)}
    for rule in sorted(rules, key=lambda r: (order.get(r.topic, len(order)), r.id)):
        key = f"plan.check.{rule.topic}"
        label = t(key, language) if key in plan_messages.PLAN_MESSAGES else t(f"topic.{rule.topic}", language)
        reason = _judged(rule, plan)
        if rule.id in fired:
            entries.append(ChecklistEntry(rule.id, rule.topic, "missing", label))
        elif reason:
            entries.append(ChecklistEntry(rule.id, rule.topic, "not-assessed", label, t(reason, language)))
        else:
            entries.append(ChecklistEntry(rule.id, rule.topic, "covered", label))
    return tuple(entries)


def _mix(advice: Advice, plan: PlanInput) -> tuple[MixLine, ...]:
    if not plan.has_calendar:
        return ()
    rows = [r for r in plan.rows if r.category]
    mix_rule = next((c.rule for c in advice.for_kind("plan") if c.rule.type == "mix" and c.rule.status == "active"), None)
    bounds = {key: (float(lo), float(hi)) for key, (lo, hi) in (mix_rule.check["bounds"].items() if mix_rule else ())}
    lines = []
    covered: set[str] = set()
    for key, target in bounds.items():
        wanted = categories_of(key)
        covered.update(wanted)
        mine = tuple(r.number for r in rows if r.category in wanted)
        lines.append(MixLine(key, len(mine), len(rows), mine, target))
    for category in CATEGORIES:
        if category not in covered:
            mine = tuple(r.number for r in rows if r.category == category)
            lines.append(MixLine(category, len(mine), len(rows), mine))
    return tuple(lines)


def _ordered(findings: tuple[Finding, ...], advice: Advice) -> tuple[Finding, ...]:
    """Most severe first, then the heaviest rule, then the checklist's order."""
    order = {topic: i for i, topic in enumerate(TOPIC_ORDER)}

    def key(f: Finding) -> tuple:
        rule = advice.get(f.rule)
        return SEVERITY_RANK[f.severity], -(rule.weight if rule else 0), order.get(f.topic, len(order)), f.span[0]

    return tuple(sorted(findings, key=key))


def _verdict(band: str, findings: tuple[Finding, ...], language: str, plan: PlanInput) -> str:
    """Like a post's verdict, naming the topic of the first (weightiest) finding."""
    if not findings:
        return t("plan.verdict.clean" if plan.has_prose else "plan.verdict.clean-calendar", language)
    if band == "ready":
        return t("plan.verdict.ready", language, n=len(findings))
    return t(f"plan.verdict.{band}", language, topic=t(f"topic.{findings[0].topic}", language))


def review_plan(text: str, advice: Advice, language: str | None = None, fallback: str = "en",
                fmt: str | None = None) -> PlanReview:
    """Review a plan (free text or Markdown), a calendar (CSV, YAML), or both in one text.
    `fmt` forces how to read it (csv, yaml, markdown). Raises PlanProblem."""
    if not text or not text.strip():
        raise PlanProblem("empty")
    if len(text) > MAX_PLAN_CHARS:
        raise PlanProblem("too_long", size=len(text), limit=MAX_PLAN_CHARS)
    try:
        plan = parse_plan(text, None if fmt == "markdown" else fmt)
    except CalendarProblem as problem:
        raise PlanProblem(problem.code, **problem.values) from None
    language, notices = _language(plan, language, fallback)
    plan = plan.classified(language, tagger_for(advice))
    context = ReviewContext(advice, language=language, kind="plan", extra={"plan": plan}, max_chars=MAX_PLAN_CHARS)
    try:
        result = review(text, context)
    except DraftProblem as problem:
        raise PlanProblem(problem.code, **problem.values) from None
    findings = _ordered(result.findings, advice)
    result = replace(result, findings=findings, notices=tuple(result.notices) + notices,
                     verdict=_verdict(result.band, findings, language, plan))
    rows = []
    for row in plan.rows:
        row_review = None
        if row.text:
            try:
                row_review = review(row.text, ReviewContext(advice, fallback=language, kind="post"))
            except DraftProblem:
                row_review = None
        rows.append(RowReview(row, row_review))
    return PlanReview(result, plan, _checklist(advice, plan, result.findings, language), _mix(advice, plan), tuple(rows))


# -- the reply -----------------------------------------------------------------------


def _checklist_section(result: PlanReview, lang: str) -> Section:
    items = []
    for entry in result.checklist:
        mark = t(f"plan.status.{entry.status}", lang)
        items.append(Item(title=f"{mark} {entry.label}", lines=(entry.reason,) if entry.reason else ()))
    return Section(title=t("plan.checklist", lang), items=tuple(items))


def _mix_section(result: PlanReview, lang: str) -> Section:
    if not result.plan.has_calendar:
        return Section(title=t("plan.mix", lang), text=t("plan.mix.none", lang))
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
    unclassified = len(result.plan.rows) - result.classified
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
        lines = tuple(f"[{f.severity}] {f.message}" for f in rev.findings[:2])
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


@command("plan", "Review a marketing plan or content calendar: `/plan <plan, or CSV/YAML calendar>`",
         "Relire un plan marketing ou un calendrier : `/plan <plan, ou calendrier CSV/YAML>`",
         usage="/plan <plan or calendar>")
def plan_command(coach: Coach, text: str, ctx: Context) -> Reply:
    try:
        result = review_plan(text, coach.advice_for(ctx), fallback=ctx.language)
    except PlanProblem as problem:
        return problem_reply(problem, ctx.language)
    return plan_reply(result)
