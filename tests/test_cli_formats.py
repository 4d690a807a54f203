"""`coach review PATH... --format github|sarif`: findings shaped as GitHub Actions workflow
commands and as a SARIF 2.1.0 log, checked against their documented syntax and structure.

GitHub (docs, "Workflow commands for GitHub Actions"): `::error|warning|notice
file=F,line=L,endLine=L,col=C,endColumn=C,title=T::MESSAGE`, with `%`, CR and LF escaped as
%25, %0D, %0A everywhere and `:` and `,` as %3A, %2C in property values. SARIF (OASIS SARIF
2.1.0): runs[].tool.driver.rules[], results[] with ruleId, ruleIndex, level, message.text and
locations[].physicalLocation{artifactLocation.uri, region{startLine, startColumn, endLine,
endColumn}}, lines and columns from 1, an end column just after the region."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from adapters.cli import main
from tests.test_cli_files import CLEAN_EN, HARD_SELL_FR, SHOUTING, write

WORKFLOW_COMMAND = re.compile(r"^::(?P<level>error|warning|notice) (?P<properties>[^:\r\n]*)::(?P<message>[^\r\n]*)$")
PROPERTY = re.compile(r"^(?P<key>file|line|endLine|col|endColumn|title)=(?P<value>[^,:]*)$")
ESCAPE = re.compile(r"%(?!25|0D|0A|3A|2C)")  # a `%` that is not one of the documented escapes
SARIF_LEVELS = {"none", "note", "warning", "error"}


def unescape(value: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(code, char)
    return value


def annotations(stdout: str) -> list[dict[str, str]]:
    """Every line parsed as a workflow command; fails on a line GitHub would not read as one."""
    parsed = []
    for line in stdout.splitlines():
        command = WORKFLOW_COMMAND.match(line)
        assert command, line
        assert not ESCAPE.search(command["properties"]) and not ESCAPE.search(command["message"]), line
        properties = {}
        for pair in command["properties"].split(","):
            match = PROPERTY.match(pair)
            assert match, pair
            properties[match["key"]] = unescape(match["value"])
        parsed.append({"level": command["level"], "message": unescape(command["message"]), **properties})
    return parsed


@pytest.fixture
def posts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write(tmp_path, "posts/launch, v2: final.md", f"# Launch\n\n{HARD_SELL_FR} 100 % garanti.\n")
    write(tmp_path, "posts/shout.txt", SHOUTING)
    write(tmp_path, "posts/split.txt", "Buy\nnow, limited offer!\n")
    write(tmp_path, "posts/my post.md", CLEAN_EN)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(main, ["review", *args])


# -- GitHub Actions --------------------------------------------------------------

def test_github_annotations_follow_the_documented_syntax(posts: Path):
    result = run("posts", "--format", "github")
    found = annotations(result.stdout)
    assert result.exit_code == 1  # SHOUTING holds a blocker
    assert {a["file"] for a in found} == {"posts/launch, v2: final.md", "posts/shout.txt", "posts/split.txt"}
    for a in found:
        assert int(a["line"]) >= 1 and int(a["endLine"]) >= int(a["line"])
        assert a["title"].startswith("Coach: ") and a["title"].endswith(")")
        assert "\n" in a["message"]  # the message, then the next step
    places = {(a["file"], int(a["line"]), int(a["col"]), int(a["endColumn"])) for a in found if "col" in a}
    jsonl = [json.loads(line) for line in run("posts", "--format", "jsonl").stdout.splitlines()]
    assert places == {(r["path"], f["line"], f["column"], f["end_column"]) for r in jsonl for f in r["findings"]
                      if f["line"] == f["end_line"]}
    for file, line, col, end in places:
        text = (posts / file).read_text(encoding="utf-8").split("\n")[line - 1]
        assert 1 <= col < end <= len(text) + 1


def test_blockers_are_errors_warnings_are_warnings(posts: Path):
    found = annotations(run("posts", "--format", "github").stdout)
    shout = [a for a in found if a["file"] == "posts/shout.txt"]
    assert any(a["level"] == "error" and "(blocker)" in a["title"] for a in shout)
    assert all(a["level"] == "warning" for a in found if "(warning)" in a["title"])
    assert all(a["level"] == "notice" for a in found if "(suggestion)" in a["title"] or "(tip)" in a["title"])


def test_columns_are_given_only_for_a_finding_on_one_line(posts: Path):
    found = [a for a in annotations(run("posts/split.txt", "--format", "github").stdout)]
    across = [a for a in found if a["line"] != a["endLine"]]
    assert across and all("col" not in a and "endColumn" not in a for a in across)
    assert all("col" in a for a in found if a["line"] == a["endLine"])


def test_a_file_that_cannot_be_reviewed_is_an_error_annotation(posts: Path):
    write(posts, "posts/logo.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    result = run("posts", "--format", "github")
    (error,) = [a for a in annotations(result.stdout) if a["file"] == "posts/logo.md"]
    assert result.exit_code == 2
    assert error["level"] == "error" and "binary" in error["message"] and "line" not in error


# -- SARIF 2.1.0 -----------------------------------------------------------------

def sarif(*args: str) -> tuple[int, dict]:
    result = run(*args, "--format", "sarif")
    return result.exit_code, json.loads(result.stdout)


def test_sarif_has_the_documented_shape(posts: Path):
    status, log = sarif("posts")
    assert status == 1
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "Coach" and driver["version"]
    rule_ids = [r["id"] for r in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in SARIF_LEVELS
    assert run_["columnKind"] in ("utf16CodeUnits", "unicodeCodePoints")
    assert run_["results"]
    for result in run_["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in SARIF_LEVELS and result["message"]["text"].strip()
        (location,) = result["locations"]
        artifact, region = location["physicalLocation"]["artifactLocation"], location["physicalLocation"]["region"]
        assert run_["artifacts"][artifact["index"]]["location"]["uri"] == artifact["uri"]
        assert all(isinstance(region[k], int) and region[k] >= 1
                   for k in ("startLine", "startColumn", "endLine", "endColumn"))
        assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])
    assert run_["invocations"][0]["executionSuccessful"] is True


def test_sarif_regions_are_the_flagged_words(posts: Path):
    _, log = sarif("posts")
    (run_,) = log["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"  # columns below are counted in Python characters
    for result in run_["results"]:
        physical = result["locations"][0]["physicalLocation"]
        region = physical["region"]
        lines = (posts / unquote(physical["artifactLocation"]["uri"])).read_text(encoding="utf-8").split("\n")
        start = sum(len(line) + 1 for line in lines[:region["startLine"] - 1]) + region["startColumn"] - 1
        end = sum(len(line) + 1 for line in lines[:region["endLine"] - 1]) + region["endColumn"] - 1
        assert "\n".join(lines)[start:end] == region["snippet"]["text"]


def test_sarif_uris_are_relative_references(posts: Path):
    _, log = sarif("posts")
    uris = {a["location"]["uri"] for a in log["runs"][0]["artifacts"]}
    assert "posts/my%20post.md" in uris
    assert all(not uri.startswith("/") and " " not in uri for uri in uris)
    assert {unquote(uri) for uri in uris} == {"posts/launch, v2: final.md", "posts/shout.txt", "posts/split.txt",
                                              "posts/my post.md"}


def test_sarif_levels_follow_severity(posts: Path):
    _, log = sarif("posts/shout.txt")
    by_rule = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    for result in log["runs"][0]["results"]:
        severity = by_rule[result["ruleId"]]["properties"]["severity"]
        assert result["level"] == {"blocker": "error", "warning": "warning"}.get(severity, "note")
    assert any(r["level"] == "error" for r in log["runs"][0]["results"])


def test_a_file_that_cannot_be_reviewed_is_a_tool_notification(posts: Path):
    write(posts, "posts/latin1.txt", "Achetez maintenant, c'est l'été".encode("latin-1"))
    status, log = sarif("posts")
    invocation = log["runs"][0]["invocations"][0]
    (note,) = invocation["toolExecutionNotifications"]
    assert status == 2 and invocation["executionSuccessful"] is False
    assert note["level"] == "error" and note["descriptor"]["id"] == "unreadable" and "not UTF-8" in note["message"]["text"]
    assert unquote(note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) == "posts/latin1.txt"
    assert log["runs"][0]["results"]  # the other files were reviewed


def test_an_absolute_path_is_a_file_uri(posts: Path):
    _, log = sarif(str(posts / "posts" / "shout.txt"))
    (artifact,) = log["runs"][0]["artifacts"]
    assert artifact["location"]["uri"] == (posts / "posts" / "shout.txt").as_uri()
