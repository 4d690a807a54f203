"""Team memory on the command line:

    coach import slack EXPORT.zip|DIR [--name NAME] [--observe CHANNEL]... [--jobs N]
    coach import discord FILE.json... [--observe CHANNEL]... [--jobs N]
    coach habits [--workspace W] [--channel C] [--weeks 8] [--chart FILE] [--lang en|fr]
    coach forget --user ID [--workspace W]
    coach forget --workspace W           # the whole workspace, its installation included
    coach purge [--days N]
    coach memory-setting [KEY [VALUE]] [--workspace W] [--channel C]
"""

from __future__ import annotations

import json
import sys
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console

from adapters.cli import EXIT_BAD_INPUT, counted, main
from adapters.cli.inputs import BadInput, deletion_confirmed
from adapters.cli.progress import progress
from bot.config import Config

if TYPE_CHECKING:  # types only: the importers load the engine, which a command imports when it runs
    from collections.abc import Callable

    from bot.memory.importers import ImportReport


def _store(config: Config):
    from bot.memory.store import Store

    return Store.open(config.database)


def open_existing(config: Config, why: str):
    """Team memory when its file exists; reading commands never create an empty one."""
    if not config.memory_exists:
        raise BadInput(f"no team memory yet ({config.database_label}): {why}")
    return _store(config)


def _listing(spaces: list[dict]) -> str:
    return ", ".join(f"{w['platform_id']} ({w['platform']}"
                     + (f", {w['name']}" if w["name"] and w["name"] != w["platform_id"] else "") + ")"
                     for w in spaces)


def find_workspace(store, text: str | None) -> dict:
    """The workspace named on the command line (platform id or name), or the only one there is;
    else one line saying which workspaces team memory knows."""
    spaces = store.lookup_workspace(text) if text else store.workspaces()
    if len(spaces) == 1:
        return spaces[0]
    if not store.workspaces():
        raise BadInput(f"team memory ({store.path}) knows no workspace yet: import an export first "
                       "(`coach import slack|discord`)")
    if not spaces:
        raise BadInput(f"unknown workspace {text!r}; team memory knows: {_listing(store.workspaces())}")
    raise BadInput(f"several workspaces, choose one with --workspace: {_listing(spaces)}")


def _workspace(store, text: str | None) -> int:
    return find_workspace(store, text)["id"]


def _report(report, started: float, config: Config) -> None:
    elapsed = max(time.perf_counter() - started, 1e-9)
    click.echo(f"{counted(report.added, 'message')} added, {report.skipped:,} already known, {report.bots:,} from bots, "
               f"{counted(report.system, 'event')} skipped, {counted(report.files, 'file')} read in {elapsed:.1f} s "
               f"({report.messages / elapsed:,.0f} messages/s) into {config.database_label}")
    for path, problem in report.malformed:
        click.echo(f"MALFORMED {path}: {problem}", err=True)


@main.group("import")
def import_group() -> None:
    """Import a team's history from a Slack or Discord export into team memory."""


def _import_problem(what: str, exc: BaseException) -> str:
    """An importer's refusal as one line: its own sentence when it names the file, else with the path."""
    text = " ".join(str(exc).split())
    if isinstance(exc, zipfile.BadZipFile):
        return f"{what} is not a zip file: give a Slack export (.zip) or the folder it unpacks to"
    return text if what in text else f"{what}: {text or type(exc).__name__}"


def _jobs_option(command: Callable[..., None]) -> Callable[..., None]:
    """The --jobs option both import commands take."""
    return click.option("--jobs", type=click.IntRange(min=1), default=None,
                        help="Processes that tag messages side by side (default: the CPUs, at most 4).")(command)


def _run_import(run: Callable[[int], ImportReport], jobs: int | None) -> ImportReport:
    """An importer run with its worker count; a failed worker process ends the command in one line."""
    from bot.memory.importers.pool import ImportWorkerError, clamp_jobs

    try:
        return run(clamp_jobs(jobs))
    except ImportWorkerError as exc:
        raise click.ClickException(str(exc)) from None


