"""`cpm-desktop actions --db FILE --project CODE [--json]`: the action log and its meetings."""

from __future__ import annotations

import argparse
import datetime as dt

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Print every action (overdue ones flagged as of today) and the steering meetings."""
    from cpm_desktop.cli.render.actions import actions_json, actions_table
    from cpm_desktop.services.actions.meetings import steering_meetings
    from cpm_desktop.services.actions.views import action_log
    from cpm_desktop.services.opening import open_for_reading

    today = dt.date.today()
    with open_for_reading(args.db) as workspace:
        pid = project_id(workspace, args.project)
        actions = workspace.run(action_log, pid, today=today)
        meetings = workspace.run(steering_meetings, pid)
    render = actions_json if args.json else actions_table
    print(render(args.project.upper(), actions, meetings, today))
    return EXIT_OK
