"""Plan review: a marketing plan and/or its content calendar in, a checklist, the calendar's
mix, findings and a score out. Pure and deterministic, like the post review.

    review_plan(text, advice) -> PlanReview        (raises PlanProblem)
    plan_reply(PlanReview) -> Reply                (what /plan answers)

The plan rules (`applies_to: [plan]`, advice/plans/) run once over the whole text
with kind="plan": `section` rules recognise the parts of the plan from its statements,
`counterfeit` rules find what only looks like one, `mix` and `sequence` rules judge the
calendar rows (see bot/engine/checks/plan.py). The checklist has one line per part, with the
sentence that covers it. The bands are the posts' ones; a calendar's mix weighs on the
score in proportion to how far it is outside its targets (advice/targets.yaml).
Each calendar row that has text is also reviewed as a post, and the worst are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from bot.engine.advice import Advice
from bot.engine.categories import tagger_for
from bot.engine.checks.plan import (
    CALENDAR_TYPES,
    MIN_ROWS,
    calendar_judged,
    categories_of,
    mix_bounds,
)
from bot.engine.language import detect
from bot.engine.plan.input import CATEGORIES, CalendarProblem, CalendarRow, PlanInput, parse_plan
from bot.engine.plan.shouted import unshouted
from bot.engine.plan.vocabulary import refresh
from bot.engine.review import (
    SEVERITY_RANK,
    DraftProblem,
    Finding,
    Review,
    ReviewContext,
    band_for,
    review,
    score_for,
)
from bot.engine.rules import Rule
from bot.engine.targets import Targets, bundled_targets
from bot.messages import known, t

SCHEMA_VERSION = 1
MAX_PLAN_CHARS = 60_000
WORST_ROWS = 3
TOPIC_ORDER = ("purpose", "relevance", "measurement", "multichannel", "content-mix", "give-first", "consistency",
               "sustainability", "reputation")  # fmt: skip
QUOTE_CHARS = 160  # a checklist line quotes at most this much of the sentence that covers it


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
    rule: str  # the rule that decided the status
    topic: str
    status: str  # covered | missing | not-assessed
    label: str
    reason: str = ""  # why it was not assessed
    cause: str = ""  # the message key of that reason ("plan.not-assessed.short": the mix section says it too)
    evidence: tuple[int, int] | None = None  # the statement that covers it, in the text as sent
    excerpt: str = ""

    def to_json(self) -> dict[str, Any]:
        evidence = {"span": list(self.evidence), "excerpt": self.excerpt} if self.evidence else None
        return {"rule": self.rule, "topic": self.topic, "status": self.status, "label": self.label,
                "reason": self.reason, "evidence": evidence}


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

    @property
    def distance(self) -> float:
        """How far the share is outside its target (0 inside it, or without one)."""
        if self.target is None:
            return 0.0
        return max(0.0, self.share - self.target[1], self.target[0] - self.share)

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
                   "judged": bool(self.mix), "categories": [line.to_json() for line in self.mix]}
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


def _judged(rule: Rule, plan: PlanInput) -> tuple[str, dict[str, int]]:
    """("", {}) when a rule can judge this plan, else why it cannot (a not-assessed reason key, values)."""
    if rule.type in CALENDAR_TYPES:
        needed = int(rule.check.get("count", MIN_ROWS)) if rule.type == "mix" else MIN_ROWS
        if not plan.has_calendar:
            return "plan.not-assessed.calendar", {}
        if len(plan.rows) < needed:
            return "plan.not-assessed.short", {"n": len(plan.rows), "min": needed}
        if not calendar_judged(plan, needed):
            return "plan.not-assessed.unclassified", {"n": sum(1 for r in plan.rows if r.category),
                                                      "total": len(plan.rows)}
        return "", {}
    if not plan.has_prose:
        return "plan.not-assessed.prose", {}
    if rule.check.get("calendar") == "instead" and calendar_judged(plan):
        return "plan.not-assessed.by-calendar", {}
    return "", {}


def _quote(text: str, span: tuple[int, int]) -> str:
    """The sentence that covers a part, as the reader wrote it, without Markdown emphasis."""
    quoted = " ".join(text[span[0] : span[1]].replace("**", "").replace("__", "").split())
    return quoted if len(quoted) <= QUOTE_CHARS else quoted[: QUOTE_CHARS - 1] + "…"


def _checklist(advice: Advice, plan: PlanInput, findings: tuple[Finding, ...], evidence: dict[str, tuple[int, int]],
               language: str) -> tuple[ChecklistEntry, ...]:
    """One line per part of a plan (the topics of its section, mix and sequence rules):
    missing when one of them fired, covered when one judged it, else not assessed."""
    fired = {f.rule for f in findings}
    order = {topic: i for i, topic in enumerate(TOPIC_ORDER)}
    by_topic: dict[str, list[Rule]] = {}
    for compiled in advice.for_kind("plan"):
        rule = compiled.rule
        if rule.status == "active" and rule.type != "counterfeit":
            by_topic.setdefault(rule.topic, []).append(rule)
    entries = []
    for topic in sorted(by_topic, key=lambda name: (order.get(name, len(order)), name)):
        rules = sorted(by_topic[topic], key=lambda r: r.id)
        key = f"plan.check.{topic}"
        label = t(key, language) if known(key) else t(f"topic.{topic}", language)
        judged = [(rule, _judged(rule, plan)) for rule in rules]
        missing = next((rule for rule in rules if rule.id in fired), None)
        covering = next((rule for rule, (reason, _) in judged if not reason), None)
        if missing:
            entries.append(ChecklistEntry(missing.id, topic, "missing", label))
        elif covering:
            span = evidence.get(covering.id)
            entries.append(ChecklistEntry(covering.id, topic, "covered", label, evidence=span,
                                          excerpt=_quote(plan.text, span) if span else ""))
        else:
            rule, (reason, values) = next(((r, j) for r, j in judged if j[0] != "plan.not-assessed.by-calendar"),
                                          judged[0])
            entries.append(ChecklistEntry(rule.id, topic, "not-assessed", label, t(reason, language, **values),
                                          cause=reason))
    return tuple(entries)


def _mix(advice: Advice, plan: PlanInput, targets: Targets) -> tuple[MixLine, ...]:
    """The calendar's shares against the targets; nothing for a calendar too short to judge."""
    mix_rule = next((c.rule for c in advice.for_kind("plan") if c.rule.type == "mix" and c.rule.status == "active"), None)
    needed = int(mix_rule.check.get("count", MIN_ROWS)) if mix_rule else MIN_ROWS
    if not calendar_judged(plan, needed):
        return ()
    rows = [r for r in plan.rows if r.category]
    bounds = mix_bounds(mix_rule, targets) if mix_rule else targets.bounds()
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


