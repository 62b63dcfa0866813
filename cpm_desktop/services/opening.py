"""Open a workspace for use: after a schema upgrade, refresh what the scheduler writes."""

from __future__ import annotations

from pathlib import Path

from cpm_desktop.services.schedule import reschedule_all
from cpm_desktop.workspace import Workspace, open_workspace


def open_for_use(path: Path) -> Workspace:
    """Open `path` (lock, backup, migrate); an upgraded file is rescheduled in one transaction."""
    workspace = open_workspace(path)
    if workspace.upgraded_from is not None:
        try:
            workspace.run(reschedule_all)
        except BaseException:
            workspace.close()
            raise
    return workspace
