"""Open a workspace for use: after a schema upgrade, refresh what the scheduler writes."""

from __future__ import annotations

from pathlib import Path

from cpm_desktop.services.plan.schedule import reschedule_all
from cpm_desktop.workspace import Workspace, open_workspace
from cpm_desktop.workspace.file import read_only_reason


def open_for_use(path: Path, *, backup_apart: bool = False) -> Workspace:
    """Open `path` (lock, backup, migrate); an upgraded file is rescheduled in one transaction.

    With `backup_apart`, the caller waits for the backup (`Workspace.backup_written`) before
    anything can be written: see `open_workspace`.
    """
    workspace = open_workspace(path, backup_apart=backup_apart)
    if workspace.upgraded_from is not None:
        try:
            workspace.run(reschedule_all)
        except BaseException:
            workspace.close()
            raise
    return workspace


def open_for_reading(path: Path, *, backup_apart: bool = False) -> Workspace:
    """Open `path` for use where it can be written; on read-only media, or a read-only file,
    open it read-only without a lock, so reading commands and the GUI still work there.
    """
    resolved = path.expanduser().resolve()
    if resolved.exists() and read_only_reason(resolved) is not None:
        return open_workspace(resolved, read_only=True)
    return open_for_use(path, backup_apart=backup_apart)
