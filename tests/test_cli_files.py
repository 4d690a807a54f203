"""`coach review PATH...`: a content repository reviewed in one run, as a linter reviews code.

Folders are walked for Markdown and text files (`--glob` chooses others), each finding is a
`file:line:column: severity: message [rule]` line, `--format jsonl` gives one object per
file, and the exit status is 1 if any file has a blocker, 2 if a file could not be read or
reviewed. The one-draft forms (`coach review "text"`, `-`, `--text`, `--jsonl`) are
unchanged. GitHub and SARIF output: tests/test_cli_formats.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from adapters.cli import main
from adapters.cli.lint import LineIndex, markdown_prose

HARD_SELL_FR = "Achetez maintenant !!! Offre limitée, dernière chance."
CLEAN_EN = "Our spring guide is out: five ways to plan a week of posts. Which one would you try first?"
SHOUTING = "LIMITED OFFER TODAY ONLY, BUY NOW AND SAVE BIG ON EVERYTHING"  # a blocker in the bundled packs
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<severity>blocker|warning|suggestion|tip): "
                  r"(?P<message>.+) \[(?P<rule>[a-z0-9.-]+)\]$")


def write(root: Path, name: str, text: str | bytes) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content repository: posts in folders, with things Coach must leave alone."""
    write(tmp_path, "posts/2024/launch.md", f"# Launch\n\nMerci à tous !\n{HARD_SELL_FR}\n")
    write(tmp_path, "posts/tips.txt", CLEAN_EN + "\n")
    write(tmp_path, "posts/build.py", "print('Buy now, last chance!')\n")
    write(tmp_path, "posts/.drafts/secret.md", HARD_SELL_FR)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["review", *args], input=input)


def findings(stdout: str) -> list[dict[str, str]]:
    matched = [LINE.match(line) for line in stdout.splitlines()]
    assert all(matched), stdout  # every line of the text format is a located finding
    return [m.groupdict() for m in matched if m]


def test_a_folder_is_walked_for_markdown_and_text_files(repo: Path):
    result = run("posts")
    found = findings(result.stdout)
    assert result.exit_code == 0, result.output  # warnings only
    assert {f["path"] for f in found} == {"posts/2024/launch.md"}  # not build.py, not the hidden folder
    assert {"hard-sell.urgency", "give-first.value-before-ask"} <= {f["rule"] for f in found}
    assert "2 files reviewed" in result.stderr and "warning" in result.stderr


def test_each_line_points_at_the_words_it_is_about(repo: Path):
    text_lines = findings(run("posts").stdout)
    (launch,) = [json.loads(line) for line in run("posts", "--format", "jsonl").stdout.splitlines()
                 if json.loads(line)["path"] == "posts/2024/launch.md"]
    lines = (repo / "posts/2024/launch.md").read_text(encoding="utf-8").split("\n")
    assert {f["line"] for f in launch["findings"]} >= {4}
    for f in launch["findings"]:
        assert f["line"] == f["end_line"]
        assert lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1] == f["excerpt"]
    assert {(t["line"], t["column"], t["rule"]) for t in text_lines} == \
           {(str(f["line"]), str(f["column"]), f["rule"]) for f in launch["findings"]}


def test_columns_count_characters_and_lines_count_from_one(tmp_path: Path):
    post = write(tmp_path, "post.md", "🎉 Nouveau !\n\n🎉🎉 Achetez maintenant, dernière chance.\n")
    (found,) = [json.loads(line) for line in run(str(post), "--format", "jsonl").stdout.splitlines()]
    buy = next(f for f in found["findings"] if f["excerpt"] == "Achetez maintenant")
    assert (buy["line"], buy["column"], buy["end_line"], buy["end_column"]) == (3, 4, 3, 22)


def test_several_files_and_folders_in_one_run_each_file_once(repo: Path):
    result = run("posts", "posts/tips.txt", "./posts/2024/launch.md", "--format", "jsonl")
    paths = [json.loads(line)["path"] for line in result.stdout.splitlines()]
    assert paths == ["posts/2024/launch.md", "posts/tips.txt"]
    assert "2 files reviewed" in result.stderr


