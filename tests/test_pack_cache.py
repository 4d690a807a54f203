"""Rule files read and validated once are taken from the cache folder by the next process; the
cache never serves a rule file as it was before an edit, keeps the errors of broken files, and
is done without when its folder cannot be written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import diskcache
from bot.engine import packcache, validate
from bot.engine.advice import load_advice
from bot.engine.checks.registry import TYPES
from bot.engine.rule import pack_dirs
from tests.conftest import rule_yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("COACH_CACHE_DIR", str(folder))
    return folder


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(packcache.PREFIX + "*"))


def test_the_bundled_packs_read_from_the_cache_are_the_packs(cache: Path):
    fresh = validate.load_rules(pack_dirs(), TYPES)
    assert _cache_files(cache), "the first load writes the cache"
    cached = validate.load_rules(pack_dirs(), TYPES)
    assert cached.rules == fresh.rules and cached.errors == fresh.errors
    for a, b in zip(fresh.rules, cached.rules, strict=True):
        assert a.lines == b.lines and a.path == b.path  # file:line:key errors of layers still point right


def test_an_edited_rule_is_read_again_even_at_the_same_size_and_time(cache: Path, pack):
    file = pack.rule(id="t.edit", en="phrases: [buy now]", fr="phrases: [achetez]")
    stat = file.stat()
    assert [r.id for r in pack.load().rules] == ["t.edit"]
    pack.rule(id="t.edis", en="phrases: [buy now]", fr="phrases: [achetez]")  # one letter changed
    (pack.path / "t.edis.yaml").replace(file)
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as if written within the same clock tick
    assert file.stat().st_size == stat.st_size and file.stat().st_mtime_ns == stat.st_mtime_ns
    assert [r.id for r in pack.load().rules] == ["t.edis"]


def test_a_broken_file_keeps_its_errors_and_a_fixed_one_loads(cache: Path, pack):
    pack.write("broken.yaml", rule_yaml(id="t.broken", severity="loud", en="phrases: [x]", fr="phrases: [x]"))
    first = [str(e) for e in pack.load(allow_errors=True).errors]
    again = [str(e) for e in pack.load(allow_errors=True).errors]
    assert first == again and "severity" in first[0] and first[0].endswith("tip, suggestion, warning, blocker")
    pack.write("broken.yaml", rule_yaml(id="t.broken", en="phrases: [x]", fr="phrases: [x]"))
    assert [r.id for r in pack.load().rules] == ["t.broken"]


def test_a_cache_folder_that_cannot_be_written_changes_nothing(tmp_path: Path, monkeypatch, pack):
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way")  # the tests run as root: chmod would not stop a write
    monkeypatch.setenv("COACH_CACHE_DIR", str(blocked / "coach"))
    pack.rule(id="t.ro", en="phrases: [buy now]", fr="phrases: [achetez]")
    assert [r.id for r in pack.load().rules] == ["t.ro"]
    assert [r.id for r in pack.load().rules] == ["t.ro"]


def test_a_damaged_cache_is_read_as_no_cache(cache: Path, pack):
    pack.rule(id="t.damaged", en="phrases: [buy now]", fr="phrases: [achetez]")
    pack.load()
    (name,) = _cache_files(cache)
    for damage in (b"{not json", json.dumps({"format": packcache.FORMAT, "files": {str(pack.path / "t.damaged.yaml"):
                                                                                      ["x", 1, 2]}}).encode()):
        name.write_bytes(damage)
        assert [r.id for r in pack.load().rules] == ["t.damaged"]


def test_a_rule_json_cannot_hold_is_not_cached(cache: Path):
    assert not diskcache.plain({1: "a key that is a number"})
    assert not diskcache.plain({"when": __import__("datetime").date(2024, 1, 1)})
    assert not diskcache.plain([float("nan")])
    assert diskcache.plain({"a": [1, 2.5, True, None, "x", {"b": []}]})


def test_the_cache_holds_no_code(cache: Path):
    validate.load_rules(pack_dirs(), TYPES)
    for file in _cache_files(cache):  # plain data packed, then its rules' lines as JSON: never a pickle, nothing runs
        head, rest = diskcache.unpack(file.read_bytes())
        assert diskcache.storable(head)
        lines = rest.splitlines()
        assert len(lines) > 1
        for line in lines:
            json.loads(line)


def test_a_review_compiles_only_post_rules():
    advice = load_advice(kinds=("post",))
    assert advice.compiled and all("post" in c.rule.applies_to for c in advice.compiled)
    assert len(advice.rules) > len(advice.compiled)  # every rule is known (scores, `rules show`)
    with pytest.raises(ValueError, match="post only"):
        advice.for_kind("plan")
    assert load_advice().for_kind("plan")


def test_cached_rules_in_a_new_process_validate_nothing(cache: Path, pack):
    pack.rule(id="t.proc", en="phrases: [buy now]", fr="phrases: [achetez]")
    probe = ("import sys; from pathlib import Path; from bot.engine.advice import load_advice; "
             f"a = load_advice([Path({str(pack.path)!r})], kinds=('post',)); "
             "print([r.id for r in a.rules], 'jsonschema' in sys.modules, 'yaml' in sys.modules and "
             "'bot.engine.yamlfile' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True,
                           timeout=120).stdout.strip() for _ in range(2)]
    assert runs == ["['t.proc'] True True", "['t.proc'] False False"]
    assert diskcache.cache_dir() == cache


def test_derived_data_is_built_again_by_a_new_coach(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Data derived from a YAML file depends on the code that derives it too: the same bytes read by
    another Coach (another engine code key) are built again, not served from the cache."""
    source = tmp_path / "words.yaml"
    source.write_text("words: [a, b]\n", encoding="utf-8")
    builds: list[int] = []

    def build(texts: list[str]) -> list[str]:
        builds.append(1)
        return [texts[0].strip()]

    assert diskcache.derived("test-words", [source], build) == ["words: [a, b]"]
    assert diskcache.derived("test-words", [source], build) == ["words: [a, b]"]
    assert len(builds) == 1, "the second process-like call reads the cache"
    monkeypatch.setattr(diskcache, "code_key", lambda *also: "another-coach")
    assert diskcache.derived("test-words", [source], build) == ["words: [a, b]"]
    assert len(builds) == 2, "a new engine code key builds the data again"
