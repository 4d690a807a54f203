"""Shared phrase lists (advice/lists/<name>.yaml, named "@name"): kept once, read by every rule."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import yaml

from bot.engine import lists
from bot.engine.review import ReviewContext, review

LISTS = Path(__file__).resolve().parents[1] / "advice" / "lists"


def test_every_bundled_list_loads_is_documented_and_has_both_languages():
    loaded = lists.load_lists(LISTS)
    assert not loaded.errors
    assert {"brand-voice", "selling", "urgency", "urgency-exceptions"} <= set(loaded.found)
    schema = yaml.safe_load((LISTS.parent / "list.schema.json").read_text(encoding="utf-8"))
    for shared in loaded.found.values():
        assert shared.description and ((shared.phrases["fr"] and shared.phrases["en"]) or shared.patterns)
        jsonschema.validate(yaml.safe_load(Path(LISTS / f"{shared.name}.yaml").read_text(encoding="utf-8")), schema)


def test_a_broken_list_is_reported_as_file_line_key(tmp_path: Path):
    (tmp_path / "good.yaml").write_text("description: d\nfr: [a]\nen: [b]\n", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("description: d\nfr: [a]\nen: [b, '@other']\ncolour: red\n",
                                       encoding="utf-8")
    loaded = lists.load_lists(tmp_path)
    assert set(loaded.found) == {"good"}  # the good list still loads
    errors = sorted(str(e) for e in loaded.errors)
    assert errors[0].endswith("bad.yaml:3: en[1]: a shared list cannot name another list: write its phrases out")
    assert errors[1].endswith("bad.yaml:4: colour: unknown key (a shared list has description, fr, en, patterns)")


def test_a_name_stands_for_the_list_in_the_rule_s_language_next_to_its_own_phrases():
    loaded = lists.load_lists(LISTS)
    en = lists.expand(["@urgency", "hurry up"], "en", loaded)
    assert "while supplies last" in en and en[-1] == "hurry up"
    assert "dernière chance" in lists.expand(["@urgency"], "fr", loaded)


def test_a_rule_naming_an_unknown_list_is_an_error_and_the_others_keep_working(pack):
    pack.rule(id="t.good", en="phrases: ['@urgency']", fr="phrases: ['@urgency']")
    bad = pack.rule(id="t.bad", en="phrases: ['@nope']", fr="phrases: [a]")
    advice = pack.load(allow_errors=True)
    assert [r.id for r in advice.rules] == ["t.good"]
    (error,) = advice.errors
    line = bad.read_text().splitlines().index("  phrases: ['@nope']") + 1
    known = ", ".join(f"@{name}" for name in sorted(p.stem for p in LISTS.glob("*.yaml")))  # every bundled list
    assert "@brand-voice, @correspondence" in known
    assert str(error).endswith(f"t.bad.yaml:{line}: en.phrases[0]: unknown shared list @nope "
                               f"(advice/lists/nope.yaml; known: {known})")
    found = review("Last chance, while supplies last", ReviewContext(advice, language="en")).findings
    assert [f.excerpt for f in found] == ["Last chance", "while supplies last"]


def test_the_cached_lists_are_the_lists(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path / "cache"))
    first = lists.cached_lists(LISTS)
    assert any(p.name.startswith(lists.PREFIX) for p in (tmp_path / "cache").iterdir())
    assert lists.cached_lists(LISTS) == first == lists.load_lists(LISTS)


def test_a_phrase_holding_a_hashtag_or_a_handle_is_refused_where_it_stands(tmp_path: Path):
    # "in #events" would be read word by word as "in" and match nearly every draft: said at load, the list left out.
    (tmp_path / "chan.yaml").write_text("description: d\nfr: [a]\nen: [b, 'in #events']\n", encoding="utf-8")
    (tmp_path / "ok.yaml").write_text("description: d\nfr: [a]\nen: [b]\npatterns: ['\\bin #events\\b']\n",
                                      encoding="utf-8")
    loaded = lists.load_lists(tmp_path)
    assert set(loaded.found) == {"ok"}  # a pattern may name a channel
    (error,) = loaded.errors
    assert str(error).endswith("chan.yaml:3: en[1]: 'in #events': a phrase is matched word by word and # or @ are "
                               "no part of a word; write a pattern for a hashtag, a channel or a handle")


def test_a_rule_phrase_with_a_handle_is_an_error_and_the_others_keep_working(pack):
    pack.rule(id="t.good", en="phrases: [last chance]", fr="phrases: [dernière chance]")
    bad = pack.rule(id="t.bad", en="phrases: ['dm @support']", fr="phrases: [a]")
    advice = pack.load(allow_errors=True)
    assert [r.id for r in advice.rules] == ["t.good"]
    (error,) = advice.errors
    line = bad.read_text().splitlines().index("  phrases: ['dm @support']") + 1
    assert f"t.bad.yaml:{line}: en.phrases[0]: 'dm @support': a phrase is matched word by word" in str(error)
