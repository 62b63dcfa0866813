"""`cpm-desktop kpis --db FILE [--client NAME] [--as-of DATE] [--json]`: KPIs per project,
client and total."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Print the workspace's (or one client's) KPIs as a table, or as JSON with `--json`."""
    from cpm_desktop.cli.render.kpis import kpis_json, kpis_table
    from cpm_desktop.services.opening import open_for_reading
    from cpm_desktop.services.portfolio.kpis import kpi_report

    with open_for_reading(args.db) as workspace:
        report = workspace.run(kpi_report, client=args.client, as_of=args.as_of)
    print(kpis_json(report) if args.json else kpis_table(report))
    return EXIT_OK