def test_glob_chooses_the_files_found_in_folders(repo: Path):
    write(repo, "posts/2024/promo.markdown", HARD_SELL_FR)
    only_text = run("posts", "--glob", "*.txt", "--format", "jsonl")
    by_folder = run("posts", "--glob", "2024/*.MD", "--format", "jsonl")
    default = run("posts", "--format", "jsonl")
    assert [json.loads(x)["path"] for x in only_text.stdout.splitlines()] == ["posts/tips.txt"]
    assert [json.loads(x)["path"] for x in by_folder.stdout.splitlines()] == ["posts/2024/launch.md"]
    assert "posts/2024/promo.markdown" in default.stdout


def test_a_file_named_on_the_command_line_is_reviewed_whatever_its_extension(repo: Path):
    write(repo, "posts/newsletter.rst", HARD_SELL_FR)
    result = run("posts/newsletter.rst", "posts/tips.txt")
    assert {f["path"] for f in findings(result.stdout)} == {"posts/newsletter.rst"}


def test_exit_1_when_any_file_has_a_blocker(repo: Path):
    write(repo, "posts/shout.md", SHOUTING)
    result = run("posts")
    assert result.exit_code == 1
    assert any(f["path"] == "posts/shout.md" and f["severity"] == "blocker" for f in findings(result.stdout))
    blockers = [f for f in findings(result.stdout) if f["severity"] == "blocker"]
    assert {f["path"] for f in blockers} == {"posts/shout.md"}  # a sale shouted in capitals, a pile of hard sell
    assert f"{len(blockers)} blockers" in result.stderr


def test_exit_1_with_an_admins_pack(repo: Path, pack):
    pack.rule(id="test.block", severity="blocker", fr="phrases: [interdit]", en="phrases: [forbidden]")
    write(repo, "posts/bad.txt", "This word is forbidden in our posts.")
    result = run("--pack", str(pack.path), "posts")
    (found,) = findings(result.stdout)
    assert result.exit_code == 1
    assert (found["path"], found["line"], found["column"], found["severity"], found["rule"]) == \
           ("posts/bad.txt", "1", "14", "blocker", "test.block")


def test_a_file_that_cannot_be_reviewed_is_reported_and_the_others_go_on(repo: Path):
    write(repo, "posts/logo.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    write(repo, "posts/empty.txt", "  \n")
    write(repo, "posts/shout.md", SHOUTING)
    result = run("posts", "--format", "jsonl")
    out = {json.loads(line)["path"]: json.loads(line) for line in result.stdout.splitlines()}
    assert result.exit_code == 2  # not done beats a blocker: one meaning per status
    assert out["posts/logo.md"]["error"]["code"] == "unreadable" and "binary" in out["posts/logo.md"]["error"]["message"]
    assert out["posts/empty.txt"]["error"]["code"] == "empty"
    assert out["posts/shout.md"]["findings"] and out["posts/tips.txt"]["score"] == 100
    text = run("posts")
    assert text.exit_code == 2 and "posts/logo.md looks like a binary file" in text.stderr
    assert "2 files not reviewed" in text.stderr and "posts/shout.md:1:" in text.stdout


def test_markdown_front_matter_and_code_blocks_are_not_reviewed(tmp_path: Path):
    post = write(tmp_path, "post.md", "---\ntitle: Buy now!!! Last chance\ntags: [promo]\n---\n"
                                      f"{CLEAN_EN}\n\n```text\n{HARD_SELL_FR}\n```\n\n~~~~\nBUY NOW\n~~~~\n"
                                      "Last chance to join the workshop!\n")
    result = run(str(post), "--format", "jsonl")
    (review,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["excerpt"], f["line"]) for f in review["findings"]] == [("Last chance", 14)]


