"""`cpm-desktop new FILE`: create an empty workspace."""

from __future__ import annotations

import argparse
from pathlib import Path

from cpm_desktop.cli.common import EXIT_OK, UserError


def run(args: argparse.Namespace) -> int:
    """Create an empty workspace at `args.file`; an existing file is never overwritten."""
    from cpm_desktop.workspace import create_workspace

    path: Path = args.file
    if path.suffix.lower() != ".cpm":
        raise UserError(f"{path} should end in .cpm, the workspace file extension.")
    with create_workspace(path) as workspace:
        print(f"Created the empty workspace {workspace.path}.")
    return EXIT_OK
