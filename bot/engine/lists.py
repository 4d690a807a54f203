"""Shared phrase lists: one list kept once, read by every rule that names it.

A list is a file `advice/lists/<name>.yaml` holding the list in both languages:

    description: Words of a post that speaks for a brand or an author.
    fr: [notre équipe, nous lançons, ...]
    en: [our team, we're launching, ...]

Any phrase list of any rule (`phrases`, `exceptions`, `when`, a signal's phrases...) may hold
the item "@name": it stands for that list in the rule's language, next to the rule's own
phrases. A gate (`check.when` / `check.unless`) may name a list the same way. Copies kept
equal by hand (and by tests) are what this replaces.

A list may also hold RE2 `patterns` (beside its phrases, or alone) (on folded text: lower case, no accents), for the shapes no
phrase can hold (a reply's "Re:", a greeting to a named person). A gate that names the list
reads each of them as one more condition beside the list's phrases; a phrase list naming it
stands for its phrases only. A pattern RE2 refuses is reported (file:line: patterns[i]) and
left out: the list, and every rule naming it, keeps its phrases and other patterns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.engine.rule import (
    LANGUAGES,
    Problem,
    RuleError,
    bundled_advice_dir,
    display_path,
    key_text,
)
from bot.lazyre import lazy

REF = lazy(r"^@([a-z0-9][a-z0-9-]*)$")
NAME = lazy(r"^[a-z0-9][a-z0-9-]*$")
FOLDER = "lists"
FORMAT = 3  # 2: lists hold patterns; 3: packed (diskcache.pack)
PREFIX = "lists-"  # the cache file: lists-<digest of the list files>.m


@dataclass(frozen=True)
class SharedList:
    """A phrase list kept in advice/lists/, which rules name with `@name`."""

    name: str
    path: str
    phrases: dict[str, tuple[str, ...]]  # language -> phrases
    description: str = ""
    patterns: tuple[str, ...] = ()  # RE2, on folded text: read by the gates that name the list


@dataclass(frozen=True)
class Lists:
    """The shared lists that loaded, by name, and the errors of the files that did not."""

    found: dict[str, SharedList]
    errors: tuple[RuleError, ...] = ()

    def get(self, name: str) -> SharedList | None:
        return self.found.get(name)


def lists_dir() -> Path:
    return bundled_advice_dir() / FOLDER


def ref_name(item: Any) -> str | None:
    """The list an item names ("@brand-voice" -> "brand-voice"), or None for a plain phrase."""
    if isinstance(item, str) and item[:1] == "@":
        found = REF.match(item.strip())
        return found.group(1) if found else item.strip()[1:]
    return None


def _problems(data: Any) -> list[Problem]:
    if not isinstance(data, dict):
        return [([], "expected a mapping with fr, en (and an optional description and patterns)")]
    found: list[Problem] = []
    for key in data:
        if key not in ("description", "patterns", *LANGUAGES):
            found.append(([key], "unknown key (a shared list has description, fr, en, patterns)"))
    patterns = data.get("patterns")
    if "patterns" in data and (not isinstance(patterns, list) or not patterns):
        found.append((["patterns"], "expected a list of RE2 patterns (not empty)"))
    if "description" in data and not isinstance(data["description"], str):
        found.append((["description"], "expected text"))
    for lang in LANGUAGES:
        items = data.get(lang)
        if items is None:
            if "patterns" not in data:
                found.append(([lang], "missing (required): the list's phrases in this language "
                                      "(a list of patterns alone may leave out fr and en)"))
            continue
        if not isinstance(items, list) or not items:
            found.append(([lang], "expected a list of phrases (not empty)"))
            continue
        for i, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                found.append(([lang, i], "expected a phrase (text)"))
            elif item.strip().startswith("*"):
                found.append(([lang, i], "a phrase cannot start with the wildcard *"))
            elif item.strip().startswith("@"):
                found.append(([lang, i], "a shared list cannot name another list: write its phrases out"))
            else:
                found += marker_problems([lang, i], item)
    return found


def _pattern_problems(data: dict[str, Any]) -> list[Problem]:
    """Patterns RE2 refuses (or that would cost too much on every draft): each is left out."""
    from bot.engine.patterns import pattern_problem  # RE2 only when a list holds patterns

    found: list[Problem] = []
    patterns = data.get("patterns")
    for i, item in enumerate(patterns if isinstance(patterns, list) else ()):
        problem = pattern_problem(item, True) if isinstance(item, str) and item else "expected a pattern (text)"
        if problem:
            found.append((["patterns", i], problem))
    return found


def read_list(path: Path) -> tuple[SharedList | None, list[RuleError]]:
    """One list file, or its errors as file:line: key: problem."""
    from bot.engine import yamlfile  # PyYAML only when a list file is read

    shown = display_path(path)
    name = path.stem
    if not NAME.match(name):
        return None, [RuleError(shown, 1, "", f"a list's file name is its name: lower case, digits and dashes, not {name!r}")]
    try:
        located = yamlfile.load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return None, [RuleError(shown, 1, "", f"cannot read: {exc}")]
    except yamlfile.YamlError as exc:
        return None, [RuleError(shown, exc.line, "", exc.message)]
    problems = _problems(located.data)
    if problems:
        return None, [RuleError(shown, located.line(tuple(p)), key_text(p), m) for p, m in problems]
    data = located.data
    phrases = {lang: tuple(str(p).strip() for p in data.get(lang) or ()) for lang in LANGUAGES}
    refused = _pattern_problems(data)
    bad = {p[1] for p, _ in refused}
    patterns = tuple(p for i, p in enumerate(data.get("patterns") or ()) if i not in bad)
    errors = [RuleError(shown, located.line(tuple(p)), key_text(p), m) for p, m in refused]
    return SharedList(name, shown, phrases, str(data.get("description", "")), patterns), errors


def load_lists(folder: Path) -> Lists:
    found: dict[str, SharedList] = {}
    errors: list[RuleError] = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            shared, problems = read_list(path)
            errors += problems
            if shared is not None:
                found[shared.name] = shared
    return Lists(found, tuple(errors))


def _packed(loaded: Lists) -> bytes | None:
    """The lists as plain data (tuples kept: they come back as the lists hold them)."""
    from bot import diskcache

    data = {
        "lists": [(s.name, s.path, s.description, s.phrases, s.patterns) for s in loaded.found.values()],
        "errors": [(e.path, e.line, e.key, e.message) for e in loaded.errors],
    }
    return diskcache.pack(data)


def _unpacked(raw: bytes | None) -> Lists | None:
    from bot import diskcache

    found = diskcache.unpack(raw)
    if found is None:
        return None
    try:
        data = found[0]
        lists = {name: SharedList(name, path, phrases, description, patterns)
                 for name, path, description, phrases, patterns in data["lists"]}
        return Lists(lists, tuple(RuleError(*e) for e in data["errors"]))
    except (ValueError, KeyError, TypeError):
        return None


def cached_lists(folder: Path) -> Lists:
    """The lists of `folder`, taken from the cache folder when their files' bytes are the ones
    read before (a cold review parses no YAML: bot/engine/packcache.py does the same for rules)."""
    from bot import diskcache

    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    try:
        digest = diskcache.blake2b(digest_size=16)
        digest.update(f"{FORMAT}|{folder.resolve()}".encode())
        for path in files:
            digest.update(f"|{path.name}|".encode() + path.read_bytes())
    except OSError:
        return load_lists(folder)
    name = f"{PREFIX}{digest.hexdigest()}.m"
    loaded = _unpacked(diskcache.read(name))
    if loaded is None:
        loaded = load_lists(folder)
        packed = _packed(loaded)
        if packed is not None:
            diskcache.write(name, packed, stale_prefix=PREFIX)
    return loaded


@lru_cache(maxsize=1)
def bundled() -> Lists:
    """The lists shipped with Coach (advice/lists/), read once."""
    return cached_lists(lists_dir())


def expand(phrases: Iterable[str], language: str, lists: Lists | None = None) -> list[str]:
    """The phrases with every "@name" replaced by that list's phrases in `language` (an unknown
    name is left out: validation reports it)."""
    lists = lists or bundled()
    out: list[str] = []
    for item in phrases:
        name = ref_name(item)
        if name is None:
            out.append(item)
        else:
            shared = lists.get(name)
            if shared is not None:
                out.extend(shared.phrases.get(language, ()))
    return out


def patterns_of(item: str, lists: Lists | None = None) -> tuple[str, ...]:
    """The patterns of the list an item names (a gate reads them as conditions)."""
    name = ref_name(item)
    shared = (lists or bundled()).get(name) if name is not None else None
    return shared.patterns if shared is not None else ()


def marker_problems(path: list[str | int], item: Any) -> list[Problem]:
    """A phrase is matched word by word, and "#" and "@" are no part of a word: "in #events" would read as "in" and
    match nearly every draft. Said at load, so that an admin writes a pattern for hashtags, channels and handles."""
    if not isinstance(item, str):
        return []
    text = item.strip()
    if "#" in text or "@" in text[1:]:
        return [(path, f"{text!r}: a phrase is matched word by word and # or @ are no part of a word; "
                       "write a pattern for a hashtag, a channel or a handle")]
    return []


def ref_problems(path: list[str | int], item: Any, lists: Lists | None = None) -> list[Problem]:
    """What is wrong with an item that names a list ([] for a plain phrase or a known list)."""
    name = ref_name(item)
    if name is None:
        return marker_problems(path, item)
    lists = lists or bundled()
    if lists.get(name) is None:
        known = ", ".join(f"@{n}" for n in sorted(lists.found)) or "none"
        return [(path, f"unknown shared list @{name} (advice/lists/{name}.yaml; known: {known})")]
    return []
