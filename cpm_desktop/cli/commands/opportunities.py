"""`cpm-desktop opportunities --db FILE --project CODE [--json]`: the pipeline of the
project's client, those spotted on the project marked."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Print the client's opportunities as a table, or as JSON with `--json`."""
    from cpm_desktop.cli.render.opportunities import opportunities_json, opportunities_table
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.opportunities.views import project_pipeline
    from cpm_desktop.services.portfolio.views import project_code_of

    with open_for_reading(args.db) as workspace:
        pid = project_id(workspace, args.project)
        pipeline = workspace.run(project_pipeline, pid)
        code = workspace.run(project_code_of, pid) or args.project
    render = opportunities_json if args.json else opportunities_table
    print(render(code, pipeline))
    return EXIT_OK
