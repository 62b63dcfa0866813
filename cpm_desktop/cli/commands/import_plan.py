"""`cpm-desktop import SOURCE --db FILE [--client NAME]`: another planner's file as a project."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Import an MS Project XML, GanttProject or GNOME Planner file; print what came in."""
    from cpm_desktop.interchange.formats import read_plan_file
    from cpm_desktop.services.interchange.importing import import_plan
    from cpm_desktop.services.opening import open_for_use

    plan = read_plan_file(args.source)  # read before opening: a bad file never locks anything
    with open_for_use(args.db) as workspace:
        result = workspace.run(import_plan, plan, client_name=args.client)
    print("\n".join(result.lines()))
    return EXIT_OK
