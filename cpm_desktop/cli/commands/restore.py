"""`cpm-desktop restore --db FILE [--backup N]`: put a backup in place of the workspace."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, workspace_file
from cpm_desktop.errors import WorkspaceError


def run(args: argparse.Namespace) -> int:
    """Put backup `args.backup` (default: the newest intact) in place of `args.db`."""
    from cpm_desktop.workspace.backups import restore_backup

    workspace = workspace_file(args.db, "restore").expanduser().resolve()
    if workspace.suffix.lower() != ".cpm":
        raise WorkspaceError(f"{args.db} should end in .cpm, the workspace file extension.")
    result = restore_backup(workspace, args.backup)
    backup = result.backup
    print(
        f"Restored {workspace.name} from backup {backup.number}, {backup.path.name} "
        f"({backup.taken:%Y-%m-%d %H:%M}, schema {backup.revision}, intact)."
    )
    if result.set_aside is not None:
        print(f"The file it replaced is kept as {result.set_aside.name}.")
    return EXIT_OK
