"""A rule's further examples, in a file of their own beside it (docs/rules.md, "Examples files").

A rule that grew through many rounds of real text (hard-sell.pushy: ~1,000 examples) would otherwise be one file
of mostly examples, near the size a YAML file may have (yamlfile.MAX_BYTES) and hard to read for the signals it
holds. `advice/core/examples/hard-sell.pushy.yaml` adds its `fr` and `en` `bad` and `good` lists after the rule's
own (which stay, at least one of each, so the rule reads on its own). They are verified like the rule's own. A
broken examples file is reported at its own file, line and key; the rule loads with its own examples.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.engine.rule import EXAMPLES_FOLDER, LANGUAGES, RuleError, display_path, key_text

KINDS = ("bad", "good")
Added = dict[str, dict[str, list[str]]]  # language -> bad/good -> examples


def examples_file(rule_file: Path) -> Path:
    """Where a rule file's further examples are: `examples/` beside it, under the same file name."""
    return rule_file.parent / EXAMPLES_FOLDER / rule_file.name


def read_examples(raw: bytes, shown: str) -> tuple[Added, list[RuleError]]:
    """The examples an examples file adds, or its errors (then none is added: the file is fixed as a whole)."""
    from bot.engine import yamlfile  # (only when a rule is read, not when the pack cache holds it)

    try:
        located = yamlfile.load(raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))
    except UnicodeDecodeError as exc:
        return {}, [RuleError(shown, 1, "", f"cannot read: {exc}")]
    except yamlfile.YamlError as exc:
        return {}, [RuleError(shown, exc.line, "", exc.message)]
    data = located.data
    if not isinstance(data, dict) or not data:
        return {}, [RuleError(shown, 1, "", "expected a mapping of languages (fr, en) to bad and good examples")]
    errors: list[RuleError] = []

    def wrong(path: tuple[str | int, ...], message: str) -> None:
        errors.append(RuleError(shown, located.line(path), key_text(path), message))

    for lang, block in data.items():
        if lang not in LANGUAGES:
            wrong((str(lang),), f"unknown key (expected {' or '.join(LANGUAGES)})")
        elif not isinstance(block, dict):
            wrong((lang,), "expected a mapping of bad and good examples")
        else:
            for kind, items in block.items():
                if kind not in KINDS:
                    wrong((lang, str(kind)), "unknown key (expected bad or good)")
                elif not isinstance(items, list):
                    wrong((lang, kind), "expected a list")
                else:
                    for i, item in enumerate(items):
                        if not isinstance(item, str) or not item.strip():
                            wrong((lang, kind, i), "expected an example's text")
    return ({} if errors else data), errors


def add_examples(data: object, added: Added) -> None:
    """The rule file's parsed data with the examples appended to its own (in place). A rule without its own
    examples lists is left as it is: its validation says what it lacks."""
    if not isinstance(data, dict):
        return
    for lang, block in added.items():
        own = data.get(lang)
        examples = own.get("examples") if isinstance(own, dict) else None
        if not isinstance(examples, dict):
            continue
        for kind, items in block.items():
            if isinstance(examples.get(kind), list):
                examples[kind] = examples[kind] + list(items)


def read_file(rule_file: Path, shown: str | None = None) -> tuple[bytes, str] | RuleError | None:
    """The rule file's examples file as (bytes, shown path); None when it has none; its error when it cannot be read.
    Read at once, not asked whether it exists first: one system call for the rules that have none. `shown`: how the
    rule file is shown (else the examples file's own path is worked out, only when there is one)."""
    path = examples_file(rule_file)
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None
    except OSError as exc:
        return RuleError(_shown(path, shown), 1, "", f"cannot read: {exc}")
    return raw, _shown(path, shown)


def _shown(path: Path, rule_shown: str | None) -> str:
    return display_path(path) if rule_shown is None else str(Path(rule_shown).parent / EXAMPLES_FOLDER / path.name)


def rule_data(located_data: Any, extra: tuple[bytes, str] | None) -> list[RuleError]:
    """Add an examples file's examples to a rule file's data; its errors (none added then)."""
    if extra is None:
        return []
    added, errors = read_examples(*extra)
    add_examples(located_data, added)
    return errors


def beside(rule_file: Path, text: str) -> tuple[tuple[bytes, str] | RuleError | None, str]:
    """A pack rule file's examples file (`read_file`), and what a reload compares to see that either changed: the
    rule's text, with the examples file's digest after it when there is one."""
    extra = read_file(rule_file)
    if extra is None:
        return None, text
    from bot.engine.packcache import digest

    return extra, text + "\0examples " + (str(extra) if isinstance(extra, RuleError) else digest(extra[0]))
