"""Speed round 55: a signals rule's needs (the clauses a draft must meet before its sum can reach
the threshold) are kept in the cache folder, so that a cold `coach review` after the first looks
them up instead of taking ~800 bounds. The next process reads them and finds the same; an edited
pack or an admin's layer is never served another rule's needs; a damaged file is rebuilt without
a word; the folder is the one COACH_CACHE_DIR names (`off`: none at all)."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot import diskcache
from bot.engine import tables
from bot.engine.advice import load_advice
from bot.engine.checks import signal_needs
from bot.engine.checks.reach import Meta, Reach
from bot.engine.checks.signals import Scorer
from bot.engine.checks.signals_spec import Signal
from bot.engine.rule import bundled_advice_dir

ROOT = Path(__file__).resolve().parents[1]
DRAFTS = [
    "BUY NOW!!! HUGE SALE, 50% OFF everything, call 555-0100 today!",
    "Our spring guide is out: five ways to plan a week of posts. Buy now, last chance!",
    "Thanks everyone for coming to the meetup yesterday, the slides are in the channel.",
    "SOLDES MONSTRES !!! Achetez maintenant, -50 % sur tout, offre valable aujourd'hui seulement !",
    "Merci à tous pour vos retours sur le guide, on en reparle jeudi.",
    "Great day!",
]
# One process: the drafts reviewed, their findings printed as JSON; with "strict", working out a
# signals rule's needs raises (they must come from the cache folder). Each draft is reviewed as its
# language's first, as a one-draft `coach review` is: its gate patterns asked one by one, no gate set
# built (~2 s of CPU a process, which the needs have no part in; the findings are the same either
# way: test_speed_round25).
SCRIPT = """
import json, sys
from bot.engine.checks import needs, signal_needs
if sys.argv[2] == "strict":
    def refused(*args, **kwargs):
        raise AssertionError("needs worked out again")
    signal_needs.picks = refused
needs.ONE_BY_ONE = len(json.loads(sys.argv[1]))
from bot.engine.advice import load_advice
from bot.engine.review import ReviewContext, review
roots = [__import__("pathlib").Path(p) for p in json.loads(sys.argv[3])] if len(sys.argv) > 3 else None
advice = load_advice(roots, kinds=("post",), lazy=True)
context = ReviewContext(advice)
out = []
for text in json.loads(sys.argv[1]):
    found = review(text, context)
    out.append(sorted((f.rule, f.span[0], f.span[1], f.severity, f.message) for f in found.findings))
print(json.dumps(out))
"""


def _run(cache: Path | str, mode: str = "", roots: list[Path] | None = None, drafts: list[str] = DRAFTS) -> list:
    """The findings of one new process on `drafts` (the cache switched off: remembered, they never change)."""
    if str(cache) == "off":
        return json.loads(_uncached(json.dumps([str(r) for r in roots] if roots is not None else None),
                                    json.dumps(drafts)))
    return _process(cache, mode, roots, drafts)


@functools.lru_cache(maxsize=8)
def _uncached(roots: str, drafts: str) -> str:
    return json.dumps(_process("off", "", None if roots == "null" else [Path(r) for r in json.loads(roots)],
                               json.loads(drafts)))


def _process(cache: Path | str, mode: str, roots: list[Path] | None, drafts: list[str]) -> list:
    env = {**os.environ, "COACH_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-c", SCRIPT, json.dumps(drafts), mode or "-"]
    if roots is not None:
        argv.append(json.dumps([str(r) for r in roots]))
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env, check=False, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def _needs_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(signal_needs.NEEDS.prefix + "*"))


@pytest.fixture(scope="module")
def cold(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """A cold process's cache folder (begun empty) and its findings on the drafts, both packs' ways
    (every bundled pack, the core pack alone): what the other tests' folders start from, less the needs."""
    cache = tmp_path_factory.mktemp("round55") / "cache"
    first = _run(cache)
    assert _needs_files(cache), "the first process keeps the signals rules' needs"
    _run(cache, roots=[bundled_advice_dir() / "core"])
    return cache, first


def _seeded(cache: Path, cold: tuple[Path, list]) -> Path:
    """A cache folder holding what a cold process wrote (language model, lists, packs, pieces) but no
    needs file: each test's processes still work the needs out, write and read them, and nothing else
    is compiled again (~2.5 s of CPU a process)."""
    cache.mkdir(parents=True)
    needs = set(_needs_files(cold[0]))
    for path in cold[0].iterdir():
        if path.is_file() and path not in needs and not path.name.startswith("."):
            try:
                os.link(path, cache / path.name)  # the cache writes by renaming a new file: never into this one
            except OSError:
                shutil.copy2(path, cache / path.name)
    assert not _needs_files(cache) and any(cache.iterdir())
    return cache


