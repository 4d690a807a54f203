"""`coach nudge`: weekly nudges from the command line.

    coach nudge --dry-run [--channel ID] [--now ISO] [--chart FILE]   what would be sent now
    coach nudge --send-due [--now ISO]       send what is due (cron: every few minutes is fine)
    coach nudge --status                     the send ledger, crashed sends included
    coach nudge schedule --channel ID --day monday --time 09:00 --tz Europe/Paris --lang fr [--off]

`--send-due` posts through the Slack and Discord adapters when their tokens
are set, and prints console nudges. It claims each nudge in the ledger before
posting, exactly like the adapters' tickers, so cron and a running bot can
share a database without sending anything twice.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from adapters.cli import EXIT_BAD_INPUT, main
from adapters.cli.inputs import BadInput
from bot.config import Config

CONSOLE = ("console", "local", "console")


def _coach(config: Config):
    from bot.app import build_coach
    from bot.layers.files import local_root
    from bot.layers.source import AdviceSource
    from bot.memory.store import Store

    config.data_dir.mkdir(parents=True, exist_ok=True)
    return build_coach(advice=AdviceSource(local_root=local_root(config), quiet=True), store=Store.open(config.database))


def _now(text: str | None) -> datetime:
    if not text:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(text)
    except ValueError as error:
        raise click.BadParameter(f"{text!r} is not an ISO date-time (e.g. 2026-03-30T09:00+02:00)") from error
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _render(reply) -> str:
    from adapters.console import render_to_string

    return render_to_string(reply, width=100)


def _default_place(store, platform: str | None, workspace: str | None) -> tuple[str, str]:
    """The platform and workspace a CLI command means: as given, else the only
    workspace team memory knows, else the console."""
    if platform and workspace:
        return platform, workspace
    spaces = [w for w in store.workspaces() if platform in (None, w["platform"])
              and workspace in (None, str(w["platform_id"]), str(w["name"]))]
    if len(spaces) == 1:
        return spaces[0]["platform"], str(spaces[0]["platform_id"])
    if len(spaces) > 1:
        listing = ", ".join(f"{w['platform']} {w['platform_id']} ({w['name']})" for w in spaces)
        raise click.ClickException(f"several workspaces: choose one with --platform and --workspace ({listing})")
    return platform or CONSOLE[0], workspace or CONSOLE[1]


@main.group("nudge", invoke_without_command=True)
@click.option("--dry-run", is_flag=True, help="Print the nudges as they would be sent now; send nothing.")
@click.option("--send-due", is_flag=True, help="Send every nudge that is due (for cron).")
@click.option("--status", is_flag=True, help="The send ledger: what was sent, refused, or maybe sent.")
@click.option("--channel", default=None, help="Only this channel (a dry run previews it even unscheduled).")
@click.option("--platform", type=click.Choice(["slack", "discord", "console"]), default=None)
@click.option("--workspace", default=None, help="Slack team id or Discord server id.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None, help="Language of an unscheduled preview.")
@click.option("--now", "now_text", default=None, help="Act as if it were this ISO date-time.")
@click.option("--chart", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Dry run: also write the chart PNG here.")
@click.pass_context
def nudge_group(ctx: click.Context, dry_run: bool, send_due: bool, status: bool, channel: str | None,
                platform: str | None, workspace: str | None, lang: str | None, now_text: str | None,
                chart: str | None) -> None:
    """Weekly nudges: preview, send what is due, see the ledger, schedule."""
    if ctx.invoked_subcommand is not None:
        return
    if sum((dry_run, send_due, status)) != 1:
        raise click.UsageError("choose one of --dry-run, --send-due, --status (or `coach nudge schedule`)")
    config: Config = ctx.obj
    now = _now(now_text)
    if status:
        _status(config, channel)
    elif dry_run:
        _dry_run(config, now, channel, platform, workspace, lang, chart)
    else:
        sys.exit(_send_due(config, now, channel, platform))


# ---------------------------------------------------------------- dry run


def _dry_run(config: Config, now: datetime, channel: str | None, platform: str | None, workspace: str | None,
             lang: str | None, chart: str | None) -> None:
    from bot.chat.commands.settings import when
    from bot.chat.nudge import build_nudge
    from bot.nudges.schedule import Schedule, describe, due_slot, next_due

    coach = _coach(config)
    nudges = coach.store.nudges
    schedules = [s for s in nudges.schedules(platform, workspace) if channel in (None, s.channel)]
    if not schedules:
        where = _default_place(coach.store, platform, workspace)
        schedules = [Schedule(*where, channel or "preview", language=lang or "en", enabled=False)]
        click.echo(f"No nudge is scheduled{' for ' + channel if channel else ''}: a preview for "
                   f"{where[0]} {where[1]} (set one with `coach nudge schedule` or /coach settings).")
    written = False
    for schedule in schedules:
        reply, tip = build_nudge(coach, schedule, now, nudges)
        slot = due_slot(now, schedule)
        if slot is not None:
            state = f"due now ({slot.week})"
        elif schedule.enabled and nudges.schedule(*schedule.key) is not None:
            state = "next: " + when(next_due(now, schedule), schedule, "en")
        else:
            state = "not scheduled"
        scheduled = describe(schedule, "en") if nudges.schedule(*schedule.key) else "preview"
        click.echo(f"\n{schedule.platform} {schedule.workspace} #{schedule.channel}: {scheduled}; {state}")
        click.echo(_render(reply), nl=False)
        if chart and reply.image is not None and not written:
            Path(chart).write_bytes(reply.image.data)
            click.echo(f"chart written to {chart}")
            written = True


# ---------------------------------------------------------------- sending


def _senders(config: Config, platform: str) -> Any:
    """(send, runner) for a platform, or None when it cannot be reached from here."""
    if platform == "console":
        def print_it(schedule, reply) -> str:
            click.echo(_render(reply), nl=False)
            return "console"

        return print_it
    if platform == "slack" and config.slack_bot_token:
        from adapters.slack import build_client
        from adapters.slack.nudges import nudge_send

        return nudge_send(build_client(config))
    return None


async def _discord_tick(coach, config: Config, now: datetime, nudges) -> list:
    """Log in to Discord's REST API (no gateway needed to post), tick, log out."""
    import discord

    from adapters.discord import nudge_send
    from bot.nudges.sending import tick

    client = discord.Client(intents=discord.Intents.none())
    async with client:
        await client.login(config.discord_token)
        return await asyncio.to_thread(tick, coach, "discord", nudge_send(client), now, nudges=nudges)


