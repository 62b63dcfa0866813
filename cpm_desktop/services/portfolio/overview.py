"""A project's overview: its KPIs with RAGs, the PM's commentary, next milestones, billing.

One read for the Overview tab, so the screen shows what the CLI's `kpis`, the workbook and
the pack show: it only combines the read models that already exist.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from cpm_desktop.domain.milestones import MilestoneStanding
from cpm_desktop.services.plan.timeline import TimelineTask, timeline
from cpm_desktop.services.portfolio.milestone_status import milestone_status
from cpm_desktop.services.portfolio.standing import ProjectStanding, project_standing
from cpm_desktop.services.portfolio.views import ProjectSummary, project_summary
from cpm_desktop.services.records.billing import (
    BillingRow,
    BillingTotals,
    billing_schedule,
    billing_totals,
)
from cpm_desktop.services.records.status_reports import StatusReportRow, status_report

NEXT_MILESTONES = 5


@dataclass(frozen=True, slots=True)
class NextMilestone:
    """An open milestone: its forecast against the baseline, and how it stands."""

    task_id: int
    wbs: str
    name: str
    finish: dt.date | None
    baseline_finish: dt.date | None
    variance_days: int | None  # working days later (+) than the baseline
    status: MilestoneStanding


@dataclass(frozen=True, slots=True)
class ProjectOverview:
    """Everything the Overview tab shows of one project."""

    summary: ProjectSummary
    standing: ProjectStanding  # KPIs, finish, risks, changes and overall status, as of its day
    report: StatusReportRow
    next_milestones: tuple[NextMilestone, ...]
    billing: tuple[BillingRow, ...]
    billing_totals: BillingTotals


def project_overview(session: Session, project_id: int) -> ProjectOverview:
    """Read one project's overview as of its status date (else today)."""
    summary = project_summary(session, project_id)
    # Read once, for the standing, milestones and billing: none shows predecessors.
    plan = timeline(session, project_id, predecessors=False)
    billing = billing_schedule(session, project_id, outline=plan.tasks)
    return ProjectOverview(
        summary=summary,
        standing=project_standing(session, project_id, plan=plan),
        report=status_report(session, project_id),
        next_milestones=next_milestones(plan.tasks, plan.status_date),
        billing=billing,
        billing_totals=billing_totals(billing),
    )


def next_milestones(
    tasks: list[TimelineTask], status_date: dt.date | None, count: int = NEXT_MILESTONES
) -> tuple[NextMilestone, ...]:
    """The open milestones that come next, by forecast date, at most `count`."""
    open_ones = [
        t for t in tasks if t.is_milestone and not t.is_summary and t.percent_complete < 100
    ]
    open_ones.sort(key=lambda t: (t.finish or dt.date.max, t.wbs))
    return tuple(
        NextMilestone(
            t.id,
            t.wbs,
            t.name,
            t.finish,
            t.baseline_finish,
            t.finish_variance,
            milestone_status(t, status_date),
        )
        for t in open_ones[:count]
    )
