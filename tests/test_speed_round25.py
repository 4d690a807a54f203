"""Speed round 25 (issue 16): what the faster start-up and imports must keep doing.

- A language's first draft is answered one pattern at a time (no RE2 set compiled for a
  one-draft `coach review`), and those answers are the set's, pattern for pattern: a review
  finds the same whichever way its patterns were asked; a batch builds the set at its second draft.
- On an ASCII draft a pattern runs compiled as Latin-1 (half RE2's compile work), and finds
  the spans its UTF-8 form finds; a pattern Latin-1 cannot hold falls back to UTF-8.
- `coach review TEXT` run as the console script answers without importing click, printing
  and returning exactly what the click group does; every other command line is the group's.
- Written to a pipe, `coach review TEXT`'s panel is written without rich, byte for byte as
  rich writes it; a terminal, a character rich counts otherwise, or markup goes to rich.
- An import tags a message's categories without their spans (all team memory keeps): the
  same categories tag_doc finds, exceptions included.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import re2
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

from adapters import plain
from adapters.cli.quick import plain_draft
from adapters.console import render
from bot.chat.replies import review_reply
from bot.chat.reply import Item, Reply, Section
from bot.engine.advice import load_advice
from bot.engine.categories import Tagger
from bot.engine.checks import needs
from bot.engine.checks.needs import OneByOne, Patterns
from bot.engine.patterns import compile_regex, latin1_form, matches_at_all, regex_spans
from bot.engine.review import ReviewContext, review
from bot.engine.text import Doc, fold

# -- a language's first draft: one pattern at a time ------------------------------------------

SOURCES = ((r"\bsoldes?\b", True), (r"[A-Z]{3}", False), (r"x*", True), (r"«[^»]+»", False), (r"\d+ ?%", True))
DRAFTS = ["Les SOLDES sont là", "les soldes", "Rien à voir", "«offre» 30 %", "BIG sale, 20% off", "", "🎉 ABC"]


def _registry(one_by_one: int) -> tuple[Patterns, list[int]]:
    registry = Patterns(one_by_one=one_by_one)
    return registry, [registry.add(compile_regex(source, f)) for source, f in SOURCES]


def _doc(text: str) -> Doc:
    return Doc(text, "fr", fold(text))


def test_answers_one_pattern_at_a_time_are_the_sets():
    for text in DRAFTS:
        by_set, ids = _registry(0)
        one_by_one, same_ids = _registry(1)
        assert ids == same_ids
        present, asked = by_set.present(_doc(text)), one_by_one.present(_doc(text))
        assert isinstance(present, frozenset) and isinstance(asked, OneByOne)
        assert [i in asked for i in ids] == [i in present for i in ids], text
        for chosen in (frozenset(ids[:2]), frozenset(ids[3:]), frozenset()):
            assert asked.isdisjoint(chosen) == present.isdisjoint(chosen)
        assert one_by_one.sets is None  # never compiled for that draft


def test_an_empty_match_counts_as_a_match_as_in_the_set():
    registry, ids = _registry(1)
    assert ids[2] in registry.present(_doc("rien"))  # x* matches the empty string anywhere


def test_only_the_first_draft_is_answered_one_pattern_at_a_time():
    registry, ids = _registry(1)
    first, second = _doc("Les soldes"), _doc("Les soldes encore")
    asked = registry.present(first)
    assert isinstance(asked, OneByOne) and registry.present(first) is asked  # asked twice: the same draft
    assert ids[0] in asked and ids[1] not in asked
    assert set(asked.answers) == {ids[0], ids[1]}  # only the patterns asked about were run
    assert registry.sets is None
    assert registry.present(second) == {ids[0], ids[2]}
    assert registry.sets is not None  # the second draft: the set is built, and kept
    assert needs.patterns_of(load_advice(kinds=("post",), lazy=True).indexes["en"]).one_by_one <= needs.ONE_BY_ONE


def test_a_pattern_that_does_not_compile_is_taken_as_present():
    registry = Patterns(one_by_one=1)
    broken = registry.add(compile_regex("(unclosed", False))
    assert broken in registry.present(_doc("anything"))
    assert matches_at_all(compile_regex("(unclosed", True), _doc("x"))


def _reviews(drafts: list[str], one_by_one: int) -> list[dict[str, object]]:
    """Every draft's whole review, each language's patterns asked one at a time for the first
    `one_by_one` drafts (0: through the RE2 set)."""
    advice = load_advice(kinds=("post",), lazy=True)
    registries = [needs.patterns_of(advice.indexes[language]) for language in ("en", "fr")]
    for registry in registries:
        registry.one_by_one, registry.sets = one_by_one, None  # the set (re)built when next asked, if at all
    context = ReviewContext(advice)
    found = [review(text, context).to_json() for text in drafts]
    assert all((registry.sets is None) == (one_by_one > len(drafts)) for registry in registries)
    return found


def test_a_review_finds_the_same_whichever_way_its_patterns_are_asked():
    drafts = ["Buy now, last chance! 50% off today only, DM us to order 🔥🔥",
              "Our spring guide is out: five ways to plan a week of posts. Buy now, last chance!",
              "Soldes : -50 % sur tout, commandez vite avant minuit !!!",
              "Thanks to everyone who came to the meetup yesterday, the slides are online.",
              "Congrats to our team! «Le meilleur produit de l'année» selon nos clients. Offre à 19,99 €.",
              "a short draft"]
    one_by_one = _reviews(drafts, 10**6)
    assert one_by_one == _reviews(drafts, 0)
    assert any(r["findings"] for r in one_by_one)  # the drafts do find something


# -- ASCII drafts: patterns compiled as Latin-1 -----------------------------------------------


def test_latin1_form_is_used_when_the_pattern_fits_and_falls_back_otherwise():
    options = re2.Options()
    assert latin1_form(r"\boffre\b", options).options.encoding == re2.Options.Encoding.LATIN1
    assert latin1_form("[«»]", options).options.encoding == re2.Options.Encoding.LATIN1
    assert latin1_form(r"[ \x{202f}]%", options).options.encoding == re2.Options.Encoding.UTF8  # beyond Latin-1
    assert latin1_form("ſ", options).options.encoding == re2.Options.Encoding.UTF8


PATTERNS = [r"\bsale\b", r"[^\pL\d\s]+", r"(?:^|[^\pL])[A-Z]{2,}", r"\p{Lu}\pL*", r"[^«»\"\n]{3,}", r"\W+",
            r"k", r"s\b", r"[ \x{a0}]%", r".{0,3}!", r"\d[\d.,]*\s?(?:€|\$|eur)"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40), st.booleans())
def test_on_ascii_text_latin1_finds_the_spans_utf8_finds(text: str, folded: bool):
    for source in PATTERNS:
        options = re2.Options()
        options.case_sensitive = not folded
        utf8 = re2.compile(source.encode(), options)
        latin = latin1_form(source, options)
        subject = text.encode()
        assert [m.span() for m in latin.finditer(subject)] == [m.span() for m in utf8.finditer(subject)], source


def test_a_pattern_on_an_ascii_draft_finds_what_it_finds_on_the_same_words_with_an_accent_elsewhere():
    pattern = compile_regex(r"\bsoldes?\b", True)
    assert regex_spans(pattern, Doc("Big soldes now", "fr")) == [(4, 10)]
    assert pattern.compiled_ascii is not None
    assert pattern.compiled_ascii.options.encoding == re2.Options.Encoding.LATIN1
    assert regex_spans(pattern, Doc("Big soldes now é", "fr")) == [(4, 10)]


# -- `coach review TEXT` without click ---------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import json, sys
from adapters.cli import main
how = sys.argv.pop(1)
try:
    main() if how == "script" else main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
sys.stdout.flush()
print(json.dumps({"code": code, "click": "click" in sys.modules}), file=sys.stderr)
"""


