"""Open a workspace for use: after a schema upgrade, refresh what the scheduler writes; a team
server's workspace is opened as it is (its administrator upgrades it)."""

from __future__ import annotations

from cpm_desktop.services.plan.schedule import reschedule_all
from cpm_desktop.workspace import Workspace, open_workspace
from cpm_desktop.workspace.addresses import WorkspaceLocation
from cpm_desktop.workspace.file import read_only_reason
from cpm_desktop.workspace.server import open_server_workspace


def open_for_use(location: WorkspaceLocation, *, backup_apart: bool = False) -> Workspace:
    """Open a file (lock, backup, migrate; an upgraded file is rescheduled in one
    transaction) or a team server's workspace.

    With `backup_apart`, the caller waits for the backup (`Workspace.backup_written`) before
    anything can be written: see `open_workspace`.
    """
    if isinstance(location, str):
        return open_server_workspace(location)
    workspace = open_workspace(location, backup_apart=backup_apart)
    if workspace.upgraded_from is not None:
        try:
            workspace.run(reschedule_all)
        except BaseException:
            workspace.close()
            raise
    return workspace


def open_for_reading(location: WorkspaceLocation, *, backup_apart: bool = False) -> Workspace:
    """Open a file for use where it can be written; on read-only media, or a read-only file,
    open it read-only without a lock, so reading commands and the GUI still work there. A team
    server's workspace is opened for use.
    """
    if isinstance(location, str):
        return open_server_workspace(location)
    path = location
    resolved = path.expanduser().resolve()
    if resolved.exists() and read_only_reason(resolved) is not None:
        return open_workspace(resolved, read_only=True)
    return open_for_use(path, backup_apart=backup_apart)
