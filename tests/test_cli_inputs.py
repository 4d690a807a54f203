"""What an argument to `coach review` / `coach plan` is: a file, stdin, or the draft itself
(decided in one place, adapters/cli/inputs.py), and one clear line for what cannot be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.cli import main

HARD_SELL = "Achetez maintenant !!! Offre limitée, dernière chance"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


@pytest.mark.parametrize("command", ["review", "plan"])
@pytest.mark.parametrize("name", ["nosuchfile.txt", "drafts/missing", "plan.md", "~/nowhere/draft"])
def test_a_missing_file_is_an_error_not_a_draft(command, name):
    result = run(command, name)
    assert result.exit_code == 2
    assert "no such file" in result.output and "--text" in result.output
    assert "100/100" not in result.output and "Traceback" not in result.output


def test_a_directory_is_an_error_for_a_plan(tmp_path: Path):
    result = run("plan", str(tmp_path))
    assert result.exit_code == 2 and "is a folder" in result.output


def test_a_folder_with_nothing_to_review_is_an_error(tmp_path: Path):
    (tmp_path / "notes.py").write_text("print('Buy now')\n", encoding="utf-8")
    result = run("review", str(tmp_path))  # folders are walked (tests/test_cli_files.py)
    assert result.exit_code == 2 and "nothing to review: no file matching *.md" in result.output


def test_words_with_spaces_stay_a_draft_and_text_is_always_a_draft():
    with_spaces = run("review", HARD_SELL + " voir tarifs.pdf", "--format", "json")
    looks_like_a_file = run("review", "--text", "nosuchfile.txt", "--format", "json")
    assert with_spaces.exit_code == 0 and json.loads(with_spaces.output)["findings"]
    assert looks_like_a_file.exit_code == 0 and json.loads(looks_like_a_file.output)["score"] == 100


def test_a_single_word_without_extension_is_a_draft():
    result = run("review", "Merci!", "--format", "json")
    assert result.exit_code == 0 and "score" in json.loads(result.output)


@pytest.mark.parametrize("length", [256, 5000])
def test_a_long_command_line_draft_is_reviewed_not_opened(length: int):
    word = "Achetez maintenant, dernière chance ! "
    draft = (word * (length // len(word) + 1))[:length]
    spaceless = ("x" * length)
    result = run("review", draft, "--format", "json")
    assert result.exit_code == 0, result.output
    assert any(f["rule"] == "hard-sell.urgency" for f in json.loads(result.output)["findings"])
    assert run("review", spaceless, "--format", "json").exit_code in (0, 2)  # reviewed or refused politely
    assert "Traceback" not in run("review", spaceless).output


def test_a_plan_given_as_text_is_reviewed():
    result = run("plan", "On va poster sur Facebook pour atteindre 10 000 fans", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    assert json.loads(result.output)["kind"] == "plan"


@pytest.mark.parametrize("content, says", [
    (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "binary"),
    ("Achetez maintenant, c'est l'été".encode("latin-1"), "not UTF-8"),
])
@pytest.mark.parametrize("command", ["review", "plan"])
def test_binary_and_non_utf8_files_are_one_clear_line(tmp_path: Path, command, content: bytes, says: str):
    file = tmp_path / "draft.txt"
    file.write_bytes(content)
    result = run(command, str(file))
    assert result.exit_code == 2
    assert says in result.output and result.output.count("\n") == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_utf8_bom_is_not_part_of_the_draft(tmp_path: Path):
    file = tmp_path / "draft.txt"
    file.write_bytes("\ufeffBuy now! Limited offer, last chance".encode())
    data = json.loads(run("review", str(file), "--format", "json").output)
    assert data["findings"][0]["excerpt"] in "Buy now! Limited offer, last chance"


def test_a_missing_calendar_or_jsonl_file_is_one_clear_line(tmp_path: Path):
    plan = tmp_path / "plan.md"
    plan.write_text("Notre objectif : fidéliser nos clients.", encoding="utf-8")
    calendar = run("plan", str(plan), "--calendar", str(tmp_path / "nope.csv"))
    jsonl = run("review", "--jsonl", str(tmp_path / "nope.jsonl"))
    for result in (calendar, jsonl):
        assert result.exit_code == 2 and "no such file" in result.output
        assert result.output.count("\n") == 1


def test_a_pack_where_no_rule_loads_is_an_error(tmp_path: Path):
    empty = tmp_path / "rules"
    empty.mkdir()
    (empty / "broken.yaml").write_text("id: [not, a, rule\n", encoding="utf-8")
    result = run("review", "--pack", str(empty), "Buy now, last chance!")
    assert result.exit_code == 2
    assert "no post rule loaded" in result.output and "100/100" not in result.output


def test_all_prints_every_finding(tmp_path: Path):
    draft = ("Achetez maintenant !!! Offre limitée, dernière chance. Je suis un expert reconnu. "
             "Nous sommes fiers d'annoncer notre nouveau produit, leader du marché, 10 000 abonnés ! "
             "Rejoignez nos 5000 fans sur notre page et notre site https://a.fr https://b.fr https://c.fr")
    short = run("review", draft).output
    full = run("review", "--all", draft).output
    assert "…et" in short and "…et" not in full  # "…et 3 autres." (French draft)
    assert full.count("• [") > short.count("• [") == 5


@pytest.mark.parametrize("name, text, line", [
    ("cal.yaml", "- date: 2024-03-04\n  channel: Facebook\n  text: \"Nos horaires\"\n"
                 "- date: 2024-03-06\n  channel: Instagram\n  text: Astuce : réparer un pneu\n", 6),
    ("plan.md", "Notre plan : fidéliser.\n\n```yaml\n- date: 2024-03-04\n  canal: Facebook\n"
                "  texte: Promo : -20 %\n```\n", 6),
])
def test_a_yaml_calendar_with_an_unquoted_colon_names_the_line_and_the_cause(tmp_path: Path, name, text, line):
    file = tmp_path / name
    file.write_text(text, encoding="utf-8")
    result = run("plan", str(file), "--format", "json")
    assert result.exit_code == 2
    error = json.loads(result.output)["error"]
    assert error["code"] == "yaml_colon"
    assert f"ligne {line}" in error["message"] and "guillemets" in error["message"]
    english = json.loads(run("plan", str(file), "--format", "json", "--lang", "en").output)["error"]["message"]
    assert f"line {line}" in english and "double quotes" in english


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_empty_draft_on_the_command_line_names_the_command_line_not_the_chat(lang):
    """The chat's answer to an empty /review shows `/review …`; a terminal user is shown `coach review …`."""
    result = run("review", "--lang", lang, "   ")
    assert result.exit_code == 2
    assert "coach review" in result.output and "/review" not in result.output


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_empty_plan_on_the_command_line_names_its_options_not_the_chat(lang):
    result = run("plan", "--lang", lang, " ")
    assert result.exit_code == 2
    assert "--calendar" in result.output and "/plan" not in result.output


def test_an_empty_file_in_a_folder_says_the_file_is_empty_and_the_others_are_reviewed(tmp_path: Path):
    (tmp_path / "empty.md").write_text("<!-- nothing yet -->\n", encoding="utf-8")
    (tmp_path / "post.md").write_text(HARD_SELL + "\n", encoding="utf-8")
    result = run("review", str(tmp_path))
    assert result.exit_code == 2  # a file not reviewed is bad input, whatever the others hold
    assert "empty.md: the file holds no text to review" in result.output and "/review" not in result.output
    assert "post.md:1:" in result.output
