"""Replay: what one rule would have flagged on what the team already posted.

    result = replay(rule, records)          # records: LoggedText, oldest first or not
    result.hits                             # the posts it would flag, with the findings

The rule runs alone and as if active (a shadow or switched-off rule too), so an
admin sees a change's effect before anyone else does. Records come from team
memory (`records_from_store`) or from any iterable, e.g. a test or an import.
Reviews keep only a fingerprint of the draft unless the workspace chose to keep
texts, so a review without text cannot be replayed: it is counted, not guessed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.engine.advice import compile_rules
from bot.engine.review import DraftProblem, Finding, ReviewContext, review
from bot.engine.rules import Rule, RuleSet
from bot.memory.store import Store

DAY = 86_400


@dataclass(frozen=True)
class LoggedText:
    """One thing the team wrote: a logged post, or a reviewed draft."""

    at: float  # seconds since 1970, UTC
    channel: str
    text: str | None  # None: only a fingerprint was kept
    source: str = "post"  # post | review
    workspace: str = ""
    ref: str = ""  # message or review id
    workspace_id: int | None = None  # team memory's row ids, for rules that read the history
    channel_id: int | None = None


@dataclass(frozen=True)
class ReplayHit:
    record: LoggedText
    language: str
    findings: tuple[Finding, ...]

    @property
    def when(self) -> str:
        return datetime.fromtimestamp(self.record.at, UTC).strftime("%Y-%m-%d %H:%M")

    def excerpt(self, around: int = 40, longest: int = 240) -> str:
        """The text around the matches, each match in [[double brackets]]."""
        text = self.record.text or ""
        spans = sorted(q.span for f in self.findings for q in f.places)
        while len(spans) > 1 and spans[-1][1] - spans[0][0] + 2 * around > longest:
            spans.pop()
        left = max(0, spans[0][0] - around)
        right = min(len(text), spans[-1][1] + around)
        out, pos = "…" if left else "", left
        for start, end in spans:
            out += text[pos:start] + "[[" + text[start:end] + "]]"
            pos = end
        out += text[pos:right] + ("…" if right < len(text) else "")
        return " ".join(out.split())


@dataclass
class ReplayResult:
    rule_id: str
    hits: list[ReplayHit] = field(default_factory=list)
    replayed: int = 0  # texts the rule ran on
    without_text: int = 0  # reviews with only a fingerprint
    not_reviewable: int = 0  # empty, too long, no words
    error: str = ""  # the rule could not run at all

    @property
    def flagged(self) -> int:
        return len(self.hits)


ExtraFor = Callable[[LoggedText], Mapping[str, Any]]


def replay(rule: Rule, records: Iterable[LoggedText], kind: str = "post", extra_for: ExtraFor | None = None,
           progress: Callable[[int], None] | None = None) -> ReplayResult:
    """Run `rule` alone, as if active, over the records' texts. `extra_for` gives each
    record what a review then could know (e.g. `history_extra`: the history as of then);
    `progress(1)` is called after each record."""
    result = ReplayResult(rule.id)
    alone = Rule(**{**rule.__dict__, "status": "active"})
    advice = compile_rules(RuleSet([alone], []))
    if advice.errors:
        result.error = str(advice.errors[0])
        return result
    for record in sorted(records, key=lambda r: r.at):
        if progress is not None:
            progress(1)
        if record.text is None:
            result.without_text += 1
            continue
        context = ReviewContext(advice, kind=kind, extra=extra_for(record) if extra_for else {})
        try:
            found = review(record.text, context)
        except DraftProblem:
            result.not_reviewable += 1
            continue
        result.replayed += 1
        findings = tuple(f for f in found.findings if f.rule == rule.id)
        if findings:
            result.hits.append(ReplayHit(record, found.language, findings))
    return result


# -- team memory ----------------------------------------------------------------


def records_from_store(store: Store, days: int = 30, workspace: str | None = None, channel: str | None = None,
                       now: float | None = None) -> list[LoggedText]:
    """The team's own posts with text from the last `days` days, then the reviews of the
    same window that are not already covered by a logged post (their draft text, if
    the workspace keeps texts, else None)."""
    since = int((now if now is not None else time.time()) - days * DAY)
    conn = store.conn
    where, params = "", []
    if workspace:
        where += " AND w.platform_id = ?"
        params.append(workspace)
    if channel:
        where += " AND c.platform_id = ?"
        params.append(channel)
    posts = conn.execute(
        "SELECT p.posted_at, coalesce(nullif(c.name, ''), c.platform_id), p.text, w.platform_id, p.message_id, "
        "w.id, c.id "
        "FROM posts p JOIN workspaces w ON w.id = p.workspace_id JOIN channels c ON c.id = p.channel_id "
        f"WHERE p.kind = 'team' AND p.posted_at >= ? AND p.text IS NOT NULL AND p.text != ''{where} "
        "ORDER BY p.posted_at", [since, *params]).fetchall()
    reviews = conn.execute(
        "SELECT r.reviewed_at, coalesce(nullif(c.name, ''), c.platform_id, ''), r.draft_text, w.platform_id, r.id, "
        "w.id, c.id "
        "FROM reviews r JOIN workspaces w ON w.id = r.workspace_id LEFT JOIN channels c ON c.id = r.channel_id "
        "LEFT JOIN posts p ON p.id = r.post_id "
        f"WHERE r.reviewed_at >= ? AND (r.kind IS NULL OR r.kind = 'post') "
        f"AND (p.id IS NULL OR p.text IS NULL OR p.text = ''){where} "
        "ORDER BY r.reviewed_at", [since, *params]).fetchall()
    out = [LoggedText(float(at), ch or "", text, "post", ws, ref, ws_id, ch_id)
           for at, ch, text, ws, ref, ws_id, ch_id in posts]
    out += [LoggedText(float(at), ch or "", text or None, "review", ws, ref, ws_id, ch_id)
            for at, ch, text, ws, ref, ws_id, ch_id in reviews]
    return out


def history_extra(store: Store, advice: Any = None) -> ExtraFor:
    """For history rules: each record sees team memory as it was just before it was written."""
    from bot.engine.categories import tagger_for
    from bot.memory.history import HistoryView, default_tagger

    tagger = tagger_for(advice) if advice is not None else default_tagger()
    if not tagger.rules:
        tagger = default_tagger()

    def extra(record: LoggedText) -> Mapping[str, Any]:
        if record.workspace_id is None:
            return {}
        return {"history": HistoryView(store, record.workspace_id, record.channel_id, record.at - 1, tagger)}

    return extra

