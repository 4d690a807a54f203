"""What a `signals` rule may say (bot/engine/checks/signals.py): its schema, and the errors
the schema cannot express (unknown or combined signals, patterns RE2 refuses), each at its key path."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.engine import lists
from bot.engine.checks.base import setting
from bot.engine.checks.exception_patterns import SCHEMA as CARVE
from bot.engine.checks.signals_reported import SCHEMA as REPORTED
from bot.engine.patterns import compile_regex
from bot.engine.rule import LANGUAGES, Problem

# Measures computed on the whole draft or sentence: they fire without words to point at.
UNIT_METRICS = ("caps_ratio", "length", "words")
_METRICS = ["caps_ratio", "shouting", "exclamations", "questions", "links", "distinct_links", "hashtags", "mentions", "emoji", "prices",
            "percentages", "phone_numbers", "short_codes", "length", "words"]
SIGNALS_SCHEMA = {
    "type": "object", "minProperties": 1,
    "description": ("signals: name -> weight and what it is (a metric, a pattern, all/any of other signals; "
                    "phrases go under fr/en)"),
    "propertyNames": {"pattern": "^[a-z0-9][a-z0-9_-]*$"},
    "additionalProperties": {
        "type": "object", "required": ["weight"], "additionalProperties": False,
        "properties": {
            "weight": {"type": "number", "minimum": -100, "maximum": 100},
            "metric": {"enum": _METRICS},
            "min": {"type": "number", "minimum": 0},
            "max": {"type": "number", "minimum": 0},
            "caps_words": {"type": "integer", "minimum": 2},
            "pattern": {"type": "string", "minLength": 1,
                        "description": "RE2, or \"@name\": the patterns of a shared list (advice/lists)"},
            "fold": {"type": "boolean"},
            "at": {"enum": ["start"], "description": "start: only matches that open a sentence or clause (imperatives)"},
            "context": {"type": "boolean", "description": ("true: counts only where a signal that is not context "
                                                           "(with a positive weight) is present too")},
            "register": {"type": "boolean", "description": (
                "true: a mark of the whole draft's register (a school office's, a staff memo's): in a long draft "
                "read paragraph by paragraph (paragraphs_from), it counts in every paragraph, wherever it stands")},
            "all": {"type": "array", "minItems": 2, "items": {"type": "string"}},
            "any": {"type": "array", "minItems": 2, "items": {"type": "string"}},
        },
    },
}


def phrase_block(value: Any) -> dict[str, Any]:
    """A language block's signal: a phrase list, or a mapping with phrases / exceptions / pattern."""
    return {"phrases": value} if isinstance(value, list) else dict(value or {})


# -- validation: what the schema cannot say ------------------------------------------


def problems(data: dict[str, Any]) -> list[Problem]:
    """Errors of a signals rule, as (key path, problem)."""
    errors: list[tuple[list[str | int], str]] = []
    check_ = data["check"]
    declared: dict[str, dict[str, Any]] = check_.get("signals") or {}
    if "threshold" not in check_:
        errors.append((["check", "threshold"], "missing (required for type signals)"))
    if not declared:
        errors.append((["check", "signals"], "missing (required for type signals): name each signal with its weight"))
    fold = bool(check_.get("fold", True))
    has_words = {name: False for name in declared}
    for lang in LANGUAGES:
        for name in data[lang].get("labels") or {}:
            if name not in declared:
                errors.append(([lang, "labels", name], f"unknown signal (known: {', '.join(sorted(declared))})"))
        local = data[lang].get("signals") or {}
        for name, value in local.items():
            if name not in declared:
                errors.append(([lang, "signals", name], f"unknown signal (declare it under check.signals "
                                                         f"with its weight; known: {', '.join(sorted(declared))})"))
                continue
            own = phrase_block(value)
            if own.get("phrases") or own.get("pattern"):
                has_words[name] = True
            for key in ("phrases", "exceptions"):
                for i, phrase in enumerate(own.get(key) or []):
                    if str(phrase).strip().startswith("*"):
                        path: list[str | int] = [lang, "signals", name] + ([key] if isinstance(value, dict) else [])
                        errors.append((path + [i], "a phrase cannot start with the wildcard *"))
            if own.get("pattern"):
                errors += _pattern_error([lang, "signals", name, "pattern"], own["pattern"],
                                         bool(declared[name].get("fold", fold)))
    for name, spec in declared.items():
        at = ["check", "signals", name]
        kinds = [key for key in ("metric", "all", "any") if key in spec]
        if len(kinds) > 1:
            errors.append((at + [kinds[1]], f"a signal is one thing: {kinds[0]} or {kinds[1]}, not both"))
        for key in ("all", "any"):
            for i, part in enumerate(spec.get(key, ())):
                target = declared.get(part)
                if target is None:
                    errors.append((at + [key, i], f"unknown signal {part!r}"))
                elif "all" in target or "any" in target:
                    errors.append((at + [key, i], f"{part!r} is itself a combination: combine plain signals"))
        if "pattern" in spec:
            errors += _pattern_error(at + ["pattern"], spec["pattern"], bool(spec.get("fold", fold)))
        if not kinds and "pattern" not in spec and not has_words.get(name):
            errors.append((at, "nothing to match: give it phrases or a pattern under fr/en, "
                               "a pattern, a metric, or all/any"))
        if spec.get("metric") in UNIT_METRICS and "min" not in spec and "max" not in spec:
            errors.append((at + ["min"], f"metric {spec['metric']} needs min or max"))
    return errors


def _pattern_error(path: list[str | int], pattern: str, fold: bool) -> list[Problem]:
    if lists.ref_name(pattern) is not None:  # a shared list's patterns ("@headline"), checked with the list
        return lists.ref_problems(path, pattern)
    try:
        compile_regex(pattern, fold, lazy=False)  # exactly as the check compiles it
    except Exception as exc:  # re2.error, or anything RE2 raises on what folding made of it
        return [(path, f"not a valid RE2 pattern: {exc}")]
    return []


@dataclass(frozen=True)
class Settings:
    """Read by the Scorer; `threshold` and `signals` are required, said by `problems`."""

    threshold: float | None = setting(None)
    signals: dict[str, Any] = setting({}, SIGNALS_SCHEMA)
    per: str = setting("draft", {"enum": ["draft", "sentence"],
                                 "description": "signals: sum over the whole draft (default) or per sentence"})
    quote: int = setting(3, {"type": "integer", "minimum": 1,
                             "description": "signals: how many of the strongest signals the finding quotes (default 3)"})
    blocker_at: float | None = setting(None, {
        "type": "number", "description": ("signals: a second, confident threshold: a sum that reaches it makes the "
                                          "finding a blocker (do not post this as it is)")})
    fold: bool = setting(True)
    caps_words: int = setting(4)
    paragraphs_from: int | None = setting(None, {
        "type": "integer", "minimum": 1,
        "description": ("signals, per draft: from this many words, each paragraph (text between blank lines) "
                        "is also summed on its own, and one whose sum reaches the threshold fires")})
    reported_quotes: Any = setting(None, REPORTED)
    exception_pattern: Any = setting(None, CARVE)
    paragraph_less: float = setting(0.0, {
        "type": "number", "minimum": 0,
        "description": "signals: what a paragraph's own sum takes off (paragraphs_from): it is still part of a long text"})
