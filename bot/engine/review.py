"""The review: a draft in, a scored list of findings out. Pure and deterministic.

    review(draft, ReviewContext(advice)) -> Review

The score starts at 100 and loses each fired rule's weight (a little more when
the same rule fires again, at most 1.5 times its weight; a signals rule's sum far past
its threshold weighs up to twice as much). Bands: 80 and up
ready to post, 60-79 worth another pass, under 60 rethink it. A warning or a blocker
caps the score at 79: "ready to post" leaves only suggestions and tips to consider (a
hard-sell warning beside a green "ready" read as leave to post it); the verdict names
a blocker.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from string import Formatter
from typing import Any

from bot.engine import latin1, quoting
from bot.engine.advice import Advice, CompiledRule
from bot.engine.checks.base import Hit, Scope
from bot.engine.entrance import Composed, compose, encodable
from bot.engine.findings import Finding, Quote, UnfrozenFinding
from bot.engine.language import detect
from bot.engine.rounding import rounder
from bot.engine.ruleplan import planned
from bot.engine.rules import SEVERITIES, Rule
from bot.engine.text import Doc, fold
from bot.lazyre import lazy
from bot.messages import catalog, fill, t

SCHEMA_VERSION = 1
MAX_CHARS = 8_000
SEVERITY_RANK = {name: rank for rank, name in enumerate(reversed(SEVERITIES))}  # blocker = 0
_CONTROL = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_LETTERS = lazy(r"[^\W\d_]{2,}")


class DraftProblem(ValueError):
    """A draft Coach cannot review, with a polite explanation in both languages."""

    def __init__(self, code: str, **values: Any):
        super().__init__(code)
        self.code = code
        self.values = values

    def message(self, language: str) -> str:
        return t(f"draft.{self.code}", language, **self.values)


@dataclass(frozen=True)
class Review:
    """A draft's review: its language, score, band, verdict and findings."""

    language: str
    score: int
    band: str
    verdict: str
    findings: tuple[Finding, ...]
    shadow: tuple[Finding, ...] = ()  # matches of shadow rules: recorded, never shown
    notices: tuple[str, ...] = ()  # mixed | guessed | control
    kind: str = "post"

    @property
    def blockers(self) -> int:
        return sum(f.severity == "blocker" for f in self.findings)

    @property
    def rules(self) -> list[str]:
        return sorted({f.rule for f in self.findings})

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "kind": self.kind,
            "language": self.language,
            "score": self.score,
            "band": self.band,
            "verdict": self.verdict,
            "notices": list(self.notices),
            "findings": [f.to_json() for f in self.findings],
        }


def _review_init(self: Review, language: str, score: int, band: str, verdict: str, findings: tuple[Finding, ...],
                 shadow: tuple[Finding, ...] = (), notices: tuple[str, ...] = (), kind: str = "post") -> None:
    """The dataclass's own __init__, its fields put in the instance's dict in one call (a frozen
    dataclass sets each through object.__setattr__: a fifth of a review's bookkeeping)."""
    self.__dict__.update(language=language, score=score, band=band, verdict=verdict, findings=findings, shadow=shadow,
                         notices=notices, kind=kind)


Review.__init__ = _review_init  # type: ignore[method-assign]


@dataclass(frozen=True)
class ReviewContext:
    """What a review needs besides the draft: the advice, and any forced choices."""

    advice: Advice
    language: str | None = None  # forced language; None = detect
    fallback: str = "en"  # when the draft is too short to tell
    kind: str = "post"
    extra: Mapping[str, Any] = field(default_factory=dict)  # e.g. {"history": HistoryView}
    max_chars: int = MAX_CHARS


_TWO = rounder(2)  # a finding's strength
READY = 80  # the lowest score of the `ready` band
NOT_READY = frozenset({"warning", "blocker"})  # severities that keep a draft out of the `ready` band


def band_for(score: int) -> str:
    return "ready" if score >= READY else "another-pass" if score >= 60 else "rethink"