@import_group.command("slack")
@click.argument("export", type=click.Path(exists=True))
@click.option("--workspace", default="", help="Slack team id, if the export does not tell (users.json).")
@click.option("--name", default="", help="The workspace's name as Coach shows it.")
@click.option("--observe", multiple=True, help="A channel whose messages are the community's, not the team's posts.")
@_jobs_option
@click.pass_obj
def import_slack_cmd(config: Config, export: str, workspace: str, name: str, observe: tuple[str, ...],
                     jobs: int | None) -> None:
    """A standard Slack workspace export (.zip or unpacked folder)."""
    from bot.memory.importers.slack_export import (
        ExportSource,
        check_observe,
        day_files,
        import_slack,
    )

    store = _store(config)
    started = time.perf_counter()
    try:  # not a Slack export, or --observe names a channel it does not have: one line, nothing imported
        source = ExportSource(export)
        try:
            total = len(day_files(source))
            check_observe(source, observe)
        finally:
            source.close()
        with progress(f"Slack export {Path(export).name}", total, "day files") as advance:
            report = _run_import(lambda n: import_slack(store, export, workspace=workspace, workspace_name=name,
                                                        observe=observe, progress=advance, jobs=n), jobs)
    except (ValueError, OSError, zipfile.BadZipFile) as exc:  # ExportError (a ValueError), unreadable files
        raise BadInput(_import_problem(export, exc)) from None
    _report(report, started, config)
    sys.exit(EXIT_BAD_INPUT if report.malformed and not report.messages else 0)


@import_group.command("discord")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--observe", multiple=True, help="A channel whose messages are the community's, not the team's posts.")
@_jobs_option
@click.pass_obj
def import_discord_cmd(config: Config, files: tuple[str, ...], observe: tuple[str, ...], jobs: int | None) -> None:
    """DiscordChatExporter JSON files (one per channel or thread)."""
    from bot.memory.importers.discord_export import import_discord

    store = _store(config)
    total = sum(Path(f).stat().st_size for f in files)
    started = time.perf_counter()
    label = "Discord export" + (f" {Path(files[0]).name}" if len(files) == 1 else f" ({len(files)} files)")
    try:
        with progress(label, total, "bytes") as advance:
            report = _run_import(lambda n: import_discord(store, list(files), observe=observe, progress=advance,
                                                          jobs=n), jobs)
    except (ValueError, OSError) as exc:
        raise BadInput(_import_problem(", ".join(files), exc)) from None
    _report(report, started, config)
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
    from bot.chat.commands.memory import habits_reply
    from bot.memory.habits import summary

    store = _store(config)
    ws = _workspace(store, workspace)
    channel_id = find_channel(store, ws, channel) if channel else None
    now = time.time()
    if until:
        now = datetime.fromisoformat(until).replace(tzinfo=UTC).timestamp() + 86_399
    reply = habits_reply(summary(store, ws, channel_id, now=now, weeks=weeks), lang, chart=chart_path is not None)
    Console().print(render(reply))
    if chart_path and reply.image:
        Path(chart_path).write_bytes(reply.image.data)
        click.echo(f"chart: {chart_path}")


def _members(store, who: str, ws: int | None) -> list[dict]:
    """Members whose platform id is `who`, else whose display name is (case-insensitive)."""
    return store.members_named(who, ws)


def _member_line(m: dict) -> str:
    return (f"{m['platform_id']} ({m['name'] or 'no name'}, {m['platform']} {m['workspace']}): "
            f"{counted(m['posts'], 'post')}, {counted(m['reviews'], 'review')}, {counted(m['dismissals'], 'dismissal')}")


@main.command("forget")
@click.option("--user", "who", default=None, metavar="ID|NAME",
              help="The member's platform id (Slack U…, Discord snowflake) or display name.")
