"""Create a workspace file that holds the demo portfolio."""

from __future__ import annotations

from pathlib import Path

from cpm_desktop.demo.portfolio import build_demo_portfolio
from cpm_desktop.workspace import Workspace, create_workspace, delete_workspace_files


def create_demo_workspace(path: Path) -> Workspace:
    """Create `path` holding the demo portfolio; on failure no file is left behind."""
    workspace = create_workspace(path)
    try:
        with workspace.transaction() as session:
            build_demo_portfolio(session)
    except BaseException:
        workspace.close()
        delete_workspace_files(path)
        raise
    return workspace
