"""`cpm-desktop risks --db FILE --project CODE [--json]`: a project's risk register."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Print the project's risk register as a table, or as JSON with `--json`."""
    from cpm_desktop.cli.render.risks import risks_json, risks_table
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.risks.views import risk_register

    with open_for_reading(args.db) as workspace:
        register = workspace.run(risk_register, project_id(workspace, args.project))
    print(risks_json(register) if args.json else risks_table(register))
    return EXIT_OK
