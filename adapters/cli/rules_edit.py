"""`coach rules new | replay | layer-schema`: writing rules, and seeing a rule's effect
on what the team already posted before anyone sees it."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from adapters.cli import EXIT_BAD_INPUT, counted
from adapters.cli.inputs import read_file
from adapters.cli.progress import progress
from adapters.cli.rules import rules_group
from bot.config import Config
from bot.engine.advice import pack_dirs
from bot.engine.checks.registry import TYPES
from bot.engine.rules import TOPICS, bundled_advice_dir
from bot.layers.files import (
    ID_RE,
    build_layer_schema,
    layer_dir,
    layer_schema_path,
    local_root,
    schema_comment,
)
from bot.layers.source import AdviceSource
from bot.memory.replay import (
    DAY,
    LoggedText,
    ReplayResult,
    history_extra,
    records_from_store,
    replay,
)

SLOT_HELP = {
    "fr": {"phrases": "les mots ou expressions qui déclenchent le conseil",
           "exceptions": "des tournures à ne pas signaler",
           "message": "une ligne ; {match} reprend les mots trouvés",
           "why": "pourquoi ce conseil aide le lecteur",
           "how": "ce qu'il faut faire à la place",
           "bad": "un brouillon où la règle doit se déclencher, mots marqués [[ainsi]]",
           "good": "un brouillon où elle doit se taire"},
    "en": {"phrases": "words or phrases that trigger the advice",
           "exceptions": "wordings not to flag",
           "message": "one line; {match} repeats the words found",
           "why": "why this advice helps the reader",
           "how": "what to do instead",
           "bad": "a draft where the rule must fire, words marked [[like this]]",
           "good": "a draft where it must stay silent"},
}  # fmt: skip
def scaffold(rule_id: str, topic: str, kind: str, severity: str = "suggestion") -> str:
    """A new rule file: every slot present and empty, French and English blocks, example slots."""
    check_type = TYPES[kind]
    lists, required = check_type.lists, check_type.required_lists
    out = [
        "# New rule: fill every empty slot, then run `coach rules check` and `coach rules test`.",
        "# It starts in shadow (matches recorded, not shown): when `coach rules replay "
        f"{rule_id}` looks right, set `status: active`.",
        f"id: {rule_id}", "version: 1", "status: shadow", f"severity: {severity}", f"topic: {topic}",
        "applies_to: [post]", "weight: 5", "source:",
        '  article: ""           # where this advice comes from (your team guide, an article...)',
        '  section: ""', "check:", f"  type: {kind}",
    ]
    body = "\n".join(out) + "\n" + check_type.template
    for lang in ("fr", "en"):
        notes = SLOT_HELP[lang]
        body += f"{lang}:\n"
        for name in lists:
            if name == "pattern":  # a per-language regex is optional: check.pattern is scaffolded
                continue
            # A required list holds one empty phrase, so that `rules check` names it until filled.
            empty = ("{}" if name == "swap" else '{ask: [""]}' if (kind, name) == ("signals", "signals")
                     else '[""]' if name in required else "[]")
            note = f"  # {notes[name]}" if name in notes else ""
            body += f"  {name}: {empty}{note}\n"
        for name in ("message", "why", "how"):
            body += f'  {name}: ""  # {notes[name]}\n'
        body += "  suggestions: []\n  examples:\n"
        body += f"    bad: []  # {notes['bad']}\n    good: []  # {notes['good']}\n"
    return body


OPTIONAL_SLOTS = {"exceptions", "suggestions"}


def empty_slots(text: str) -> list[tuple[int, str]]:
    """(line, key) of every empty value, so `rules new` can say what is left to fill."""
    from bot.engine import yamlfile

    located = yamlfile.load(text)
    slots = []

    def walk(value, path):
        if value in ("", [], {}, [""]):
            optional = " (optional)" if path[-1] in OPTIONAL_SLOTS else ""
            slots.append((located.line(path), ".".join(map(str, path)) + optional))
        elif isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, path + (key,))

    walk(located.data, ())
    return sorted(slots)


@rules_group.command("new")
@click.argument("rule_id")
@click.option("--topic", type=click.Choice(TOPICS), required=True)
@click.option("--type", "kind", type=click.Choice(sorted(TYPES)), default="lexicon", show_default=True)
@click.option("--severity", type=click.Choice(["tip", "suggestion", "warning", "blocker"]), default="suggestion",
              show_default=True)
@click.option("--workspace", "-w", default=None, help="Write into this workspace's layer folder.")
@click.option("--dir", "folder", type=click.Path(file_okay=False), default=None, help="Write into this folder.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.pass_obj
def rules_new(config: Config, rule_id: str, topic: str, kind: str, severity: str, workspace: str | None,
              folder: str | None, force: bool) -> None:
    """Write a new rule file with French and English blocks and example slots."""
    if not ID_RE.match(rule_id):
        raise click.BadParameter("ids are lowercase words joined by dots, e.g. team.no-jargon", param_hint="RULE_ID")
    if workspace and folder:
        raise click.UsageError("give --workspace or --dir, not both")
    if workspace:
        target = layer_dir(local_root(config), workspace)
    elif folder:
        target = Path(folder)
    else:
        raise click.UsageError("say where: --workspace W (a workspace's own rule) or --dir DIR (e.g. advice/core)")
    file = target / f"{rule_id}.yaml"
    if file.exists() and not force:
        raise click.ClickException(f"{file} exists (use --force to overwrite)")
    target.mkdir(parents=True, exist_ok=True)
    text = schema_comment(file, bundled_advice_dir() / "rule.schema.json") + scaffold(rule_id, topic, kind, severity)
    file.write_text(text, encoding="utf-8")
    click.echo(f"Wrote {file}")
    click.echo("Left to fill:")
    for line, key in empty_slots(text):
        click.echo(f"  {file}:{line}: {key}")
    click.echo(f"Then: coach rules check {target} && coach rules test {target}")


def _load_records(config: Config, days: int, workspace: str | None, channel: str | None,
                  posts: str | None) -> tuple[list[LoggedText], Any]:
    """The records to replay, and the open store they come from (None for an export)."""
    if posts:
        out = []
        for n, line in enumerate(read_file(Path(posts)).splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                out.append(LoggedText(float(row["at"]), str(row.get("channel", "")), row.get("text"),
                                      row.get("source", "post"), str(row.get("workspace", ""))))
            except (ValueError, KeyError, TypeError) as exc:
                raise click.ClickException(f"{posts}:{n}: expected {{\"at\": seconds, \"channel\": ..., "
                                           f"\"text\": ...}} ({exc})") from None
        since = time.time() - days * DAY
        return [r for r in out if r.at >= since], None
    if not config.memory_exists:
        raise click.ClickException(f"no team memory yet ({config.database_label}): nothing to replay")
    from bot.memory.store import Store

    store = Store.open(config.database)
    try:
        return records_from_store(store, days, workspace, channel), store
    except Exception:
        store.close()
        raise


def replay_report(result: ReplayResult, days: int, where: str, limit: int = 50) -> list[str]:
    """The lines `coach rules replay` prints."""
    lines = []
    if result.error:
        return [f"the rule cannot run: {result.error}"]
    for hit in result.hits[:limit]:
        finding = hit.findings[0]
        more = f" (+{len(hit.findings) - 1} more)" if len(hit.findings) > 1 else ""
        lines.append(f"{hit.when}  #{hit.record.channel or '?'}  [{hit.record.source}] {hit.excerpt()}")
        lines.append(f"    -> {finding.message}{more}")
    if len(result.hits) > limit:
        lines.append(f"... and {len(result.hits) - limit} more")
    share = f" ({result.flagged / result.replayed:.0%})" if result.replayed else ""
    lines.append(f"{result.rule_id} would have flagged {result.flagged} of {result.replayed} "
                 f"posts and drafts{share} from the last {days} days{where}.")
    if result.without_text:
        lines.append(f"{counted(result.without_text, 'review')} could not be replayed: only their fingerprint was kept "
                     "(the workspace's store_text setting keeps drafts when set to all).")
    if result.not_reviewable:
        lines.append(f"{counted(result.not_reviewable, 'text')} skipped: empty, too long or without words.")
    return lines


def _known_place(config: Config, workspace: str, channel: str | None) -> tuple[str, str | None]:
    """The platform ids of a workspace (and channel) team memory knows, given by id or name;
    else one line listing the known ones."""
    from adapters.cli.memory import find_channel, find_workspace, open_existing

    store = open_existing(config, "nothing to replay")
    try:
        found = find_workspace(store, workspace)
        if channel:
            channel_id = find_channel(store, found["id"], channel)
            channel = store.channel_platform_id(channel_id)
        return str(found["platform_id"]), channel
    finally:
        store.close()


@rules_group.command("replay")
@click.argument("rule_id")
@click.option("--days", type=click.IntRange(1, 3650), default=30, show_default=True)
@click.option("--workspace", "-w", default=None, help="Only this workspace; the rule as its layers make it.")
@click.option("--channel", "-c", default=None, help="Only this channel (with --workspace).")
@click.option("--posts", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Replay over a JSON-lines export ({\"at\", \"channel\", \"text\"}) instead of team memory.")
@click.option("--limit", type=int, default=50, show_default=True, help="How many flagged posts to list.")
@click.pass_obj
def rules_replay(config: Config, rule_id: str, days: int, workspace: str | None, channel: str | None,
                 posts: str | None, limit: int) -> None:
    """What a rule would have flagged on the team's logged posts and reviews (as if active)."""
    if channel and not workspace:
        raise click.UsageError("--channel needs --workspace")
    if workspace and not posts:  # replaying over an unknown workspace would say "0 of 0"
        workspace, channel = _known_place(config, workspace, channel)
    source = AdviceSource(pack_dirs(), local_root(config), quiet=True)
    rule = source.rule(rule_id, workspace, channel)
    if rule is None:
        raise click.ClickException(f"no rule {rule_id!r} here; see `coach rules list`")
    if "post" not in rule.applies_to:
        raise click.ClickException(f"{rule_id} applies to {', '.join(rule.applies_to)}, not posts: team memory "
                                   "logs posts and reviewed drafts only, so there is nothing to replay it on")
    records, store = _load_records(config, days, workspace, channel, posts)
    where = f" in workspace {workspace}" + (f", channel {channel}" if channel else "") if workspace else ""
    click.echo(f"Replaying {rule_id} ({rule.status} here, {rule.severity}) as if active on "
               f"{counted(len(records), 'logged text')}...")
    try:
        extra_for = None
        if rule.type == "history" and store is not None:
            extra_for = history_extra(store, source.advice_for(workspace, channel))
        with progress(f"Replaying {rule_id}", len(records), "texts") as advance:
            result = replay(rule, records, extra_for=extra_for, progress=advance)
    finally:
        if store is not None:
            store.close()
    for line in replay_report(result, days, where, limit):
        click.echo(line)
    if rule.type == "history" and store is None:
        click.echo("This rule reads the team's history: replayed over an export, without team memory, it cannot fire.")
    sys.exit(EXIT_BAD_INPUT if result.error else 0)


@rules_group.command("layer-schema")
@click.option("--write", is_flag=True, help=f"Write {layer_schema_path()}.")
def rules_layer_schema(write: bool) -> None:
    """The JSON Schema of override files, derived from the rule schema."""
    text = json.dumps(build_layer_schema(), indent=2, ensure_ascii=False) + "\n"
    if write:
        layer_schema_path().write_text(text, encoding="utf-8")
        click.echo(f"Wrote {layer_schema_path()}")
    else:
        click.echo(text, nl=False)