@click.option("--workspace", default=None,
              help="With --user: only in this workspace. Alone: forget the whole workspace.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def forget_cmd(config: Config, who: str | None, workspace: str | None, yes: bool) -> None:
    """Delete every row of a member (posts, reviews, dismissals, activity, membership), or with
    --workspace alone everything kept about a workspace, its bot token included.
    Shows what will be deleted and asks first (--yes to skip the question)."""
    if who is None and workspace is None:
        raise click.UsageError("say whom to forget: --user ID, or --workspace W for a whole workspace")
    store = _store(config)
    if who is None:
        from adapters.cli.workspaces import forget_workspace_cmd

        forget_workspace_cmd(config, store, str(workspace), yes)
        return
    ws = _workspace(store, workspace) if workspace else None
    members = _members(store, who, ws)
    if not members:
        click.echo(f"nothing remembered of {who}" + (f" in workspace {workspace}" if workspace else ""))
        return
    ids = {m["platform_id"] for m in members}
    if len(ids) > 1:  # one display name, several people: never guess whom to delete
        raise BadInput(f"{len(members)} members are called {who!r}: "
                       + "; ".join(_member_line(m) for m in members) + ". Give one id with --user.")
    click.echo("Coach will delete everything it keeps about:")
    for m in members:
        click.echo(f"  {_member_line(m)}")
    if not yes and not deletion_confirmed():
        return
    user_id = ids.pop()
    deleted: dict[str, int] = {}
    for workspace_id in sorted({m["workspace_id"] for m in members}):
        for table, n in store.forget_user(user_id, workspace_id).items():
            deleted[table] = deleted.get(table, 0) + n
    click.echo(f"forgot {user_id}: " + ", ".join(f"{n} {table}" for table, n in sorted(deleted.items())))


@main.command("purge")
@click.option("--days", type=click.IntRange(1), default=None,
              help="Delete what is older than this many days (default: each workspace's retention_days).")
@click.pass_obj
def purge_cmd(config: Config, days: int | None) -> None:
    """Apply the retention: delete posts, reviews and dismissals past retention_days."""
    deleted = _store(config).purge(days=days)
    click.echo("purged: " + (", ".join(f"{n} {t}" for t, n in sorted(deleted.items())) or "nothing"))


@main.command("memory-setting", context_settings={"ignore_unknown_options": True})  # VALUE may be -3
@click.argument("key", required=False)
@click.argument("value", required=False)
@click.option("--workspace", default=None, help="Platform id or name (default: every workspace).")
@click.option("--channel", default=None, help="Channel platform id or name (with --workspace).")
@click.pass_obj
def setting_cmd(config: Config, key: str | None, value: str | None, workspace: str | None, channel: str | None) -> None:
    """Show or set a team-memory setting: store_text (posts|all|none), retention_days, target_mix,
    target_posts_per_week, audience_topics, nudge_silence_days. VALUE is JSON (or plain text);
    a key or value Coach cannot use is refused with the allowed values."""
    from bot.memory.store import DEFAULT_SETTINGS
    from bot.memory.team_settings import SETTINGS, SettingError, check

    if channel and not workspace:
        raise click.UsageError("--channel needs --workspace")
    store = _store(config)
    ws = _workspace(store, workspace) if workspace else 0
    ch = find_channel(store, ws, channel) if channel else 0
    if key is None:
        for name in SETTINGS:
            default = DEFAULT_SETTINGS.get(name)
            click.echo(f"{name} = {json.dumps(store.get_setting(name, ws, ch), ensure_ascii=False)}"
                       + (f"  (default {json.dumps(default, ensure_ascii=False)})" if name in DEFAULT_SETTINGS else ""))
        return
    try:
        if key not in SETTINGS:
            check(key, None)  # says which keys there are
        if value is None:
            click.echo(json.dumps(store.get_setting(key, ws, ch), ensure_ascii=False))
            return
        parsed = check(key, value)
        store.set_setting(key, parsed, ws, ch, by="cli")
    except (SettingError, ValueError) as exc:
        raise BadInput(str(exc)) from None
    click.echo(f"{key} = {json.dumps(parsed, ensure_ascii=False)}")


def find_channel(store, ws: int, text: str) -> int:
    """A channel of the workspace by platform id or name, or one line naming the known ones."""
    rows = [(c.id, c.platform_id, c.name) for c in store.channels(ws)]
    for row_id, platform_id, name in rows:
        if text in (platform_id, name, f"#{name}"):
            return row_id
    known = ", ".join(f"{p} (#{n})" if n else p for _, p, n in rows[:30]) or "none yet"
    raise BadInput(f"unknown channel {text!r} in this workspace; team memory knows: {known}")
