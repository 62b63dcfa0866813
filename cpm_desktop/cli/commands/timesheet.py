"""`cpm-desktop timesheet import FILE --db FILE --project CODE [--apply] [--json]`.

Without --apply nothing is written: the bookings the file makes (each person's hours per task
and week, added up from its lines) and every refused line with its reason are printed. With
--apply the bookings without a problem are booked in one transaction and the refused lines are
left out (a week with a refused line is refused whole, never booked short); importing the
corrected file again books each week once. Nothing to book, or a closed project: exit 2.
"""

from __future__ import annotations

import argparse

from cpm_desktop.cli.common import EXIT_OK, project_id
from cpm_desktop.errors import ValidationError


def run(args: argparse.Namespace) -> int:
    """Preview (with `--apply`, book) the hours of a timesheet file; print what happened."""
    from cpm_desktop.cli.render.timesheet import timesheet_json, timesheet_outcome, timesheet_table
    from cpm_desktop.services.opening import open_for_reading, open_for_use
    from cpm_desktop.services.timesheets.importing import apply_timesheet, preview_timesheet

    # A preview only reads: it works on a workspace on read-only media too.
    with (open_for_use if args.apply else open_for_reading)(args.db) as workspace:
        project = project_id(workspace, args.project)
        preview = workspace.run(preview_timesheet, project, args.file)
        bookable = args.apply and preview.ready
        applied = workspace.run(apply_timesheet, project, args.file) if bookable else None
    if args.json:
        print(timesheet_json(preview, applied))
    else:
        print(timesheet_table(preview))
        print(timesheet_outcome(preview, applied))
    if args.apply and applied is None:  # the preview above says why
        raise ValidationError(
            preview.refusal
            or f"{args.file.name} has no hours that can be booked on {args.project}."
        )
    return EXIT_OK
