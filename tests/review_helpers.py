"""What the rule tests share: the bundled advice, loaded once per worker, the rules a draft fires in a
given language, and the two assertions every round's table of pairs makes (an ordinary draft stays quiet
on a rule, its twin draws it), worded once so that a failure names the rule, the draft and what it drew.

`rules` names what a pair is about: one rule id ("hard-sell.pushy"), a family by its prefix ending in a
dot ("hard-sell."), or a collection of either; the draft is quiet when none of them fires and draws them
when at least one does."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from bot.engine.advice import Advice, load_advice
from bot.engine.findings import Finding
from bot.engine.review import ReviewContext, review

Rules = str | Collection[str]


@lru_cache(maxsize=1)
def advice() -> Advice:
    return load_advice()


def findings(text: str, lang: str) -> list[Finding]:
    """Every finding on `text`, reviewed as `lang`."""
    return list(review(text, ReviewContext(advice(), language=lang)).findings)


def fired(text: str, lang: str) -> set[str]:
    """The ids of the rules with a finding on `text`, reviewed as `lang`."""
    return {f.rule for f in findings(text, lang)}


def _named(rule: str, rules: Rules) -> bool:
    """Whether `rule` is one `rules` names: an id itself, or a family prefix ending in a dot."""
    names = (rules,) if isinstance(rules, str) else rules
    return any(rule.startswith(name) if name.endswith(".") else rule == name for name in names)


def _seen(found: list[Finding]) -> str:
    """The findings as a failure message shows them: each rule with the words it pointed at."""
    return "; ".join(f"{f.rule} on {f.excerpt!r}" for f in found) or "no finding"


def quiet(text: str, lang: str, rules: Rules) -> None:
    """Fail unless none of `rules` fires on `text` (an ordinary draft that must stay quiet)."""
    found = findings(text, lang)
    hits = sorted({f.rule for f in found if _named(f.rule, rules)})
    assert not hits, f"{hits} fired on the ordinary {lang} draft {text!r} (seen: {_seen(found)})"


def fires(text: str, lang: str, rules: Rules) -> None:
    """Fail unless at least one of `rules` fires on `text` (the twin that must still draw it)."""
    found = findings(text, lang)
    assert any(_named(f.rule, rules) for f in found), (
        f"{_label(rules)} did not fire on the {lang} draft {text!r} (seen: {_seen(found)})")


def silent(text: str, lang: str) -> None:
    """Fail unless `text` draws no finding of any rule (news, a headline: nothing to coach)."""
    found = findings(text, lang)
    assert not found, f"the {lang} draft {text!r} should draw nothing (seen: {_seen(found)})"


def numbered(rows: Sequence[Sequence[object]], column: int = 0) -> list[str]:
    """Test ids for a table: a column's value (the language, or the rule) and the row's place in it."""
    return [f"{row[column]}-{i}" for i, row in enumerate(rows)]


def bilingual(pairs: Sequence[tuple[str, str, str]]) -> list[object]:
    """Parameters (text, lang) for a table of (what, English, French) rows: each row's two drafts, with ids that
    name the language and what the row is."""
    import pytest

    return [pytest.param(text, lang, id=f"{lang}-{what}") for what, en, fr in pairs for lang, text in (("en", en), ("fr", fr))]


def _label(rules: Rules) -> str:
    return repr(rules) if isinstance(rules, str) else repr(sorted(rules))
