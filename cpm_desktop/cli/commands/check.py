"""`cpm-desktop check --db FILE`: the integrity and schema report of a workspace."""

from __future__ import annotations

import argparse
import sys

from cpm_desktop.cli.common import EXIT_OK, EXIT_USER, workspace_file


def run(args: argparse.Namespace) -> int:
    """Print the health report of `args.db`; exit 2 when it found problems."""
    from cpm_desktop.workspace import check_workspace

    report = check_workspace(workspace_file(args.db, "check"))
    print("\n".join(report.lines()))
    if not report.ok:
        print(f"cpm-desktop: {args.db} has problems; see the report above.", file=sys.stderr)
        return EXIT_USER
    return EXIT_OK
