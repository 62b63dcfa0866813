"""`cpm-desktop backups --db FILE [--json]`: a workspace's backups, newest first, checked."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, workspace_file


def run(args: argparse.Namespace) -> int:
    """Print every backup of `args.db` as a table, or as JSON with `--json`.

    Works when the workspace itself is damaged or gone: only the backup folder is read.
    """
    from cpm_desktop.cli.render.backups import backups_json, backups_table
    from cpm_desktop.workspace.backups import describe_backups

    workspace = workspace_file(args.db, "backups").expanduser().resolve()
    backups = describe_backups(workspace)
    print(backups_json(workspace, backups) if args.json else backups_table(workspace, backups))
    return EXIT_OK
