"""`coach forget --workspace W`: everything Coach keeps about one workspace, gone.

Team memory (posts, reviews, dismissals, activity, vocabulary, settings, channels and
members), its weekly nudges' schedules and sends, its installations (bot tokens), and the
admins' advice layer folder for it. Shows what will go and asks first (--yes to skip).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from adapters.cli.inputs import BadInput, deletion_confirmed
from bot.config import Config


def _targets(store, text: str) -> list[tuple[str, str, str]]:
    """(platform, platform id, name) of the workspaces `text` names: team memory's, else an install's."""
    from bot.memory.installations import Installations

    found = {(w["platform"], str(w["platform_id"])): str(w["name"] or "") for w in store.lookup_workspace(text)}
    for install in Installations(store).of_team("slack", text):
        found.setdefault(("slack", install.team_id), install.team_name)
    return [(platform, pid, name) for (platform, pid), name in sorted(found.items())]


def _layer_folder(config: Config, workspace: str) -> Path | None:
    from bot.layers.files import layer_dir, local_root

    try:
        folder = layer_dir(local_root(config), workspace)
    except ValueError:
        return None
    return folder if folder.is_dir() else None


def forget_workspace_cmd(config: Config, store, text: str, yes: bool) -> None:
    from bot.memory.forgetting import about_workspace, forget_workspace

    targets = _targets(store, text)
    if not targets:
        click.echo(f"nothing remembered of workspace {text}")
        return
    if len(targets) > 1:  # one name, several workspaces: never guess which to delete
        listing = "; ".join(f"{pid} ({platform}{', ' + name if name and name != pid else ''})"
                            for platform, pid, name in targets)
        raise BadInput(f"{len(targets)} workspaces are called {text!r}: {listing}. Give one id with --workspace.")
    platform, pid, name = targets[0]
    counts = about_workspace(store, platform, pid)
    folder = _layer_folder(config, pid)
    click.echo(f"Coach will delete everything it keeps about {platform} workspace {pid}"
               + (f" ({name})" if name and name != pid else "") + ":")
    click.echo("  " + (", ".join(f"{n} {table}" for table, n in counts.items()) or "no rows"))
    if folder is not None:
        click.echo(f"  and its advice layer folder {folder}")
    if not yes and not deletion_confirmed():
        return
    deleted = forget_workspace(store, platform, pid)
    if folder is not None:
        shutil.rmtree(folder)
        deleted["advice layer folder"] = 1
    click.echo(f"forgot workspace {pid}: " + (", ".join(f"{n} {t}" for t, n in sorted(deleted.items())) or "nothing"))
