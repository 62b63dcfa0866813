"""How the schedule service reads and writes: only what moved, shared calendars, plain dates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from cpm_desktop.models import Calendar, Project, Task
from cpm_desktop.services.plan import calendars, plan_rows, schedule, tasks
from cpm_desktop.services.plan.start_drivers import driving_chain, start_drivers
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds, make_project, rescheduled, stored

D = dt.date


def task_updates(workspace: Workspace, use_case, *args, **kwargs) -> dict[int, dict]:
    """Run `use_case` recorded; return the columns it changed per task id it wrote."""
    _, changes = workspace.run_recorded(use_case, *args, **kwargs)
    return {c.rowid: c.after for c in changes.rows if c.table == "task" and c.op == "u"}


def test_a_reschedule_that_moves_nothing_writes_nothing(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """Undo records every row written: an unchanged plan leaves the change set empty."""
    _, changes = workspace.run_recorded(rescheduled, project.project_id)
    assert not changes


def scheduled_columns(workspace: Workspace) -> dict[int, tuple]:
    """(start, finish, duration) of every task, as committed."""
    with workspace.transaction() as s:
        return {
            row[0]: tuple(row[1:])
            for row in s.execute(select(Task.id, Task.start, Task.finish, Task.duration))
        }


def shown_slack(workspace: Workspace, project_id: int) -> dict[int, tuple[int | None, bool]]:
    """(total slack, critical) of every task as the Timeline shows them."""
    rows = workspace.run(timeline, project_id).tasks
    return {row.id: (row.total_slack, row.is_critical) for row in rows}


def test_an_edit_writes_exactly_the_tasks_whose_dates_changed(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """A two days longer moves B and C: those rows are written, no others; the slack of S's
    tasks changes too, yet is not stored, so S1's row is not rewritten for it."""
    before = scheduled_columns(workspace)
    slack_before = shown_slack(workspace, project.project_id)
    _, changes = workspace.run_recorded(tasks.edit_task, chain["A"], duration=4)
    after = scheduled_columns(workspace)
    updates = [c for c in changes.rows if c.table == "task" and c.op == "u"]
    assert {c.rowid for c in updates} == {i for i in before if before[i] != after[i]}
    assert {chain["B"], chain["C"]} <= {c.rowid for c in updates}
    assert chain["S1"] not in {c.rowid for c in updates}
    assert all(c.after for c in updates)  # no row rewritten with unchanged values
    slack_after = shown_slack(workspace, project.project_id)
    assert slack_after[chain["S1"]][0] > slack_before[chain["S1"]][0]  # the finish moved


def test_stale_stored_dates_are_put_right(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """Dates changed behind the service's back: the next reschedule writes back exactly those."""
    before = stored(workspace, chain["B"])
    with workspace.transaction() as s:
        s.execute(
            update(Task)
            .where(Task.id == chain["B"])
            .values(start=D(2030, 1, 1), finish=D(2030, 1, 2))
        )
    written = task_updates(workspace, rescheduled, project.project_id)
    assert written == {
        chain["B"]: {"start": before.start.isoformat(), "finish": before.finish.isoformat()}
    }
    after = stored(workspace, chain["B"])
    assert (after.start, after.finish) == (before.start, before.finish)


def test_a_summary_duration_is_rewritten_from_its_span(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """A summary's stored duration is its span in working days, whatever was stored."""
    with workspace.transaction() as s:
        s.execute(update(Task).where(Task.id == chain["S"]).values(duration=9))
    written = task_updates(workspace, rescheduled, project.project_id)
    assert written == {chain["S"]: {"duration": 1}}  # S1 and S21 both on Monday


def test_loaded_tasks_are_brought_up_to_date_without_being_dirty(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """A task already in the session shows the new dates and has nothing left to flush."""
    with workspace.transaction() as s:
        b = s.get_one(Task, chain["B"])
        old_finish = b.finish
        tasks.edit_task(s, chain["A"], duration=4)
        assert b.finish > old_finish
        assert b not in s.dirty


def test_reads_compute_the_schedule_without_writing(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """Timeline, drivers and chains read the plan; none of them writes a row."""
    with workspace.transaction() as s:
        s.execute(update(Task).where(Task.id == chain["C"]).values(start=D(2030, 1, 1)))
    for use_case, args in (
        (timeline, (project.project_id,)),
        (start_drivers, (project.project_id,)),
        (driving_chain, (project.project_id, chain["C"])),
    ):
        _, changes = workspace.run_recorded(use_case, *args)
        assert not changes, use_case.__name__
    with workspace.transaction() as s:
        found = schedule.compute_schedule(s, s.get_one(Project, project.project_id))
    assert found.tasks[chain["C"]].start == stored(workspace, chain["B"]).finish + dt.timedelta(1)
    assert stored(workspace, chain["C"]).start == D(2030, 1, 1)  # still as it was stored


def test_equal_calendars_share_one_work_calendar(workspace: Workspace, project: ProjectIds) -> None:
    """Same weekdays and holidays: one WorkCalendar; a new holiday: another, that knows it."""
    other = make_project(workspace, code="OTHER", client="Globex")
    with workspace.transaction() as s:
        first = schedule.work_calendar(s.get_one(Calendar, project.calendar_id))
        assert schedule.work_calendar(s.get_one(Calendar, other.calendar_id)) is first
        calendars.set_holidays(s, other.calendar_id, [(D(2026, 9, 8), "Site closed")])
        changed = schedule.work_calendar(s.get_one(Calendar, other.calendar_id))
    assert changed is not first
    assert not changed.is_working(D(2026, 9, 8))
    assert first.is_working(D(2026, 9, 8))


def test_dates_of_reads_text_dates_and_none() -> None:
    """ISO text (SQLite), dates (a driver that converts them) and None all read as dates."""
    values = ["2026-09-07", D(2026, 9, 8), None, "2026-09-07", dt.datetime(2026, 9, 9, 0, 0)]
    assert plan_rows.dates_of(values) == [
        D(2026, 9, 7),
        D(2026, 9, 8),
        None,
        D(2026, 9, 7),
        dt.datetime(2026, 9, 9, 0, 0),
    ]
    assert plan_rows.dates_of([]) == []


def test_stored_dates_are_dates_after_a_reschedule(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """What the service writes reads back through the ORM as dates, the same as scheduled."""
    with workspace.transaction() as s:
        result = rescheduled(s, project.project_id)
        rows = s.execute(select(Task.id, Task.start, Task.finish)).all()
    assert rows
    for task_id, start, finish in rows:
        assert type(start) is D
        assert (start, finish) == (result.tasks[task_id].start, result.tasks[task_id].finish)
    assert min(start for _, start, _ in rows) == MONDAY
