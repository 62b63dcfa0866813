"""`cpm-desktop workload --db FILE --project CODE [--weeks N] [--json]`: each person's planned
hours per week from the status date's week, as a percent of what they can work, with the
over-allocated weeks flagged, and the team's utilisation to date."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Print the project's resource usage as a table, or as JSON with `--json`."""
    from cpm_desktop.cli.render.workload import workload_json, workload_table
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.workload.views import first_week, workload

    with open_for_reading(args.db) as workspace:
        project = project_id(workspace, args.project)
        start = workspace.run(first_week, project)
        load = workspace.run(workload, project, start=start, weeks=args.weeks)
    print(workload_json(load) if args.json else workload_table(load))
    return EXIT_OK
