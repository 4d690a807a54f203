"""Loading and validating rule files, for a given set of check types.

bot.engine.rules does the same with every type (what callers use); the categories tagger
uses this module with the few types its lexicons need, below the plan check types.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.engine import examplefile, lists, packcache
from bot.engine.checks import gate
from bot.engine.checks.base import CheckType
from bot.engine.located import LocatedYaml
from bot.engine.patterns import pattern_problem
from bot.engine.rule import (
    LANGUAGES,
    PLACEHOLDERS,
    Problem,
    Rule,
    RuleError,
    RuleSet,
    display_path,
    key_text,
    rule_files,
    schema,
    schema_problems,
)

Types = Mapping[str, CheckType]

if TYPE_CHECKING:  # both are imported only when a file is read and validated (not when cached)
    import jsonschema


def type_problems(data: dict[str, Any], types: Types) -> tuple[list[Problem], dict[str, list[Problem]]]:
    """What a rule's type says is wrong beyond the schema: in `check:` (settings it needs, its
    own problems), and per language (lists it needs, its own problems)."""
    kind = types.get(data["check"]["type"])
    if kind is None:
        return [], {}
    check = data["check"]
    found: list[Problem] = [(["check", name], f"missing (required for type {kind.name})")
                            for name in kind.required if name not in check]
    found += kind.problems(data)
    per_language: dict[str, list[Problem]] = {}
    for lang in LANGUAGES:
        block = data[lang]
        mine = [([lang, name], f"missing (required for type {kind.name})")
                for name in kind.required_lists if not block.get(name)]
        per_language[lang] = mine + kind.language_problems(data, lang)
    return found, per_language



MAX_LIST = 2_000  # phrases (or exceptions, swaps...) in one list; the bundled rules use under 40
PHRASE_LISTS = ("phrases", "exceptions", "if", "then", "first", "reader", "self", "imperative", "when", "unless")


def _check_problems(check: dict[str, Any]) -> list[Problem]:
    fold = bool(check.get("fold", True))
    errors: list[Problem] = []
    for regex_key in ("pattern", "if_pattern"):
        if regex_key in check:
            problem = pattern_problem(check[regex_key], fold)
            if problem:
                errors.append((["check", regex_key], problem))
    # One pattern or a list of them, each a pattern or a shared list's "@name" (compile_setting reads them so);
    # the reported quotations' frames run on folded text.
    for key, folded in (("exception_pattern", fold), ("reported_quotes", True)):
        value = check.get(key)
        items = [(["check", key], value)] if isinstance(value, str) else (
            [(["check", key, i], item) for i, item in enumerate(value)] if isinstance(value, list) else [])
        for at, item in items:
            if lists.ref_name(item) is not None:
                errors += lists.ref_problems(at, item)
            elif problem := pattern_problem(item, folded):
                errors.append((at, problem))
    return errors


def _phrase_problems(lang: str, block: dict[str, Any]) -> list[Problem]:
    errors: list[Problem] = []
    for list_key, items in block.items():
        if isinstance(items, list | dict) and len(items) > MAX_LIST:
            errors.append(([lang, list_key], f"{len(items):,} items: at most {MAX_LIST:,} per list"))
    for regex_key, folded in (("patterns", True), ("cased", False)):  # section, counterfeit: named patterns
        for name, regex in (block.get(regex_key) or {}).items():
            problem = pattern_problem(regex, folded)
            if problem:
                errors.append(([lang, regex_key, name], problem))
    for list_key in PHRASE_LISTS:
        for i, phrase in enumerate(block.get(list_key) or []):
            if phrase.strip().startswith("*"):
                errors.append(([lang, list_key, i], "a phrase cannot start with the wildcard *"))
            errors += lists.ref_problems([lang, list_key, i], phrase)
    for name, value in (block.get("signals") or {}).items():
        for key, phrases in ((None, value),) if isinstance(value, list) else (
                (k, value.get(k)) for k in ("phrases", "exceptions")):
            at: list[str | int] = [lang, "signals", name] + ([key] if key else [])
            for i, phrase in enumerate(phrases or ()):
                if key is None and phrase.strip().startswith("*"):
                    errors.append((at + [i], "a phrase cannot start with the wildcard *"))
                errors += lists.ref_problems(at + [i], phrase)
    return errors


def _message_problems(lang: str, message: str) -> list[Problem]:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(message) if name}
    except ValueError as exc:
        return [([lang, "message"], f"bad placeholder: {exc}")]
    errors: list[Problem] = [([lang, "message"], f"unknown placeholder {{{name}}} (use: {', '.join(sorted(PLACEHOLDERS))})")
                             for name in sorted(names - PLACEHOLDERS)]
    if "\n" in message.strip():
        errors.append(([lang, "message"], "must be one line"))
    return errors


def _semantic_errors(data: dict[str, Any], types: Types) -> list[Problem]:
    """What the schema cannot say."""
    check = data["check"]
    own, per_language = type_problems(data, types)
    named = set(check.get("signals") or {}) if check.get("type") == "signals" else None
    kind = types.get(check["type"])
    read = {f.name for f in fields(kind.settings)} if kind is not None else set()  # a type's own when/unless
    errors = _check_problems(check) + own + gate.problems(data, named, skip=read)
    fold = bool(check.get("fold", True))
    for lang in LANGUAGES:
        block = data[lang]
        errors += per_language.get(lang, [])
        if "pattern" in block:
            problem = pattern_problem(block["pattern"], fold)
            if problem:
                errors.append(([lang, "pattern"], problem))
        errors += _phrase_problems(lang, block)
        errors += _message_problems(lang, block["message"])
    return errors


def parse_rule(text: str, path: str, types: Types) -> tuple[Rule | None, list[RuleError]]:
    """Parse and validate one rule file's text."""
    return parse_rule_file(text, path, types, None)[0]