def prepare(draft: str, max_chars: int = MAX_CHARS) -> tuple[str, bool]:
    """Check a draft is reviewable; blank out control characters (offsets are kept).
    Letters are looked for in composed form: "e" + a combining accent is a letter."""
    if not draft or not draft.strip():
        raise DraftProblem("empty")
    if len(draft) > max_chars:
        raise DraftProblem("too_long", size=len(draft), limit=max_chars)
    return _cleaned(encodable(draft))


def _cleaned(draft: str) -> tuple[str, bool]:
    """prepare() of a draft already encodable and within its size."""
    cleaned = _CONTROL.sub(" ", draft) if _has_control(draft) else draft
    if not _has_letters(cleaned) and not _LETTERS.search(compose(cleaned).text):
        raise DraftProblem("no_words")
    return cleaned, cleaned is not draft


def _has_letters(text: str) -> bool:
    """Whether `_LETTERS` finds two letters in a row. Most drafts open on a word: when the first two characters
    are letters (str.isalpha: a letter of the class, never a figure nor "_"), no search is made."""
    head = text[:2]
    return len(head) == 2 and head.isalpha() or _LETTERS.search(text) is not None


# The Latin-1 characters of _CONTROL as 0, every other byte 1: an ASCII or Latin-1 draft is asked in two C passes
# (translate, then a search for 0) instead of the regex's ~50 instructions a character (session 27, speed44; Latin-1
# drafts, most French ones, since speed55b).
_LATIN1_CONTROL = bytes(0 if (code < 32 and code not in (9, 10, 13)) or 127 <= code <= 159 else 1 for code in range(256))


def _has_control(draft: str) -> bool:
    """Whether the draft holds a character of _CONTROL."""
    raw = latin1.narrow(draft)
    if raw is not None:
        return 0 in raw.translate(_LATIN1_CONTROL)
    return _CONTROL.search(draft) is not None


def _merge(hits: list[Hit]) -> list[tuple[Hit, int]]:
    """Overlapping hits of one rule become one finding (with the places each quotes)."""
    if len(hits) == 1:  # most rules that fire: one hit, nothing to merge
        return [(hits[0], 1)]
    merged: list[tuple[Hit, int]] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if merged and hit.start < merged[-1][0].end:
            last, count = merged[-1]
            more = last.more + tuple(sp for sp in hit.more if sp not in last.more)
            severity = min((s for s in (last.severity, hit.severity) if s), key=lambda s: SEVERITY_RANK.get(s, 99),
                           default=None)
            merged[-1] = (Hit(last.start, max(last.end, hit.end), last.values, last.fix, more,
                              max(last.strength, hit.strength), severity), count + 1)
        else:
            merged.append((hit, 1))
    return merged


def _quotes(text: str, hit: Hit) -> tuple[Quote, ...]:
    """The places of a finding that quotes more than its span, in draft order, without overlaps."""
    if not hit.more:
        return ()
    places: list[tuple[int, int]] = []
    for start, end in sorted({quoting.whole(text, hit.start, hit.end), *(quoting.whole(text, *span) for span in hit.more)}):
        if places and start < places[-1][1]:
            places[-1] = (places[-1][0], max(end, places[-1][1]))
        else:
            places.append((start, end))
    return tuple(Quote(span, text[span[0] : span[1]]) for span in places)


_Texts = tuple[Rule, str, str, tuple[str, ...], str, str, bool, frozenset[str] | None]
_TEXTS: dict[tuple[int, str], _Texts] = {}


def _fields(template: str) -> frozenset[str] | None:
    """The names a message's placeholders read, when each is a plain name (None: anything else,
    which takes the general path: a default for a missing name)."""
    try:
        parsed = [(name, spec) for _, name, spec, _ in Formatter().parse(template) if name is not None]
    except ValueError:
        return None
    if any(not name.isidentifier() or "{" in (spec or "") for name, spec in parsed):
        return None
    return frozenset(name for name, _ in parsed)


def _texts(rule: Rule, language: str) -> _Texts:
    """A rule's fixed words in a language (why, how, suggestions, source), its message,
    whether that has plural forms to choose and the names it reads, prepared once."""
    found = _TEXTS.get((id(rule), language))
    if found is None or found[0] is not rule:
        block = rule.lang(language)
        if len(_TEXTS) > 4096:  # rules of reloaded advice: keep the cache bounded
            _TEXTS.clear()
        message = block["message"]
        found = _TEXTS[(id(rule), language)] = (rule, block["why"].strip(), block["how"].strip(),
                                                 tuple(block.get("suggestions") or ()), rule.source.cite(language),
                                                 message, "|" in message, _fields(message))
    return found