def _run(how: str, *args: str, cwd: Path) -> tuple[int, bool, str, str]:
    """(status, whether click was imported, stdout, stderr) of `coach review ...` run as the
    console script runs it ("script") or through the click group ("group")."""
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "COACH_ENV_FILE": str(cwd / "empty.env"),
           "COACH_DATA_DIR": str(cwd / "data"), "COACH_CACHE_DIR": os.environ["COACH_CACHE_DIR"]}
    done = subprocess.run([sys.executable, "-c", SCRIPT, how, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, check=False, env=env)
    *said, last = done.stderr.splitlines() or [""]
    report = json.loads(last)
    return report["code"], report["click"], done.stdout, "\n".join(said)


def _same_as_the_group(*args: str, cwd: Path) -> bool:
    """Run as the console script; whether it printed and returned what the group does, and
    whether it went without click."""
    code, clicked, out, err = _run("script", *args, cwd=cwd)
    group_code, _, group_out, group_err = _run("group", *args, cwd=cwd)
    assert (code, out, err) == (group_code, group_out, group_err), args
    return not clicked


def test_the_one_draft_form_prints_what_the_group_prints_without_importing_click(tmp_path: Path):
    (tmp_path / "empty.env").write_text("", encoding="utf-8")
    for draft in ("Buy now, last chance! 50% off today only!!!", "a short draft",
                  "Soldes : -50 % sur tout, commandez vite avant minuit !!!"):
        assert _same_as_the_group("review", draft, cwd=tmp_path)
    code, _, out, _ = _run("script", "review", "Buy now, last chance! 50% off today only!!!", cwd=tmp_path)
    assert code in (0, 1) and out.startswith("╭─ Coach review")


def test_every_other_form_is_the_groups(tmp_path: Path):
    (tmp_path / "empty.env").write_text("", encoding="utf-8")
    (tmp_path / "post.md").write_text("Achetez maintenant, dernière chance !", encoding="utf-8")
    for args in (("review", "post.md"), ("review", "nosuchfile.txt"), ("review", "Buy now", "--format", "json"),
                 ("review", "--text", "Buy now"), ("review", " "), ("review", ""), ("--version",)):
        assert not _same_as_the_group(*args, cwd=tmp_path), args  # answered by the group, click and all


def test_plain_draft_takes_only_what_click_would_read_as_one_draft(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "post.md").write_text("x", encoding="utf-8")
    assert plain_draft(["review", "Buy now"]) == "Buy now"
    assert plain_draft(["review", "a short draft"]) == "a short draft"
    for argv in (["review"], ["review", "Buy now", "--all"], ["plan", "Buy now"], ["review", "-"],
                 ["review", "--help"], ["review", "post.md"], ["review", "missing.txt"], ["review", "./x"],
                 ["review", ""], [], ["review", str(tmp_path)]):
        assert plain_draft(argv) is None, argv
    monkeypatch.setenv("_COACH_COMPLETE", "bash_complete")  # click's shell completion
    assert plain_draft(["review", "Buy now"]) is None


# -- imports: categories without their spans ---------------------------------------------------

TAGGED = ["Start your free trial today", "Free guide: how to plan a week, plus a free trial",
          "Our free trial and a free guide", "Essai gratuit de 30 jours", "Essai gratuit et guide gratuit, étape par étape",
          "What do you think? Reply below", "Buy now, link in bio", "Behind the scenes of our launch 🎉",
          "New: we just launched the spring update", "", "   ", "ok", "Trois astuces pour vos titres"]


def test_categories_without_spans_are_the_categories_tag_doc_finds():
    tagger = Tagger()
    for text in TAGGED:
        for language in ("en", "fr"):
            for is_reply in (False, True):
                whole = tagger.tag(text, language, is_reply=is_reply)
                quick = tagger.tag(text, language, is_reply=is_reply, spans=False)
                assert quick.categories == whole.categories, (text, language)
                assert quick.language == whole.language and quick.spans == {}
    assert tagger.tag("Start your free trial today", "en", spans=False).categories == {"ask"}  # the exception holds
    assert "give" in tagger.tag("Our free trial and a free guide", "en", spans=False).categories


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["free", "trial", "guide", "tips", "buy", "now", "launch", "new", "?", "how", "to",
                                 "essai", "gratuit", "astuces", "achetez", "lol", "we", "our"]), max_size=12),
       st.sampled_from(["en", "fr"]))
