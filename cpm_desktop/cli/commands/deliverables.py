"""`cpm-desktop deliverables --db FILE --project CODE [--json]`: the project's deliverables."""

from __future__ import annotations

import argparse
import datetime as dt

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Print the deliverables as a table, or as JSON with `--json`."""
    from cpm_desktop.cli.render.deliverables import deliverables_json, deliverables_table
    from cpm_desktop.services.deliverables.views import deliverables
    from cpm_desktop.services.opening import open_for_reading

    with open_for_reading(args.db) as workspace:
        rows = workspace.run(deliverables, project_id(workspace, args.project))
    render = deliverables_json if args.json else deliverables_table
    print(render(args.project.upper(), rows, dt.date.today()))
    return EXIT_OK
