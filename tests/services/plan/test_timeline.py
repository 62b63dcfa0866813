"""The Timeline read model: outline rows, predecessors text, roll-ups, baseline, drivers, chains."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import select

from cpm_desktop.domain import ConstraintType, LinkType
from cpm_desktop.errors import NotFoundError
from cpm_desktop.models import Dependency, Project, Task
from cpm_desktop.services.plan import baselines, calendars, dependencies, schedule_report, tasks
from cpm_desktop.services.plan.schedule import compute_schedule
from cpm_desktop.services.plan.start_drivers import driving_chain, start_drivers
from cpm_desktop.services.plan.timeline import Timeline, TimelineTask
from cpm_desktop.services.plan.timeline import timeline as read_timeline
from cpm_desktop.services.portfolio import projects, views
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, P_START, ProjectIds, add_tasks, make_project

D = dt.date


def timeline_of(workspace: Workspace, project: ProjectIds) -> Timeline:
    """The project's Timeline, read in its own transaction."""
    return workspace.run(read_timeline, project.project_id)


def rows_by_name(workspace: Workspace, project: ProjectIds) -> dict[str, TimelineTask]:
    """The Timeline's rows keyed by task name."""
    return {row.name: row for row in timeline_of(workspace, project).tasks}


def link_id(workspace: Workspace, predecessor: int, successor: int) -> int:
    """The id of the dependency predecessor → successor."""
    with workspace.transaction() as s:
        found = s.scalar(
            select(Dependency.id).where(
                Dependency.predecessor_id == predecessor, Dependency.successor_id == successor
            )
        )
    assert found is not None
    return found


# ------------------------------------------------------------------------------ rows


