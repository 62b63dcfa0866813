"""The pack's "since the last report": the status cycle's comparison, for the pack's reader."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.domain.since_last import SinceLast
from cpm_desktop.models import StatusReport
from cpm_desktop.services.status_cycle.since_last import since_last_report


def pack_since_last(
    session: Session, project_id: int, status_date: dt.date | None, view: Visibility
) -> SinceLast | None:
    """What changed since the previous report, for this audience; None without a status
    date or an earlier report to compare with (the first report has nothing to say)."""
    if status_date is None or not _kept_before(session, project_id, status_date):
        return None  # the first report: not worth reading the plan's facts to say nothing
    since = since_last_report(session, project_id, status_date)
    if since.is_first:
        return None
    # Its sentences are written when the pack is drawn, in the reader's language.
    return since if view.internal_records else since.without_internal()


def _kept_before(session: Session, project_id: int, day: dt.date) -> bool:
    """Tell whether a status report before `day` kept its facts, to compare the pack with."""
    earlier = select(StatusReport.id).where(
        StatusReport.project_id == project_id,
        StatusReport.status_date < day,
        StatusReport.snapshot.is_not(None),
    )
    return session.scalar(earlier.limit(1)) is not None
