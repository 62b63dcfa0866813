"""`cpm-desktop demo FILE`: create a workspace holding the demo portfolio."""

from __future__ import annotations

import argparse
from pathlib import Path

from cpm_desktop.cli.common import EXIT_OK, UserError


def run(args: argparse.Namespace) -> int:
    """Write the demo portfolio to a new workspace at `args.file`; say what it holds."""
    from cpm_desktop.demo.create import create_demo_workspace
    from cpm_desktop.services.portfolio.views import portfolio

    path: Path = args.file
    if path.suffix.lower() != ".cpm":
        raise UserError(f"{path} should end in .cpm, the workspace file extension.")
    with create_demo_workspace(path) as workspace, workspace.transaction() as session:
        clients = portfolio(session)
    projects = sum(len(c.projects) for c in clients)
    print(
        f"Wrote the demo portfolio to {workspace.path}: "
        f"{len(clients)} clients, {projects} projects."
    )
    return EXIT_OK
