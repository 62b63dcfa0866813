"""`cpm-desktop import-edits WORKBOOK --db FILE [--apply]`: a returned client workbook's edits.

Without --apply nothing is written. With it, every difference and new row without a problem is
applied, except conflicts (rows the workspace changed since the export): those only when named
with --accept. --accept takes ids (R-004.probability, Risks:15) or a reference (CR-003) for all
of that entry's differences.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cpm_desktop.cli.common import EXIT_OK
from cpm_desktop.errors import ValidationError

if TYPE_CHECKING:
    from cpm_desktop.services.client_workbook.edits import EditPreview


def run(args: argparse.Namespace) -> int:
    """Preview (with `--apply`, apply) the client's edits in the workbook; print what happened."""
    from cpm_desktop.cli.render.edits import edits_json, edits_outcome, edits_table
    from cpm_desktop.services.client_workbook.edits import (
        apply_client_edits,
        preview_client_edits,
    )
    from cpm_desktop.services.opening import open_for_reading, open_for_use

    workbook, apply, accept = args.workbook, args.apply, args.accept
    if accept and not apply:
        raise ValidationError("--accept chooses what --apply applies; add --apply.")
    # A preview only reads: it works on a workspace on read-only media too.
    with (open_for_use if apply else open_for_reading)(args.db) as workspace:
        preview = workspace.run(preview_client_edits, workbook)
        chosen = _chosen(preview, accept) if apply else ()
        applied = workspace.run(apply_client_edits, workbook, chosen) if chosen else None
    if args.json:
        print(edits_json(preview, applied if apply else None, chosen))
    else:
        print(edits_table(preview))
        print(edits_outcome(preview, apply, chosen, applied))
    return EXIT_OK


def _chosen(preview: EditPreview, accept: Sequence[str]) -> tuple[str, ...]:
    """The ids to apply: those named (a reference names all its differences), or all ready."""
    if not accept:
        return preview.applicable(conflicts=False)
    names = [part.strip() for item in accept for part in item.split(",") if part.strip()]
    chosen: list[str] = []
    for name in names:
        matches = [
            d.id
            for d in preview.differences
            if d.reference.casefold() == name.casefold() and d.problem is None
        ]
        chosen.extend(matches or [name])
    return tuple(dict.fromkeys(chosen))
