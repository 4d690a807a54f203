"""Start-up round 38 (issue 16, a cold start like a linter's): what must hold.

- The files a cold review reads from the cache folder are packed plain data (`diskcache.pack`):
  text, numbers, lists, tuples and dicts only, never a code object; a header names the format,
  marshal's and Python's versions and holds a checksum of the data.
- A cache file that is damaged, cut short, written by another format or another Python, or
  plain garbage, is read as no file: the data is rebuilt from the sources and written again,
  and the review is the same.
- A cold `coach review TEXT` (empty cache folder) prints what a warm one prints (the cache
  filled), with the same exit status; a warm one rewrites no cache file.
- Exit statuses are unchanged: 0 nothing to report, 1 a blocker, 2 a draft Coach cannot review.
- The console script ends a one-draft review at once (no interpreter teardown), but only after
  stdout and stderr are flushed and the atexit handlers have run; with another thread still
  running it exits the usual way; `main()` called in-process (tests, CliRunner) always ends by
  SystemExit.
- A draft the quick path hands to the click group reuses the advice it loaded (no second
  load); a later command in the same process loads the packs again.
- A phrase list named by several rules (or by a rule's check and its needs) is expanded and
  registered once per language index, with one id.
"""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot import diskcache

ROOT = Path(__file__).resolve().parents[1]
BLOCKER = "Buy now!!! Limited offer, last chance, 50% off today only!!! Buy buy buy"


def _env(tmp_path: Path, cache: Path) -> dict[str, str]:
    (tmp_path / "empty.env").write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(ROOT), "COACH_ENV_FILE": str(tmp_path / "empty.env"),
            "COACH_DATA_DIR": str(tmp_path / "data"), "COACH_CACHE_DIR": str(cache)}


def _coach(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-m", "adapters.cli", *args], env=env, capture_output=True, text=True,
                          timeout=300, check=False, cwd=ROOT)
    return done.returncode, done.stdout, done.stderr


def _fresh_cache(tmp_path: Path) -> Path:
    """An empty cache folder but for the derived language model (slow to derive, not ours to test)."""
    shared = Path(os.environ["COACH_CACHE_DIR"])
    _coach(_env(tmp_path, shared), "review", "a short draft")  # the session's folder holds the model
    cache = tmp_path / "cache"
    cache.mkdir()
    for model in shared.glob("langid-*"):
        shutil.copy(model, cache / model.name)
    return cache


# -- the packed format -----------------------------------------------------------------------

def test_packed_data_comes_back_exactly_and_anything_else_is_no_file():
    data = {"a": [1, 2.5, True, None, "é"], "b": (("buy", "buy"), None), "c": {"d": []}}
    packed = diskcache.pack(data, b"rest")
    assert packed is not None
    assert diskcache.unpack(packed) == (data, b"rest")
    damaged = bytearray(packed)
    damaged[-8] ^= 0x01  # one bit of the data
    for other in (packed[:-10], packed[:20], b"", None, b"{\"format\": 3}", bytes(damaged),
                  marshal.dumps(data)):  # bare marshal data, no header: a foreign file
        assert diskcache.unpack(other) is None
    stamp = len(b"coach\x00m")
    another_python = bytearray(packed)
    another_python[stamp + 3] ^= 0x7F  # the minor version Python wrote it with
    assert diskcache.unpack(bytes(another_python)) is None


def test_only_plain_data_is_packed_never_code():
    code = compile("print('ran')", "<cache>", "exec")
    for refused in (code, {"f": code}, [lambda: 0], {1: "a key that is not text"}, {"s": {1, 2}},
                    [float("nan")], b"bytes"):
        assert diskcache.pack(refused) is None, refused


# -- damaged files are rebuilt ---------------------------------------------------------------------

def test_a_cold_review_prints_what_a_warm_one_prints_and_damaged_files_are_rebuilt(tmp_path: Path):
    cache = _fresh_cache(tmp_path)
    env = _env(tmp_path, cache)
    drafts = ("a short draft", BLOCKER, "Soldes : -50 % sur tout, commandez vite avant minuit !!!")
    colds = {}
    for draft in drafts:
        colds[draft] = _coach(env, "review", draft)
        packed = sorted(cache.glob("*.m"))
        assert {p.name.split("-")[0] for p in packed} >= {"rules", "lists", "phrase", "pattern", "messages"}
        stamps = {p: p.stat().st_mtime_ns for p in packed}
        assert _coach(env, "review", draft) == colds[draft], draft  # warm
        assert {p: p.stat().st_mtime_ns for p in packed} == stamps  # read, not written again
    for number, path in enumerate(sorted(cache.glob("*.m"))):  # each file damaged its own way
        raw = path.read_bytes()
        path.write_bytes([raw[: len(raw) // 2], b"garbage", b"", raw[:-1] + bytes([raw[-1] ^ 1])][number % 4])
    for draft in drafts:  # (English then French: each language's phrase words are read by its own review)
        assert _coach(env, "review", draft) == colds[draft], draft
    for path in cache.glob("*.m"):
        assert diskcache.unpack(path.read_bytes()) is not None, path.name  # rebuilt, whole


def test_a_cache_file_from_an_older_coach_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from bot.engine import lists

    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path))
    fresh = lists.cached_lists(lists.lists_dir())
    (name,) = tmp_path.glob("lists-*.m")
    name.write_bytes(b'{"lists": [], "errors": []}')  # JSON, as an older Coach kept it
    assert lists.cached_lists(lists.lists_dir()) == fresh
    assert diskcache.unpack(name.read_bytes()) is not None


# -- exit statuses -------------------------------------------------------------------------------

def test_exit_statuses_are_unchanged(tmp_path: Path):
    env = _env(tmp_path, Path(os.environ["COACH_CACHE_DIR"]))
    code, out, _ = _coach(env, "review", "a short draft")
    assert code == 0 and out.startswith("╭─ Coach review")
    code, out, _ = _coach(env, "review", BLOCKER)
    assert code == 1 and "blocker" in out.lower()
    code, out, err = _coach(env, "review", "!!! ???")
    assert code == 2 and not out and "none" in err
    code, _, err = _coach(env, "review", "nosuchfile.txt")
    assert code == 2 and "no such file" in err


# -- the quick exit ------------------------------------------------------------------------------

SCRIPT = """
import atexit, sys, threading
from pathlib import Path
marker, draft, thread = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "thread"
atexit.register(lambda: (print("atexit ran", file=sys.stderr), marker.write_text("atexit")))
review_over = threading.Event()  # set only once the review has ended by SystemExit: the thread outlives it, however slow
if thread:
    threading.Thread(target=lambda: (review_over.wait(), Path(str(marker) + ".thread").write_text("done"))).start()
sys.stdout.write("before\\n")  # buffered: a pipe is block-buffered
sys.stderr.write("err before\\n")
sys.argv = ["coach", "review", draft]
from adapters.cli import console
try:
    console()
except SystemExit as exit:
    print(f"SystemExit {exit.code}", file=sys.stderr)
    review_over.set()
    raise
"""


def _script(tmp_path: Path, draft: str, thread: bool = False) -> tuple[int, str, str, Path]:
    marker = tmp_path / "marker"
    marker.unlink(missing_ok=True)
    env = _env(tmp_path, Path(os.environ["COACH_CACHE_DIR"]))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(marker), draft, "thread" if thread else "-"],
                          env=env, capture_output=True, text=True, timeout=300, check=False, cwd=ROOT)
    return done.returncode, done.stdout, done.stderr, marker


