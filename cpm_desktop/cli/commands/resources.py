"""`cpm-desktop resources --db FILE --project CODE [--json]`: the project's team."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Print the resources working on the project as a table, or as JSON with `--json`."""
    from cpm_desktop.cli.render.resources import resources_json, resources_table
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.team.project_team import project_team

    with open_for_reading(args.db) as workspace:
        team = workspace.run(project_team, project_id(workspace, args.project))
    print(resources_json(team) if args.json else resources_table(team))
    return EXIT_OK
