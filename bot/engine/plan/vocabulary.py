"""The plan readings' vocabularies, as data an admin can extend: advice/plans/vocabulary/readings.yaml.

    bundled_vocabulary() -> Vocabulary            the file shipped with Coach (read again when it changes)
    refresh() -> bool                             one stat: reload if the file's mtime or size changed
    load_vocabulary(path) -> (Vocabulary, errors) any such file, validated like a rule file
    vocabulary.words("months", "fr")              the entries of a vocabulary, as one alternation
    vocabulary.alternatives("@horizon", "en")     a reading's RE2 patterns, its {words} put in

`words` are named vocabularies (a word, a phrase or a small RE2 pattern a line); `readings` hold,
per reading and language, the RE2 patterns any of which is the reading found. Everything runs on
folded text, so entries are folded when read (an admin may write accents). A line RE2 refuses, a
group repeated ("(ab)+": the code composes words into its own patterns), a word too big (an RE2
program over patterns.MAX_PROGRAM steps: the code puts a word into several patterns of its own) or
an unknown {name} is reported as file:line: key and left out: the
reading keeps its other lines. A vocabulary or reading the code needs and the file lacks is
reported too, and reads as nothing.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import re2

from bot.engine.patterns import MAX_PROGRAM
from bot.engine.rule import RuleError, bundled_advice_dir, display_path, key_text
from bot.engine.text import fold

FILE = Path("plans") / "vocabulary" / "readings.yaml"
LANGUAGES = ("en", "fr")
NEVER = r"[^\s\S]"  # an alternation of nothing: matches nowhere
WORDS = ("numbers", "months", "periods", "weekdays", "everyone_has", "networks", "network_names", "tool_kinds",
         "roles", "tasks", "work", "being_seen", "online", "reactions", "following", "ages_young", "ages_old",
         "everyone_does", "engines", "work_done", "web_places", "aim_labels", "content_units", "whole_of", "areas",
         "not_places", "plan_words", "is_said_to_be", "plan_labels", "aim_heads", "aim_fillers", "presence_verbs",
         "presence_places", "presence_things", "making_verbs", "aim_tools", "vanity_things", "aim_changes",
         "aim_for_whom", "aim_more", "being_seen_things", "looking_back", "looking_ahead",
         "outsiders", "our_business", "claimed_names", "past_aims", "past_habits", "growth_verbs")  # fmt: skip
READINGS = ("horizon", "change", "aim", "baseline", "people-who", "serving", "difficulty", "after", "networks", "universal",
            "on-its-own", "counted", "proportion", "recurring", "being-seen", "reactions", "anyone-at-all", "engine",
            "aim-at-place", "undecided", "trade-pace", "now-and-then", "shown", "people-state", "machine-named",
            "role-group", "answer-pace", "account-grows", "share-of", "ruled-out", "reacts", "vanity-named",
            "kept-pace", "past-count", "share-of-business", "answered-where", "business-follows",
            "meeting-status", "pace-dropped", "dated", "one-account", "progress", "seen-shame", "unit-label", "aim-not", "reported",
            "duty-column", "inbox-checked", "after-the-event", "price-cap", "chart-arrow", "we-subscribe",
            "year-on-year", "runs-account", "put-off", "retro-heading", "people-send", "none-unanswered",
            "people-content", "count-on-network", "back-on", "indicator-column", "role-place", "story-then", "page-counter",
            "answer-label", "campaign-name", "figure-verb", "kind-refused", "slide-number", "page-count", "thing-posted", "measured-by", "rubric", "people-writing", "shop-sign", "letter-to",
            "named-members", "kept-out", "place-brand", "single-pace")  # fmt: skip
# WORDS: the vocabularies the code reads (a reading of the file may read others, as {name}); READINGS: the
# readings of the file the code reads (bot.engine.plan.readings). A list the file holds and nothing reads is
# reported: an entry written there would silently change nothing.
_REPEATED_GROUP = re.compile(r"\)[*+{]")
_NAME = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Vocabulary:
    word_lists: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # name -> language -> entries
    reading_lists: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    path: str = ""

    def words(self, name: str, language: str) -> str:
        """The entries of vocabulary `name` in `language` as one alternation (no group around it)."""
        entries = self.word_lists.get(name, {}).get(language if language in LANGUAGES else "en", ())
        return "|".join(entries) or NEVER

    def fill(self, pattern: str, language: str) -> str:
        """`pattern` with each {name} replaced by that vocabulary's alternation."""
        return _NAME.sub(lambda m: self.words(m.group(1), language), pattern)

    def alternatives(self, reading: str, language: str) -> tuple[str, ...]:
        """The RE2 patterns of a reading (`@horizon` or `horizon`), vocabularies filled in."""
        entries = self.reading_lists.get(reading.lstrip("@"), {}).get(language if language in LANGUAGES else "en", ())
        return tuple(self.fill(entry, language) for entry in entries)


