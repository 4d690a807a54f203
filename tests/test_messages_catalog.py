"""What Coach says is data: one file per language, the same keys and placeholders in both."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import yaml

from bot.messages import catalog, t

ROOT = Path(__file__).resolve().parents[1]


def _file(language: str) -> dict[str, str]:
    return yaml.safe_load((ROOT / "bot" / "messages" / f"{language}.yaml").read_text(encoding="utf-8"))


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_the_same_keys_and_placeholders():
    en, fr = _file("en"), _file("fr")
    assert en.keys() == fr.keys()
    assert all(en[k].strip() and fr[k].strip() for k in en)
    assert [k for k in en if _names(en[k]) != _names(fr[k])] == []


def test_every_literal_key_the_code_asks_for_exists():
    asked = set()
    for folder in ("bot", "adapters"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t"
                        and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    asked.add(node.args[0].value)
    assert asked and sorted(asked - set(catalog())) == []


def test_a_message_reads_from_the_files():
    assert t("band.ready", "fr") == _file("fr")["band.ready"]
    assert re.search(r"\d", t("review.more", "en", n=3))
