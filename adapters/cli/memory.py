"""Team memory on the command line:

    coach import slack EXPORT.zip|DIR [--name NAME] [--observe CHANNEL]...
    coach import discord FILE.json... [--observe CHANNEL]...
    coach habits [--workspace W] [--channel C] [--weeks 8] [--chart FILE] [--lang en|fr]
    coach forget --user ID [--workspace W]
    coach purge [--days N]
    coach memory-setting [KEY [VALUE]] [--workspace W] [--channel C]
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from adapters.cli import EXIT_BAD_INPUT, counted, main
from bot.config import Config


def _store(config: Config):
    from bot.store import Store

    return Store.open(config.db)


def _workspace(store, text: str | None) -> int:
    """The workspace named on the command line, or the only one there is."""
    spaces = store.lookup_workspace(text) if text else store.workspaces()
    if len(spaces) == 1:
        return spaces[0]["id"]
    if not spaces:
        raise click.ClickException(f"no workspace {text!r} in team memory" if text else
                                   "team memory is empty: import an export first (`coach import slack|discord`)")
    listing = ", ".join(f"{w['name']} ({w['platform']} {w['platform_id']})" for w in spaces)
    raise click.ClickException(f"several workspaces, choose one with --workspace: {listing}")


def _report(report, started: float) -> None:
    elapsed = max(time.perf_counter() - started, 1e-9)
    click.echo(f"{counted(report.added, 'message')} added, {report.skipped:,} already known, {report.bots:,} from bots, "
               f"{counted(report.system, 'event')} skipped, {counted(report.files, 'file')} read in {elapsed:.1f} s "
               f"({report.messages / elapsed:,.0f} messages/s)")
    for path, problem in report.malformed:
        click.echo(f"MALFORMED {path}: {problem}", err=True)


def _progress(total: int, label: str) -> Progress:
    return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True, disable=not sys.stderr.isatty())


@main.group("import")
def import_group() -> None:
    """Import a team's history from a Slack or Discord export into team memory."""


@import_group.command("slack")
@click.argument("export", type=click.Path(exists=True))
@click.option("--workspace", default="", help="Slack team id, if the export does not tell (users.json).")
@click.option("--name", default="", help="The workspace's name as Coach shows it.")
@click.option("--observe", multiple=True, help="A channel whose messages are the community's, not the team's posts.")
@click.pass_obj
def import_slack_cmd(config: Config, export: str, workspace: str, name: str, observe: tuple[str, ...]) -> None:
    """A standard Slack workspace export (.zip or unpacked folder)."""
    from bot.importers.slack_export import ExportSource, day_files, import_slack

    store = _store(config)
    source = ExportSource(export)
    total = len(day_files(source))
    source.close()
    started = time.perf_counter()
    with _progress(total, "Slack export") as bar:
        task = bar.add_task("files", total=total)
        report = import_slack(store, export, workspace=workspace, workspace_name=name, observe=observe,
                              progress=lambda n: bar.advance(task, n))
    _report(report, started)
    sys.exit(EXIT_BAD_INPUT if report.malformed and not report.messages else 0)


@import_group.command("discord")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--observe", multiple=True, help="A channel whose messages are the community's, not the team's posts.")
@click.pass_obj
def import_discord_cmd(config: Config, files: tuple[str, ...], observe: tuple[str, ...]) -> None:
    """DiscordChatExporter JSON files (one per channel or thread)."""
    from bot.importers.discord_export import import_discord

    store = _store(config)
    total = sum(Path(f).stat().st_size for f in files)
    started = time.perf_counter()
    with _progress(total, "Discord export") as bar:
        task = bar.add_task("bytes", total=total)
        report = import_discord(store, list(files), observe=observe, progress=lambda n: bar.advance(task, n))
    _report(report, started)
    sys.exit(EXIT_BAD_INPUT if report.malformed and not report.messages else 0)


