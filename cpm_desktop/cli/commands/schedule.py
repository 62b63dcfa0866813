"""`cpm-desktop schedule --db FILE --project CODE [--json]`: dates, slack and driver per task."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Print the project's schedule report as a table, or as JSON with `--json`."""
    from cpm_desktop.cli.render.schedule import schedule_json, schedule_table
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.plan.schedule_report import schedule_report

    with open_for_reading(args.db) as workspace:
        report = workspace.run(schedule_report, project_id(workspace, args.project))
    print(schedule_json(report) if args.json else schedule_table(report))
    return EXIT_OK
