"""`cpm-desktop change add|decide --db FILE --project CODE`: a change request and its decision."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from cpm_desktop.cli.common import EXIT_OK, UserError, project_id
from cpm_desktop.domain import ChangeStatus


def add(args: argparse.Namespace) -> int:
    """Raise a Draft change request with its cost and schedule impact; print its reference."""
    from cpm_desktop.services.changes.requests import add_change_request
    from cpm_desktop.services.opening import open_for_use

    impact: dict[str, Any] = {}
    if args.cost is not None:
        impact["cost_impact"] = args.cost
    if args.days is not None:
        impact["schedule_days"] = args.days
    with open_for_use(args.db) as workspace:
        found = project_id(workspace, args.project)
        row = workspace.run(add_change_request, found, args.title, on=args.date, **impact)
    print(f"Raised {row.reference} {row.title} ({row.status.label}).")
    return EXIT_OK


def decide(args: argparse.Namespace) -> int:
    """Approve or reject a request, walking it through submission and assessment first as the
    workflow asks; every step is one transaction, so a refusal leaves the request as it was."""
    from cpm_desktop.identity import current_user
    from cpm_desktop.services.changes.forms import find_change_request_id
    from cpm_desktop.services.changes.requests import transition
    from cpm_desktop.services.changes.views import change_row
    from cpm_desktop.services.opening import open_for_use

    verdict = ChangeStatus.APPROVED if args.approve else ChangeStatus.REJECTED
    with open_for_use(args.db) as workspace:
        found = project_id(workspace, args.project)
        cr_id = workspace.run(find_change_request_id, found, args.change)
        if cr_id is None:
            raise UserError(f"No change request {args.change!r} in {args.project.upper()}.")
        with workspace.transaction() as session:
            row = change_row(session, cr_id)
            while verdict not in row.legal_next:
                step = _step_towards_decision(row.legal_next)
                if step is None:
                    raise UserError(
                        f"{row.reference} is {row.status.label}: it can no longer be "
                        f"{verdict.label.lower()}."
                    )
                row = transition(session, cr_id, step, on=args.date)
            row = transition(
                session,
                cr_id,
                verdict,
                decided_by=args.by or current_user(),
                decided_on=args.date or dt.date.today(),
                decision_notes=args.notes or f"{verdict.label}.",
                on=args.date,
            )
    print(f"{row.reference} {row.title}: {row.status.label.lower()} by {row.decided_by}.")
    return EXIT_OK


def _step_towards_decision(legal: tuple[ChangeStatus, ...]) -> ChangeStatus | None:
    """The workflow's next step on the way to a decision (submit, then assess), or None."""
    for step in (ChangeStatus.UNDER_ASSESSMENT, ChangeStatus.SUBMITTED):
        if step in legal:
            return step
    return None