@main.command("habits")
@click.option("--workspace", default=None, help="Platform id or name (default: the only workspace).")
@click.option("--channel", default=None, help="Only this channel (platform id or name).")
@click.option("--weeks", default=8, show_default=True, type=click.IntRange(1, 104))
@click.option("--chart", "chart_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the chart (PNG) here.")
@click.option("--lang", type=click.Choice(["en", "fr"]), default="en", show_default=True)
@click.option("--until", default=None, help="End the window on this date (YYYY-MM-DD) instead of today.")
@click.pass_obj
def habits_cmd(config: Config, workspace: str | None, channel: str | None, weeks: int, chart_path: str | None,
               lang: str, until: str | None) -> None:
    """Posts per week and per member, silences, give/ask, content mix, review scores, dismissals."""
    from adapters.console import render
    from bot.habits import habits_reply, summary

    store = _store(config)
    ws = _workspace(store, workspace)
    channel_id = None
    if channel:
        row = store.conn.execute("SELECT id FROM channels WHERE workspace_id = ? AND (platform_id = ? OR name = ?)",
                                 [ws, channel, channel.lstrip("#")]).fetchone()
        if row is None:
            raise click.ClickException(f"no channel {channel!r} in this workspace")
        channel_id = row[0]
    now = time.time()
    if until:
        now = datetime.fromisoformat(until).replace(tzinfo=UTC).timestamp() + 86_399
    reply = habits_reply(summary(store, ws, channel_id, now=now, weeks=weeks), lang, chart=chart_path is not None)
    Console().print(render(reply))
    if chart_path and reply.image:
        Path(chart_path).write_bytes(reply.image.data)
        click.echo(f"chart: {chart_path}")


@main.command("forget")
@click.option("--user", "user_id", required=True, help="The member's platform id (Slack U…, Discord snowflake).")
@click.option("--workspace", default=None, help="Only in this workspace (default: everywhere).")
@click.pass_obj
def forget_cmd(config: Config, user_id: str, workspace: str | None) -> None:
    """Delete every row of a member: posts, reviews, dismissals, activity, membership."""
    store = _store(config)
    ws = _workspace(store, workspace) if workspace else None
    deleted = store.forget_user(user_id, ws)
    if not deleted:
        click.echo(f"nothing remembered of {user_id}")
        return
    click.echo(f"forgot {user_id}: " + ", ".join(f"{n} {table}" for table, n in sorted(deleted.items())))


@main.command("purge")
@click.option("--days", type=click.IntRange(1), default=None,
              help="Delete what is older than this many days (default: each workspace's retention_days).")
@click.pass_obj
def purge_cmd(config: Config, days: int | None) -> None:
    """Apply the retention: delete posts, reviews and dismissals past retention_days."""
    deleted = _store(config).purge(days=days)
    click.echo("purged: " + (", ".join(f"{n} {t}" for t, n in sorted(deleted.items())) or "nothing"))


@main.command("memory-setting")
@click.argument("key", required=False)
@click.argument("value", required=False)
@click.option("--workspace", default=None)
@click.option("--channel", default=None, help="Channel platform id (with --workspace).")
@click.pass_obj
def setting_cmd(config: Config, key: str | None, value: str | None, workspace: str | None, channel: str | None) -> None:
    """Show or set a team-memory setting: store_text (posts|all|none), retention_days, target_mix,
    target_posts_per_week, audience_topics. VALUE is JSON (or plain text)."""
    from bot.store import DEFAULT_SETTINGS

    store = _store(config)
    ws = _workspace(store, workspace) if workspace else 0
    ch = store.find_channel(ws, channel) if channel and ws else 0
    if key is None:
        for name, default in DEFAULT_SETTINGS.items():
            click.echo(f"{name} = {json.dumps(store.get_setting(name, ws, ch))}  (default {json.dumps(default)})")
        return
    if value is None:
        click.echo(json.dumps(store.get_setting(key, ws, ch)))
        return
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = value
    try:
        store.set_setting(key, parsed, ws, ch, by="cli")
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{key} = {json.dumps(parsed)}")