def _finding(rule: Rule, language: str, text: str, hit: Hit, count: int) -> Finding:
    _, why, how, suggestions, source, template, plurals, names = _texts(rule, language)
    # whole words quoted; a fix replaces exactly what its rule matched
    start, end = quoting.whole(text, hit.start, hit.end) if hit.fix is None else (hit.start, hit.end)
    excerpt = text[start:end]
    shown = quoting.inner(excerpt, language)  # the message puts its own marks around it
    values = {"match": shown if len(shown) <= 80 else shown[:77] + "…"}
    if hit.values:
        for key, value in hit.values.items():
            if value is not None:
                values[key] = value
    if plurals or names is None or not values.keys() >= names:  # (most messages read only what they are given)
        values = _Defaulting(values)
    try:
        message = fill(template, language, values) if plurals else template.format_map(values)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError):  # an admin's odd template ("{x.y}") is shown as written
        message = template
    severity = rule.severity if hit.severity is None else _severity(rule.severity, hit.severity)
    # 1.0 for every rule but a signals sum past its threshold: round() is dear (dtoa), so only those are rounded,
    # and a strength met before is not rounded again (bot.engine.rounding)
    strength = hit.strength if hit.strength == 1.0 else _TWO(hit.strength)
    # Positional, in the fields' order (faster than keywords for a dataclass built per finding).
    return UnfrozenFinding(rule.id, rule.topic, severity, (start, end), excerpt, message, why, how, suggestions,  # type: ignore[return-value]
                 hit.fix, source, count, _quotes(text, hit) if hit.more else (), strength)


def _severity(own: str, raised: str | None) -> str:
    """The rule's severity, or the one a hit raises it to (never lowered)."""
    if raised is None or SEVERITY_RANK.get(raised, 99) >= SEVERITY_RANK.get(own, 99):
        return own
    return raised


