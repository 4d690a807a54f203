"""Self-verifying rules: every rule's examples are run against the rule alone.

A bad example marks where the rule must fire with [[double brackets]]; a good
example must stay silent; a finding with a fix must disappear once fixed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.engine.advice import Advice, compile_rules
from bot.engine.review import DraftProblem, ReviewContext, review
from bot.engine.rules import LANGUAGES, Rule, RuleSet

_MARK = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)


def unmark(example: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip [[...]] markers; return the text and the marked spans."""
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    pos = 0
    for m in _MARK.finditer(example):
        out.append(example[pos : m.start()])
        start = sum(map(len, out))
        out.append(m.group(1))
        spans.append((start, start + len(m.group(1))))
        pos = m.end()
    out.append(example[pos:])
    return "".join(out), spans


@dataclass(frozen=True)
class ExampleFailure:
    rule: str
    language: str
    kind: str  # bad | good | fix
    example: str
    problem: str

    def __str__(self) -> str:
        return f"{self.rule} [{self.language}] {self.kind} example {self.example!r}: {self.problem}"


def apply_fixes(text: str, fixes: list[tuple[tuple[int, int], str]]) -> str:
    for (start, end), replacement in sorted(fixes, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


ExtraFor = Callable[[Rule, str], Mapping[str, Any]]


def verify_rule(rule: Rule, extra_for: ExtraFor | None = None) -> list[ExampleFailure]:
    """Check one rule's examples in both languages, with the rule switched on alone."""
    alone = Rule(**{**rule.__dict__, "status": "active"})
    advice: Advice = compile_rules(RuleSet([alone], []))
    if advice.errors:
        return [ExampleFailure(rule.id, "-", "compile", "", str(e)) for e in advice.errors]
    # A rule is tried on what it applies to: posts first, else plans, else post categories.
    kind = "post" if "post" in rule.applies_to else rule.applies_to[0]
    failures: list[ExampleFailure] = []
    for lang in LANGUAGES:
        extra = extra_for(rule, lang) if extra_for else {}
        context = ReviewContext(advice, language=lang, kind=kind, extra=extra)

        def spans_of(text: str, context: ReviewContext = context) -> list[Any]:
            try:
                return [f for f in review(text, context).findings if f.rule == rule.id]
            except DraftProblem as exc:
                raise AssertionError(f"not reviewable ({exc.code})") from None

        examples = rule.lang(lang)["examples"]
        for example in examples["bad"]:
            text, marked = unmark(example)
            try:
                found = spans_of(text)
            except AssertionError as exc:
                failures.append(ExampleFailure(rule.id, lang, "bad", example, str(exc)))
                continue
            got = sorted(q.span for f in found for q in f.places)  # a finding may quote several places
            if not marked:
                failures.append(ExampleFailure(rule.id, lang, "bad", example, "no [[span]] marked"))
            elif got != sorted(marked):
                shown = [text[s:e] for s, e in got] or "nothing"
                failures.append(ExampleFailure(rule.id, lang, "bad", example, f"fired at {shown}"))
            fixes = [(f.span, f.fix) for f in found if f.fix is not None]
            if fixes:
                fixed = apply_fixes(text, fixes)
                if spans_of(fixed):
                    failures.append(ExampleFailure(rule.id, lang, "fix", example, f"still fires after the fix: {fixed!r}"))
        for example in examples["good"]:
            try:
                found = spans_of(example)
            except AssertionError as exc:
                failures.append(ExampleFailure(rule.id, lang, "good", example, str(exc)))
                continue
            if found:
                failures.append(ExampleFailure(rule.id, lang, "good", example,
                                               f"fired at {[example[s:e] for s, e in (f.span for f in found)]}"))
    return failures