Extra = tuple[bytes, str] | RuleError | None  # a rule's examples file: (bytes, shown path), its read error, or none


def parse_rule_file(text: str, path: str, types: Types, extra: Extra) -> tuple[tuple[Rule | None, list[RuleError]], bool]:
    """A rule file's outcome with its examples file's examples added (bot.engine.examplefile), and whether the pack
    cache may keep it: an examples file's errors (and an unreadable one's) name that file, which a cached entry cannot."""
    from bot.engine import yamlfile

    unread = [extra] if isinstance(extra, RuleError) else []
    try:
        located = yamlfile.load(text)
    except yamlfile.YamlError as exc:
        return (None, [RuleError(path, exc.line, "", exc.message), *unread]), not unread
    problems = unread or examplefile.rule_data(located.data, extra)  # type: ignore[arg-type]
    rule, errors = rule_from_yaml(located, path, types)
    return (rule, errors + problems), not problems


def cache_key(raw: bytes, extra: Extra) -> str:
    """What a rule's cached outcome is filed under: its file's bytes and its examples file's."""
    return packcache.digest(raw) + (packcache.digest(extra[0]) if isinstance(extra, tuple) else "")


def cached_outcome(cache: packcache.PackCache, where: Path, raw: bytes, text: str | None, shown: str, types: Types,
                   extra: Extra) -> tuple[Rule | None, list[RuleError]]:
    """A pack rule file's outcome from the pack cache, or parsed and kept there (`text`: its bytes decoded, when
    the caller has them). Its examples file is read with it; an unreadable one is never looked up in the cache."""
    key = cache_key(raw, extra)
    found = cache.get(where, key, shown) if not isinstance(extra, RuleError) else None
    if found is None:
        found, keep = parse_rule_file(_text(raw) if text is None else text, shown, types, extra)
        if keep:
            cache.put(where, key, found)
    return found


def rule_from_yaml(located: LocatedYaml, path: str, types: Types) -> tuple[Rule | None, list[RuleError]]:
    """Validate an already parsed rule file (layers parse a file once to tell rules from overrides)."""
    data = located.data
    if not isinstance(data, dict):
        return None, [RuleError(path, 1, "", "expected a mapping of rule keys (id, check, fr, en, ...)")]
    found = [RuleError(path, located.line(tuple(key_path)), key_text(key_path), message)
             for key_path, message in rule_problems(data, types)]
    if found:
        return None, found
    return Rule.from_data(data, path, located), []


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    """One validator for every file (its schema checked and compiled once)."""
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


def rule_problems(data: dict[str, Any], types: Types) -> list[Problem]:
    """What is wrong with a rule's data, as (key path, problem): the schema first, then
    what a schema cannot say. Used for files and for rules merged from layers."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    found = [problem for error in errors for problem in schema_problems(error)]
    return found or _semantic_errors(data, types)


def _text(raw: bytes) -> str:
    """A file's bytes as Path.read_text(encoding="utf-8") gives them: universal newlines."""
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def load_rules(roots: Iterable[Path], types: Types) -> RuleSet:
    """Every rule file under `roots`. A file whose bytes were validated before (with these
    types and this Coach) is taken from the cache folder instead of being read again."""
    rules: list[Rule] = []
    errors: list[RuleError] = []
    seen: dict[str, str] = {}
    cache = packcache.PackCache(types)
    here = Path.cwd().resolve()
    for root in roots:
        for file in rule_files(Path(root)):
            shown = display_path(file, here)
            try:
                raw = file.read_bytes()
                outcome = cached_outcome(cache, file.absolute(), raw, None, shown, types,
                                         examplefile.read_file(file, shown))
            except (OSError, UnicodeDecodeError) as exc:
                errors.append(RuleError(shown, 1, "", f"cannot read: {exc}"))
                continue
            rule, problems = outcome
            errors.extend(problems)
            if rule is None:
                continue
            if rule.id in seen:
                line = rule.lines.line(("id",)) if rule.lines else 1
                errors.append(RuleError(shown, line, "id", f"duplicate id {rule.id!r} (also in {seen[rule.id]})"))
                continue
            seen[rule.id] = shown
            rules.append(rule)
    cache.save()
    errors.extend(lists.bundled().errors)  # a shared list that does not load: its file, line and key
    return RuleSet(rules, errors)
