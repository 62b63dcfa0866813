"""`cpm-desktop level --db FILE --project CODE [--apply] [--json]`: the delays that resolve
the project's over-allocations (Level Resources); with --apply they are made, in one
transaction. A project without work to level: exit 2."""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id


def run(args: argparse.Namespace) -> int:
    """Preview (with `--apply`, make) the levelling delays; print what moves."""
    from cpm_desktop.cli.render.workload import levelling_json, levelling_table
    from cpm_desktop.services.opening import open_for_reading, open_for_use
    from cpm_desktop.services.workload.levelling import apply_levelling, level_preview

    # A preview only reads: it works on a workspace on read-only media too.
    with (open_for_use if args.apply else open_for_reading)(args.db) as workspace:
        project = project_id(workspace, args.project)
        plan = workspace.run(apply_levelling if args.apply else level_preview, project)
    print(levelling_json(plan) if args.json else levelling_table(plan))
    return EXIT_OK
