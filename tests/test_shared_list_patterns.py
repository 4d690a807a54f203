"""Shared lists with patterns: a gate written once (advice/lists/<name>.yaml `patterns`), read as
conditions by every rule whose `when` / `unless` names the list."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import yaml

from bot.engine import lists
from bot.engine.review import ReviewContext, review

ADVICE = Path(__file__).resolve().parents[1] / "advice"
REPLY = "^(?:re|fw|fwd|tr|ref) ?:"
LISTY = "type: metric\nmetric: exclamations\nmax: 0\nunless: ['@correspondence']"


def _fired(advice, text: str, lang: str = "en") -> list[str]:
    return [f.rule for f in review(text, ReviewContext(advice, language=lang)).findings]


def test_a_list_holds_patterns_beside_its_phrases_and_a_list_of_patterns_alone_is_a_list(tmp_path: Path):
    (tmp_path / "both.yaml").write_text("description: d\nfr: [a]\nen: [b]\npatterns: ['^re:', 'x+y']\n",
                                        encoding="utf-8")
    (tmp_path / "alone.yaml").write_text("description: d\npatterns: ['^dear [a-z]+,']\n", encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("description: d\n", encoding="utf-8")
    loaded = lists.load_lists(tmp_path)
    assert loaded.found["both"].patterns == ("^re:", "x+y")
    assert loaded.found["alone"].patterns == ("^dear [a-z]+,",)
    assert loaded.found["alone"].phrases == {"fr": (), "en": ()}
    assert "empty" not in loaded.found  # neither phrases nor patterns: an error, as before
    assert any("empty.yaml:1: fr: missing (required)" in str(e) for e in loaded.errors)


def test_a_pattern_re2_refuses_is_reported_as_file_line_key_and_only_it_is_left_out(tmp_path: Path):
    (tmp_path / "mail.yaml").write_text(
        "description: d\nfr: [ci-joint]\nen: [attached]\npatterns:\n  - '^re:'\n  - '(a)\\1'\n  - '(?=b)c'\n",
        encoding="utf-8")
    loaded = lists.load_lists(tmp_path)
    assert loaded.found["mail"].patterns == ("^re:",)  # the list still gates with what RE2 accepts
    assert loaded.found["mail"].phrases["en"] == ("attached",)
    shown = sorted(str(e) for e in loaded.errors)
    assert len(shown) == 2
    assert ":6: patterns[1]: " in shown[0] and shown[0].split(":6:")[0].endswith("mail.yaml")
    assert ":7: patterns[2]: " in shown[1]


def test_a_gate_naming_the_list_reads_each_pattern_as_a_condition(pack):
    pack.rule(id="t.bang", check=LISTY, fr="", en="")
    advice = pack.load()
    assert _fired(advice, "Big news today!") == ["t.bang"]
    assert _fired(advice, "Re: big news today!") == []        # the list's pattern
    assert _fired(advice, "Fwd: big news today!") == []
    assert _fired(advice, "Big news today! Best regards") == []  # the list's phrases, as before
    assert _fired(advice, "TR : grande nouvelle !", "fr") == []  # patterns are the same in both languages


def test_a_list_of_patterns_alone_gates_too(pack):
    pack.rule(id="t.bang", check=LISTY.replace("@correspondence", "@salutation"), fr="", en="")
    advice = pack.load()
    assert _fired(advice, "Dear Anna, the figures are in!") == []
    assert _fired(advice, "Bonjour Marie, les chiffres sont là !", "fr") == []
    assert _fired(advice, "The figures are in!") == ["t.bang"]


def test_a_phrase_list_naming_the_list_reads_its_phrases_only(pack):
    pack.rule(id="t.mail", fr="phrases: ['@correspondence']", en="phrases: ['@correspondence']")
    advice = pack.load()
    assert _fired(advice, "Re: lunch") == []
    assert _fired(advice, "Lunch. Best regards") == ["t.mail"]


def test_the_correspondence_gate_is_written_once():
    """The 12 rules that judge a post written for a public name the lists; none copies a pattern."""
    naming = [p for p in (ADVICE / "core").glob("*.yaml") if "@correspondence" in p.read_text(encoding="utf-8")]
    assert len(naming) >= 12
    for path in naming:
        text = path.read_text(encoding="utf-8")
        assert "(?:re|fw|fwd" not in text and "good morning) [a-z]" not in text, path.name
    loaded = lists.load_lists(ADVICE / "lists")
    assert REPLY in loaded.found["correspondence"].patterns
    assert loaded.found["salutation"].patterns


def test_bundled_lists_with_patterns_follow_the_schema_and_run_on_re2():
    schema = yaml.safe_load((ADVICE / "list.schema.json").read_text(encoding="utf-8"))
    for name in ("correspondence", "salutation"):
        data = yaml.safe_load((ADVICE / "lists" / f"{name}.yaml").read_text(encoding="utf-8"))
        jsonschema.validate(data, schema)
    bad = {"description": "d", "patterns": []}
    try:
        jsonschema.validate(bad, schema)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("an empty patterns list with no phrases passed the schema")


def test_the_cache_keeps_the_patterns_and_names_its_format(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "lists"
    folder.mkdir()
    (folder / "mail.yaml").write_text("description: d\npatterns: ['^re:', '(a)\\1']\n", encoding="utf-8")
    first = lists.cached_lists(folder)
    again = lists.cached_lists(folder)  # read from the cache file this time
    assert again == first == lists.load_lists(folder)
    assert again.found["mail"].patterns == ("^re:",) and len(again.errors) == 1
    assert lists.FORMAT >= 2
