"""`coach rules list | show | test | check`."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from adapters.cli import main
from bot.advice import pack_dirs
from bot.examples import verify_rule
from bot.rules import bundled_advice_dir, load_rules


def _roots(paths: tuple[str, ...]) -> list[Path]:
    return [Path(p) for p in paths] if paths else pack_dirs()


@main.group("rules")
def rules_group() -> None:
    """List, show, test and check the advice rules."""


@rules_group.command("list")
@click.argument("paths", nargs=-1)
def rules_list(paths: tuple[str, ...]) -> None:
    """Every rule, grouped by topic."""
    rule_set = load_rules(_roots(paths))
    table = Table("topic", "id", "severity", "status", "weight", "check")
    by_topic = defaultdict(list)
    for rule in rule_set.rules:
        by_topic[rule.topic].append(rule)
    for topic in sorted(by_topic):
        for rule in sorted(by_topic[topic], key=lambda r: r.id):
            table.add_row(topic, rule.id, rule.severity, rule.status, f"{rule.weight:g}", rule.type)
    Console().print(table)
    if rule_set.errors:
        click.echo(f"{len(rule_set.errors)} file error(s): run `coach rules check`", err=True)


@rules_group.command("show")
@click.argument("rule_id")
@click.option("--workspace", "-w", default=None, help="As it applies in this workspace (its layer).")
@click.option("--channel", "-c", default=None, help="As it applies in this channel (with --workspace).")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None)
@click.option("--file", "as_written", is_flag=True, help="The rule's own file, as written.")
@click.pass_obj
def rules_show(config, rule_id: str, workspace: str | None, channel: str | None, lang: str | None,
               as_written: bool) -> None:
    """One rule as it applies (packs, then workspace and channel layers), saying which layer set each key."""
    from bot.advice_source import AdviceSource
    from bot.layers import explain, local_root

    if channel and not workspace:
        raise click.UsageError("--channel needs --workspace")
    stack = AdviceSource(pack_dirs(), local_root(config), quiet=True).stack(workspace, channel)
    entry = stack.get(rule_id)
    if entry is None:
        raise click.ClickException(f"no rule {rule_id!r}; see `coach rules list`")
    if as_written:
        click.echo(f"# {entry.path}")
        click.echo(Path(entry.path).read_text(encoding="utf-8") if Path(entry.path).exists() else repr(entry.data))
        return
    where = (f" in workspace {workspace}" + (f", channel {channel}" if channel else "")) if workspace else ""
    click.echo(explain(stack, rule_id, languages=(lang,) if lang else ("fr", "en"), title=f"{rule_id}{where}"),
               nl=False)


@rules_group.command("test")
@click.argument("paths", nargs=-1)
def rules_test(paths: tuple[str, ...]) -> None:
    """Run every rule's examples: bad ones fire at their marked span, good ones stay silent."""
    from bot.history import example_extra  # history rules are verified against a seeded history

    rule_set = load_rules(_roots(paths))
    failures = [f for rule in rule_set.rules for f in verify_rule(rule, extra_for=example_extra)]
    examples = sum(len(r.lang(lang)["examples"][k]) for r in rule_set.rules for lang in ("fr", "en") for k in ("bad", "good"))
    for failure in failures:
        click.echo(f"FAIL {failure}")
    for error in rule_set.errors:
        click.echo(f"ERROR {error}")
    click.echo(f"{len(rule_set.rules)} rules, {examples} examples, {len(failures)} failures, {len(rule_set.errors)} file errors")
    sys.exit(1 if failures or rule_set.errors else 0)


@rules_group.command("check")
@click.argument("paths", nargs=-1)
def rules_check(paths: tuple[str, ...]) -> None:
    """Validate the rule files: every error as file:line: key: problem.
    Without paths: the packs, every workspace and channel layer, and advice/targets.yaml."""
    if not paths:
        from bot.advice_source import AdviceSource
        from bot.layers import local_root
        from bot.targets import TARGETS_FILE, load_targets

        source = AdviceSource(pack_dirs(), local_root(click.get_current_context().obj), quiet=True)
        errors = list(source.errors) + load_targets(bundled_advice_dir() / TARGETS_FILE)[1]  # the content-mix targets
        for error in errors:
            click.echo(str(error))
        for warning in source.last_report.warnings:
            click.echo(f"warning: {warning}")
        layers = sum(1 for place in source.places() if place != (None, None))
        click.echo(f"{len(source.base.rules)} rules loaded, {layers} layer(s), {len(errors)} error(s)", err=True)
        sys.exit(1 if errors else 0)
    rule_set = load_rules(_roots(paths))
    for error in rule_set.errors:
        click.echo(str(error))
    click.echo(f"{len(rule_set.rules)} rules loaded, {len(rule_set.errors)} error(s)", err=True)
    sys.exit(1 if rule_set.errors else 0)
