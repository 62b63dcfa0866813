"""`cpm-desktop charter --db FILE --project CODE [--json]`: the project's charter and SOW."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Print the charter as text, or as JSON with `--json`."""
    from cpm_desktop.cli.render.charter import charter_json, charter_text
    from cpm_desktop.services.charter.views import project_charter
    from cpm_desktop.services.opening import open_for_reading

    with open_for_reading(args.db) as workspace:
        charter = workspace.run(project_charter, project_id(workspace, args.project))
    print(charter_json(charter) if args.json else charter_text(charter))
    return EXIT_OK
