"""The read model "since the last report": a report's kept facts against the previous one's."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.since_last import SinceLast, since_last
from cpm_desktop.models import Project, StatusReport
from cpm_desktop.services.plan.schedule import work_calendar
from cpm_desktop.services.status_cycle.facts import current_facts, facts_from_json
from cpm_desktop.services.validate import clean_optional_date, get_or_raise
from cpm_desktop.texts import N_


def since_last_report(
    session: Session, project_id: int, status_date: dt.date | None = None
) -> SinceLast:
    """What changed from the report before `status_date` (default: the project's) to it.

    The report's kept facts when it has them, else the project as it is now; the previous
    report is the latest dated one before it that kept its facts.
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    day = clean_optional_date(status_date, N_("status date")) or project.status_date
    current = None
    if day is not None:
        report = session.scalar(
            select(StatusReport).where(
                StatusReport.project_id == project.id, StatusReport.status_date == day
            )
        )
        current = facts_from_json(report.snapshot if report else None)
    if current is None:
        current = current_facts(session, project)
    previous = None
    if day is not None:
        earlier = session.scalars(
            select(StatusReport.snapshot)
            .where(
                StatusReport.project_id == project.id,
                StatusReport.status_date < day,
                StatusReport.snapshot.is_not(None),
            )
            .order_by(StatusReport.status_date.desc())
        )
        previous = next(filter(None, map(facts_from_json, earlier)), None)
    calendar = work_calendar(project.calendar)
    return since_last(previous, current, calendar.working_days_between)