def test_the_quick_exit_flushes_the_output_and_runs_atexit_handlers(tmp_path: Path):
    for draft, status in (("a short draft", 0), (BLOCKER, 1)):
        code, out, err, marker = _script(tmp_path, draft)
        assert code == status
        assert out.startswith("before\n╭─ Coach review") and out.rstrip().endswith("╯")
        assert err.startswith("err before\n") and "atexit ran" in err
        assert "SystemExit" not in err  # ended at once, not by unwinding
        assert marker.read_text() == "atexit"


def test_the_usual_exit_when_it_is_not_a_quick_review_or_a_thread_still_runs(tmp_path: Path):
    code, _, err, marker = _script(tmp_path, "!!! ???")  # handed to the group: its exit
    assert code == 2 and "SystemExit 2" in err and marker.read_text() == "atexit"
    code, out, err, marker = _script(tmp_path, "a short draft", thread=True)
    assert code == 0 and "SystemExit 0" in err and out.startswith("before\n╭─ Coach review")
    assert Path(str(marker) + ".thread").read_text() == "done"  # the thread was let finish


def test_main_in_process_ends_by_system_exit(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    from adapters.cli import main

    monkeypatch.setattr(sys, "argv", ["coach", "review", "a short draft"])
    with pytest.raises(SystemExit) as exit:
        main()
    assert exit.value.code == 0 and "Coach review" in capsys.readouterr().out


# -- the advice, once ----------------------------------------------------------------------------

def test_a_draft_handed_to_the_group_reuses_the_advice_loaded(monkeypatch: pytest.MonkeyPatch):
    from adapters.cli import engine
    from adapters.cli.quick import quick_review
    from bot.engine import advice as advice_module

    loads: list[object] = []
    original = advice_module.load_advice

    def counted(*args: object, **kwargs: object) -> object:
        loads.append(args)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(advice_module, "load_advice", counted)
    assert quick_review(["review", "!!! ???"]) is None  # no words: the group says why
    assert len(loads) == 1
    handed = engine.load_advice(None, kinds=("post",), lazy=True)  # the group's ask
    assert len(loads) == 1 and handed.for_kind("post")
    again = engine.load_advice(None, kinds=("post",), lazy=True)  # a later command: read again
    assert len(loads) == 2 and again is not handed


def test_a_quick_path_that_failed_hands_nothing_over(monkeypatch: pytest.MonkeyPatch):
    from adapters.cli import engine, quick

    def broken(*args: object, **kwargs: object) -> object:
        engine.hand_over(engine.Advice([], []), None, ("post",), True)
        raise RuntimeError("half built")

    monkeypatch.setattr(engine, "review", broken)
    assert quick.quick_review(["review", "a short draft"]) is None
    assert not engine._HANDED


# -- phrases registered once -----------------------------------------------------------------------

def test_a_list_named_again_is_expanded_and_registered_once(monkeypatch: pytest.MonkeyPatch):
    from bot.engine import lists
    from bot.engine.checks import base
    from bot.engine.phrases import PhraseIndex

    index = PhraseIndex("en")
    expanded: list[object] = []
    original = lists.expand
    monkeypatch.setattr(lists, "expand", lambda phrases, language, found=None: expanded.append(phrases)
                        or original(phrases, language, found))
    shared = next(name for name, found in lists.bundled().found.items() if found.phrases.get("en"))
    first = base.phrase_list(index, [f"@{shared}", "buy now"])
    assert base.phrase_list(index, [f"@{shared}", "buy now"]) == first
    written_out = [*lists.bundled().found[shared].phrases["en"], "buy now"]
    assert base.phrase_list(index, written_out) == first  # the same phrases, written out: the same list
    assert len(expanded) == 2 and index._lists == 1
    assert base.phrase_list(index, []) is None and base.phrase_list(index, None) is None
