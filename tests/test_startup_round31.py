"""Start-up, round 31: a cold `coach review "a short draft"` compiles and parses only what the draft can use.

- A gate pattern's pieces (bot/engine/prefilter.py) are strings one of which every match holds: a pattern
  whose pieces an ASCII draft lacks cannot match it, so a language's first draft does not compile it.
  Patterns that may match an empty text, or use syntax Python's parser reads otherwise than RE2, get none.
- Over every gate pattern of the bundled packs and many drafts, a pattern said absent never matches;
  a cold one-draft review compiles none of those, and reviews are the same with and without pieces.
- The pack cache keeps its rules' lines after its first JSON line: a review parses none of them, and
  they still say where each key is.
- strip_accents is the character-at-a-time definition; bench.startup times the checkout it runs from.
"""

from __future__ import annotations

import os
import random
import unicodedata
from pathlib import Path

import pytest

from bench.corpus import drafts
from bench.startup import ROOT, _env
from bot import diskcache
from bot.engine import prefilter
from bot.engine.advice import Advice, load_advice
from bot.engine.checks import pattern_groups
from bot.engine.checks.needs import patterns_of
from bot.engine.patterns import matches_at_all
from bot.engine.prefilter import PIECES, may_match, pieces
from bot.engine.review import Doc, Review, ReviewContext, review
from bot.engine.text import fold, strip_accents

DRAFTS = ["a short draft", "Our spring guide is out: five ways to plan a week of posts. Buy now, last chance!",
          "FREE gift for the first 10 buyers, DM me now!!! Limited time only",
          "Dernière chance : achetez maintenant, -50 % sur tout le site !",
          "Rejoignez notre atelier gratuit vendredi, inscription sur www.exemple.fr/atelier",
          "We won the regional award last night, thank you to our wonderful team",
          "Prices fell 3% year on year, the report says", "lol my jokes are the best 😂",
          "Offre limitée : 2 achetés = 1 offert, seulement aujourd'hui", "Join our Telegram group for VIP signals"]


@pytest.fixture
def fresh_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder, and the pieces table read again from it."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("COACH_CACHE_DIR", str(folder))
    monkeypatch.setattr(PIECES, "table", None)
    return folder


def test_pieces_are_the_strings_every_match_holds():
    assert pieces(r"\bfree\b") == ("free",)
    assert pieces(r"(?:wins|won) (?:a|the) prize") == ("wins a prize", "wins the prize", "won a prize", "won the prize")
    assert pieces(r"limited(?: time)? offer") == ("limited offer", "limited time offer")
    assert pieces(r"[Ff]ree") == ("free",)  # lower-cased: asked of the lower-cased draft
    assert pieces(r"\d+% off") == ("% off",)
    assert pieces(r"(?i)act now|hurry") == ("act now", "hurry")
    assert pieces(r"^(?:[^\n!.?])*\b(?:rates?|prices?) (?:fell|rose)") == (
        "price fell", "price rose", "prices fell", "prices rose", "rate fell", "rate rose", "rates fell", "rates rose")
    assert pieces("caf\u00e9 now") == (" now",)  # a wider letter: RE2 may fold it onto an ASCII one
    assert pieces(r"[ \x{a0}\x{202f}]?:[ \x{a0}]?deals") == ("deals",)  # RE2's \x{...} read as the character
    assert pieces(r"\\x{41}free") == ("free",)  # an escaped backslash, then "x" 41 times


@pytest.mark.parametrize("source", ["a?", "ab|c*", r"\w+", "[[:alpha:]]+ deal", r"\pL+ deal", r"\x{110000}now",
                                    r"\Qbuy\E", r"buy\z", "(?P<x>buy)|.*"])
def test_no_pieces_when_a_match_may_hold_none_or_python_reads_the_syntax_otherwise(source: str):
    assert pieces(source) is None


def _texts() -> list[str]:
    random.seed(31)
    return DRAFTS + drafts(120, 280) + drafts(20, 2000)


