"""How a `signals` finding is told: where it points, which signals it quotes, how strong it is."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.engine import measures
from bot.engine.checks.base import Hit
from bot.engine.rounding import rounder

Span = tuple[int, int]
_ONE = rounder(1)  # the sum the message shows


@dataclass(frozen=True)
class Quoting:
    """What the quoting reads of a compiled rule."""

    threshold: float
    blocker_at: float | None
    quote: int  # how many signals a finding quotes
    weights: Mapping[str, float]
    context: frozenset[str]  # signals that only say where a sale could happen
    labels: Mapping[str, str]  # what the message calls each signal
    order: Mapping[str, int]  # each signal's place in the rule: breaks a tie between signals of one weight at one place


def quoted(unit: Span, fired: Mapping[str, list[Span]], score: float, text: str, rule: Quoting) -> Hit:
    """One finding per sum that fires: it points at the strongest selling signal present, and
    quotes the next strongest too (`quote` in all), each at its first place not already quoted.
    Context signals come after every selling one, whatever their weight: "@name" or a link is
    where a sale could happen, never why the draft reads as one."""
    values: dict[str, Any] = {"value": _ONE(score), "threshold": rule.threshold, "count": len(fired)}
    strength = score / rule.threshold if rule.threshold > 0 else 1.0
    severity = "blocker" if rule.blocker_at is not None and score >= rule.blocker_at else None
    weights = rule.weights
    # Ranked by (context, weight, first place), then the rule's order of signals: never the order they were
    # found in, which follows the RE2 sets' answers and moved between processes (session 35: two deposit signals of
    # one weight at one place were quoted one way or the other from run to run).
    order = rule.order
    ranked = sorted((name in rule.context, -weights[name], spans[0], order[name], name)
                    for name, spans in fired.items() if spans)
    chosen: list[Span] = []
    names: list[str] = []
    overlaps = measures.overlaps
    for _, less, _, _, name in ranked:
        if len(chosen) >= rule.quote or -less <= 0:
            break
        span = next((sp for sp in fired[name] if not overlaps(sp, chosen)), None)
        if span is not None:
            span = _trimmed(span, text)  # a pattern's boundary character (" @name") is not quoted
            chosen.append(span)
            names.append(name)
    if not chosen:  # only measures of the whole unit (capitals share, length): point at it
        best = max(fired, key=lambda n: weights[n])
        return Hit(unit[0], unit[1], {**values, "signal": best, "signals": said(rule.labels, [best])},
                   strength=strength, severity=severity)
    in_order = [name for _, name in sorted(zip(chosen, names, strict=True))]  # as the quotes read
    return Hit(chosen[0][0], chosen[0][1], {**values, "signal": names[0], "signals": said(rule.labels, in_order)},
               more=tuple(chosen[1:]), strength=strength, severity=severity)


def said(labels: Mapping[str, str], names: list[str]) -> str:
    """The quoted signals as the message says them ("a prize, a premium number, small print"),
    each label once, in the order given; a signal without a label is said by its name."""
    return ", ".join(dict.fromkeys(labels.get(name) or name.replace("-", " ") for name in names))


def _trimmed(span: Span, text: str) -> Span:
    """The span without the blanks a pattern took at its edges, nor the stop it read a clause's opening
    after ("! Tapissier sur Angers": the quote is the trade)."""
    start, end = span
    while start < end - 1 and (text[start].isspace() or (text[start] in ".!?" and text[start + 1].isspace())):
        start += 1
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return start, end
