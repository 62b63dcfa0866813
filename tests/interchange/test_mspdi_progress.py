"""A plan in progress as MS Project XML: the constraints and splits that keep our dates.

The plans here carry the dates our engine gives them (as every export does); the rules are
those of interchange/mspdi_progress.py. That MPXJ's scheduler then reproduces the dates is
test_mspdi_mpxj_reschedule.py's part.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from xml.etree.ElementTree import Element

from cpm_desktop.interchange.model import Plan, PlanLink, PlanTask
from cpm_desktop.interchange.mspdi_read import read_mspdi
from cpm_desktop.interchange.mspdi_write import write_mspdi
from cpm_desktop.scheduling import LinkSpec, TaskSpec, WorkCalendar, schedule_project
from cpm_desktop.services.interchange.exporting import project_plan
from cpm_desktop.services.interchange.importing import import_plan
from cpm_desktop.services.portfolio import views
from tests import templates
from tests.interchange.test_mspdi_write import (
    NS,
    TASK_SCHEMA_ORDER,
    local_tags,
    parse,
    tasks_by_name,
    text,
)

D = dt.date
START = D(2026, 9, 7)  # a Monday
STATUS = D(2026, 9, 18)  # a Friday: remaining work goes on from Monday 2026-09-21
# Where Stop and Resume sit in the MSPDI Task sequence: after DurationFormat.
ORDER = TASK_SCHEMA_ORDER  # Stop and Resume included


def scheduled(plan: Plan) -> Plan:
    """`plan` with every task's start and finish as our engine schedules it."""
    ids = {task.key: number for number, task in enumerate(plan.tasks, start=1)}
    specs = [
        TaskSpec(
            ids[t.key],
            t.name,
            ids.get(t.parent_key or ""),
            t.duration,
            t.is_milestone,
            t.constraint_type,
            t.constraint_date,
            t.percent_complete,
            t.actual_start,
            t.actual_finish,
        )
        for t in plan.tasks
    ]
    links = [
        LinkSpec(ids[k.predecessor_key], ids[k.successor_key], k.type, k.lag) for k in plan.links
    ]
    calendar = WorkCalendar(plan.calendar.working_weekdays)
    schedule = schedule_project(specs, links, calendar, plan.start_date, plan.status_date)
    for task in plan.tasks:
        result = schedule.tasks[ids[task.key]]
        task.start, task.finish = result.start, result.finish
    return plan


def progress_plan(status_date: dt.date | None = STATUS) -> Plan:
    """Done, late, on-track and unstarted work around a status date, each held by its cause."""
    tasks = [
        PlanTask(
            "a",
            "Design",
            duration=5,
            percent_complete=100,
            actual_start=START,
            actual_finish=D(2026, 9, 11),
        ),
        # 3 of 10 days done by Wednesday 16th: the other 7 run from the 21st.
        PlanTask("b", "Build", duration=10, percent_complete=30, actual_start=D(2026, 9, 14)),
        # 6 of 10 days done reach past the status date: on track, nothing to hold.
        PlanTask("f", "Data load", duration=10, percent_complete=60, actual_start=D(2026, 9, 14)),
        PlanTask("c", "Docs", duration=2),  # its link would start it on the 14th
        PlanTask("d", "Test", duration=2),  # after Build's finish
        PlanTask("e", "Review", duration=1),  # its lag alone starts it on the 21st
        PlanTask("h", "Audit", duration=1, constraint_type="MSO", constraint_date=D(2026, 9, 15)),
        PlanTask("ph", "Rollout", constraint_type="SNET", constraint_date=D(2026, 9, 21)),
        PlanTask("g", "Train", parent_key="ph", duration=2),  # its phase's SNET holds it
        PlanTask("m", "Sign-off", duration=0, is_milestone=True),
    ]
    links = [
        PlanLink("a", "b"),
        PlanLink("a", "c"),
        PlanLink("b", "d"),
        PlanLink("a", "e", "FS", 5),
        PlanLink("d", "m"),
    ]
    plan = Plan(
        name="Portal relaunch", start_date=START, status_date=status_date, tasks=tasks, links=links
    )
    return scheduled(plan)


