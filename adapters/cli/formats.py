"""How `coach review PATH...` prints its findings: pure functions from file reports to text.

- `text`: one line per finding, `file:line:column: severity: message [rule]`, as compilers
  print them, so editors and CI logs link each one to its place;
- `jsonl`: one JSON object per file: its path, then the review (JSON version 1) with each
  finding's line and column, or an `error` object;
- `github`: GitHub Actions workflow commands (`::warning file=...,line=...::message`), which
  the runner turns into annotations on the pull request;
- `sarif`: one SARIF 2.1.0 log (code scanning, editors' SARIF viewers).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from adapters.cli.engine import SEVERITY_RANK, Finding
from adapters.cli.lint import FileReport, Located

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
GITHUB_LEVEL = {"blocker": "error", "warning": "warning", "suggestion": "notice", "tip": "notice"}
SARIF_LEVEL = {"blocker": "error", "warning": "warning", "suggestion": "note", "tip": "note"}


def _one_line(text: str) -> str:
    return " ".join(text.split())


# -- text ----------------------------------------------------------------------

def text_lines(report: FileReport) -> Iterator[str]:
    for item in report.findings:
        f = item.finding
        yield f"{report.name}:{item.at.line}:{item.at.column}: {f.severity}: {_one_line(f.message)} [{f.rule}]"


def summary(reports: list[FileReport]) -> str:
    """`3 files reviewed: 1 blocker, 2 warnings, 0 suggestions, 1 tip; 1 file not reviewed`."""
    from adapters.cli import counted

    counts = dict.fromkeys(sorted(SEVERITY_RANK, key=SEVERITY_RANK.__getitem__), 0)
    for report in reports:
        for item in report.findings:
            counts[item.finding.severity] = counts.get(item.finding.severity, 0) + 1
    reviewed = sum(r.error is None for r in reports)
    line = f"{counted(reviewed, 'file')} reviewed: " + ", ".join(counted(n, s) for s, n in counts.items())
    failed = len(reports) - reviewed
    return line + (f"; {counted(failed, 'file')} not reviewed" if failed else "")


# -- jsonl ---------------------------------------------------------------------

def jsonl_line(report: FileReport) -> str:
    if report.review is None:
        code, message = report.error or ("failed", "")
        data: dict[str, Any] = {"path": report.name, "version": 1, "error": {"code": code, "message": message}}
    else:
        data = {"path": report.name, **report.review.to_json()}
        data["findings"] = [{**item.finding.to_json(), "line": item.at.line, "column": item.at.column,
                             "end_line": item.at.end_line, "end_column": item.at.end_column}
                            for item in sorted(report.findings, key=_review_order)]
    return json.dumps(data, ensure_ascii=False)


def _review_order(item: Located) -> tuple[int, int, str]:
    """The review's own order: severity, then position."""
    return SEVERITY_RANK[item.finding.severity], item.finding.span[0], item.finding.rule


# -- GitHub Actions ------------------------------------------------------------

def _data(text: str) -> str:
    """A workflow command's message, escaped as the runner reads it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """A workflow command's property value: the message's escapes, and `:` and `,`."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(report: FileReport) -> Iterator[str]:
    """`::warning file=posts/a.md,line=3,endLine=3,col=5,endColumn=19,title=...::message`
    (columns only when the finding is on one line, as annotations allow)."""
    if report.error is not None:
        yield f"::error file={_property(report.name)},title={_property('Coach could not review this file')}::" \
              f"{_data(report.error[1])}"
        return
    for item in report.findings:
        f, at = item.finding, item.at
        where = f"file={_property(report.name)},line={at.line},endLine={at.end_line}"
        if at.end_line == at.line:
            where += f",col={at.column},endColumn={at.end_column}"
        title = _property(f"Coach: {f.rule} ({f.severity})")
        yield f"::{GITHUB_LEVEL.get(f.severity, 'notice')} {where},title={title}::{_data(f.message + chr(10) + f.how)}"


# -- SARIF 2.1.0 ---------------------------------------------------------------

def _uri(path: Path) -> str:
    """A relative path stays relative (to the repository root, for code scanning)."""
    return path.resolve().as_uri() if path.is_absolute() else quote(path.as_posix(), safe="/")


def _first_sentence(text: str) -> str:
    text = _one_line(text)
    end = next((i + 1 for i, c in enumerate(text) if c in ".!?" and (i + 1 == len(text) or text[i + 1] == " ")),
               len(text))
    return text[:end]


def _rule(finding: Finding) -> dict[str, Any]:
    """A reportingDescriptor, worded in the language of the first file the rule fired in."""
    return {
        "id": finding.rule,
        "shortDescription": {"text": _first_sentence(finding.why) or finding.rule},
        "fullDescription": {"text": _one_line(finding.why) or finding.rule},
        "help": {"text": f"{_one_line(finding.how)}\n\n{finding.source}".strip()},
        "defaultConfiguration": {"level": SARIF_LEVEL.get(finding.severity, "note")},
        "properties": {"tags": [finding.topic], "severity": finding.severity},
    }


def sarif_log(reports: Iterable[FileReport], version: str) -> dict[str, Any]:
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    results: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for report in reports:
        location = {"uri": _uri(report.path), "index": len(artifacts)}
        artifact: dict[str, Any] = {"location": {"uri": location["uri"]}, "encoding": "utf-8"}
        artifacts.append(artifact)
        if report.review is None:
            code, message = report.error or ("failed", "")
            notifications.append({"level": "error", "message": {"text": message}, "descriptor": {"id": code},
                                  "locations": [{"physicalLocation": {"artifactLocation": location}}]})
            continue
        artifact["properties"] = {"language": report.review.language, "score": report.review.score,
                                  "band": report.review.band}
        for item in report.findings:
            f, at = item.finding, item.at
            if f.rule not in index:
                index[f.rule] = len(rules)
                rules.append(_rule(f))
            region = {"startLine": at.line, "startColumn": at.column, "endLine": at.end_line,
                      "endColumn": at.end_column, "snippet": {"text": f.excerpt}}
            results.append({"ruleId": f.rule, "ruleIndex": index[f.rule], "level": SARIF_LEVEL.get(f.severity, "note"),
                            "message": {"text": _one_line(f.message)},
                            "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}]})
    run = {
        "tool": {"driver": {"name": "Coach", "version": version, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