def _entries(raw: Any, where: tuple[str | int, ...], located: Any, shown: str,
             errors: list[RuleError], check: Any) -> tuple[str, ...]:
    """The valid entries of one list (each folded); the others reported and left out."""
    if not isinstance(raw, list):
        errors.append(RuleError(shown, located.line(where), key_text(where), "expected a list"))
        return ()
    kept = []
    for i, entry in enumerate(raw):
        at = where + (i,)
        if not isinstance(entry, str) or not entry.strip():
            errors.append(RuleError(shown, located.line(at), key_text(at), "expected a word, a phrase or an RE2 pattern"))
            continue
        folded = _folded(entry.strip())
        problem = check(folded)
        if problem:
            errors.append(RuleError(shown, located.line(at), key_text(at), problem))
        else:
            kept.append(folded)
    return tuple(kept)


def _folded(entry: str) -> str:
    """An entry as the folded draft is written (lower case, no accents), its escapes kept: \\S stays \\S."""
    folded = fold(entry)  # same length as the entry
    return "".join(entry[i] if i and entry[i - 1] == "\\" else c for i, c in enumerate(folded))


def _re2_problem(pattern: str) -> str:
    try:
        re2.compile(pattern)
    except Exception as exc:  # re2.error and its kin: the message says what RE2 refused
        return f"RE2 refuses it: {exc}"
    return ""


def _word_problem(entry: str) -> str:
    if _REPEATED_GROUP.search(entry):
        return "a group with a repeat after it is not allowed in a vocabulary: write the words out"
    if problem := _re2_problem(entry):
        return problem
    size = re2.compile(entry).programsize  # the code puts a word into several patterns of its own
    if size > MAX_PROGRAM:
        return (f"too expensive: an RE2 program of {size:,} steps, over the {MAX_PROGRAM:,} allowed per entry "
                "(the largest shipped is 150; fewer or smaller counted repeats such as {0,1000} make it cheaper)")
    return ""


def _lists(data: dict[str, Any], section: str, known: tuple[str, ...], located: Any, shown: str,
           errors: list[RuleError], check: Any) -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    block = data.get(section)
    if not isinstance(block, dict):
        errors.append(RuleError(shown, located.line((section,)), section, "expected a mapping of names"))
        return out
    for name, value in block.items():
        where: tuple[str | int, ...] = (section, name)
        if not isinstance(value, dict):
            errors.append(RuleError(shown, located.line(where), key_text(where), "expected description, en and fr (or both)"))
            continue
        for key in value:
            if key not in ("description", "both") + LANGUAGES:
                errors.append(RuleError(shown, located.line(where + (key,)), key_text(where + (key,)), "unknown key"))
        both = _entries(value["both"], where + ("both",), located, shown, errors, check) if "both" in value else ()
        out[name] = {}
        for language in LANGUAGES:
            if language not in value and not both:
                errors.append(RuleError(shown, located.line(where), key_text(where + (language,)), "missing (required)"))
            own = _entries(value[language], where + (language,), located, shown, errors, check) if language in value else ()
            out[name][language] = own + both
    for name in known:
        if name not in out:
            errors.append(RuleError(shown, located.line((section,)), f"{section}.{name}", "missing (the plan readings need it)"))
    return out


def load_vocabulary(path: Path) -> tuple[Vocabulary, list[RuleError]]:
    """Read and validate a vocabulary file; what is wrong is reported and left out."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return Vocabulary(path=shown), [RuleError(shown, 1, "", f"cannot read: {exc}")]
    return parse_vocabulary(text, shown)


def parse_vocabulary(text: str, shown: str) -> tuple[Vocabulary, list[RuleError]]:
    """A vocabulary file's text, validated (`shown`: its path as errors name it)."""
    from bot.engine import yamlfile

    try:
        located = yamlfile.load(text)
    except yamlfile.YamlError as exc:
        return Vocabulary(path=shown), [RuleError(shown, exc.line, "", exc.message)]
    data = located.data
    if not isinstance(data, dict):
        return Vocabulary(path=shown), [RuleError(shown, 1, "", "expected a mapping with version, words and readings")]
    errors: list[RuleError] = []
    for key in data:
        if key not in ("version", "words", "readings"):
            errors.append(RuleError(shown, located.line((key,)), str(key), "unknown key"))
    if data.get("version") != 1:
        errors.append(RuleError(shown, located.line(("version",)), "version", "expected 1"))
    words = _lists(data, "words", WORDS, located, shown, errors, _word_problem)
    partial = Vocabulary(words, {}, shown)

    def reading_problem(entry: str) -> str:
        unknown = [n for n in _NAME.findall(entry) if n not in words]
        if unknown:
            return f"{{{unknown[0]}}} is not a vocabulary of words: ({', '.join(sorted(words))})"
        return _re2_problem(partial.fill(entry, "en")) or _re2_problem(partial.fill(entry, "fr"))

    found = _lists(data, "readings", READINGS, located, shown, errors, reading_problem)
    errors += _unused(data, words, found, located, shown)
    return Vocabulary(words, found, shown), errors


