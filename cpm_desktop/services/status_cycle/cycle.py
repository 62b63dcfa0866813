"""One status cycle: move the status date, enter progress, write the report that keeps its facts.

Project › Update Status… and `cpm-desktop status` call `record_status` once: the whole cycle
is one transaction (and one undoable edit).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Unpack

from sqlalchemy.orm import Session

from cpm_desktop.domain.since_last import SinceLast
from cpm_desktop.models import Project
from cpm_desktop.services.portfolio.projects import set_status_date
from cpm_desktop.services.records.status_reports import (
    ReportFields,
    keep_facts,
    save_status_report,
)
from cpm_desktop.services.status_cycle.facts import current_facts, facts_json
from cpm_desktop.services.status_cycle.progress import (
    ProgressEntry,
    mark_as_planned,
    update_progress,
)
from cpm_desktop.services.status_cycle.since_last import since_last_report
from cpm_desktop.services.validate import clean_date, get_or_raise
from cpm_desktop.texts import N_


def record_status(
    session: Session,
    project_id: int,
    status_date: dt.date,
    *,
    progress: Mapping[int, ProgressEntry] | None = None,
    as_planned: Iterable[int] = (),
    **report: Unpack[ReportFields],
) -> SinceLast:
    """Report status as of `status_date`: progress (tasks `as_planned` first, then the typed
    `progress`), the report's fields, and the facts it keeps; return what changed since the
    previous report."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    day = clean_date(status_date, N_("status date"))
    # Progress first, on the schedule the sheet showed: moving the status date first would
    # push unstarted work past it, and "as planned" would find nothing due.
    planned = list(as_planned)
    if planned:
        mark_as_planned(session, project.id, planned, day)
    if progress:
        update_progress(session, project.id, progress)
    set_status_date(session, project.id, day)
    save_status_report(session, project.id, status_date=day, **report)
    keep_facts(session, project.id, day, facts_json(current_facts(session, project)))
    return since_last_report(session, project.id, day)