def test_a_pattern_said_absent_never_matches(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(PIECES, "table", None)  # set below (the packs themselves are read from the session's cache)
    advice = load_advice()
    skipped = 0
    for language in ("en", "fr"):
        patterns = patterns_of(advice.indexes[language]).patterns
        PIECES.table = {p.source: list(found) if (found := pieces(p.source)) else None for p in patterns}
        for text in _texts():
            doc = Doc(text, language, fold(text))
            for pattern in patterns:
                if not may_match(pattern.source, doc.folded if pattern.fold else doc.text):
                    skipped += 1
                    assert not matches_at_all(pattern, doc), (pattern.source, text)
    assert skipped > len(_texts()) * 200  # most patterns, on most drafts: the filter does its work


def test_a_cold_one_draft_review_compiles_no_pattern_whose_pieces_it_lacks(fresh_pieces: Path):
    load_advice(kinds=("post",), lazy=True).indexes["en"]  # a first process: the pieces written
    assert list(fresh_pieces.glob("pattern-pieces-*.m"))
    PIECES.table = None
    advice = load_advice(kinds=("post",), lazy=True)  # as adapters/cli/quick.py
    patterns = patterns_of(advice.indexes["en"]).patterns
    # (a measure's indicator patterns are compiled once a process: an earlier test's may be)
    absent = [p for p in patterns if PIECES.known(p.source) and not may_match(p.source, "a short draft")
              and p.compiled is None and p.compiled_ascii is None]
    assert len(absent) > len(patterns) // 2
    review("a short draft", ReviewContext(advice))
    assert all(p.compiled is None and p.compiled_ascii is None for p in absent)


def _first_drafts(advice: Advice) -> list[Review]:
    """Each draft reviewed as its language's first (patterns asked one by one, through their pieces), by one advice."""
    found = []
    for text in DRAFTS:
        for index in advice.indexes.values():
            groups = pattern_groups._LANGUAGES.get(index)
            for registry in (patterns_of(index), *([groups.patterns] if groups else [])):
                registry.one_by_one, registry.sets = 1, None  # as a language's first draft (test_speed_round30)
        found.append(review(text, ReviewContext(advice)))
    return found


def test_reviews_are_the_same_with_and_without_pieces(fresh_pieces: Path, monkeypatch: pytest.MonkeyPatch):
    with_pieces = _first_drafts(load_advice(kinds=("post",), lazy=True))
    monkeypatch.setattr(PIECES, "table", {})
    monkeypatch.setattr(PIECES, "prepare", lambda sources: None)
    without = _first_drafts(load_advice(kinds=("post",), lazy=True))
    assert with_pieces == without
    assert any(r.findings for r in without) and any(not r.findings for r in without)


def test_pieces_are_kept_as_plain_data_and_read_back(fresh_pieces: Path):
    load_advice(kinds=("post",), lazy=True).indexes["fr"]
    (file,) = fresh_pieces.glob("pattern-pieces-*.m")
    table, _ = diskcache.unpack(file.read_bytes())  # (packed plain data since start38, JSON before)
    assert table and all(v is None or all(isinstance(s, str) and s.isascii() for s in v) for v in table.values())
    PIECES.table = None
    source = next(s for s, v in table.items() if v)
    assert PIECES.known(source) == table[source]


def test_a_review_parses_none_of_the_rules_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path / "cache"))
    fresh = load_advice(kinds=("post",))
    advice = load_advice(kinds=("post",))  # from the cache
    review(DRAFTS[2], ReviewContext(advice))
    assert all("_encoded" in r.lines.__dict__ and "lines" not in r.lines.__dict__ for r in advice.rules)
    for a, b in zip(fresh.rules, advice.rules, strict=True):
        assert a.lines.line(("check",)) == b.lines.line(("check",)) and a.lines.lines == b.lines.lines


def test_strip_accents_is_the_character_at_a_time_definition():
    def defined(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))

    random.seed(7)
    alphabet = "aeéèêëàâçôœæÀÉÇ ñ\u0301\u0327\u0308\u0323€’'-|()?ſﬁǅ가漢ếự"
    for _ in range(3000):
        text = "".join(random.choice(alphabet) for _ in range(random.randint(0, 24)))
        assert strip_accents(text) == defined(text)


def test_bench_startup_times_the_checkout_it_runs_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("PYTHONPATH", "/elsewhere")
    env = _env(tmp_path)
    assert env["PYTHONPATH"].split(os.pathsep) == [str(ROOT), "/elsewhere"]
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert Path(prefilter.__file__).resolve().is_relative_to(ROOT)
