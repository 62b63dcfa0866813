"""`cpm-desktop slas --db FILE --project CODE [--json]`: the project's service levels."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Print the SLAs as a table, or as JSON with `--json`."""
    from cpm_desktop.cli.render.service_levels import service_levels_json, service_levels_table
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.service_levels.views import service_levels

    with open_for_reading(args.db) as workspace:
        rows = workspace.run(service_levels, project_id(workspace, args.project))
    render = service_levels_json if args.json else service_levels_table
    print(render(args.project.upper(), rows))
    return EXIT_OK
