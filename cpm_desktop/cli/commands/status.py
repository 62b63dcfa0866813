"""`cpm-desktop status --db FILE --project CODE --date DATE`: one turn of the status cycle."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Move the status date, write that date's report and print what changed since the
    previous report (or that this is the first)."""
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.status_cycle.cycle import record_status
    from cpm_desktop.texts.since_last import since_last_lines

    with open_for_use(args.db) as workspace:
        found = project_id(workspace, args.project)
        report = {} if args.commentary is None else {"commentary": args.commentary}
        since = workspace.run(record_status, found, args.date, **report)
    print(f"Wrote the status report of {args.project.upper()} as of {args.date.isoformat()}.")
    lines = since_last_lines(since)
    if since.is_first or since.is_empty:
        print(*lines, sep="\n")  # "First report: …" or "Nothing changed since …"
    else:
        print(f"Since the last report ({since.previous_date}):")
        print(*(f"  {line}" for line in lines), sep="\n")
    return EXIT_OK
