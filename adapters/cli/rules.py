"""`coach rules list | show | test | check`.

`check` and `test` take rule folders (packs) or layer folders: a folder under the local
root, a `channels/<id>` folder, or any folder holding override files is read as a layer
on top of the packs, exactly as reviews in that workspace (and channel) see it.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import click
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table

from adapters.cli import EXIT_FOUND, counted, main
from adapters.cli.inputs import BadInput
from bot.engine.advice import pack_dirs
from bot.engine.examples import verify_rule
from bot.engine.rules import Rule, RuleError, bundled_advice_dir, load_rules

RULE_FILE = re.compile(r"^id\s*:", re.MULTILINE)


def _roots(paths: tuple[str, ...]) -> list[Path]:
    return [Path(p) for p in paths] if paths else pack_dirs()


@dataclass(frozen=True)
class Layer:
    """A layer folder given on the command line: where it sits, and the place it tunes."""

    folder: Path
    root: Path
    workspace: str
    channel: str | None

    @property
    def name(self) -> str:
        from bot.layers.files import layer_name

        return layer_name(self.workspace, self.channel)


def as_layer(path: Path, local: Path) -> Layer | None:
    """The layer a folder is, or None for a rule folder (a pack: rule files only)."""
    folder = path.resolve()
    local = local.resolve()
    if folder.parent.name == "channels":
        return Layer(folder, folder.parent.parent.parent, folder.parent.parent.name, folder.name)
    if folder.is_relative_to(local) and folder != local:
        parts = folder.relative_to(local).parts
        channel = parts[2] if len(parts) >= 3 and parts[1] == "channels" else None
        return Layer(folder, local, parts[0], channel)
    for file in sorted(folder.glob("*.yaml")):
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if text.strip() and not RULE_FILE.search(text):  # no `id:`: an override file
            return Layer(folder, folder.parent, folder.name, None)
    return None


def _layered(paths: tuple[str, ...], config) -> tuple[list[Path], list[Layer]]:
    from bot.layers.files import local_root

    folders, layers = [], []
    for text in paths:
        path = Path(text)
        if not path.exists():
            raise BadInput(f"{text}: no such folder")
        layer = as_layer(path, local_root(config)) if path.is_dir() else None
        (layers.append(layer) if layer else folders.append(path))
    return folders, layers


@dataclass(frozen=True)
class Touched:
    """A rule a layer adds (every example is the layer's) or changes (only the examples it adds are)."""

    rule: Rule
    own_examples: frozenset[str] | None  # None: a new rule of the layer


def _same(example: str) -> str:
    return " ".join(example.split()).casefold()


def _layer_view(layer: Layer) -> tuple[list[Touched], list[RuleError], list[RuleError], list[str]]:
    """The rules the layer adds or changes (as merged in each place), its errors and warnings,
    and the layers read (a workspace folder holds its channels' layers too)."""
    from bot.layers.source import AdviceSource

    source = AdviceSource(pack_dirs(), layer.root, quiet=True)
    places = [(layer.workspace, layer.channel)]
    if layer.channel is None:  # a workspace folder holds its channels' layers too
        places += [p for p in source.places() if p[0] == layer.workspace and p[1] is not None]
    rules: dict[str, Touched] = {}
    names = []
    for workspace, channel in places:
        from bot.layers.files import layer_name

        name = layer_name(workspace, channel)
        names.append(name)
        for rule_id, entry in source.stack(workspace, channel).entries.items():
            if entry.layer == name:
                rules.setdefault(f"{rule_id}@{channel or ''}", Touched(entry.rule(), None))
            elif any(o.layer == name for found in entry.origins.values() for o in found):
                own = frozenset(text for path, added in entry.items.items() if "examples" in path
                                for text, origin in added.items() if origin.layer in names)
                rules.setdefault(f"{rule_id}@{channel or ''}", Touched(entry.rule(), own))

    def inside(error: RuleError) -> bool:
        return Path(error.path).resolve().is_relative_to(layer.folder)

    return (list(rules.values()), [e for e in source.errors if inside(e)],
            [w for w in source.last_report.warnings if inside(w)], names)


def rules_table(rules: list[Rule], layered: dict[str, str] | None = None) -> Table:
    """The rules by topic; `layered` adds the layers that changed each rule. Ids never wrap
    nor get cut (a cut id cannot be copied): the other columns wrap first."""
    table = Table("topic", "id", "severity", "status", "weight", "check", *(("changed by",) if layered is not None else ()))
    for column in table.columns:
        column.overflow = "fold"
    table.columns[1].no_wrap = True
    table.columns[1].min_width = max((len(r.id) for r in rules), default=2)
    by_topic = defaultdict(list)
    for rule in rules:
        by_topic[rule.topic].append(rule)
    for topic in sorted(by_topic):
        for rule in sorted(by_topic[topic], key=lambda r: r.id):
            row = [topic, rule.id, rule.severity, rule.status, f"{rule.weight:g}", rule.type]
            table.add_row(*row, *((layered.get(rule.id, ""),) if layered is not None else ()))
    return table


@main.group("rules")
def rules_group() -> None:
    """List, show, test and check the advice rules (packs and admins' layers)."""


@rules_group.command("list")
@click.argument("paths", nargs=-1)
@click.option("--workspace", "-w", default=None, help="The rules as they apply in this workspace (its layer).")
@click.option("--channel", "-c", default=None, help="As they apply in this channel (with --workspace).")
@click.pass_obj
def rules_list(config, paths: tuple[str, ...], workspace: str | None, channel: str | None) -> None:
    """Every rule, grouped by topic; ids are never cut (the table wraps other columns first)."""
    if channel and not workspace:
        raise click.UsageError("--channel needs --workspace")
    if workspace and paths:
        raise click.UsageError("give rule folders or --workspace, not both")
    layered: dict[str, str] = {}
    if workspace:
        from bot.layers.files import local_root
        from bot.layers.source import AdviceSource

        source = AdviceSource(pack_dirs(), local_root(config), quiet=True)
        stack = source.stack(workspace, channel)
        rules, errors = stack.rules(), source.errors_for(workspace)
        order = [name for name, _ in stack.layers]
        for rule_id, entry in stack.entries.items():
            names = {entry.layer} | {o.layer for found in entry.origins.values() for o in found}
            layered[rule_id] = ", ".join(n for n in order if n in names and not n.startswith("pack"))
    else:
        rule_set = load_rules(_roots(paths))
        rules, errors = rule_set.rules, rule_set.errors
    table = rules_table(rules, layered if workspace else None)
    console = Console()
    if not console.is_terminal:  # piped: as wide as the table needs, so that lines are whole
        wide = Measurement.get(console, console.options.update(max_width=10_000), table).maximum
        console = Console(width=max(80, wide))
    console.print(table)
    if errors:
        click.echo(f"{counted(len(errors), 'file error')}: run `coach rules check`", err=True)


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
    from bot.layers.explain import explain
    from bot.layers.files import local_root
    from bot.layers.source import AdviceSource

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
@click.pass_obj
def rules_test(config, paths: tuple[str, ...]) -> None:
    """Run every rule's examples: bad ones fire at their marked span, good ones stay silent.
    For a layer folder: the rules it adds or changes, as merged."""
    from bot.memory.history import (
        example_extra,  # history rules are verified against a seeded history
    )

    folders, layers = _layered(paths, config)
    touched: list[Touched] = []
    errors: list[RuleError] = []
    if folders or not layers:
        rule_set = load_rules(_roots(tuple(map(str, folders))))
        touched, errors = [Touched(rule, None) for rule in rule_set.rules], list(rule_set.errors)
    for layer in layers:
        layer_rules, layer_errors, _, _ = _layer_view(layer)
        touched += layer_rules
        errors += layer_errors
    failures, changed = [], []
    for item in touched:
        for failure in verify_rule(item.rule, extra_for=example_extra):
            # A layer that tunes a pack's rule may change how the pack's own examples read:
            # that is its effect, shown, not a failure. The examples it adds must hold.
            mine = item.own_examples is None or _same(failure.example) in item.own_examples
            (failures if mine or failure.kind == "compile" else changed).append(failure)
    rules = [item.rule for item in touched]
    examples = sum(len(r.lang(lang)["examples"][k]) for r in rules for lang in ("fr", "en") for k in ("bad", "good"))
    for failure in failures:
        click.echo(f"FAIL {failure}")
    for failure in changed:
        click.echo(f"CHANGED {failure} (a pack example, as this layer tunes the rule)")
    for error in errors:
        click.echo(f"ERROR {error}")
    click.echo(f"{counted(len(rules), 'rule')}, {counted(examples, 'example')}, {counted(len(failures), 'failure')}, "
               f"{counted(len(errors), 'file error')}")
    sys.exit(EXIT_FOUND if failures or errors else 0)


@rules_group.command("check")
@click.argument("paths", nargs=-1)
@click.pass_obj
def rules_check(config, paths: tuple[str, ...]) -> None:
    """Validate the rule files: every error as file:line: key: problem.
    Without paths: the packs, every workspace and channel layer, advice/targets.yaml and the plan
    readings' vocabulary (advice/plans/vocabulary/readings.yaml).
    A layer folder is checked on top of the packs, as its workspace sees it."""
    if not paths:
        from bot.engine.targets import TARGETS_FILE, load_targets
        from bot.layers.files import local_root
        from bot.layers.source import AdviceSource

        source = AdviceSource(pack_dirs(), local_root(config), quiet=True)
        found = list(source.errors) + load_targets(bundled_advice_dir() / TARGETS_FILE)[1]  # the content-mix targets
        from bot.engine.plan.vocabulary import bundled_errors

        found += bundled_errors()  # the plan readings' words (advice/plans/vocabulary)
        for error in found:
            click.echo(str(error))
        for warning in source.last_report.warnings:
            click.echo(f"warning: {warning}")
        layers = sum(1 for place in source.places() if place != (None, None))
        click.echo(f"{counted(len(source.base.rules), 'rule')} loaded, {counted(layers, 'layer')}, "
                   f"{counted(len(found), 'error')}", err=True)
        sys.exit(EXIT_FOUND if found else 0)
    folders, layers = _layered(paths, config)
    loaded, errors = 0, []
    if folders:
        rule_set = load_rules(folders)
        loaded, errors = len(rule_set.rules), list(rule_set.errors)
    for error in errors:
        click.echo(str(error))
    names: list[str] = []
    for layer in layers:
        rules, layer_errors, warnings, read = _layer_view(layer)
        names += read
        for error in layer_errors:
            click.echo(str(error))
        for warning in warnings:
            click.echo(f"warning: {warning}")
        loaded += len(rules)
        errors += layer_errors
    done = "loaded" if folders else "added or changed by " + ", ".join(names)
    click.echo(f"{counted(loaded, 'rule')} {done}, {counted(len(errors), 'error')}", err=True)
    sys.exit(EXIT_FOUND if errors else 0)