def _weight(rule: Rule | None, mix: tuple[MixLine, ...]) -> float:
    """What a fired rule costs: its weight; a mix rule with `step` loses it once for every `step`
    of share outside a bound (the farthest one): 75 % promotion against a 20 % ceiling costs
    5.5 times its weight, 25 % half of it."""
    if rule is None:
        return 0.0
    if rule.type == "mix" and rule.check.get("step"):
        return rule.weight * max((line.distance for line in mix), default=0.0) / float(rule.check["step"])
    return rule.weight


def _score(findings: tuple[Finding, ...], advice: Advice, mix: tuple[MixLine, ...]) -> int:
    """The posts' score, with a calendar's mix weighing in proportion (see `_weight`), and
    never in the `ready` band with a blocker."""
    scaled = {f.rule for f in findings if (r := advice.get(f.rule)) and r.type == "mix" and r.check.get("step")}
    score = score_for([f for f in findings if f.rule not in scaled], advice)
    score -= sum(_weight(advice.get(rule_id), mix) for rule_id in scaled)
    if any(f.severity == "blocker" for f in findings):
        score = min(score, 79)  # as for a post: a plan with a blocker is never ready to run
    return max(0, min(100, round(score)))


def _ordered(findings: tuple[Finding, ...], advice: Advice, mix: tuple[MixLine, ...]) -> tuple[Finding, ...]:
    """Most severe first, then what costs the most, then the checklist's order."""
    order = {topic: i for i, topic in enumerate(TOPIC_ORDER)}

    def key(f: Finding) -> tuple:
        return SEVERITY_RANK[f.severity], -_weight(advice.get(f.rule), mix), order.get(f.topic, len(order)), f.span[0]

    return tuple(sorted(findings, key=key))