def _unused(data: dict[str, Any], words: dict[str, Any], found: dict[str, Any], located: Any,
            shown: str) -> list[RuleError]:
    """The lists of the file nothing reads: a reading the code does not know (not in READINGS), a vocabulary
    neither the code (WORDS) nor any reading ({name}) reads. Their entries would change no review."""
    named = {n for by in found.values() for entries in by.values() for entry in entries for n in _NAME.findall(entry)}
    raw = data.get("readings") if isinstance(data.get("readings"), dict) else {}
    named |= {n for value in raw.values() if isinstance(value, dict) for entries in value.values()
              if isinstance(entries, list) for entry in entries if isinstance(entry, str) for n in _NAME.findall(entry)}
    problems = []
    for name in found:
        if name not in READINGS:
            problems.append(RuleError(shown, located.line(("readings", name)), f"readings.{name}",
                                      "the code never reads it: register it in READINGS (bot/engine/plan/vocabulary.py) "
                                      "and name it @" + name + " in a rule"))
    for name in words:
        if name not in WORDS and name not in named:
            problems.append(RuleError(shown, located.line(("words", name)), f"words.{name}",
                                      f"nothing reads it: name it {{{name}}} in a reading, or register it in WORDS "
                                      "(bot/engine/plan/vocabulary.py) for the code"))
    return problems


FORMAT = 2  # of the validated vocabulary kept in the cache folder: a change of validation bumps it


@lru_cache(maxsize=1)
def _path() -> Path:
    """The shipped file (resolved once: resolving a path costs a stat per folder)."""
    return bundled_advice_dir() / FILE


_WATCHERS: list[Callable[[], object]] = []  # caches built from the vocabulary (compiled readings…)
_seen: list[tuple[int, int] | None] = [None]  # the (mtime, size) of the file the caches were built from


def when_changed(clear: Callable[[], object]) -> Callable[[], object]:
    """Register a cache built from the vocabulary (an lru_cache's cache_clear): cleared on reload."""
    _WATCHERS.append(clear)
    return clear


def refresh() -> bool:
    """Reload the vocabulary if its file changed since it was read (one stat: mtime and size), so
    an admin who edits readings.yaml sees the change on the next review, without a restart. The plan
    review calls it once, as it begins (bot.plans.review.review_plan): the readings of one review all
    read one vocabulary. True when the caches were dropped."""
    try:
        status = os.stat(_path())
        stamp: tuple[int, int] | None = (status.st_mtime_ns, status.st_size)
    except OSError:
        stamp = None
    if stamp == _seen[0]:
        return False
    _seen[0] = stamp
    _bundled.cache_clear()
    for clear in _WATCHERS:
        clear()
    _bundled()  # read now, not at the review's first reading: a file saved mid-review waits for the next one
    return True


_log = logging.getLogger("coach.advice")
_last_good: dict[Path, tuple[Vocabulary, tuple[RuleError, ...]]] = {}  # by file: its last version read without an error


@lru_cache(maxsize=1)
def _bundled() -> tuple[Vocabulary, tuple[RuleError, ...]]:
    """The vocabulary in use and the errors of the file as it is now. As with the advice packs'
    hot reload, a broken edit never reaches a review: when the file read without an error before
    in this process, that version stays in use and the new errors are logged (`coach.advice`) and
    reported by `coach rules check`; a file broken from the start is used less what is wrong."""
    path = _path()
    loaded = _read_bundled()
    errors = loaded[1]
    if not errors:
        _last_good[path] = loaded
        return loaded
    for error in errors:
        _log.warning("%s", error)
    kept = _last_good.get(path)
    return (kept[0], errors) if kept is not None else loaded


def _read_bundled() -> tuple[Vocabulary, tuple[RuleError, ...]]:
    """The shipped file, validated once and kept as JSON in the cache folder (bot.diskcache): the
    next process reads the JSON, and neither parses the YAML nor compiles each entry again."""
    from bot import diskcache

    path = _path()

    def build(texts: list[str]) -> dict[str, Any]:
        vocabulary, errors = parse_vocabulary(texts[0], display_path(path))
        def plain(lists: dict[str, dict[str, tuple[str, ...]]]) -> dict[str, dict[str, list[str]]]:
            return {name: {lang: list(entries) for lang, entries in by.items()} for name, by in lists.items()}

        return {"words": plain(vocabulary.word_lists), "readings": plain(vocabulary.reading_lists), "path": vocabulary.path,
                "errors": [[e.path, e.line, e.key, e.message] for e in errors]}

    data = diskcache.derived(f"plan-vocabulary{FORMAT}", [path], build)
    lists = {key: {name: {lang: tuple(entries) for lang, entries in by_language.items()}
                   for name, by_language in data[key].items()} for key in ("words", "readings")}
    return Vocabulary(lists["words"], lists["readings"], data["path"]), tuple(RuleError(*e) for e in data["errors"])


def bundled_vocabulary() -> Vocabulary:
    """advice/plans/vocabulary/readings.yaml as shipped (its errors: bundled_errors())."""
    return _bundled()[0]


def bundled_errors() -> list[RuleError]:
    refresh()
    return list(_bundled()[1])
