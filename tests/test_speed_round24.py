"""Speed round 24 (issue 16): what the faster start-up and review must keep doing.

- A rule's pattern compiles on RE2 when a draft first needs it, yet validation still refuses
  a pattern RE2 refuses, and a lazily compiled pattern finds what an eager one finds.
- A rule read back from the pack cache says the same file:line as one read from its YAML,
  though its lines are decoded only when asked for.
- `coach review` pauses the garbage collector through its start-up only: a batch and a
  folder of files run with it on, and the caller's collector is as it was afterwards.
"""

from __future__ import annotations

import gc
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.cli import main
from bot.engine import packcache, validate
from bot.engine.checks.registry import TYPES
from bot.engine.located import LocatedYaml
from bot.engine.patterns import compile_regex, pattern_problem, regex_spans
from bot.engine.rule import pack_dirs
from bot.engine.text import Doc, strip_accents

# -- patterns compile when first run ----------------------------------------------------------


def test_a_pattern_is_compiled_on_re2_only_when_first_run():
    pattern = compile_regex(r"\bsoldes?\b", True)
    assert pattern.compiled is None and pattern.compiled_ascii is None
    assert regex_spans(pattern, Doc("Les soldes commencent", "fr")) == [(4, 10)]
    assert pattern.compiled_ascii is not None  # an ASCII draft: the bytes form only
    assert pattern.compiled is None
    assert regex_spans(pattern, Doc("Les soldes 🎉", "fr")) == [(4, 10)]  # not ASCII once folded: the str form
    assert pattern.compiled is not None and pattern.text is pattern.compiled


def test_a_lazy_and_an_eager_pattern_find_the_same_spans():
    for source, fold in ((r"\boffre\b", True), (r"é+", True), (r"[A-Z]{3}", False)):
        lazy, eager = compile_regex(source, fold), compile_regex(source, fold, lazy=False)
        assert lazy == eager  # the same pattern: compared by source and case mode
        for text in ("Une OFFRE et une offre", "ééé! BIG", "élan «offre» ABC"):
            doc = Doc(text, "fr")
            assert regex_spans(lazy, doc) == regex_spans(eager, doc)


def test_validation_still_refuses_what_re2_refuses():
    lazy = compile_regex("(unclosed", False)  # a review never gets such a rule: validation stops it
    with pytest.raises(Exception):  # noqa: B017 (re2.error: RE2's own exception type)
        lazy.text  # noqa: B018
    with pytest.raises(Exception):  # noqa: B017
        compile_regex("(unclosed", False, lazy=False)
    assert pattern_problem("(unclosed", False).startswith("not a valid RE2 pattern")
    assert pattern_problem(r"\bok\b", True) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ09 .\\b*+?()[]-éèÀçœ\u0301'’")), max_size=30))
def test_strip_accents_of_ascii_is_the_text_itself(text: str):
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    assert strip_accents(text) == plain


# -- cached lines, decoded when asked for -----------------------------------------------------


def test_encoded_lines_are_read_when_first_asked_for():
    located = LocatedYaml.encoded({"id": "x"}, '[[[], 1], [["id"], 2], [["check", "pattern"], 7]]')
    assert "lines" not in located.__dict__
    assert located.line(("check", "pattern", 0)) == 7  # its nearest ancestor's line
    assert located == LocatedYaml({"id": "x"}, {(): 1, ("id",): 2, ("check", "pattern"): 7})
    with pytest.raises(AttributeError):
        located.nothing  # noqa: B018 (only `lines` is decoded on demand)


def test_a_cached_rule_points_at_the_same_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path / "cache"))
    fresh = validate.load_rules(pack_dirs(), TYPES)
    assert sorted((tmp_path / "cache").glob(packcache.PREFIX + "*")), "the first load writes the cache"
    cached = validate.load_rules(pack_dirs(), TYPES)
    for a, b in zip(fresh.rules, cached.rules, strict=True):
        assert b.lines is not None and "lines" not in b.lines.__dict__  # not decoded by the load itself
        for path in (("check",), ("id",), ("en", "examples", "bad", 0)):
            assert a.lines.line(path) == b.lines.line(path)


# -- the garbage collector through start-up ---------------------------------------------------


def test_a_one_draft_review_leaves_the_collector_as_it_found_it():
    assert gc.isenabled()
    result = CliRunner().invoke(main, ["review", "Buy now, last chance!"])
    assert result.exit_code in (0, 1), result.output
    assert gc.isenabled()


def test_a_batch_and_files_are_reviewed_with_the_collector_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import adapters.cli.lint as lint
    import adapters.cli.review as review_cli

    seen: list[bool] = []
    batch, files = review_cli._batch, lint.review_files

    def spy_batch(*args, **kwargs):
        seen.append(gc.isenabled())
        return batch(*args, **kwargs)

    def spy_files(*args, **kwargs):
        seen.append(gc.isenabled())
        return files(*args, **kwargs)

    monkeypatch.setattr(review_cli, "_batch", spy_batch)
    monkeypatch.setattr(lint, "review_files", spy_files)
    lines = tmp_path / "drafts.jsonl"
    lines.write_text('{"id": 1, "text": "Our guide is out."}\n', encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("Our guide is out: five ways to plan a week.\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["review", "--jsonl", str(lines)]).exit_code in (0, 1)
    assert CliRunner().invoke(main, ["review", str(post), "--format", "jsonl"]).exit_code in (0, 1)
    assert seen == [True, True]
    assert gc.isenabled()
