"""`cpm-desktop changes --db FILE --project CODE [--json]`: the change log and its roll-up."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Print the change log with budget, contract and finish, as a table or as JSON."""
    from cpm_desktop.cli.render.changes import changes_json, changes_table
    from cpm_desktop.services.changes.views import change_log, change_summary
    from cpm_desktop.services.opening import open_for_reading

    with open_for_reading(args.db) as workspace:
        found = project_id(workspace, args.project)
        log = workspace.run(change_log, found)
        summary = workspace.run(change_summary, found)
    print(changes_json(log, summary) if args.json else changes_table(log, summary))
    return EXIT_OK
