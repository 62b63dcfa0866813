"""Fill the pack's section on the deliverables and their acceptance.

Deliverables are what the client receives and accepts: none is internal and none carries a
cost, so every audience reads the same section.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from cpm_desktop.domain import DeliverableStatus
from cpm_desktop.domain.audience import Visibility
from cpm_desktop.reports.pdf.pack.deliverables import DeliverableLine, PackDeliverables
from cpm_desktop.services.deliverables.views import DeliverableRow, deliverables
from cpm_desktop.services.portfolio.views import project_summary

S = DeliverableStatus


def pack_deliverables(
    session: Session, project_id: int, view: Visibility, *, today: dt.date | None = None
) -> PackDeliverables | None:
    """What the section prints for the audience `view`, as of the project's status date
    (`today` without one); None when the project keeps no deliverables."""
    rows = deliverables(session, project_id)
    if not rows:
        return None
    as_of = project_summary(session, project_id).status_date or today or dt.date.today()
    return PackDeliverables(as_of=as_of, lines=tuple(_line(row, as_of) for row in rows))


def _line(row: DeliverableRow, as_of: dt.date) -> DeliverableLine:
    by, on, reasons = row.decided_by, row.decided_on, ""
    if row.status in (S.REJECTED, S.RESUBMITTED):
        # A resubmitted deliverable shows the rejection its rework answers.
        last = next((s for s in reversed(row.steps) if s.to_status is S.REJECTED), None)
        if last is not None:
            by, on, reasons = last.changed_by, last.changed_on, row.rejection_reasons
    return DeliverableLine(
        reference=row.reference,
        name=row.name,
        due=row.due,
        status=row.status,
        overdue=row.overdue(as_of),
        criteria_met=row.criteria_met,
        criteria=len(row.criteria),
        decided_by=by,
        decided_on=on,
        reasons=reasons,
    )