def constraint(task: Element) -> tuple[str | None, str | None]:
    """(ConstraintType, ConstraintDate) as written."""
    return text(task, "ConstraintType"), text(task, "ConstraintDate")


def test_the_engine_places_the_plan_as_the_cases_say() -> None:
    """The fixture's premises: which task the status date moved and which it did not."""
    got = {t.name: (t.start, t.finish) for t in progress_plan().tasks}
    assert got["Build"] == (D(2026, 9, 14), D(2026, 9, 29))  # 3 days, then 7 from the 21st
    assert got["Data load"] == (D(2026, 9, 14), D(2026, 9, 25))
    assert (
        got["Docs"][0] == got["Review"][0] == got["Audit"][0] == got["Train"][0] == D(2026, 9, 21)
    )
    assert got["Test"][0] == D(2026, 9, 30)


def test_unstarted_work_the_status_date_moved_starts_no_earlier_than_the_next_day() -> None:
    """SNET at 08:00 of the first working day after the status date, in place of ASAP/MSO."""
    tasks = tasks_by_name(parse(progress_plan()))
    for name in ("Docs", "Audit"):
        assert constraint(tasks[name]) == ("4", "2026-09-21T08:00:00"), name
        assert text(tasks[name], "Start") == "2026-09-21T08:00:00"


def test_work_its_links_or_phase_place_after_the_status_date_keeps_its_constraint() -> None:
    """A lag, a late predecessor or a phase's own constraint already holds them: no SNET."""
    tasks = tasks_by_name(parse(progress_plan()))
    for name in ("Review", "Test", "Train", "Sign-off"):
        assert constraint(tasks[name]) == ("0", None), name
    assert constraint(tasks["Rollout"]) == ("4", "2026-09-21T08:00:00")  # the user's own


def test_late_work_in_progress_is_split_at_the_status_date_and_held_at_its_finish() -> None:
    """Stop ends the done days, Resume starts the rest, FNET keeps the finish; order kept."""
    build = tasks_by_name(parse(progress_plan()))["Build"]
    assert text(build, "Stop") == "2026-09-16T17:00:00"
    assert text(build, "Resume") == "2026-09-21T08:00:00"
    assert constraint(build) == ("6", "2026-09-29T17:00:00")
    assert (text(build, "Start"), text(build, "Finish")) == (
        "2026-09-14T08:00:00",
        "2026-09-29T17:00:00",
    )
    assert (text(build, "ActualDuration"), text(build, "RemainingDuration")) == (
        "PT24H0M0S",
        "PT56H0M0S",
    )
    for task in parse(progress_plan()).iter(f"{NS}Task"):
        tags = local_tags(task)
        assert tags == sorted(tags, key=ORDER.index)


def test_work_on_track_and_finished_work_get_no_split() -> None:
    """Done days that reach the status date, or an actual finish: written as they were."""
    tasks = tasks_by_name(parse(progress_plan()))
    for name in ("Data load", "Design"):
        assert (text(tasks[name], "Stop"), text(tasks[name], "Resume")) == (None, None), name
        assert constraint(tasks[name]) == ("0", None), name


def test_without_a_status_date_nothing_is_added() -> None:
    """No status date: no constraint replaced, no split (the file is as before this change)."""
    plan = progress_plan(status_date=None)
    root = parse(plan)
    assert text(root, "StatusDate") is None
    for task in root.iter(f"{NS}Task"):
        assert (text(task, "Stop"), text(task, "Resume")) == (None, None)
    written = {name: constraint(t)[0] for name, t in tasks_by_name(root).items()}
    assert written["Audit"] == "2"  # its own MSO
    assert {written[t.name] for t in plan.tasks if t.constraint_type == "ASAP"} == {"0"}