def test_a_second_cold_process_reads_the_needs_and_finds_the_same(cold: tuple[Path, list]):
    cache, first = cold  # a process on an empty folder wrote the needs
    assert _run(cache, "strict") == first  # no need worked out again, the same findings
    assert first == _run("off")  # and what no cache at all finds
    assert any(found for found in first), "the drafts give findings to compare"


def test_the_needs_read_back_are_the_needs_worked_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(signal_needs, "NEEDS", tables.Table("signal-needs-test-"))
    scorers = _scorers(load_advice(kinds=("post",)))
    assert len(scorers) >= 6
    for scorer in scorers:
        assert signal_needs.cached(scorer.plain, scorer.reach) == signal_needs.required(scorer.plain, scorer.reach.short)
    signal_needs.NEEDS.save()
    again = tables.Table("signal-needs-test-")  # as the next process reads it
    monkeypatch.setattr(signal_needs, "NEEDS", again)
    for scorer in scorers:
        assert signal_needs.cached(scorer.plain, scorer.reach) == signal_needs.required(scorer.plain, scorer.reach.short)
    assert not again.added, "every rule's needs were read from the file"


def _scorers(advice) -> list[Scorer]:
    found = []
    for compiled in advice.compiled:
        for run in compiled.run.values():
            owner = getattr(run, "__self__", None)
            if isinstance(owner, Scorer):
                found.append(owner)
    return found


def test_picks_are_what_required_joins():
    """The clauses are the same as the bounds give them, from the picks alone."""
    signals = [Signal("a", 1.5, phrases=1), Signal("b", 1.0, phrases=2), Signal("c", 1.0, phrases=3),
               Signal("d", -1.0, phrases=4)]
    weights = {s.name: s.weight for s in signals}
    reach = Reach.of(2.0, weights, (), frozenset(), frozenset(n for n, w in weights.items() if w > 0))
    assert signal_needs.picks(signals, reach.short) == [(0, 1)]  # no single one is needed; the two strongest are
    assert [c.lists for c in signal_needs.required(signals, reach.short)] == [frozenset({1, 2})]
    alone = Reach.of(3.0, weights, (), frozenset(), frozenset(n for n, w in weights.items() if w > 0))
    assert signal_needs.picks(signals, alone.short) == [(0,), (1,), (2,)]
    never = Reach.of(9.0, weights, (), frozenset(), frozenset(n for n, w in weights.items() if w > 0))
    assert signal_needs.picks(signals, never.short) == [None]
    assert signal_needs.required(signals, never.short)[0].lists == frozenset()


def test_another_bound_or_other_signals_are_another_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Each input of the picks is in the key: a threshold, a weight, a combination, a phrase list
    a language gains, a pattern, a measure's minimum changed in a pack give their own picks."""
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(signal_needs, "NEEDS", tables.Table("signal-needs-test-"))
    base = [Signal("a", 2.0, phrases=1), Signal("b", 1.0, phrases=2), Signal("c", 0.5, metric="prices")]

    def reach(signals: list[Signal], threshold: float = 2.5) -> Reach:
        weights = {s.name: s.weight for s in signals}
        return Reach.of(threshold, weights, (), frozenset(), frozenset(n for n, w in weights.items() if w > 0))

    variants = [
        (base, reach(base)),
        (base, reach(base, 1.5)),
        ([Signal("a", 1.0, phrases=1), *base[1:]], reach([Signal("a", 1.0, phrases=1), *base[1:]])),
        ([*base[:2], Signal("c", 0.5, metric="prices", low=0)], reach(base)),
        ([*base[:2], Signal("c", 0.5, phrases=3)], reach(base)),
        ([Signal("a", 2.0), *base[1:]], reach(base)),
        (base, Reach.of(2.5, {"a": 2.0, "b": 1.0, "c": 0.5, "ab": 1.0}, (Meta("ab", frozenset({"a", "b"}), True),),
                        frozenset(), frozenset({"a", "b", "c"}))),
    ]
    for signals, bound in variants:
        assert signal_needs.cached(signals, bound) == signal_needs.required(signals, bound.short)
    assert len(signal_needs.NEEDS.entries or {}) == len(variants), "one entry a variant: none served another's"


