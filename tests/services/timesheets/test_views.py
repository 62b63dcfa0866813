"""The week's grid as the services read it: people assigned or booked, their load against their
capacity over every project, the tasks offered, and the hours per person and task."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.services.plan.tasks import add_task
from cpm_desktop.services.portfolio.clients import create_client
from cpm_desktop.services.portfolio.projects import NewProject, create_project
from cpm_desktop.services.portfolio.views import find_project_id, task_rows
from cpm_desktop.services.timesheets.entries import record_hours
from cpm_desktop.services.timesheets.views import booked_hours, timesheet_week
from cpm_desktop.workspace import Workspace
from tests.services.timesheets.staffing import WEEK, Staff


def test_the_week_offers_each_persons_assigned_tasks(staffed: tuple[Workspace, Staff]) -> None:
    """Before any booking, every assignment is an empty cell of the grid."""
    ws, staff = staffed
    week = ws.run(timesheet_week, staff.project_id, WEEK + dt.timedelta(days=2))
    assert week.week_start == WEEK
    names = [p.name for p in week.people]
    assert {"Åsa Lindqvist", "Jürgen Özdemir", "Kim Keyuser"} <= set(names)
    assert "Cable drums" not in names  # a material books no hours
    cell = week.cell(staff.asa, staff.tasks["3.5"])
    assert cell is not None
    assert (cell.hours, cell.assigned, cell.billable) == (0.0, True, None)
    offered = {t.wbs for t in week.tasks if t.offered}
    assert {"3.4", "3.5", "3.6"} <= offered
    assert "3" not in {t.wbs for t in week.tasks}  # a summary takes no hours
    running = {t.wbs for t in week.tasks if t.scheduled}
    assert "3.4" in running
    assert "6.3.4" not in running


def test_totals_per_person_and_task_and_the_load_over_projects(
    staffed: tuple[Workspace, Staff],
) -> None:
    """Jürgen works half time: 24 hours, 6 of them on another project, are over his 20."""
    ws, staff = staffed
    other = ws.run(find_project_id, "ALP-CC")
    assert other is not None
    elsewhere = next(r.id for r in ws.run(task_rows, other) if not r.is_summary)
    before = ws.run(timesheet_week, staff.project_id, WEEK)
    ws.run(record_hours, staff.jurgen, staff.tasks["3.4"], WEEK, 18)
    ws.run(record_hours, staff.jurgen, elsewhere, WEEK, 6)
    ws.run(record_hours, staff.asa, staff.tasks["3.4"], WEEK, 10)
    ws.run(record_hours, staff.asa, staff.tasks["4.2.1"], WEEK, 4)  # not assigned: still shown
    week = ws.run(timesheet_week, staff.project_id, WEEK)
    people = {p.name: p for p in week.people}
    jurgen, asa = people["Jürgen Özdemir"], people["Åsa Lindqvist"]
    assert (jurgen.hours, jurgen.other_hours, jurgen.capacity, jurgen.over) == (18, 6, 20, True)
    assert (asa.hours, asa.capacity, asa.over) == (14, 40, False)
    tasks, earlier = {t.wbs: t for t in week.tasks}, {t.wbs: t for t in before.tasks}
    assert tasks["3.4"].hours - earlier["3.4"].hours == 28
    assert tasks["4.2.1"].offered
    cell = week.cell(staff.asa, staff.tasks["4.2.1"])
    assert cell is not None
    assert not cell.assigned
    assert week.hours - before.hours == 32
    booked = ws.run(booked_hours, staff.project_id)
    assert booked[(staff.asa, staff.tasks["3.4"])] == 10
    assert (staff.jurgen, elsewhere) not in booked  # another project's hours


def test_a_week_without_people_has_no_cells(staffed: tuple[Workspace, Staff]) -> None:
    """A project nobody is assigned to: no people, no cell, every work task still listed."""
    ws, _ = staffed
    with ws.transaction() as s:
        client = create_client(s, "Nobody GmbH")
        project = create_project(
            s, NewProject(client_id=client.id, code="EMPTY-1", name="Empty", start_date=WEEK)
        )
        add_task(s, project.id, "Only task", duration=3)
    week = ws.run(timesheet_week, project.id, WEEK)
    assert (week.people, week.cells, week.hours) == ((), (), 0)
    assert [(t.name, t.offered, t.scheduled) for t in week.tasks] == [("Only task", False, True)]