def test_categories_without_spans_match_on_any_mix_of_category_words(words: list[str], language: str):
    tagger = _TAGGER
    text = " ".join(words)
    assert tagger.tag(text, language, spans=False).categories == tagger.tag(text, language).categories


_TAGGER = Tagger()


# -- the panel written to a pipe without rich --------------------------------------------------


def _rich(reply: Reply, width: int) -> str:
    out = io.StringIO()
    Console(file=out, width=width).print(render(reply))
    return out.getvalue()


_PIPE_DRAFTS = ["Buy now, last chance! 50% off today only!!! DM us to order",
                "Our spring guide is out: five ways to plan a week of posts. Buy now, last chance!",
                "Soldes : -50 % sur tout, commandez vite avant minuit !!! « Offre » à 19,99 €…",
                "Thanks to everyone who came to the meetup yesterday, the slides are online.",
                "a short draft", "WIN A FREE IPHONE NOW!!! Click here: https://example.com/win?ref=abc",
                "Line one\nLine two\n\nA third paragraph, with a veryveryveryveryveryveryveryveryveryverylongword in it."]


def test_the_panel_written_to_a_pipe_is_riches_byte_for_byte():
    advice = load_advice(kinds=("post",))
    context = ReviewContext(advice)
    written = 0
    for text in _PIPE_DRAFTS:
        result = review(text, context)
        for limit in (5, None):
            reply = review_reply(result, draft=text, limit=limit)
            for width in (80, 47, 100, 23):
                mine = plain.panel(reply, width)
                if mine is not None:
                    written += 1
                    assert mine == _rich(reply, width), (text, width)
    assert written >= 40  # most of them are plain text: the comparison did run


