"""The schedule of one project as rows: what `cpm-desktop schedule` prints and exports read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from cpm_desktop.models import Project
from cpm_desktop.scheduling import DriverKind, ScheduledTask
from cpm_desktop.services.plan.outline import outline_rows
from cpm_desktop.services.plan.schedule import reschedule
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_


@dataclass(frozen=True, slots=True)
class DriverRow:
    """What set a task's start: a link (with its predecessor), a constraint, the status date..."""

    kind: str
    predecessor_id: int | None = None
    predecessor_wbs: str | None = None
    link_type: str | None = None
    lag: int | None = None

    def text(self) -> str:
        """Say it the way MS Project's Task Inspector does, e.g. 'link 3.2 FS+2d'."""
        if self.kind != DriverKind.LINK.value:
            return self.kind
        lag = f"{self.lag:+d}d" if self.lag else ""
        return f"link {self.predecessor_wbs} {self.link_type}{lag}"


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One task of the schedule report, in outline order."""

    id: int
    wbs: str
    name: str
    is_summary: bool
    is_milestone: bool
    start: dt.date
    finish: dt.date
    early_start: dt.date
    early_finish: dt.date
    late_start: dt.date
    late_finish: dt.date
    total_slack: int
    free_slack: int
    critical: bool
    driver: DriverRow


@dataclass(frozen=True, slots=True)
class ScheduleReport:
    """A project's schedule: header facts and the rows."""

    code: str
    name: str
    start_date: dt.date
    status_date: dt.date | None
    finish: dt.date | None
    critical_count: int
    rows: list[ScheduleRow]


def schedule_report(session: Session, project_id: int) -> ScheduleReport:
    """Reschedule the project (storing any moved dates) and report every task's schedule."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    schedule = reschedule(session, project)
    outline = outline_rows(session, project.id)
    wbs_of = {task.id: wbs for task, wbs, _ in outline}
    rows = [
        _row(task.id, wbs, task.name, task.is_milestone, schedule.tasks[task.id], wbs_of)
        for task, wbs, _ in outline
    ]
    return ScheduleReport(
        code=project.code,
        name=project.name,
        start_date=project.start_date,
        status_date=project.status_date,
        finish=schedule.finish,
        critical_count=schedule.critical_count,
        rows=rows,
    )


def _row(
    task_id: int,
    wbs: str,
    name: str,
    is_milestone: bool,
    result: ScheduledTask,
    wbs_of: dict[int, str],
) -> ScheduleRow:
    link = result.driver.link
    driver = (
        DriverRow(result.driver.kind.value, link[0], wbs_of.get(link[0]), link[1], link[2])
        if link is not None
        else DriverRow(result.driver.kind.value)
    )
    return ScheduleRow(
        id=task_id,
        wbs=wbs,
        name=name,
        is_summary=result.is_summary,
        is_milestone=is_milestone,
        start=result.start,
        finish=result.finish,
        early_start=result.early_start,
        early_finish=result.early_finish,
        late_start=result.late_start,
        late_finish=result.late_finish,
        total_slack=result.total_slack,
        free_slack=result.free_slack,
        critical=result.critical,
        driver=driver,
    )