def _send_due(config: Config, now: datetime, channel: str | None, platform: str | None) -> int:
    from bot.nudges.sending import tick

    coach = _coach(config)
    nudges = coach.store.nudges
    platforms = sorted({s.platform for s in nudges.schedules(platform) if s.enabled and channel in (None, s.channel)})
    if not platforms:
        click.echo("No weekly nudge is scheduled.")
        return 0
    problems = 0
    for name in platforms:
        if name == "discord" and config.discord_token:
            outcomes = asyncio.run(_discord_tick(coach, config, now, nudges))
        else:
            send = _senders(config, name)
            if send is None:
                click.echo(f"{name}: skipped (no {name.upper()} token configured here)", err=True)
                continue
            outcomes = tick(coach, name, send, now, nudges=nudges)
        for outcome in outcomes:
            if channel not in (None, outcome.schedule.channel):
                continue
            detail = f" ({outcome.message_id})" if outcome.message_id else f": {outcome.detail}" if outcome.detail else ""
            click.echo(f"{outcome.status} {name} #{outcome.schedule.channel} {outcome.week}{detail}")
            problems += outcome.status in ("failed", "unknown", "lost")
        if not outcomes:
            click.echo(f"{name}: nothing due")
    return EXIT_BAD_INPUT if problems else 0