@settings(max_examples=120, deadline=None)
@given(st.lists(st.text(alphabet="ab cdéà-’«»…\n ", min_size=0, max_size=90), min_size=1, max_size=4),
       st.text(alphabet="Coach review 0123456789/:,", min_size=0, max_size=40), st.integers(20, 90))
def test_any_plain_reply_is_wrapped_and_padded_as_rich_does(texts: list[str], title: str, width: int):
    item = Item(texts[0], quote=texts[-1], lines=tuple(texts[1:]), footer=texts[-1], severity="warning")
    reply = Reply(title=title, summary=texts[0], sections=(Section("What to look at", items=(item,)),),
                  draft=texts[-1], highlights=((0, 1, "warning"),) if texts[-1] else ())
    mine = plain.panel(reply, width)
    if mine is not None:
        assert mine == _rich(reply, width)


def test_a_reply_the_pipe_writer_cannot_promise_goes_to_rich():
    reply = Reply(title="Coach review", summary="Great launch 🎉")
    assert plain.panel(reply, 80) is None  # an emoji: two cells in rich's count
    assert plain.panel(Reply(title="Coach [bold]review[/bold]", summary="ok"), 80) is None  # markup in a title
    assert plain.panel(Reply(title="Coach :smile: review", summary="ok"), 80) is None  # an emoji code
    assert plain.panel(Reply(title="Coach", summary="a\tb"), 80) is None  # a tab
    assert plain.panel(Reply(title="Coach", summary="ok"), 10) is None  # too narrow to promise
    assert plain.panel(Reply(title="Coach", summary="ok"), 80) == _rich(Reply(title="Coach", summary="ok"), 80)


def test_every_character_the_pipe_writer_takes_is_one_cell_for_rich():
    taken = [chr(c) for c in range(0x20, 0x3000) if plain.is_plain(chr(c))]
    assert len(taken) > 500 and "\t" not in taken and "🎉" not in "".join(taken)
    assert all(cell_len(c) == 1 for c in taken)
    assert not plain.is_plain("e\u0301")  # a combining accent: zero cells


class _Stream(io.StringIO):
    def __init__(self, tty: bool, encoding: str = "utf-8"):
        super().__init__()
        self.tty, self._encoding = tty, encoding

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding

    def isatty(self) -> bool:
        return self.tty


def test_the_pipe_width_is_riches_and_a_terminal_or_forced_colour_goes_to_rich(monkeypatch):
    for name in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "97")
    assert plain.pipe_width(_Stream(tty=False)) == 97 == Console(file=_Stream(tty=False)).width
    assert plain.pipe_width(_Stream(tty=True)) is None  # a terminal: styles
    assert plain.pipe_width(_Stream(tty=False, encoding="ascii")) is None  # rich would draw an ASCII box
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert plain.pipe_width(_Stream(tty=False)) is None
    monkeypatch.setenv("FORCE_COLOR", "")
    assert plain.pipe_width(_Stream(tty=True)) == 97  # an empty FORCE_COLOR: no terminal for rich
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    assert plain.pipe_width(_Stream(tty=False)) is None
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    assert plain.pipe_width(_Stream(tty=True)) == 97


def test_the_one_draft_form_to_a_pipe_imports_no_rich(tmp_path: Path):
    (tmp_path / "empty.env").write_text("", encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "COACH_ENV_FILE": str(tmp_path / "empty.env"),
           "COACH_DATA_DIR": str(tmp_path / "data"), "COACH_CACHE_DIR": os.environ["COACH_CACHE_DIR"]}
    probe = ("import sys\nfrom adapters.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'click')), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe, "review", "Buy now, last chance!"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.startswith("╭─ Coach review") and done.stderr.strip().endswith("[]")
