"""Helpers of the charter tests: a change request walked to a status, the project's charter."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.domain import ChangeStatus as S
from cpm_desktop.services.changes.requests import add_change_request, transition
from cpm_desktop.services.charter.views import Charter, project_charter
from cpm_desktop.workspace import Workspace

DAY = dt.date(2026, 9, 8)
ROAD = {
    S.DRAFT: (),
    S.SUBMITTED: (S.SUBMITTED,),
    S.UNDER_ASSESSMENT: (S.SUBMITTED, S.UNDER_ASSESSMENT),
    S.APPROVED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.APPROVED),
    S.REJECTED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.REJECTED),
    S.IMPLEMENTED: (S.SUBMITTED, S.UNDER_ASSESSMENT, S.APPROVED, S.IMPLEMENTED),
}


def change_request(workspace: Workspace, project_id: int, title: str = "Extra scope") -> int:
    """A new draft request of the project."""
    with workspace.transaction() as s:
        return add_change_request(s, project_id, title, raised_on=DAY).id


def walk(workspace: Workspace, cr_id: int, *steps: S) -> None:
    """Move a request through `steps`, deciding where a decision is needed."""
    with workspace.transaction() as s:
        for step in steps:
            decided = step in (S.APPROVED, S.REJECTED)
            transition(
                s,
                cr_id,
                step,
                on=DAY,
                decided_by="Sponsor" if decided else None,
                decided_on=DAY if decided else None,
                decision_notes="At the steering committee." if decided else None,
            )


def charter(workspace: Workspace, project_id: int) -> Charter:
    """The project's charter as committed."""
    with workspace.transaction() as s:
        return project_charter(s, project_id)
