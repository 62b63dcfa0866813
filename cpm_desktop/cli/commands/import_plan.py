"""`cpm-desktop import SOURCE --db FILE [--client NAME]`: another planner's file as a project.

A `--db` file that does not exist yet is created, empty, for the import; if the import is
refused, the new file is removed again, so a refusal leaves nothing behind.
"""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, UserError


def run(args: argparse.Namespace) -> int:
    """Import an MS Project XML, GanttProject or GNOME Planner file; print what came in."""
    from cpm_desktop.interchange.formats import read_plan_file
    from cpm_desktop.services.interchange.importing import import_plan
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.workspace import SUFFIX, create_workspace
    from cpm_desktop.workspace.file import delete_workspace_files

    plan = read_plan_file(args.source)  # read before opening: a bad file never locks anything
    if isinstance(args.db, str):  # a team server's workspace, set up already
        with open_for_use(args.db) as workspace:
            result = workspace.run(import_plan, plan, client_name=args.client)
        print("\n".join(result.lines()))
        return EXIT_OK
    path = args.db.expanduser()
    if path.exists():
        with open_for_use(path) as workspace:
            result = workspace.run(import_plan, plan, client_name=args.client)
    else:
        if path.suffix.lower() != SUFFIX:
            raise UserError(f"{path} should end in {SUFFIX}, the workspace file extension.")
        workspace = create_workspace(path)
        try:
            result = workspace.run(import_plan, plan, client_name=args.client)
        except BaseException:
            workspace.close()
            delete_workspace_files(path)
            raise
        workspace.close()
        print(f"Created the workspace {path}.")
    print("\n".join(result.lines()))
    return EXIT_OK