class _Defaulting(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


STRENGTH_CAP = 2.0  # a finding weighs at most twice its rule's weight for how strongly it fired


def _scale(strength: float) -> float:
    """A sum at its threshold weighs the rule's weight; twice the threshold 1.5 times; three times or more, twice.
    (Comparisons rather than min() and max(): the same values, without a builtin call's argument parsing.)"""
    over = strength - 1
    scaled = 1 + (over if over > 0.0 else 0.0) / 2
    return STRENGTH_CAP if scaled > STRENGTH_CAP else scaled


def score_for(findings: tuple[Finding, ...] | list[Finding], advice: Advice) -> int:
    if not findings:
        return 100
    per_rule: dict[str, tuple[int, float]] = {}  # rule -> (matches, strongest, from 1), in the findings' order
    for f in findings:
        known = per_rule.get(f.rule)
        strongest = 1.0 if known is None else known[1]
        per_rule[f.rule] = (f.count if known is None else known[0] + f.count,
                            f.strength if f.strength > strongest else strongest)
    penalty = 0.0
    for rule_id, (n, strength) in per_rule.items():
        rule = advice.get(rule_id)
        weight = rule.weight if rule else 0.0
        repeated = 1 + 0.25 * (n - 1)
        penalty += weight * (1.5 if repeated > 1.5 else repeated) * _scale(strength)
    score = round(100 - penalty)
    return 0 if score < 0 else 100 if score > 100 else score


_SAID: dict[tuple[Any, ...], tuple[object, str]] = {}


def _said(key: str, language: str, **values: Any) -> str:
    """t(), remembered: a verdict is one of a few sentences, and filling one (plural forms) is
    dear. Kept with the catalog it was read from (a catalog read again is asked again)."""
    memo = (key, language, *values.items())
    messages = catalog()
    known = _SAID.get(memo)
    if known is not None and known[0] is messages:
        return known[1]
    if len(_SAID) > 4096:  # counts and topic lists: keep the cache bounded
        _SAID.clear()
    said = t(key, language, **values)
    _SAID[memo] = (messages, said)
    return said


def verdict_for(score: int, findings: tuple[Finding, ...], language: str, advice: Advice | None = None) -> str:
    """One sentence: clean, blocked (and by what), ready, or the topic to rework first: the one
    whose findings cost the score most (rule weight times strength), then the most findings."""
    band = band_for(score)
    if not findings:
        return _said("verdict.clean", language)
    blocking = list(dict.fromkeys(f.topic for f in findings if f.severity == "blocker"))
    if blocking:
        topics = ", ".join(_said(f"topic.{topic}", language) for topic in blocking)
        return _said("verdict.blocked", language, n=len(blocking), topics=topics)
    if band == "ready":  # the points a reply shows: one per rule, its other places quoted with it
        return _said("verdict.ready", language, n=len({f.rule for f in findings}))
    topics: dict[str, tuple[float, int]] = {}
    for f in findings:
        rule = advice.get(f.rule) if advice is not None else None
        cost, count = topics.get(f.topic, (0.0, 0))
        topics[f.topic] = (cost + (rule.weight * _scale(f.strength) if rule else 0.0), count + 1)
    topic = _said(f"topic.{max(topics, key=topics.__getitem__)}", language)  # ties: the first in the reply
    return _said(f"verdict.{band}", language, topic=topic)


def run_rules(doc: Doc, rules: list[CompiledRule], scope: Scope, sent: str | None = None,
              composed: Composed | None = None) -> tuple[list[Finding], list[Finding]]:
    """Every rule's findings; spans and excerpts on `sent` (the draft as sent) when the
    checks read a composed form of it."""
    visible: list[Finding] = []
    shadow: list[Finding] = []
    source = doc.text if sent is None else sent
    for compiled, run in planned(rules, doc.language).calls(scope):  # (the rules whose tests pass: ruleplan.py)
        hits = run(scope)
        if not hits:
            continue
        if composed is not None and composed.starts:
            hits = [Hit(*composed.span(h.start, h.end), h.values, h.fix,
                        tuple(composed.span(s, e) for s, e in h.more), h.strength, h.severity) for h in hits]
        target = shadow if compiled.rule.status == "shadow" else visible
        target.extend(_finding(compiled.rule, doc.language, source, hit, n) for hit, n in _merge(hits))
    return visible, shadow


def review(draft: str, context: ReviewContext) -> Review:
    """Review one draft. Raises DraftProblem for drafts that cannot be reviewed.

    Findings point at the draft's own characters: `draft[start:end] == excerpt` (a lone
    surrogate, which no text can carry, reads as U+FFFD)."""
    sent = encodable(draft)
    if not sent or not sent.strip() or len(sent) > context.max_chars:
        prepare(sent, context.max_chars)  # says what is wrong with it
    blanked, had_control = _cleaned(sent)
    composed = compose(blanked)
    text = composed.text
    notices: list[str] = ["control"] if had_control else []
    folded = fold(text)
    if context.language:
        language = context.language
    else:
        detection = detect(text, context.fallback, folded)
        language = detection.language
        notices += ["mixed"] if detection.mixed else []
        notices += ["guessed"] if detection.guessed else []
    doc = Doc(text, language, folded)
    if not any(end - start > 1 for start, end in zip(doc.tokens.starts, doc.tokens.ends, strict=True)):
        raise DraftProblem("no_words")  # only links, mentions, hashtags, emoji or symbols
    scope = Scope(doc, context.advice.indexes[language].scan(doc.tokens, context.kind), dict(context.extra))
    visible, shadow = run_rules(doc, context.advice.for_kind(context.kind), scope, sent, composed)
    visible.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.span[0], f.rule))
    findings = tuple(visible)
    score = score_for(findings, context.advice)
    if score >= READY and any(f.severity in NOT_READY for f in findings):
        score = READY - 1  # a warning is a real problem for the post, a blocker "do not post this as it is": never ready
    return Review(
        language=language,
        score=score,
        band=band_for(score),
        verdict=verdict_for(score, findings, language, context.advice),
        findings=findings,
        shadow=tuple(shadow),
        notices=tuple(notices),
        kind=context.kind,
    )