# ---------------------------------------------------------------- ledger


def _status(config: Config, channel: str | None) -> None:

    coach = _coach(config)
    records = coach.store.nudges.records(channel=channel)
    if not records:
        click.echo("No nudge sent yet.")
        return
    notes = {"sending": "crashed while posting: maybe posted, never retried",
             "unknown": "maybe posted, never retried", "failed": "not posted", "claimed": "being sent"}
    for r in records[-50:]:
        when = (r.sent_at or r.sending_at or r.claimed_at).isoformat(timespec="minutes")
        extra = f"  [{notes[r.status]}]" if r.status in notes else ""
        error = f"  {r.error}" if r.error else ""
        click.echo(f"{r.week}  {r.platform} {r.workspace} #{r.channel}  {r.status} (attempt {r.attempt}) {when}"
                   f"{extra}{error}")


# ---------------------------------------------------------------- schedule


def _known_channel(store, where: tuple[str, str], channel: str) -> str:
    """The platform id of a channel of this workspace team memory knows (by id or #name);
    else one line naming the known ones, so that a typo never schedules a nudge nobody gets."""
    ws = store.find_workspace(*where)
    rows = [(c.platform_id, c.name) for c in store.channels(ws)] if ws is not None else []
    for platform_id, name in rows:
        if channel in (platform_id, name, f"#{name}"):
            return platform_id
    if where[0] == CONSOLE[0]:
        hint = ("team memory knows no workspace yet: import an export (`coach import slack|discord`) first, or "
                "give --platform and --workspace")
    else:
        known = ", ".join(f"{p} (#{n})" if n else p for p, n in rows[:20]) or "none yet"
        hint = f"channels known in {where[0]} {where[1]}: {known}"
    raise BadInput(f"channel {channel!r} is unknown to team memory ({hint}); --force schedules it anyway")


@nudge_group.command("schedule")
@click.option("--channel", required=True, help="The channel to nudge (its id).")
@click.option("--day", default=None, help="monday…sunday, lundi…dimanche")
@click.option("--time", "at", default=None, help="HH:MM, local time")
@click.option("--tz", default=None, help="IANA time zone, e.g. Europe/Paris")
@click.option("--lang", default=None, help="fr or en")
@click.option("--on/--off", "enabled", default=None, help="Switch the nudge on or off.")
@click.option("--platform", type=click.Choice(["slack", "discord", "console"]), default=None)
@click.option("--workspace", default=None, help="Slack team id or Discord server id.")
@click.option("--force", is_flag=True, help="Schedule a channel team memory has never seen.")
@click.option("--now", "now_text", default=None, hidden=True)
@click.pass_obj
def schedule_cmd(config: Config, channel: str, day: str | None, at: str | None, tz: str | None, lang: str | None,
                 enabled: bool | None, platform: str | None, workspace: str | None, force: bool,
                 now_text: str | None) -> None:
    """Set a channel's weekly nudge (the same rules as /settings). The channel must be one team
    memory knows (from an import, an observed channel or a review there), unless --force."""
    from bot.chat.commands.settings import apply
    from bot.chat.context import Context

    coach = _coach(config)
    where = _default_place(coach.store, platform, workspace)
    if not force and (*where, channel) != CONSOLE:  # the console's own channel needs no history
        channel = _known_channel(coach.store, where, channel)
    pairs = {"nudge_day": day, "nudge_time": at, "nudge_tz": tz, "nudge_lang": lang,
             "nudge": None if enabled is None else ("on" if enabled else "off")}
    text = " ".join(f"{key}={value}" for key, value in pairs.items() if value)
    ctx = Context(platform=where[0], workspace=where[1], channel=channel, user="cli", is_admin=True,
                  locale=lang or "en")
    reply = apply(coach, ctx, text or "nudge=on", _now(now_text), by="cli")
    click.echo(_render(reply), nl=False)
    if reply.meta.get("problems"):
        sys.exit(EXIT_BAD_INPUT)
