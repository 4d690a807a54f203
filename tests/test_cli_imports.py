"""`coach review` starts like a linter: it imports no chat platform, chart or web server, and
every command module is imported when its command runs (adapters/cli COMMAND_MODULES), never all
at start-up. Start-up time itself is measured by `make bench`, never in a test."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from adapters.cli import COMMAND_MODULES, main

ROOT = Path(__file__).resolve().parents[1]
NOT_FOR_A_REVIEW = ("slack_bolt", "slack_sdk", "discord", "aiohttp", "waitress", "matplotlib", "watchfiles",
                    "adapters.slack", "adapters.discord", "adapters.cli.memory", "adapters.cli.nudge",
                    "adapters.cli.rules", "adapters.cli.chat", "bot.chat.coach", "bot.memory.chart",
                    "dotenv")  # a review reads no settings
PROBE = """
import json, sys
from adapters.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def imported_by(*args: str, cwd: Path) -> tuple[int, set[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, check=False, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                                         "COACH_ENV_FILE": str(cwd / "empty.env"),
                                                         "COACH_DATA_DIR": str(cwd / "data"),
                                                         "COACH_CACHE_DIR": os.environ["COACH_CACHE_DIR"]})
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], set(report["modules"])


def test_a_review_imports_no_platform_chart_or_server(tmp_path: Path):
    (tmp_path / "empty.env").write_text("", encoding="utf-8")
    (tmp_path / "post.md").write_text("Achetez maintenant, dernière chance !", encoding="utf-8")
    for args in (["review", "Buy now, last chance!"], ["review", str(tmp_path), "--format", "sarif"]):
        code, modules = imported_by(*args, cwd=tmp_path)
        assert code in (0, 1)
        loaded = {name for name in NOT_FOR_A_REVIEW if any(m == name or m.startswith(name + ".") for m in modules)}
        assert not loaded, (args, loaded)
        assert "adapters.cli.review" in modules  # the probe did run the command


def test_a_review_with_a_warm_cache_validates_nothing_and_loads_no_numpy(tmp_path: Path):
    """Once the rule files are in the cache folder and the language model derived, a cold review
    imports no validator, no plan check type, no store and no numpy, even for a draft whose
    language only the model can tell ("a short draft")."""
    (tmp_path / "empty.env").write_text("", encoding="utf-8")
    imported_by("review", "a short draft", cwd=tmp_path)  # fills the cache if it was empty
    code, modules = imported_by("review", "a short draft", cwd=tmp_path)
    assert code == 0
    heavy = ("jsonschema", "numpy", "py3langid", "sqlite_utils", "sqlite3", "bot.engine.plan", "bot.engine.checks.plan",
             "bot.engine.categories", "bot.memory", "rich.markdown")
    loaded = {name for name in heavy if any(m == name or m.startswith(name + ".") for m in modules)}
    assert not loaded
    assert "bot.engine.langmodel" in modules and "adapters.cli.review" in modules


def test_the_probe_sees_what_a_command_imports(tmp_path: Path):
    (tmp_path / "empty.env").write_text("", encoding="utf-8")
    _, modules = imported_by("rules", "list", cwd=tmp_path)
    assert "adapters.cli.rules" in modules and "adapters.cli.rules_edit" in modules


def test_every_command_is_named_where_it_is_defined():
    for modules in COMMAND_MODULES.values():
        for module in modules:
            importlib.import_module(f"adapters.cli.{module}")
    assert set(main.commands) == set(COMMAND_MODULES)


def test_help_lists_every_command_and_each_runs():
    listed = CliRunner().invoke(main, ["--help"])
    assert listed.exit_code == 0
    for name in COMMAND_MODULES:
        assert f"  {name} " in listed.output or f"  {name}\n" in listed.output
        command = main.get_command(click.Context(main), name)
        assert command is not None and command.name == name
        assert CliRunner().invoke(main, [name, "--help"]).exit_code == 0
    assert CliRunner().invoke(main, ["rules", "replay", "--help"]).exit_code == 0  # a sub-command from rules_edit