def test_html_comments_are_notes_to_editors_not_the_post(tmp_path: Path):
    """Vale skips HTML comments too: a content repository keeps its editors' notes in them."""
    post = write(tmp_path, "post.md", f"<!-- TODO: BUY NOW!!! {HARD_SELL_FR} -->\n{CLEAN_EN} <!-- two\nlines -->\n"
                                      "Last chance to join the workshop!\n")
    (review,) = [json.loads(line) for line in run(str(post), "--format", "jsonl").stdout.splitlines()]
    assert [(f["excerpt"], f["line"], f["column"]) for f in review["findings"]] == [("Last chance", 4, 1)]


def test_an_unclosed_front_matter_is_text(tmp_path: Path):
    post = write(tmp_path, "post.md", "---\nAchetez maintenant, dernière chance.\n")
    (review,) = [json.loads(line) for line in run(str(post), "--format", "jsonl").stdout.splitlines()]
    assert {f["line"] for f in review["findings"]} == {2}


def test_a_missing_path_among_several_is_bad_input(repo: Path):
    missing = run("posts", "posts/nope.md")
    words = run("Buy", "now")
    assert missing.exit_code == 2 and "posts/nope.md: no such file or folder" in missing.output
    assert words.exit_code == 2 and "Buy: no such file or folder" in words.output and "--text" in words.output
    assert "Traceback" not in missing.output + words.output


def test_standard_input_goes_alone(repo: Path):
    result = run("posts", "-")
    assert result.exit_code == 2 and "standard input" in result.output


def test_format_json_is_one_review(repo: Path):
    several = run("posts", "--format", "json")
    one = run("posts/2024/launch.md", "--format", "json")
    assert several.exit_code == 2 and "--format jsonl" in several.output
    assert one.exit_code == 0 and json.loads(one.stdout)["language"] == "fr"


def test_per_file_formats_need_paths():
    result = run("--text", HARD_SELL_FR, "--format", "github")
    assert result.exit_code == 2 and "reviews files and folders" in result.output


def test_the_one_draft_forms_are_unchanged(repo: Path):
    words = run(HARD_SELL_FR)
    stdin = run("-", input=HARD_SELL_FR)
    flag = run("--text", "posts/tips.txt", "--format", "json")
    assert words.exit_code == stdin.exit_code == 0
    assert "╭" in words.stdout and "hard-sell" in words.stdout and words.stdout == stdin.stdout
    assert json.loads(flag.stdout)["score"] == 100  # the words "posts/tips.txt", not the file


def test_the_installed_command_reviews_a_folder(repo: Path):
    import shutil
    import subprocess

    coach = shutil.which("coach") or str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "coach")
    write(repo, "posts/shout.md", SHOUTING)
    done = subprocess.run([coach, "review", "posts"], cwd=repo, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 1, done.stderr
    assert any(f["path"] == "posts/shout.md" for f in findings(done.stdout))


def test_a_jsonl_batch_may_say_format_jsonl():
    line = json.dumps({"id": 7, "text": CLEAN_EN})
    batch = run("--jsonl", "-", "--format", "jsonl", input=line + "\n")
    sarif = run("--jsonl", "-", "--format", "sarif", input=line + "\n")
    assert batch.exit_code == 0 and json.loads(batch.stdout)["id"] == 7
    assert sarif.exit_code == 2 and "reviews files and folders" in sarif.output


MARKDOWNISH = st.lists(st.sampled_from(["---", "+++", "...", "```", "~~~~", "```py`", "    ```", "text", "",
                                        "Achetez maintenant", "\r", "é🎉", "<!--", "-->"]), max_size=30).map("\n".join)


@given(st.one_of(MARKDOWNISH, st.text()))
def test_blanking_markdown_keeps_every_offset(text: str):
    prose = markdown_prose(text)
    assert len(prose) == len(text)
    assert [i for i, c in enumerate(prose) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert all(p == t or p == " " for p, t in zip(prose, text, strict=True))


@given(st.text(), st.data())
def test_a_position_is_its_line_and_column(text: str, data: st.DataObject):
    offset = data.draw(st.integers(0, len(text)))
    line, column = LineIndex(text).position(offset)
    before = text[:offset]
    assert line == before.count("\n") + 1 and column == len(before) - (before.rfind("\n") + 1) + 1
