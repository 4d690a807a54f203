"""Start-up, round 32: module regexes compiled on first use (bot/lazyre.py), so a cold one-draft
review compiles none of the patterns its draft never reaches, and finds what it found before."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.lazyre import Lazy, lazy

ROOT = Path(__file__).resolve().parent.parent
_MODULES = ("bot.engine.measures", "bot.engine.links", "bot.engine.language", "bot.engine.clauses",
            "bot.engine.checks.conditional", "bot.engine.review", "adapters.plain")


def test_a_lazy_pattern_compiles_only_when_used():
    found = Lazy(r"\d+", re.IGNORECASE)
    assert "_compiled" not in found.__dict__
    assert found.pattern == r"\d+"  # its source is read without compiling
    assert "_compiled" not in found.__dict__
    assert found.search("ab 42").group(0) == "42"
    assert found.compiled.flags == re.compile(r"\d+", re.IGNORECASE).flags


def test_a_lazy_pattern_answers_as_the_compiled_one():
    source = r"(?P<word>[^\W\d_]+)|(\d+)"
    text = "Buy 2 tickets, get 1 FREE: 50% off!"
    plain, deferred = re.compile(source), lazy(source)
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert deferred.sub("-", text) == plain.sub("-", text)
    assert deferred.match(text, 4).group(0) == plain.match(text, 4).group(0)
    assert deferred.findall(text) == plain.findall(text)
    assert deferred.groupindex == plain.groupindex


def test_a_kept_method_is_read_once():
    """After the first call the method is the instance's own attribute: __getattr__ is not asked again."""
    found = Lazy("a")
    first = found.search
    assert found.__dict__["search"] is first
    assert found.search is first


def test_dunder_names_are_not_forwarded():
    found = Lazy("a")
    assert not hasattr(found, "__fspath__")
    assert "_compiled" not in found.__dict__


def test_the_engine_modules_build_their_regexes_lazily():
    import importlib

    for name in _MODULES:
        module = importlib.import_module(name)
        assert not any(isinstance(value, re.Pattern) for value in vars(module).values()), name
        assert any(isinstance(value, Lazy) for value in vars(module).values()), name


def _cold(script: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_cold_short_review_compiles_few_module_regexes():
    """A cold review of a few plain words compiles none of the price, weight, phone or link patterns."""
    script = f"""
import importlib, json
from bot.engine.advice import load_advice
from bot.engine.review import ReviewContext, review
from bot.lazyre import Lazy
review("a short draft", ReviewContext(load_advice(kinds=("post",), lazy=True)))
done = []
for name in {_MODULES!r}:
    module = importlib.import_module(name)
    for key, value in vars(module).items():
        if isinstance(value, Lazy) and "_compiled" in value.__dict__:
            done.append(name + "." + key)
print(json.dumps(done))
"""
    done = _cold(script)
    for never in ("_SIGN_PRICE", "_AMOUNT_PRICE", "_WEIGHT_AFTER", "_PHONE", "PERCENT", "_BARE_URL", "_QUOTE"):
        assert not any(name.endswith("." + never) for name in done), (never, done)


def test_the_run_marks_are_the_capitals_the_pattern_names():
    from bot.engine import measures

    expected = {c for c in map(chr, range(0x250)) if re.fullmatch(f"[{measures._UP}]", c)} | set("'’,;:&/+-")
    assert expected == measures._RUN_MARKS


def test_phrase_words_are_kept_one_file_per_language(monkeypatch, tmp_path):
    from bot import diskcache
    from bot.engine import phrases

    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path))
    first = phrases._PhraseWords()
    english = first.words("buy now", "en")
    french = first.words("achetez maintenant", "fr")
    first.save()
    names = sorted(path.name for path in tmp_path.glob("phrase-words-*.m"))
    assert [name.split("-")[2] for name in names] == ["en", "fr"]
    assert not first.added

    read: list[str] = []
    original = diskcache.read
    monkeypatch.setattr(diskcache, "read", lambda name: read.append(name) or original(name))
    monkeypatch.setattr(phrases, "_words_of", lambda phrase, language: pytest.fail(f"tokenized {phrase!r} again"))
    second = phrases._PhraseWords()
    assert [tuple(w) if w else w for w in second.words("buy now", "en")] == [tuple(w) if w else w for w in english]
    assert read == [names[0]]  # an English compile reads no French words
    assert [tuple(w) if w else w for w in second.words("achetez maintenant", "fr")] == [
        tuple(w) if w else w for w in french]
    assert read == names


def test_a_language_with_no_new_phrase_is_not_written_again(monkeypatch, tmp_path):
    from bot.engine import phrases

    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path))
    first = phrases._PhraseWords()
    first.words("last chance", "en")
    first.save()
    written = {path.name: path.stat().st_mtime_ns for path in tmp_path.glob("phrase-words-*.m")}
    second = phrases._PhraseWords()
    second.words("last chance", "en")
    second.words("dernière chance", "fr")
    assert second.added == {"fr"}
    second.save()
    after = {path.name: path.stat().st_mtime_ns for path in tmp_path.glob("phrase-words-*.m")}
    assert {name: after[name] for name in written} == written
    assert len(after) == 2
