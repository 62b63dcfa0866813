"""Consistent copies of a workspace: rotating backups on open and 'Save a copy'."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from cpm_desktop.errors import WorkspaceError

KEEP_BACKUPS = 5


def backup_dir_for(workspace: Path) -> Path:
    """Return the folder beside the workspace that holds its backups."""
    return workspace.with_name(f"{workspace.stem}-backups")


def copy_database(source: Path | sqlite3.Connection, destination: Path) -> None:
    """Write a consistent copy of a SQLite database with the online backup API.

    Unlike a file copy, this includes what is still in the WAL and never catches a
    half-written page.
    """
    tmp = destination.with_name(destination.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        src = source if isinstance(source, sqlite3.Connection) else sqlite3.connect(source)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # A copy is a standalone file: no WAL beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            if src is not source:
                src.close()
        tmp.replace(destination)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise WorkspaceError(f"Cannot write a copy to {destination}: {exc}.") from exc


def write_rotating_backup(workspace: Path, now: dt.datetime | None = None) -> Path:
    """Copy `workspace` into its backup folder and keep only the newest KEEP_BACKUPS."""
    folder = backup_dir_for(workspace)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"Cannot create the backup folder {folder}: {exc.strerror}.") from exc
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S_%f")
    target = folder / f"{workspace.stem}_{stamp}.cpm"
    copy_database(workspace, target)
    for old in list_backups(workspace)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target


def write_upgrade_backup(workspace: Path, from_revision: str) -> Path:
    """Keep a copy of `workspace` as it was before a schema upgrade; never rotated away."""
    folder = backup_dir_for(workspace)
    folder.mkdir(exist_ok=True)
    target = folder / f"{workspace.stem}_before-upgrade-from-{from_revision}.cpm"
    copy_database(workspace, target)
    return target


def list_backups(workspace: Path) -> list[Path]:
    """Return the rotating backups of `workspace`, newest first."""
    folder = backup_dir_for(workspace)
    if not folder.is_dir():
        return []
    stamped = [p for p in folder.glob(f"{workspace.stem}_*.cpm") if "before-upgrade" not in p.name]
    return sorted(stamped, key=lambda p: p.name, reverse=True)