def _edited_pack(tmp_path: Path) -> Path:
    """A copy of the core pack whose shouting rule fires on one push alone (threshold 0.3)."""
    pack = tmp_path / "core"
    shutil.copytree(bundled_advice_dir() / "core", pack, ignore=shutil.ignore_patterns("__pycache__"))
    rule = pack / "hard-sell.shouting.yaml"
    text = rule.read_text(encoding="utf-8")
    assert "  threshold: 2.5\n" in text
    rule.write_text(text.replace("  threshold: 2.5\n", "  threshold: 0.3\n", 1), encoding="utf-8")
    return pack


def test_an_edited_pack_is_never_served_the_old_needs(cold: tuple[Path, list], tmp_path: Path):
    cache = _seeded(tmp_path / "cache", cold)
    bundled = [bundled_advice_dir() / "core"]
    _run(cache, roots=bundled)  # the needs of the pack as shipped, kept
    pack = _edited_pack(tmp_path)
    edited = _run(cache, roots=[pack])
    assert edited == _run("off", roots=[pack]), "the edited pack finds what it finds with no cache"
    great = edited[DRAFTS.index("Great day!")]
    assert any(rule == "hard-sell.shouting" for rule, *_ in great), "the edit shows: one push is enough now"
    assert len(_needs_files(cache)) == 1  # one file, with both packs' needs
    assert _run(cache, "strict", roots=[pack]) == edited  # and read back for the edited pack in turn


def test_a_layer_over_the_bundled_packs_reads_its_own_needs(cold: tuple[Path, list], tmp_path: Path):
    """An admin's pack beside the bundled ones (a layer of its own rules): its rules' needs are its own."""
    cache = _seeded(tmp_path / "cache", cold)
    layer = tmp_path / "layer"
    layer.mkdir()
    text = (bundled_advice_dir() / "core" / "hard-sell.shouting.yaml").read_text(encoding="utf-8")
    text = text.replace("id: hard-sell.shouting", "id: local.shouting").replace("  threshold: 2.5\n", "  threshold: 0.3\n")
    (layer / "local.shouting.yaml").write_text(text, encoding="utf-8")
    roots = [bundled_advice_dir() / "core", layer]
    _run(cache, roots=roots[:1])
    found = _run(cache, roots=roots)
    assert found == _run("off", roots=roots)
    assert any(rule == "local.shouting" for rule, *_ in found[DRAFTS.index("Great day!")])


def test_a_damaged_needs_file_is_rebuilt_silently(cold: tuple[Path, list], tmp_path: Path):
    cache = _seeded(tmp_path / "cache", cold)
    first = _run(cache)
    assert first == cold[1]
    (path,) = _needs_files(cache)
    raw = path.read_bytes()
    sound = diskcache.unpack(raw)
    assert sound is not None
    damaged = {"cut": raw[: len(raw) // 2], "garbage": os.urandom(len(raw)), "empty": b"",
               # a sound file whose picks name signals no rule has
               "wrong shape": diskcache.pack({key: [(999,), "x"] for key in sound[0]})}
    for damage, data in damaged.items():
        path.write_bytes(data)
        assert _run(cache) == first, damage
        (path,) = _needs_files(cache)
        entries = diskcache.unpack(path.read_bytes())
        assert entries is not None and entries[0] == sound[0], f"{damage}: written again whole"
    assert _run(cache, "strict") == first  # the next process reads it


def test_the_needs_go_where_coach_cache_dir_says(cold: tuple[Path, list], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch):
    chosen = _seeded(tmp_path / "chosen", cold)
    _run(chosen, drafts=DRAFTS[:1])
    assert _needs_files(chosen)
    _seeded(tmp_path / "xdg" / "coach", cold)  # (no needs file in either until a process writes it)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg"), "PYTHONPATH": str(ROOT)}
    env.pop("COACH_CACHE_DIR", None)
    done = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(DRAFTS[:1]), "-"], capture_output=True, text=True,
                          cwd=ROOT, env=env, check=False, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert _needs_files(tmp_path / "xdg" / "coach"), "no COACH_CACHE_DIR: under XDG_CACHE_HOME"
    _run("off")  # switched off: nothing written, and no error (the first test's reference run)
    monkeypatch.setenv("COACH_CACHE_DIR", "off")
    table = tables.Table("signal-needs-test-")
    table.put("k", [(0,)])
    table.save()
    assert table.get("k") == [(0,)]