def test_rows_are_the_task_table_rows_in_outline_order(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """Order, WBS, depth, parent, dates and roll-ups agree with views.task_rows."""
    with workspace.transaction() as s:
        # Positions out of creation order, and a second level, so the walk really sorts.
        tasks.move_task(s, chain["C"], parent_id=None, position=0)
        tasks.move_task(s, chain["A"], parent_id=chain["S2"], position=0)
        tasks.edit_task(s, chain["S1"], percent_complete=40)
        table = views.task_rows(s, project.project_id)
    rows = timeline_of(workspace, project).tasks
    fields = (
        "id",
        "parent_id",
        "wbs",
        "depth",
        "name",
        "duration",
        "start",
        "finish",
        "percent_complete",
        "is_summary",
        "is_milestone",
        "owner",
    )
    assert [tuple(getattr(r, f) for f in fields) for r in rows] == [
        tuple(getattr(r, f) for f in fields) for r in table
    ]
    assert [(r.wbs, r.name) for r in rows][:3] == [("1", "C"), ("2", "B"), ("3", "S")]
    assert ("3.2.1", "A") in [(r.wbs, r.name) for r in rows]


def test_rows_carry_the_stored_schedule_and_constraint(
    workspace: Workspace, project: ProjectIds, link: int
) -> None:
    """Dates, constraint and actual dates are the stored values; slack and the critical flag
    are the engine's (never stored)."""
    with workspace.transaction() as s:
        stored = {t.name: t for t in s.scalars(select(Task))}
        scheduled = compute_schedule(s, s.get_one(Project, project.project_id)).tasks
        expected = {
            name: (
                t.start,
                t.finish,
                scheduled[t.id].total_slack,
                scheduled[t.id].critical,
                t.duration,
            )
            for name, t in stored.items()
        }
    rows = rows_by_name(workspace, project)
    assert {
        name: (r.start, r.finish, r.total_slack, r.is_critical, r.duration)
        for name, r in rows.items()
    } == expected
    p = rows["P"]
    assert (p.constraint, p.constraint_date) == ("SNET", P_START)
    assert (rows["S"].constraint, rows["S"].constraint_date) == ("ASAP", None)
    assert (p.actual_start, p.actual_finish) == (None, None)


def test_header_facts_agree_with_the_schedule_report(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """Code, dates, finish and the count of critical work tasks match the schedule report."""
    with workspace.transaction() as s:
        projects.set_status_date(s, project.project_id, D(2026, 9, 8))
        report = schedule_report.schedule_report(s, project.project_id)
    found = timeline_of(workspace, project)
    assert (found.project_id, found.code, found.start_date, found.status_date) == (
        project.project_id,
        "ACME-01",
        MONDAY,
        D(2026, 9, 8),
    )
    assert found.finish_date == report.finish
    assert found.critical_count == report.critical_count > 0
    assert found.critical_count == sum(1 for r in found.tasks if r.is_critical and not r.is_summary)


@pytest.mark.file_only("writes a loop into the file behind the services' back (sqlite3)")
def test_a_plan_the_engine_refuses_is_shown_without_slack(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A loop written behind the services' back (they refuse one): the Timeline still shows
    every task's stored dates, with no slack and nothing critical, rather than failing."""
    ids = add_tasks(workspace, project.project_id, "A", "B", duration=2)
    with closing(sqlite3.connect(workspace.path)) as raw, raw:
        for pred, succ in (("A", "B"), ("B", "A")):
            raw.execute(
                "INSERT INTO dependency (project_id, predecessor_id, successor_id, type, lag) "
                "VALUES (?, ?, ?, 'FS', 0)",
                (project.project_id, ids[pred], ids[succ]),
            )
    rows = rows_by_name(workspace, project)
    assert {name: (r.total_slack, r.is_critical) for name, r in rows.items()} == {
        "A": (None, False),
        "B": (None, False),
    }
    assert all(r.start is not None and r.finish is not None for r in rows.values())


def test_an_empty_project_has_no_rows_and_no_finish(
    workspace: Workspace, project: ProjectIds
) -> None:
    """A project without tasks reads as empty, not as an error."""
    found = timeline_of(workspace, project)
    assert (found.tasks, found.links, found.finish_date, found.critical_count) == ([], [], None, 0)


@pytest.mark.parametrize("ident", [999, "1", None, True])
def test_unknown_project_is_not_found(workspace: Workspace, project: ProjectIds, ident) -> None:
    """Every Timeline function names an unknown project id as NotFoundError."""
    for read in (read_timeline, start_drivers):
        with pytest.raises(NotFoundError, match="No project"):
            workspace.run(read, ident)
    with pytest.raises(NotFoundError, match="No project"):
        workspace.run(driving_chain, ident, 1)


# ------------------------------------------------------------------------------ predecessors


def test_predecessors_text_names_type_and_lag_in_outline_order(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """Plain FS shows the WBS alone; other types and any lag are written out, e.g. 2FS+3d."""
    ids = chain | add_tasks(workspace, project.project_id, "D", "E", duration=2)
    with workspace.transaction() as s:
        # Made out of outline order: the text follows the outline, not the link ids.
        dependencies.add_dependency(s, ids["D"], ids["E"])
        dependencies.add_dependency(s, ids["S21"], ids["E"], LinkType.SS, -1)
        dependencies.add_dependency(s, ids["C"], ids["E"], LinkType.FF, 2)
        dependencies.add_dependency(s, ids["B"], ids["E"], LinkType.FS, 3)
        dependencies.add_dependency(s, ids["A"], ids["E"], LinkType.SF, 0)
        dependencies.add_dependency(s, ids["A"], ids["D"], LinkType.SS, 0)
    rows = rows_by_name(workspace, project)
    assert rows["E"].predecessors == "1SF, 2FS+3d, 3FF+2d, 4.2.1SS-1d, 5"
    assert (rows["B"].predecessors, rows["C"].predecessors) == ("1", "2")
    assert (rows["D"].predecessors, rows["A"].predecessors) == ("1SS", "")


def test_without_predecessors_only_their_texts_are_left_out(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """A reader that shows no predecessors gets every other value of every row, and the links."""
    with workspace.transaction() as s:
        dependencies.add_dependency(s, chain["A"], chain["S"], LinkType.SS, 1)
    full = timeline_of(workspace, project)
    bare = workspace.run(read_timeline, project.project_id, predecessors=False)
    assert any(row.predecessors for row in full.tasks)
    assert all(row.predecessors == "" for row in bare.tasks)
    blanked = [dataclasses.replace(row, predecessors="") for row in full.tasks]
    assert (bare.tasks, bare.links) == (blanked, full.links)
    assert dataclasses.replace(bare, tasks=full.tasks) == full


def test_links_list_every_dependency_of_the_project(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """Each link is drawn with its ids, type and lag; other projects' links are left out."""
    with workspace.transaction() as s:
        dependencies.add_dependency(s, chain["A"], chain["S"], LinkType.SS, -2)
    other = make_project(workspace, code="OTHER", client="Globex")
    ids = add_tasks(workspace, other.project_id, "X", "Y")
    with workspace.transaction() as s:
        dependencies.add_dependency(s, ids["X"], ids["Y"])
    links = timeline_of(workspace, project).links
    assert sorted((x.predecessor_id, x.successor_id, x.type, x.lag) for x in links) == sorted(
        [
            (chain["A"], chain["B"], "FS", 0),
            (chain["B"], chain["C"], "FS", 0),
            (chain["A"], chain["S"], "SS", -2),
        ]
    )
    assert {x.id for x in links} == {
        link_id(workspace, chain["A"], chain["B"]),
        link_id(workspace, chain["B"], chain["C"]),
        link_id(workspace, chain["A"], chain["S"]),
    }


# ------------------------------------------------------------------------------ roll-up


def test_summary_percent_is_duration_weighted_with_milestones_weighing_one(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """S2 = S21's %; S weighs S1 (1 day, 40 %), S21 (3 days, 100 %) and a reached milestone."""
    with workspace.transaction() as s:
        tasks.edit_task(s, chain["S21"], duration=3)
        tasks.edit_task(s, chain["S21"], percent_complete=100)
        tasks.edit_task(s, chain["S1"], percent_complete=40)
        milestone = tasks.add_task(s, project.project_id, "M", parent_id=chain["S"])
        tasks.edit_task(s, milestone.id, is_milestone=True)
        tasks.edit_task(s, milestone.id, percent_complete=100)
        table = {r.name: r.percent_complete for r in views.task_rows(s, project.project_id)}
    rows = rows_by_name(workspace, project)
    assert rows["S2"].percent_complete == 100
    assert rows["S"].percent_complete == round((1 * 40 + 3 * 100 + 1 * 100) / 5) == 88
    assert {name: r.percent_complete for name, r in rows.items()} == table


# ------------------------------------------------------------------------------ baseline


def test_without_a_baseline_the_baseline_fields_are_empty(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """No baseline 0 (even with baseline 1 saved): no baseline dates and no variance."""
    with workspace.transaction() as s:
        baselines.save_baseline(s, project.project_id, 1)
    for row in timeline_of(workspace, project).tasks:
        assert (row.baseline_start, row.baseline_finish, row.finish_variance) == (None, None, None)


def test_baseline_fields_and_variance_agree_with_task_variances(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """B two days longer and A pushed over a weekend: the same variances as the baseline report."""
    with workspace.transaction() as s:
        baselines.save_baseline(s, project.project_id)
        tasks.edit_task(s, chain["B"], duration=3)
        tasks.edit_task(s, chain["A"], constraint_type="SNET", constraint_date=D(2026, 9, 10))
        tasks.edit_task(s, chain["S1"], duration=0, is_milestone=True)  # earlier than planned
        tasks.add_task(s, project.project_id, "Late addition", duration=2)
        expected = {
            v.task_id: (v.baseline_start, v.baseline_finish, v.finish_variance)
            for v in baselines.task_variances(s, project.project_id)
        }
    rows = timeline_of(workspace, project).tasks
    assert {r.id: (r.baseline_start, r.baseline_finish, r.finish_variance) for r in rows} == (
        expected
    )
    by_name = {r.name: r for r in rows}
    assert by_name["C"].finish_variance == 5  # A +3 working days (Thu → Tue), B +2
    assert by_name["S1"].finish_variance == 0  # a milestone on its day shows no slip
    assert by_name["Late addition"].baseline_start is None
    assert by_name["A"].baseline_start == MONDAY


# ------------------------------------------------------------------------------ calendar


def test_calendar_holds_the_working_weekdays_and_holidays(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """The Gantt shades what the project calendar does not work: weekends and holidays."""
    holidays = [(D(2026, 9, 8), "Site closed"), (D(2026, 12, 25), "Christmas")]
    with workspace.transaction() as s:
        calendars.set_holidays(s, project.calendar_id, holidays, project_id=project.project_id)
        calendars.set_working_weekdays(s, project.calendar_id, [0, 1, 2, 3, 4, 5])
    calendar = timeline_of(workspace, project).calendar
    assert calendar.working_weekdays == frozenset(range(6))
    assert calendar.holidays == frozenset({D(2026, 9, 8), D(2026, 12, 25)})
    assert not calendar.is_working(D(2026, 9, 8))
    assert calendar.is_working(D(2026, 9, 12))  # a Saturday, now worked
    assert not calendar.is_working(D(2026, 9, 13))
    assert rows_by_name(workspace, project)["A"].finish == D(2026, 9, 9)  # over the holiday


# ------------------------------------------------------------------------------ drivers


def test_start_drivers_name_link_constraint_and_project_start(
    workspace: Workspace, project: ProjectIds, link: int
) -> None:
    """P is held by its SNET constraint (with the date), S by its link from P (WBS 1)."""
    add_tasks(workspace, project.project_id, "Free")
    with workspace.transaction() as s:
        names = {t.id: t.name for t in s.scalars(select(Task))}
        drivers = start_drivers(s, project.project_id)
    assert {names[i]: text for i, text in drivers.items()} == {
        "P": "constraint SNET 2026-09-14",
        "S": "link 1 FS",
        "Free": "project start",
    }
    assert list(drivers) == [row.id for row in timeline_of(workspace, project).tasks]
    with workspace.transaction() as s:
        dependencies.edit_dependency(s, link, link_type="SS", lag=2)
        [s_id] = [i for i, name in names.items() if name == "S"]
        assert start_drivers(s, project.project_id)[s_id] == "link 1 SS+2d"


def test_start_drivers_name_status_date_actual_start_and_children(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """Unstarted work waits for the status date; started work keeps its actual start."""
    with workspace.transaction() as s:
        tasks.edit_task(s, chain["A"], percent_complete=50)
        projects.set_status_date(s, project.project_id, D(2026, 9, 8))
        drivers = start_drivers(s, project.project_id)
        report = schedule_report.schedule_report(s, project.project_id)
    assert drivers[chain["A"]] == "actual start"
    assert drivers[chain["S1"]] == "status date"
    assert drivers[chain["S"]] == drivers[chain["S2"]] == "children"
    assert drivers[chain["B"]] == "link 1 FS"
    # Everything but constraints reads exactly as the schedule report says it.
    assert drivers == {row.id: row.driver.text() for row in report.rows}


def test_a_constraint_passed_down_by_a_summary_names_the_summary(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """S SNET Thursday holds S1 and S21: their driver is S's constraint, naming S (WBS 4)."""
    with workspace.transaction() as s:
        tasks.edit_task(
            s, chain["S"], constraint_type=ConstraintType.SNET, constraint_date=D(2026, 9, 10)
        )
        tasks.edit_task(
            s, chain["S21"], constraint_type=ConstraintType.FNET, constraint_date=D(2026, 9, 14)
        )
        drivers = start_drivers(s, project.project_id)
    assert drivers[chain["S1"]] == "constraint SNET 2026-09-10 (summary 4)"
    assert drivers[chain["S21"]] == "constraint FNET 2026-09-14"


# ------------------------------------------------------------------------------ driving chain


def test_driving_chain_follows_links_back_to_the_first_task(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """C is driven by B, B by A, A by the project start: three tasks and their two links."""
    found = workspace.run(driving_chain, project.project_id, chain["C"])
    assert found == (
        {chain["A"], chain["B"], chain["C"]},
        {link_id(workspace, chain["A"], chain["B"]), link_id(workspace, chain["B"], chain["C"])},
    )
    assert workspace.run(driving_chain, project.project_id, chain["A"]) == ({chain["A"]}, set())


def test_driving_chain_stops_at_a_constraint(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """B pinned later than A's finish is driven by its constraint: the chain is B → C only."""
    with workspace.transaction() as s:
        tasks.edit_task(s, chain["B"], constraint_type="SNET", constraint_date=D(2026, 9, 21))
    found = workspace.run(driving_chain, project.project_id, chain["C"])
    assert found == ({chain["B"], chain["C"]}, {link_id(workspace, chain["B"], chain["C"])})


def test_driving_chain_through_a_link_into_a_summary(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """C → S drives S1: the chain holds S1, S, and C back to A."""
    with workspace.transaction() as s:
        dependencies.add_dependency(s, chain["C"], chain["S"])
    task_ids, link_ids = workspace.run(driving_chain, project.project_id, chain["S1"])
    assert task_ids == {chain["S1"], chain["S"], chain["C"], chain["B"], chain["A"]}
    assert link_ids == {
        link_id(workspace, chain["C"], chain["S"]),
        link_id(workspace, chain["B"], chain["C"]),
        link_id(workspace, chain["A"], chain["B"]),
    }


def test_driving_chain_through_summaries_follows_the_child_that_sets_the_date(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int]
) -> None:
    """S FS→ D goes on through S's last-finishing child; S's own start through its first child."""
    [d] = add_tasks(workspace, project.project_id, "D").values()
    with workspace.transaction() as s:
        tasks.edit_task(s, chain["S21"], duration=5)
        tasks.edit_task(s, chain["S1"], constraint_type="SNET", constraint_date=D(2026, 9, 9))
        dependencies.add_dependency(s, chain["S"], d)
    found = workspace.run(driving_chain, project.project_id, d)
    assert found == (
        {d, chain["S"], chain["S2"], chain["S21"]},
        {link_id(workspace, chain["S"], d)},
    )
    # S starts with S21 (S1 is held to Wednesday): S → S2 → S21, which starts the project.
    assert workspace.run(driving_chain, project.project_id, chain["S"]) == (
        {chain["S"], chain["S2"], chain["S21"]},
        set(),
    )


@pytest.mark.parametrize("ident", [999, "1", None])
def test_driving_chain_of_an_unknown_task_is_not_found(
    workspace: Workspace, project: ProjectIds, chain: dict[str, int], ident
) -> None:
    """A task id that is not a task of the project names nothing."""
    with pytest.raises(NotFoundError, match="No task"):
        workspace.run(driving_chain, project.project_id, ident)
    other = make_project(workspace, code="OTHER", client="Globex")
    with pytest.raises(NotFoundError, match="No task"):
        workspace.run(driving_chain, other.project_id, chain["A"])
