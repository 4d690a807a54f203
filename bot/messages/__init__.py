"""Everything Coach says outside the advice itself, in French and English.

The words are data: bot/messages/en.yaml and fr.yaml, one key per message, the same keys in
both (a test checks). `t(key, language, **values)` fills placeholders and plural forms."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot import diskcache
from bot.lazyre import lazy

LANGUAGES = ("en", "fr")
_HERE = Path(__file__).resolve().parent


def _parse(texts: list[str]) -> dict[str, dict[str, str]]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    found: dict[str, dict[str, str]] = {}
    for language, text in zip(LANGUAGES, texts, strict=True):
        for key, value in (yaml.load(text, Loader=loader) or {}).items():
            found.setdefault(str(key), {})[language] = str(value)
    return found


@lru_cache(maxsize=1)
def catalog() -> dict[str, dict[str, str]]:
    """key -> {language: text}, from one data file per language (en.yaml, fr.yaml), read once
    (and kept as JSON in the cache folder, bot.diskcache: a cold command imports no YAML parser)."""
    return diskcache.derived("messages", [_HERE / f"{language}.yaml" for language in LANGUAGES], _parse)


def known(key: str) -> bool:
    """Whether Coach has a message `key` (topics and categories are looked up this way)."""
    return key in catalog()


def __getattr__(name: str) -> Any:
    if name == "MESSAGES":  # the whole catalog, read on first use
        return catalog()
    raise AttributeError(name)


def plural(n: float, one: str, other: str, language: str = "en") -> str:
    """The word form for a count: French takes the singular for 0 and 1 ("0 message",
    "1 message"), English only for 1 ("0 posts", "1 post")."""
    singular = abs(n) < 2 if language == "fr" else n == 1
    return one if singular else other


def _count(value: Any) -> float:
    """A count given as a number or as a number already written out ("1,5", "12 000")."""
    if isinstance(value, int | float):
        return value
    return float(str(value).replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", "."))


_PLURAL = lazy(r"\{(\w+):([^{}|:]*)\|([^{}]*)\}")


def _plurals(text: str, language: str, values: Mapping[str, Any]) -> str:
    """`text` with each `{n:one|other}` replaced by the word for n (the rest left for format)."""

    def choose(found: re.Match[str]) -> str:
        try:
            word = plural(_count(values[found.group(1)]), found.group(2), found.group(3), language)
        except (KeyError, ValueError):
            return found.group(0)
        return word.replace("{", "{{").replace("}", "}}")

    return _PLURAL.sub(choose, text)


def fill(text: str, language: str, values: Mapping[str, Any]) -> str:
    """A rule's message with its placeholders filled, plural forms included (`values` may
    be a mapping that answers for missing keys)."""
    return (_plurals(text, language, values) if "|" in text else text).format_map(values)


def lookup(catalog: dict[str, dict[str, str]], key: str, language: str, **values: Any) -> str:
    """`key` from a bilingual catalog in `language` (English if missing), placeholders filled;
    `{n:post|posts}` is the word for the count n in that language (see `plural`).
    Adapters keep catalogs of their own surface words and read them with this too."""
    entry = catalog[key]
    text = entry.get(language) or entry["en"]
    if not values:
        return text
    return (_plurals(text, language, values) if "|" in text else text).format(**values)


def t(key: str, language: str, **values: Any) -> str:
    """The message `key` in `language` (English if missing), with placeholders filled."""
    return lookup(catalog(), key, language, **values)
