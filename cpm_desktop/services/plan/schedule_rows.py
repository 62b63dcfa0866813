"""The rows of a project's schedule report, from the engine's schedule; no database.

`schedule_report.py` (through the ORM, rescheduling first) and `quick_schedule.py` (plain
sqlite3, for the read-only commands) both build their reports here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cpm_desktop.scheduling import DriverKind, Schedule, ScheduledTask


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


def report_rows(
    outline: Sequence[tuple[int, str, str, bool]], schedule: Schedule
) -> list[ScheduleRow]:
    """The report's rows from (id, WBS code, name, is milestone) in outline order and the
    engine's schedule of those tasks."""
    wbs_of = {task_id: wbs for task_id, wbs, _, _ in outline}
    return [
        _row(task_id, wbs, name, is_milestone, schedule.tasks[task_id], wbs_of)
        for task_id, wbs, name, is_milestone in outline
    ]


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