def _verdict(band: str, findings: tuple[Finding, ...], language: str, plan: PlanInput) -> str:
    """Like a post's verdict, naming the topic of the first (weightiest) finding."""
    if not findings:
        return t("plan.verdict.clean" if plan.has_prose else "plan.verdict.clean-calendar", language)
    if band == "ready":
        return t("plan.verdict.ready", language, n=len(findings))
    return t(f"plan.verdict.{band}", language, topic=t(f"topic.{findings[0].topic}", language))


def review_plan(text: str, advice: Advice, language: str | None = None, fallback: str = "en",
                fmt: str | None = None, targets: Targets | None = None) -> PlanReview:
    """Review a plan (free text or Markdown), a calendar (CSV, YAML), or both in one text.
    `fmt` forces how to read it (csv, yaml, markdown); `targets` are the content-mix targets
    in force (a team's, bot.targets.targets_for), by default advice/targets.yaml.
    Raises PlanProblem; a calendar alone too short to judge is one (`too_short`)."""
    if not text or not text.strip():
        raise PlanProblem("empty")
    if len(text) > MAX_PLAN_CHARS:
        raise PlanProblem("too_long", size=len(text), limit=MAX_PLAN_CHARS)
    refresh()  # readings.yaml read again if an admin edited it (one stat): one vocabulary for the whole review
    if fmt not in ("csv", "yaml"):
        text = unshouted(text)  # a plan typed in capitals (a telegram) read in sentence case, the same length
    try:
        plan = parse_plan(text, None if fmt == "markdown" else fmt)
    except CalendarProblem as problem:
        raise PlanProblem(problem.code, **problem.values) from None
    if plan.has_calendar and not plan.has_prose and len(plan.rows) < MIN_ROWS:
        raise PlanProblem("too_short", n=len(plan.rows), min=MIN_ROWS)
    language, notices = _language(plan, language, fallback)
    plan = plan.classified(language, tagger_for(advice))
    targets = targets or bundled_targets()
    evidence: dict[str, tuple[int, int]] = {}  # the `section` checks write the statement that covers each part
    context = ReviewContext(advice, language=language, kind="plan", max_chars=MAX_PLAN_CHARS,
                            extra={"plan": plan, "targets": targets, "evidence": evidence})
    try:
        result = review(text, context)
    except DraftProblem as problem:
        raise PlanProblem(problem.code, **problem.values) from None
    mix = _mix(advice, plan, targets)
    findings = _ordered(result.findings, advice, mix)
    score = _score(findings, advice, mix)
    band = band_for(score)
    result = replace(result, findings=findings, score=score, band=band, notices=tuple(result.notices) + notices,
                     verdict=_verdict(band, findings, language, plan))
    rows = []
    for row in plan.rows:
        row_review = None
        if row.text:
            try:
                row_review = review(row.text, ReviewContext(advice, fallback=language, kind="post"))
            except DraftProblem:
                row_review = None
        rows.append(RowReview(row, row_review))
    checklist = _checklist(advice, plan, result.findings, evidence, language)
    return PlanReview(result, plan, checklist, mix, tuple(rows))