def test_reading_the_file_back_schedules_the_same_dates() -> None:
    """Our own import of the export: the moved tasks come back constrained, on the same days."""
    plan = progress_plan()
    back = read_mspdi(write_mspdi(plan), "progress.xml")
    assert (back.notes.approximated, back.notes.dropped) == ([], [])
    again = scheduled(dataclasses.replace(back, tasks=[dataclasses.replace(t) for t in back.tasks]))
    assert [(t.name, t.start, t.finish) for t in again.tasks] == [
        (t.name, t.start, t.finish) for t in plan.tasks
    ]
    kinds = {t.name: (t.constraint_type, t.constraint_date) for t in back.tasks}
    assert kinds["Docs"] == ("SNET", D(2026, 9, 21))
    assert kinds["Build"] == ("FNET", D(2026, 9, 29))


def test_the_demo_exported_and_imported_again_keeps_every_date(
    demo_template: Path, tmp_path: Path
) -> None:
    """The demo's MSPDI, imported into the workspace, is scheduled on the demo's own days."""
    with templates.open_copy_of(demo_template, tmp_path / "demo.cpm") as workspace:
        for code in ("NHL-WMS", "ALP-CC"):
            found = workspace.run(views.find_project_id, code)
            assert found is not None
            plan = workspace.run(project_plan, found)
            again = workspace.run(import_plan, read_mspdi(write_mspdi(plan), f"{code}.xml"))
            assert again.notes.dropped == []
            before = [(r.wbs, r.start, r.finish) for r in workspace.run(views.task_rows, found)]
            after = [
                (r.wbs, r.start, r.finish) for r in workspace.run(views.task_rows, again.project_id)
            ]
            assert after == before, code


def test_actual_dates_on_days_off_are_written_where_the_engine_counts_them() -> None:
    """A Saturday actual start is Monday 08:00, a Sunday actual finish Friday 17:00."""
    plan = scheduled(
        Plan(
            name="Weekend reports",
            start_date=START,
            status_date=STATUS,
            tasks=[
                PlanTask(
                    "w",
                    "Cut-over",
                    duration=3,
                    percent_complete=100,
                    actual_start=D(2026, 9, 12),  # a Saturday
                    actual_finish=D(2026, 9, 20),  # a Sunday
                ),
                PlanTask(
                    "s", "Started", duration=2, percent_complete=50, actual_start=D(2026, 9, 19)
                ),
            ],
        )
    )
    tasks = tasks_by_name(parse(plan))
    assert (text(tasks["Cut-over"], "ActualStart"), text(tasks["Cut-over"], "ActualFinish")) == (
        "2026-09-14T08:00:00",
        "2026-09-18T17:00:00",
    )
    assert text(tasks["Started"], "ActualStart") == "2026-09-21T08:00:00"
    assert [(t.start, t.finish) for t in plan.tasks] == [
        (D(2026, 9, 14), D(2026, 9, 18)),
        (D(2026, 9, 21), D(2026, 9, 22)),
    ]


def test_a_reached_milestone_is_written_at_its_actual_finish() -> None:
    """A milestone has no duration: reported from Monday to Thursday, it was reached Thursday."""
    plan = scheduled(
        Plan(
            name="Gate",
            start_date=START,
            tasks=[
                PlanTask(
                    "g",
                    "Gate passed",
                    duration=0,
                    is_milestone=True,
                    percent_complete=100,
                    actual_start=START,
                    actual_finish=D(2026, 9, 10),
                )
            ],
        )
    )
    gate = tasks_by_name(parse(plan))["Gate passed"]
    assert plan.tasks[0].start == D(2026, 9, 10)
    assert (text(gate, "ActualStart"), text(gate, "ActualFinish"), text(gate, "Start")) == (
        "2026-09-10T17:00:00",
        "2026-09-10T17:00:00",
        "2026-09-10T17:00:00",
    )
