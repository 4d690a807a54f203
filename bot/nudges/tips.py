"""The tip of the week: the channel's post rules in rotation over topics, the one shown longest ago first."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.advice import Advice
from bot.engine.rule import Rule


def post_rules(advice: Advice) -> list[Rule]:
    """The post rules in use (layers applied): the tip's pool."""
    return [r for r in advice.rules if r.status == "active" and "post" in r.applies_to]


def rotation(rules: Sequence[Rule]) -> list[Rule]:
    """Rules in tip order: round-robin over topics, so that two weeks in a row
    rarely talk about the same thing."""
    by_topic: dict[str, list[Rule]] = {}
    for rule in sorted(rules, key=lambda r: r.id):
        by_topic.setdefault(rule.topic, []).append(rule)
    order: list[Rule] = []
    depth = max((len(v) for v in by_topic.values()), default=0)
    for i in range(depth):
        order.extend(group[i] for _, group in sorted(by_topic.items()) if i < len(group))
    return order


def choose_tip(rules: Sequence[Rule], recent: Sequence[str], avoid: str = "") -> Rule | None:
    """The tip of the week: the first rule (in rotation order) never shown in
    this channel, else the one shown longest ago. `recent` is newest first;
    `avoid` (this week's idea) is skipped when there is another choice."""
    ordered = [r for r in rotation(rules) if r.id != avoid] or list(rotation(rules))
    if not ordered:
        return None
    age = {rule_id: i for i, rule_id in reversed(list(enumerate(recent)))}  # newest index wins
    never = [r for r in ordered if r.id not in age]
    if never:
        return never[0]
    return max(ordered, key=lambda r: age[r.id])
