"""`cpm-desktop schedule --db FILE --project CODE [--json]`: dates, slack and driver per task."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Print the project's schedule report as a table, or as JSON with `--json`."""
    from cpm_desktop.cli.render.schedule import schedule_table

    if not args.json and not isinstance(args.db, str):
        # Read as the file lies, without SQLAlchemy, when that answers the same (issue 24);
        # a team server's workspace is read through the services.
        from cpm_desktop.services.plan.quick_schedule import quick_schedule_report

        quick = quick_schedule_report(args.db, args.project)
        if quick is not None:
            print(schedule_table(quick))
            return EXIT_OK
    return _run_opened(args)


def _run_opened(args: argparse.Namespace) -> int:
    """The report through the workspace opened for use: rescheduled, moved dates stored."""
    from cpm_desktop.cli.render.schedule import schedule_json, schedule_table
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.plan.schedule_report import schedule_report
    from cpm_desktop.services.team.assignments import project_assignments
    from cpm_desktop.services.team.costs import project_costs

    with open_for_reading(args.db) as workspace:
        pid = project_id(workspace, args.project)
        report = workspace.run(schedule_report, pid)
        if not args.json:
            print(schedule_table(report))
            return EXIT_OK
        costs = workspace.run(project_costs, pid)
        assignments = workspace.run(project_assignments, pid)
    print(schedule_json(report, costs, assignments))
    return EXIT_OK
